"""A fake as an ASGI application, for a real server (uvicorn, see ``_server.py``) or an ASGI test client.

Injected latency really waits (through the fake's clock). A dropped connection sends the response start and then
closes the socket; a truncated body sends half the body under the full Content-Length and closes — the client sees
what it would see from a proxy that died mid-response. A ``truncate_close`` body goes without Content-Length, half of
it, then the close: an HTTP/1.0 client gets a close-delimited body cut short; for an HTTP/1.1 client uvicorn frames
a body of unknown length as chunked, so that client sees a chunked body broken off. A response that breaks the spec
in a strict fake becomes a 500 whose message names the violation (it is also in ``fake.violations``).
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import quote

from ._fake import Fake, Reply, SpecViolationError

__all__ = ["FakeASGIApp"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class FakeASGIApp:
    """ASGI 3 application serving ``fake``."""

    def __init__(self, fake: Fake) -> None:
        self.fake = fake

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one connection scope (``http``; ``lifespan`` is acknowledged)."""
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            raise RuntimeError(f"unsupported ASGI scope {scope['type']!r}")
        body = await _read_body(receive)
        raw_path = scope.get("raw_path")
        path = raw_path.decode("latin-1").partition("?")[0] if raw_path else quote(scope["path"])
        headers = [(name.decode("latin-1"), value.decode("latin-1")) for name, value in scope["headers"]]
        try:
            reply = self.fake.dispatch(scope["method"], path, scope["query_string"].decode("latin-1"), headers, body)
        except SpecViolationError as exc:
            reply = _violation_reply(exc)
        if reply.delay:
            await self.fake.clock.asleep(reply.delay)
        encoded = [(name.encode("latin-1"), value.encode("latin-1")) for name, value in reply.headers]
        await send({"type": "http.response.start", "status": reply.status or 500, "headers": encoded})
        if reply.fault == "drop":
            return  # the server closes the connection: the response was started but never completed
        if reply.fault in ("truncate", "truncate_close"):
            await send({"type": "http.response.body", "body": reply.partial_body, "more_body": True})
            return
        await send({"type": "http.response.body", "body": reply.body})


async def _read_body(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


def _violation_reply(exc: SpecViolationError) -> Reply:
    body = json.dumps({"message": f"qaclients-fakes: {exc}"}).encode()
    return Reply(500, [("content-type", "application/json"), ("content-length", str(len(body)))], body)
