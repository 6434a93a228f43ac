"""The error tree: status mapping, message extraction, one-line str, no credential anywhere."""

from __future__ import annotations

import builtins
import json
import pickle
from typing import Any

import httpx
import pytest

from qaclients.core._error_bodies import default_message, error_from_response, error_from_transport, raise_for_status
from qaclients.core._errors import (
    APIError,
    BadRequestError,
    ConfigError,
    ConflictError,
    DecodeError,
    ForbiddenError,
    NotFoundError,
    OperationFailed,
    PagingError,
    PollingError,
    QAClientError,
    RateLimitedError,
    ServerError,
    TimeoutError,
    TransportError,
    UnauthorizedError,
    ValidationError,
)

TOKEN = "tok-5ecr3t"
URL = f"https://x.testmo.net/api/v1/automation/runs/5?api_key={TOKEN}"


def response(
    status: int, body: Any = None, *, text: str | None = None, headers: dict[str, str] | None = None
) -> httpx.Response:
    request = httpx.Request("GET", URL, headers={"Authorization": f"Bearer {TOKEN}"})
    if text is not None:
        return httpx.Response(status, text=text, headers=headers, request=request)
    if body is None:
        return httpx.Response(status, headers=headers, request=request)
    return httpx.Response(status, json=body, headers=headers, request=request)


def assert_no_secret(error: BaseException) -> None:
    for shown in (str(error), repr(error), repr(error.args), repr(vars(error))):
        assert TOKEN not in shown


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, UnauthorizedError),
        (403, ForbiddenError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, ValidationError),
        (429, RateLimitedError),
        (500, ServerError),
        (503, ServerError),
        (599, ServerError),
        (405, APIError),
        (418, APIError),
    ],
)
def test_status_maps_to_class(status: int, cls: type[APIError]) -> None:
    error = error_from_response(response(status, {"message": "nope"}))
    assert type(error) is cls
    assert isinstance(error, QAClientError)
    assert error.status == status
    assert_no_secret(error)


def test_str_is_one_readable_line() -> None:
    error = error_from_response(response(404, {"message": "Run not found"}))
    assert str(error) == "404 Not Found: GET https://x.testmo.net/api/v1/automation/runs/5?api_key=*** — Run not found"
    assert error.method == "GET"
    assert error.url == "https://x.testmo.net/api/v1/automation/runs/5?api_key=***"
    assert error.message == "Run not found"
    assert json.loads(error.body) == {"message": "Run not found"}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"message": "m"}, "m"),
        ({"name": "NotFoundError", "message": "unknown cog"}, "unknown cog"),  # Stack Moxie
        ({"success": False, "message": "m"}, "m"),  # BrowserStack shapes
        ({"error": "e", "message": "m"}, "m"),
        ({"error": "e", "details": ["d"]}, "e"),
        ({"status": 500, "error": "e"}, "e"),
        ({"errors": "e"}, "e"),
        ({"data": None, "meta": {"status": "error"}, "error": {"status": 404, "message": "m"}}, "m"),  # Runscope
        ({"data": None, "meta": {"status": "error"}, "error": "not part of bucket"}, "not part of bucket"),
        ({"meta": {"error": "m"}}, "m"),
        ({"detail": "m"}, "m"),
        ({"detail": [{"loc": ["body", "name"], "msg": "m"}]}, "m"),
        ({"errors": [{"message": "m"}]}, "m"),
        ({"errors": ["m"]}, "m"),
        ({"type": "about:blank", "title": "m"}, "m"),
        ("m", "m"),
    ],
)
def test_default_message_shapes(body: Any, message: str) -> None:
    assert default_message(body) == message
    assert error_from_response(response(400, body)).message == message


@pytest.mark.parametrize("body", [{"success": False}, None, {}, [], {"message": "  "}])
def test_falls_back_to_reason_phrase(body: Any) -> None:
    error = error_from_response(response(500, body) if body is not None else response(500, text="null"))
    assert error.message == "Internal Server Error"
    assert str(error).endswith("Internal Server Error: GET https://x.testmo.net/api/v1/automation/runs/5?api_key=***")


def test_non_json_body_gives_a_truncated_one_line_snippet() -> None:
    error = error_from_response(response(502, text="<html>\n  <body>Bad   gateway " + "x" * 500 + "</body></html>"))
    assert error.message.startswith("<html> <body>Bad gateway xxx")
    assert len(error.message) <= 200
    assert error.message.endswith("…")
    assert isinstance(error.body, bytes)
    assert len(error.body) > 500


def test_vendor_extractor_wins() -> None:
    error = error_from_response(
        response(400, {"oops": {"why": "bad"}}), extract_message=lambda data: data["oops"]["why"]
    )
    assert error.message == "bad"


def test_vendor_extractor_gets_none_for_non_json() -> None:
    seen: list[Any] = []
    error_from_response(response(400, text="plain"), extract_message=seen.append)
    assert seen == [None]


def test_validation_field_errors_testmo_shape() -> None:
    body = {
        "message": "The given data was invalid.",
        "errors": {"name": ["The name field is required."], "tags": "bad"},
    }
    error = error_from_response(response(422, body))
    assert isinstance(error, ValidationError)
    assert error.message == "The given data was invalid."
    assert error.field_errors == {"name": ["The name field is required."], "tags": ["bad"]}


