"""A JSON body that only the connection's close delimits (no Content-Length, not chunked), cut short: httpx reads it
as complete; the retry layer tells by parsing it, retries it for idempotent methods, never for POST, and never
parses a framed body for this. Sync and async side by side on a FakeClock, and once over a real loopback socket."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import orjson
import pytest

from qaclients.core._clock import FakeClock
from qaclients.core._cut_body import close_delimited_json_cut
from qaclients.core._retry import STREAM_EXTENSION, AsyncRetryTransport, RetryPolicy, RetryTransport
from qaclients.core._rewrite import AsyncJSONRewriteTransport, JSONRewriteTransport

POLICY = RetryPolicy(max_attempts=3, jitter=False, backoff_initial=1.0)
BODY = b'{"items": [1, 2, 3]}'
URL = "https://api.example.com/runs"
JSON = {"content-type": "application/json"}


class Inner(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The first ``cut`` answers: ``headers`` and half of ``BODY`` as a stream that ends without error (a
    close-delimited body whose connection broke); then ``BODY`` with its Content-Length."""

    def __init__(self, cut: int, headers: dict[str, str] | None = None, **response: Any) -> None:
        self.cut, self.headers, self.response = cut, JSON if headers is None else headers, response
        self.calls = 0

    def _answer(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        if self.calls <= self.cut:
            stream = httpx.ByteStream(BODY[:7])
            return httpx.Response(200, headers=self.headers, stream=stream, request=request, **self.response)
        return httpx.Response(200, headers=JSON, content=BODY, request=request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._answer(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self._answer(request)


def _send_sync(inner: Any, clock: FakeClock, method: str, **kwargs: Any) -> httpx.Response:
    with httpx.Client(transport=RetryTransport(inner, POLICY, clock=clock)) as client:
        return client.request(method, URL, **kwargs)


async def send(mode: str, inner: Any, clock: FakeClock, method: str = "GET", **kwargs: Any) -> httpx.Response:
    if mode == "sync":
        return _send_sync(inner, clock, method, **kwargs)
    async with httpx.AsyncClient(transport=AsyncRetryTransport(inner, POLICY, clock=clock)) as aclient:
        return await aclient.request(method, URL, **kwargs)


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
async def test_an_idempotent_request_retries_a_cut_close_delimited_body(mode: str, method: str) -> None:
    inner, clock = Inner(cut=1), FakeClock()
    response = await send(mode, inner, clock, method)
    assert response.json() == {"items": [1, 2, 3]}
    assert inner.calls == 2
    assert clock.sleeps == [1.0]


async def test_attempts_run_out_with_a_transport_error(mode: str) -> None:
    inner, clock = Inner(cut=5), FakeClock()
    with pytest.raises(httpx.RemoteProtocolError, match="close-delimited JSON body that does not parse") as caught:
        await send(mode, inner, clock)
    assert "received 7 bytes" in str(caught.value)
    assert inner.calls == POLICY.max_attempts
    assert clock.sleeps == [1.0, 2.0]


async def test_a_post_is_never_resent(mode: str) -> None:
    inner, clock = Inner(cut=1), FakeClock()
    response = await send(mode, inner, clock, "POST", json={"name": "run"})
    assert inner.calls == 1 and clock.sleeps == []
    assert response.content == BODY[:7], "handed back as it came: the decoder reports it (a typed DecodeError)"


async def test_a_complete_close_delimited_body_goes_through(mode: str) -> None:
    class Whole(Inner):
        def _answer(self, request: httpx.Request) -> httpx.Response:
            self.calls += 1
            return httpx.Response(200, headers=JSON, stream=httpx.ByteStream(BODY), request=request)

    inner, clock = Whole(cut=0), FakeClock()
    assert (await send(mode, inner, clock)).json() == {"items": [1, 2, 3]}
    assert inner.calls == 1


@pytest.mark.parametrize(
    ("headers", "response"),
    [
        pytest.param({"content-type": "text/plain"}, {}, id="not JSON"),
        pytest.param({**JSON, "transfer-encoding": "chunked"}, {}, id="chunked"),
        pytest.param(JSON, {"extensions": {"http_version": b"HTTP/2"}}, id="HTTP/2"),
    ],
)
async def test_what_is_not_close_delimited_JSON_is_not_judged(
    mode: str, headers: dict[str, str], response: dict[str, Any]
) -> None:
    inner, clock = Inner(1, headers, **response), FakeClock()
    assert (await send(mode, inner, clock)).content == BODY[:7]
    assert inner.calls == 1


async def test_a_streamed_response_is_handed_back_unread(mode: str) -> None:
    inner, clock = Inner(cut=1), FakeClock()
    assert (await send(mode, inner, clock, extensions={STREAM_EXTENSION: True})).status_code == 200
    assert inner.calls == 1


async def test_a_framed_body_is_not_parsed(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: list[bytes] = []

    def spy(data: bytes) -> Any:
        parsed.append(data)
        return orjson.loads(data)

    monkeypatch.setattr(orjson, "loads", spy)
    inner, clock = Inner(cut=0), FakeClock()  # every answer carries its Content-Length
    assert (await send(mode, inner, clock)).content == BODY
    assert parsed == [], "a body with a Content-Length was parsed by the retry layer"


async def test_a_cut_body_passed_through_a_json_rewrite_is_still_told(mode: str) -> None:
    inner, clock = Inner(cut=1), FakeClock()

    def wrap(body: Any) -> Any:
        return {"data": body}

    outer: Any = JSONRewriteTransport(inner, wrap) if mode == "sync" else AsyncJSONRewriteTransport(inner, wrap)
    response = await send(mode, outer, clock)
    assert response.json() == {"data": {"items": [1, 2, 3]}}
    assert inner.calls == 2, "the rewrite gave the cut body a Content-Length, hiding the cut"


@pytest.mark.parametrize(("status", "method"), [(204, "GET"), (304, "GET"), (200, "HEAD")], ids=["204", "304", "HEAD"])
def test_bodiless_answers_are_not_judged(status: int, method: str) -> None:
    request = httpx.Request(method, URL)
    response = httpx.Response(status, headers=JSON, stream=httpx.ByteStream(b""))
    response.read()
    assert not close_delimited_json_cut(request, response)
    empty = httpx.Response(200, headers=JSON, stream=httpx.ByteStream(b""))
    empty.read()
    assert close_delimited_json_cut(httpx.Request("GET", URL), empty), "an empty body where JSON was promised is cut"


@pytest.fixture
def http10_server() -> Iterator[tuple[str, list[bytes]]]:
    """A loopback server answering like an HTTP/1.0 proxy: no Content-Length, the body ends with the connection.
    Its first two answers break off half-way; its third is whole."""
    listener = socket.create_server(("127.0.0.1", 0))
    requests: list[bytes] = []

    def serve() -> None:
        for body in (BODY[:7], BODY[:7], BODY):
            conn, _ = listener.accept()
            with conn:
                received = b""
                while b"\r\n\r\n" not in received:
                    received += conn.recv(4096)
                requests.append(received.split(b"\r\n", 1)[0])
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n" + body)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/runs", requests
    finally:
        listener.close()
        thread.join(10)


def test_over_a_real_socket(http10_server: tuple[str, list[bytes]]) -> None:
    url, requests = http10_server
    clock = FakeClock()
    with httpx.Client(transport=httpx.HTTPTransport()) as bare:
        assert bare.get(url).content == BODY[:7], "httpx itself reads the cut body as complete"
    with httpx.Client(transport=RetryTransport(httpx.HTTPTransport(), POLICY, clock=clock)) as client:
        assert client.get(url).json() == {"items": [1, 2, 3]}
    assert requests == [b"GET /runs HTTP/1.1"] * 3
    assert clock.sleeps == [1.0]
