"""Telling a JSON body that the connection's close delimited, and that was cut short, from a complete one.

HTTP/1.x lets a server end a body by closing the connection: no Content-Length, no chunked coding (RFC 9112 §6.3,
the last rule; HTTP/1.0 servers and some proxies do this). When such a connection breaks mid-body, httpx sees an
ordinary end and hands back the bytes it got. Framed bodies need no help (httpx itself raises for one cut under its
Content-Length or a broken chunked one), and HTTP/2 frames every body; for a close-delimited JSON body only the body
can tell, by failing to parse. A cut that still parses (a bare number stopped between digits) cannot be told.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx

__all__ = ["close_delimited_json_cut", "cut_body_error"]

_BODILESS_STATUSES = frozenset({204, 304})


def close_delimited_json_cut(request: httpx.Request, response: httpx.Response) -> bool:
    """Whether ``response`` to ``request`` (already read) is a JSON body delimited by the connection's close and cut
    short. (A transport's response does not know its request yet: the client sets it later.)

    Framed responses, the usual kind, are decided on their headers alone: their body is not parsed here.
    """
    headers = response.headers
    if "content-length" in headers or "chunked" in headers.get("transfer-encoding", "").lower():
        return False
    if "json" not in headers.get("content-type", "").lower() or not response.http_version.startswith("HTTP/1"):
        return False
    if response.status_code < 200 or response.status_code in _BODILESS_STATUSES or request.method == "HEAD":
        return False
    loads: Callable[[bytes], object]
    try:
        from orjson import loads  # noqa: PLC0415 - rare path; every generated client brings orjson, the core alone not
    except ImportError:  # pragma: no cover - the core installed without any vendor
        from json import loads  # noqa: PLC0415
    try:
        loads(response.content)
    except ValueError:  # orjson.JSONDecodeError and json.JSONDecodeError both subclass it
        return True
    return False


def cut_body_error(request: httpx.Request, response: httpx.Response) -> httpx.RemoteProtocolError:
    """The error for a cut close-delimited body: the one httpx raises for a framed body cut short, so that retries
    and the typed :class:`~qaclients.core.TransportError` treat both alike."""
    return httpx.RemoteProtocolError(
        "peer closed connection without sending complete message body "
        f"(a close-delimited JSON body that does not parse: received {len(response.content)} bytes)",
        request=request,
    )