def test_validation_field_errors_list_shape_and_custom() -> None:
    body = {"detail": [{"loc": ["body", "name"], "msg": "required"}, {"loc": ["body", "name"], "msg": "short"}]}
    error = error_from_response(response(422, body))
    assert isinstance(error, ValidationError)
    assert error.field_errors == {"body.name": ["required", "short"]}
    custom = error_from_response(response(422, {}), extract_field_errors=lambda data: {"x": ["y"]})
    assert isinstance(custom, ValidationError)
    assert custom.field_errors == {"x": ["y"]}


def test_rate_limited_carries_retry_after_seconds_and_date() -> None:
    error = error_from_response(response(429, {"message": "slow down"}, headers={"Retry-After": "7"}))
    assert isinstance(error, RateLimitedError)
    assert error.retry_after == 7.0
    dated = error_from_response(
        response(429, headers={"Retry-After": "Tue, 14 Nov 2023 22:14:20 GMT"}), now=1_700_000_000.0
    )
    assert dated.retry_after == 60.0
    assert error_from_response(response(429)).retry_after is None


def test_headers_are_redacted_and_request_auth_never_shows() -> None:
    error = error_from_response(
        response(401, {"message": "bad token"}, headers={"Set-Cookie": TOKEN, "X-Request-Id": "r1"})
    )
    assert error.headers["set-cookie"] == "***"
    assert error.headers["x-request-id"] == "r1"
    assert_no_secret(error)


def test_response_without_request_or_unread_body() -> None:
    error = error_from_response(httpx.Response(404))
    assert str(error) == "404 Not Found"
    streamed = httpx.Response(500, stream=httpx.ByteStream(b"boom"))
    assert error_from_response(streamed).body == b""


def test_raise_for_status() -> None:
    ok = response(200, {"data": 1})
    assert raise_for_status(ok) is ok
    with pytest.raises(NotFoundError, match="Run not found"):
        raise_for_status(response(404, {"message": "Run not found"}))
    with pytest.raises(APIError, match="custom"):
        raise_for_status(response(400, {}), extract_message=lambda data: "custom")


def test_errors_pickle_without_losing_fields() -> None:
    error = error_from_response(response(422, {"message": "m", "errors": {"a": ["b"]}}))
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is ValidationError
    assert (copy.status, copy.message, copy.field_errors, str(copy)) == (422, "m", {"a": ["b"]}, str(error))
    timeout = pickle.loads(pickle.dumps(TimeoutError("waited too long", timeout=5.0, continuation_token="op-1")))
    assert (str(timeout), timeout.timeout, timeout.continuation_token) == ("waited too long", 5.0, "op-1")
    assert TimeoutError("request timed out").continuation_token is None


def test_transport_error_wraps_httpx_exception() -> None:
    request = httpx.Request("POST", URL)
    cause = httpx.ConnectError("[Errno 111] Connection refused", request=request)
    error = error_from_transport(cause)
    assert type(error) is TransportError
    assert error.cause is cause
    assert error.__cause__ is cause
    assert str(error) == (
        "no answer (ConnectError: [Errno 111] Connection refused): "
        "POST https://x.testmo.net/api/v1/automation/runs/5?api_key=***"
    )
    assert_no_secret(error)


def test_timeouts_are_builtin_timeouts_too() -> None:
    error = error_from_transport(httpx.ReadTimeout("timed out", request=httpx.Request("GET", URL)))
    assert isinstance(error, TimeoutError)
    assert isinstance(error, builtins.TimeoutError)
    assert isinstance(error, QAClientError)
    assert not isinstance(error, TransportError)
    assert_no_secret(error)
    with pytest.raises(builtins.TimeoutError):
        raise TimeoutError("poll deadline passed", timeout=30.0)


def test_transport_error_without_request() -> None:
    assert str(error_from_transport(httpx.ConnectError(""))) == "no answer (ConnectError: ConnectError)"


def test_decode_error_hides_secret_fields() -> None:
    error = DecodeError("expected a string", model="AutomationRun", field="status", value=7)
    assert str(error) == "cannot decode AutomationRun.status: expected a string (got 7)"
    assert (error.model, error.field, error.value) == ("AutomationRun", "status", 7)
    hidden = DecodeError("expected a string", model="OAuthToken", field="access_token", value=[TOKEN])
    assert TOKEN not in str(hidden)
    assert str(DecodeError("not JSON", model="Run")) == "cannot decode Run: not JSON"


def test_resumable_errors_carry_token_and_cause() -> None:
    cause = ServerError(status=503, message="busy")
    paging = PagingError("page 3 failed", continuation_token="cursor-3", cause=cause)
    assert (paging.continuation_token, paging.cause, paging.__cause__) == ("cursor-3", cause, cause)
    polling = PollingError("status fetch failed", continuation_token="state")
    assert (polling.continuation_token, polling.cause) == ("state", None)
    assert isinstance(paging, QAClientError)
    assert isinstance(polling, QAClientError)


def test_operation_failed() -> None:
    error = OperationFailed(status="failed", result={"id": 1})
    assert str(error) == "operation finished in failed state 'failed'"
    assert error.result == {"id": 1}


def test_config_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="TESTMO_TOKEN"):
        raise ConfigError("environment variable TESTMO_TOKEN is not set")
