"""One typed error whatever shape the body had (facts, Errors), with its message read out, and no credential in it."""

from __future__ import annotations

from typing import Any

import pytest

from qaclients.browserstack_tm import TestManagement, error_code
from qaclients.browserstack_tm._declarations import error_message
from qaclients.core import BadRequestError, ForbiddenError, NotFoundError, RetryPolicy, ServerError, UnauthorizedError
from qaclients_fakes import BrowserStackTMFake, FakeTransport
from tests.browserstack_tm.conftest import ACCESS_KEY, BASE_URL, PROJECT, USERNAME, SharedClock

SHAPES: list[tuple[Any, str | None]] = [
    ({"success": False}, None),
    ({"success": False, "message": "Test run not found"}, "Test run not found"),
    ({"error": "invalid_test_case_id", "message": "IDs are invalid."}, "IDs are invalid. (invalid_test_case_id)"),
    ({"error": "Bad request", "details": ["too long", "tags: bad"]}, "Bad request: too long; tags: bad"),
    ({"status": 500, "error": "Internal Server Error"}, "Internal Server Error"),
    ({"errors": "Project not found"}, "Project not found"),
    (None, None),
    ({"error": "same", "message": "same"}, "same"),
    ({"errors": ["a", "b"]}, "a; b"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "message"), SHAPES)
def test_every_shape_gives_its_message(body: Any, message: str | None) -> None:
    assert error_message(body) == message


@pytest.mark.parametrize(("body", "message"), SHAPES[:6])
def test_every_shape_from_the_server_raises_the_same_type(
    tm: TestManagement, fake: BrowserStackTMFake, body: Any, message: str | None
) -> None:
    fake.error_body = lambda status, text, code: body
    with pytest.raises(NotFoundError) as caught:
        tm.test_run(PROJECT, "TR-404")
    error = caught.value
    assert error.status == 404
    assert error.message == (message or "Not Found")
    assert "GET " in str(error) and "/test-runs/TR-404" in str(error)


def test_a_documented_refusal_names_its_code(tm: TestManagement) -> None:
    with pytest.raises(BadRequestError) as caught:
        tm.create_test_run(PROJECT, test_plan_id="TP-1", sub_test_plan_id="STP-1")
    assert error_code(caught.value) == "validation_failed"
    assert caught.value.message == "test_plan_id and sub_test_plan_id are mutually exclusive. (validation_failed)"


def test_a_sentence_in_error_is_not_a_code(tm: TestManagement, fake: BrowserStackTMFake) -> None:
    fake.error_body = lambda status, text, code: {"error": "Something went wrong", "details": ["x"]}
    with pytest.raises(NotFoundError) as caught:
        tm.test_run(PROJECT, "TR-9")
    assert error_code(caught.value) is None


def test_the_minify_null_500_is_retried_away(tm: TestManagement, fake: BrowserStackTMFake) -> None:
    tm.create_test_run(PROJECT, name="Small")
    fake.minify_failures = 1
    assert tm.test_run(PROJECT, "TR-1", minify=True).name == "Small"
    assert [r.status for r in fake.requests if r.operation_id == "get_test_run"] == [500, 200]


def test_a_null_500_that_persists_is_a_server_error(fake: BrowserStackTMFake, clock: SharedClock) -> None:
    fake.minify_failures = 5
    retry = RetryPolicy(max_attempts=2, jitter=False)
    with TestManagement(
        USERNAME, ACCESS_KEY, base_url=BASE_URL, transport=FakeTransport(fake), clock=clock, retry=retry
    ) as tm:
        tm.create_test_run(PROJECT)
        with pytest.raises(ServerError) as caught:
            tm.test_run(PROJECT, "TR-1", minify=True)
    assert (caught.value.status, caught.value.message, caught.value.body) == (500, "Internal Server Error", b"null")


def test_wrong_credentials_are_unauthorized_and_never_shown(fake: BrowserStackTMFake) -> None:
    secret = "wrong-key-0123456789"
    with (
        TestManagement(USERNAME, secret, base_url=BASE_URL, transport=FakeTransport(fake)) as tm,
        pytest.raises(UnauthorizedError) as caught,
    ):
        tm.test_run(PROJECT, "TR-1")
    error = caught.value
    assert error.message == "Unauthenticated."
    shown = f"{error!s} {error!r} {error.args} {error.headers} {error.url}"
    assert secret not in shown and "Basic" not in shown


def test_an_unknown_project_is_not_found(tm: TestManagement) -> None:
    with pytest.raises(NotFoundError, match="Project PR-9 not found"):
        list(tm.test_runs("PR-9"))


def test_forbidden_keeps_its_type(tm: TestManagement, fake: BrowserStackTMFake) -> None:
    fake.faults.update(kind="error", status=403, operations={"close_test_run"})
    with pytest.raises(ForbiddenError):
        tm.close_test_run(PROJECT, "TR-1")
