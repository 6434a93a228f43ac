"""httpx transports that hand requests straight to a fake: no sockets, no threads, injected latency on its clock.

    fake = TestmoFake()
    client = httpx.Client(transport=FakeTransport(fake), base_url="https://example.testmo.net/api/v1")

A dropped connection raises :class:`httpx.RemoteProtocolError` before any response, as httpx does when a server
closes the socket unanswered; a truncated body raises it while the body is read, after the headers arrived. A body cut
short where no Content-Length frames it (``truncate_close``) raises nothing: it just ends early, which is all httpx
can see when a close-delimited body stops with the connection.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx

from ._fake import Fake, Reply

__all__ = ["AsyncFakeTransport", "FakeTransport"]


class FakeTransport(httpx.BaseTransport):
    """Sync transport over a fake (``httpx.Client(transport=FakeTransport(fake))``)."""

    def __init__(self, fake: Fake) -> None:
        self.fake = fake

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Answer ``request`` from the fake."""
        reply = _dispatch(self.fake, request, request.read())
        if reply.delay:
            self.fake.clock.sleep(reply.delay)
        return _response(reply, request, _TruncatedStream(reply.partial_body, request))


class AsyncFakeTransport(httpx.AsyncBaseTransport):
    """Async transport over a fake (``httpx.AsyncClient(transport=AsyncFakeTransport(fake))``)."""

    def __init__(self, fake: Fake) -> None:
        self.fake = fake

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Answer ``request`` from the fake."""
        reply = _dispatch(self.fake, request, await request.aread())
        if reply.delay:
            await self.fake.clock.asleep(reply.delay)
        return _response(reply, request, _AsyncTruncatedStream(reply.partial_body, request))


def _dispatch(fake: Fake, request: httpx.Request, body: bytes) -> Reply:
    path, _, query = request.url.raw_path.decode("ascii").partition("?")
    return fake.dispatch(request.method, path, query, request.headers.multi_items(), body)


def _response(
    reply: Reply, request: httpx.Request, truncated: httpx.SyncByteStream | httpx.AsyncByteStream
) -> httpx.Response:
    if reply.fault == "drop":
        raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
    if reply.fault == "truncate":
        return httpx.Response(reply.status, headers=reply.headers, stream=truncated, request=request)
    if reply.fault == "truncate_close":  # a stream, not content=: httpx would add the Content-Length it lacks
        return httpx.Response(
            reply.status, headers=reply.headers, stream=httpx.ByteStream(reply.partial_body), request=request
        )
    return httpx.Response(reply.status, headers=reply.headers, content=reply.body, request=request)


def _incomplete(sent: bytes, request: httpx.Request) -> httpx.RemoteProtocolError:
    return httpx.RemoteProtocolError(
        f"peer closed connection without sending complete message body (received {len(sent)} bytes)",
        request=request,
    )


class _TruncatedStream(httpx.SyncByteStream):
    def __init__(self, sent: bytes, request: httpx.Request) -> None:
        self._sent, self._request = sent, request

    def __iter__(self) -> Iterator[bytes]:
        if self._sent:
            yield self._sent
        raise _incomplete(self._sent, self._request)


class _AsyncTruncatedStream(httpx.AsyncByteStream):
    def __init__(self, sent: bytes, request: httpx.Request) -> None:
        self._sent, self._request = sent, request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        if self._sent:
            yield self._sent
        raise _incomplete(self._sent, self._request)
