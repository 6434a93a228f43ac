"""The vendor-neutral core on a tiny spec of its own: routing, validation, violations, the request log
(qaclients_fakes/_fake.py, _spec.py, _validation.py)."""

from __future__ import annotations

import base64
from typing import Any

import httpx
import pytest

from qaclients_fakes import (
    ConnectionDroppedError,
    Fake,
    FakeHTTPError,
    FakeTransport,
    Faults,
    ManualClock,
    Request,
    Response,
    Spec,
    SpecViolationError,
    basic_credentials,
    bearer_token,
    load_spec,
    operation,
    spec_path,
)
from qaclients_fakes._spec import MediaType

JSON_OBJECT = {"application/json": {"schema": {"type": "object"}}}
DOC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Things", "version": "1"},
    "servers": [{"url": "https://{host}/v2", "variables": {"host": {"default": "api.example.com"}}}],
    "security": [{"basic": []}],
    "components": {
        "securitySchemes": {"basic": {"type": "http", "scheme": "basic"}},
        "parameters": {"ThingId": {"name": "thing_id", "in": "path", "required": True, "schema": {"type": "integer"}}},
        "schemas": {
            "Thing": {
                "type": "object",
                "required": ["id"],
                "properties": {"id": {"type": "integer"}, "at": {"type": "string", "format": "date-time"}},
            }
        },
    },
    "paths": {
        "/things/{thing_id}": {
            "parameters": [{"$ref": "#/components/parameters/ThingId"}],
            "get": {
                "operationId": "get_thing",
                "parameters": [
                    {"name": "tags", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}},
                    {
                        "name": "ids",
                        "in": "query",
                        "explode": False,
                        "schema": {"type": "array", "items": {"type": "integer"}},
                    },
                    {"name": "verbose", "in": "query", "schema": {"type": "boolean"}},
                    {"name": "ratio", "in": "query", "schema": {"type": "number"}},
                    {"name": "X-Trace", "in": "header", "schema": {"type": "string", "pattern": "^[a-f0-9]+$"}},
                ],
                "responses": {
                    "200": {
                        "description": "",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    },
                    "4XX": {"description": "", "content": JSON_OBJECT},
                },
            },
        },
        "/things/special": {
            "get": {"operationId": "get_special", "security": [], "responses": {"204": {"description": ""}}}
        },
        "/echo": {
            "post": {
                "operationId": "echo",
                "security": [{}],
                "requestBody": {"content": JSON_OBJECT},
                "responses": {
                    "200": {"description": "", "content": JSON_OBJECT},
                    "default": {"description": "", "content": {"text/plain": {}}},
                },
            }
        },
    },
}
BASIC = {"Authorization": "Basic " + base64.b64encode(b"user:pw").decode()}


class ThingFake(Fake):
    vendor = "things"

    def __init__(self, **options: Any) -> None:
        super().__init__(spec=Spec(DOC, name="things"), clock=ManualClock(), **options)
        self.seen: list[Request] = []

    def authenticate(self, request: Request) -> object | None:
        return "user" if basic_credentials(request.headers) == ("user", "pw") else None

    @operation("get_thing")
    def _get_thing(self, request: Request) -> Response:
        self.seen.append(request)
        if request.path_params["thing_id"] == 404:
            raise FakeHTTPError(404, "No such thing.", headers={"x-reason": "gone"})
        return Response(200, {"id": request.path_params["thing_id"], "at": "2024-01-01T00:00:00Z"})

    @operation("get_special")
    def _get_special(self, request: Request) -> Response:
        return Response(204)

    @operation("echo")
    def _echo(self, request: Request) -> Response:
        return Response(200, {"got": request.json})


@pytest.fixture
def fake() -> ThingFake:
    return ThingFake()


@pytest.fixture
def client(fake: ThingFake) -> httpx.Client:
    return httpx.Client(transport=FakeTransport(fake), base_url="https://api.example.com/v2", headers=BASIC)


