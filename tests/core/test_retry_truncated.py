"""A response body cut short: retried like a dropped connection for idempotent methods, never for POST, and left
alone for a response the caller streams; sync and async side by side on a FakeClock."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from qaclients.core._clock import FakeClock
from qaclients.core._retry import STREAM_EXTENSION, AsyncRetryTransport, RetryPolicy, RetryTransport

POLICY = RetryPolicy(max_attempts=3, jitter=False, backoff_initial=1.0)
BODY = b'{"items": [1, 2, 3]}'


def _cut(request: httpx.Request) -> httpx.RemoteProtocolError:
    return httpx.RemoteProtocolError("peer closed connection without sending complete message body", request=request)


class _Cut(httpx.SyncByteStream, httpx.AsyncByteStream):
    """Half the body, then the connection closes (as httpx reports it)."""

    def __init__(self, request: httpx.Request) -> None:
        self.request = request
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield BODY[:7]
        raise _cut(self.request)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield BODY[:7]
        raise _cut(self.request)

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


class Inner(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Answers 200; the first ``cut`` answers stop half-way through the body."""

    def __init__(self, cut: int) -> None:
        self.cut = cut
        self.calls = 0
        self.streams: list[_Cut] = []

    def _answer(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        if self.calls <= self.cut:
            stream = _Cut(request)
            self.streams.append(stream)
            return httpx.Response(200, headers={"Content-Length": str(len(BODY))}, stream=stream, request=request)
        return httpx.Response(200, content=BODY, request=request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._answer(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self._answer(request)


def _send_sync(inner: Inner, clock: FakeClock, method: str, url: str, **kwargs: Any) -> httpx.Response:
    with httpx.Client(transport=RetryTransport(inner, POLICY, clock=clock)) as client:
        return client.request(method, url, **kwargs)


def _stream_sync(inner: Inner, clock: FakeClock, url: str, extensions: dict[str, Any]) -> None:
    client = httpx.Client(transport=RetryTransport(inner, POLICY, clock=clock))
    with client, client.stream("GET", url, extensions=extensions) as response:
        assert response.status_code == 200  # the headers, before any of the body
        with pytest.raises(httpx.RemoteProtocolError):
            response.read()


async def send(mode: str, inner: Inner, clock: FakeClock, method: str, **kwargs: Any) -> httpx.Response:
    url = "https://api.example.com/runs"
    if mode == "sync":
        return _send_sync(inner, clock, method, url, **kwargs)
    async with httpx.AsyncClient(transport=AsyncRetryTransport(inner, POLICY, clock=clock)) as aclient:
        return await aclient.request(method, url, **kwargs)


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
async def test_an_idempotent_request_retries_a_truncated_body(mode: str, method: str) -> None:
    inner, clock = Inner(cut=1), FakeClock()
    response = await send(mode, inner, clock, method)
    assert response.content == BODY
    assert response.json() == {"items": [1, 2, 3]}
    assert inner.calls == 2
    assert clock.sleeps == [1.0]  # the policy's backoff, on the injected clock
    assert all(stream.closed for stream in inner.streams), "the cut connection was not handed back"
    assert response.elapsed.total_seconds() >= 0  # readable, as for any response read by the client


async def test_attempts_run_out_with_the_transport_error(mode: str) -> None:
    inner, clock = Inner(cut=5), FakeClock()
    with pytest.raises(httpx.RemoteProtocolError, match="complete message body"):
        await send(mode, inner, clock, "GET")
    assert inner.calls == POLICY.max_attempts
    assert clock.sleeps == [1.0, 2.0]


async def test_a_post_is_never_resent_for_a_truncated_body(mode: str) -> None:
    inner, clock = Inner(cut=1), FakeClock()
    with pytest.raises(httpx.RemoteProtocolError):
        await send(mode, inner, clock, "POST", json={"name": "run"})
    assert inner.calls == 1
    assert clock.sleeps == []


async def test_a_streamed_response_is_handed_back_unread(mode: str) -> None:
    inner, clock = Inner(cut=1), FakeClock()
    url, extensions = "https://api.example.com/file.zip", {STREAM_EXTENSION: True}
    if mode == "sync":
        _stream_sync(inner, clock, url, extensions)
    else:
        aclient = httpx.AsyncClient(transport=AsyncRetryTransport(inner, POLICY, clock=clock))
        async with aclient, aclient.stream("GET", url, extensions=extensions) as response:
            assert response.status_code == 200
            with pytest.raises(httpx.RemoteProtocolError):
                await response.aread()
    assert inner.calls == 1, "a streamed body was buffered or resent"


async def test_no_retries_means_no_buffering(mode: str) -> None:
    inner, clock = Inner(cut=1), FakeClock()
    with pytest.raises(httpx.RemoteProtocolError):
        await send(mode, inner, clock, "GET", extensions={"qaclients.retry": False})
    assert inner.calls == 1