def test_a_concrete_path_wins_over_a_template(client: httpx.Client) -> None:
    assert client.get("/things/special").status_code == 204
    assert client.get("/things/5").json()["id"] == 5


def test_unknown_paths_and_methods(client: httpx.Client, fake: ThingFake) -> None:
    assert client.get("/nothing").status_code == 404
    assert client.get("https://api.example.com/things/5").status_code == 404, "the server path prefix is required"
    wrong = client.delete("/things/5")
    assert (wrong.status_code, wrong.headers["allow"]) == (405, "GET")
    assert wrong.json()["message"]
    assert [entry.operation_id for entry in fake.requests] == [None, None, None]


def test_parameters_are_read_into_their_types(client: httpx.Client, fake: ThingFake) -> None:
    params = httpx.QueryParams([("tags", "a"), ("tags", "b"), ("ids", "1,2"), ("verbose", "true"), ("ratio", "0.5")])
    assert client.get("/things/007", params=params, headers={"X-Trace": "abc"}).status_code == 200
    request = fake.seen[-1]
    assert request.path_params == {"thing_id": 7}
    assert request.query == {"tags": ["a", "b"], "ids": [1, 2], "verbose": True, "ratio": 0.5}
    assert request.principal == "user"
    assert request.headers["x-trace"] == "abc"


@pytest.mark.parametrize(
    ("params", "headers", "field"),
    [
        ({"verbose": "yes"}, {}, "verbose"),
        ({"ids": "1,x"}, {}, "ids"),
        ({"ratio": "1e999"}, {}, "ratio"),
        ({}, {"X-Trace": "XYZ"}, "X-Trace"),
    ],
)
def test_bad_parameters_are_refused(
    client: httpx.Client, params: dict[str, str], headers: dict[str, str], field: str
) -> None:
    response = client.get("/things/1", params=params, headers=headers)
    assert response.status_code == 422
    assert list(response.json()["errors"]) == [field]


def test_percent_encoded_path_segments_are_decoded(client: httpx.Client) -> None:
    response = client.get("/things/a%2Fb")
    assert response.status_code == 422
    assert "a/b" in response.json()["errors"]["thing_id"][0]


def test_authentication(client: httpx.Client) -> None:
    assert client.get("/things/1", headers={"Authorization": "Basic bm9wZQ=="}).status_code == 401
    assert client.post("/echo", json={"a": 1}, headers={"Authorization": ""}).json() == {"got": {"a": 1}}


def test_an_optional_body_may_be_missing(client: httpx.Client) -> None:
    assert client.post("/echo").json() == {"got": None}


def test_handler_errors_use_the_vendor_shape_and_keep_their_headers(client: httpx.Client) -> None:
    response = client.get("/things/404")
    assert (response.status_code, response.json(), response.headers["x-reason"]) == (
        404,
        {"message": "No such thing."},
        "gone",
    )


class TestResponseViolations:
    def test_a_strict_fake_raises_and_records(
        self, fake: ThingFake, client: httpx.Client, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setattr(fake, "_get_thing", lambda request: Response(200, {"id": "one", "at": "noon"}))
        with pytest.raises(SpecViolationError) as raised:
            client.get("/things/1")
        problems = raised.value.violation.problems
        assert any("id" in problem for problem in problems)
        assert any("date-time" in problem for problem in problems)
        assert fake.violations == [raised.value.violation]
        assert fake.requests[-1].status == 200
        fake.violations.clear()

    @pytest.mark.parametrize(
        ("operation_id", "path", "response", "problem"),
        [
            ("get_thing", "/things/1", Response(201, {"id": 1}), "status 201 is not documented"),
            ("get_special", "/things/special", Response(204, {"id": 1}), "documents no body"),
            ("echo", "/echo", Response(500, {"oops": True}), "Content-Type 'application/json' is not documented"),
            ("get_thing", "/things/1", Response(200, None), "has no Content-Type"),
        ],
    )
    def test_a_lenient_fake_records(self, operation_id: str, path: str, response: Response, problem: str) -> None:
        fake = ThingFake(strict=False)
        setattr(fake, fake._handlers[operation_id], lambda request: response)
        method = "POST" if operation_id == "echo" else "GET"
        headers = {**BASIC, "content-type": "application/json"}
        status, _, _ = fake.handle(method, f"/v2{path}", "", headers, b"{}" if method == "POST" else b"")
        assert status == response.status
        assert problem in str(fake.violations[0])

    def test_a_documented_range_counts(self, client: httpx.Client, fake: ThingFake) -> None:
        assert client.get("/things/1", headers={"Authorization": "Bearer x"}).status_code == 401
        assert fake.violations == []


def test_every_operation_needs_exactly_one_handler() -> None:
    class Incomplete(Fake):
        vendor = "things"

        @operation("get_thing")
        def _get(self, request: Request) -> Response:
            return Response(200, {"id": 1})

        @operation("delete_everything")
        def _delete(self, request: Request) -> Response:
            return Response(204)

    with pytest.raises(TypeError, match=r"no handler for \['echo', 'get_special'\].*unknown \['delete_everything'\]"):
        Incomplete(spec=Spec(DOC))


def test_handle_is_framework_neutral(fake: ThingFake) -> None:
    status, headers, body = fake.handle("GET", "/v2/things/3", {"verbose": "false"}, BASIC)
    assert (status, body) == (200, b'{"id":3,"at":"2024-01-01T00:00:00Z"}')
    assert ("content-type", "application/json") in headers
    assert ("content-length", str(len(body))) in headers

    fake.faults = Faults(kind="truncate", latency=1.5)
    status, _, partial = fake.handle("GET", "/v2/things/3", "", BASIC)
    assert (status, partial) == (200, body[: len(body) // 2])
    assert isinstance(fake.clock, ManualClock)
    assert fake.clock.sleeps == [1.5]

    fake.faults = Faults(kind="drop")
    with pytest.raises(ConnectionDroppedError):
        fake.handle("GET", "/v2/things/3", "", BASIC)


def test_the_log_keeps_no_credentials(client: httpx.Client, fake: ThingFake) -> None:
    client.get("/things/3", params={"verbose": "true"})
    entry = fake.requests[-1]
    assert (entry.method, entry.path, entry.query, entry.json, entry.status) == (
        "GET",
        "/v2/things/3",
        {"verbose": "true"},
        None,
        200,
    )
    assert "user:pw" not in repr(fake.requests)
    assert "Basic" not in repr(fake.requests)


@pytest.mark.parametrize(
    ("header", "token", "credentials"),
    [
        ("Bearer abc", "abc", None),
        ("bearer  abc ", "abc", None),
        ("Bearer", None, None),
        ("Basic " + base64.b64encode(b"me:p:w").decode(), None, ("me", "p:w")),
        ("Basic !!!", None, None),
        ("Basic " + base64.b64encode(b"no-colon").decode(), None, None),
        ("", None, None),
    ],
)
def test_credential_helpers(header: str, token: str | None, credentials: tuple[str, str] | None) -> None:
    headers = {"authorization": header}
    assert bearer_token(headers) == token
    assert basic_credentials(headers) == credentials


def test_specs_are_found_and_compiled_once() -> None:
    assert spec_path("testmo").parts[-2:] == ("testmo", "openapi.yaml")
    assert load_spec("testmo") is load_spec("testmo")
    assert load_spec("testmo").prefix == "/api/v1"
    assert Spec({"openapi": "3.1.0", "paths": {}}).prefix == ""
    with pytest.raises(FileNotFoundError):
        spec_path("no-such-vendor")


@pytest.mark.parametrize(
    ("documented", "sent", "accepted"),
    [
        ("application/json", "application/json; charset=utf-8", True),
        ("application/json", "Application/JSON", True),
        ("application/*", "application/problem+json", True),
        ("*/*", "text/html", True),
        ("application/json", "text/json", False),
    ],
)
def test_media_types(documented: str, sent: str, accepted: bool) -> None:
    assert MediaType(documented, None).accepts(sent) is accepted
