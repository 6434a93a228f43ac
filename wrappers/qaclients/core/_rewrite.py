"""Rewrite successful JSON response bodies before anything reads them: an httpx transport, sync and async.

A vendor whose docs show some answers abbreviated (a bare object where the service wraps it in an envelope)
declares a pure function; the transport applies it to every 2xx JSON body, so generated decoders see one shape::

    def wrap_bare(body):                       # None: leave the body as it is
        return None if isinstance(body, dict) and "data" in body else {"data": body}

    client = config.build_client(headers, rewrite_json=wrap_bare)

Bodies that are not JSON (or fail to parse) pass through untouched; the decoder reports them as usual.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx

__all__ = ["AsyncJSONRewriteTransport", "JSONRewrite", "JSONRewriteTransport"]

JSONRewrite = Callable[[Any], Any]
"""Body in, replacement out (``None``: keep the body)."""
_DROPPED = {"content-length", "content-encoding", "transfer-encoding"}


def _rewritten(
    request: httpx.Request, response: httpx.Response, content: bytes, rewrite: JSONRewrite
) -> httpx.Response | None:
    if not 200 <= response.status_code < 300 or "json" not in response.headers.get("content-type", ""):
        return None
    try:
        replacement = rewrite(json.loads(content)) if content else None
    except ValueError:
        return None
    if replacement is None:
        return None
    headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in _DROPPED]
    body = json.dumps(replacement, separators=(",", ":")).encode()
    return httpx.Response(
        response.status_code, headers=headers, content=body, request=request, extensions=response.extensions
    )


def _unchanged(request: httpx.Request, response: httpx.Response, content: bytes) -> httpx.Response:
    """The body as it came, its headers too: a stream, since ``content=`` would add a Content-Length to a body the
    connection's close delimited, and the retry layer could no longer tell that one cut short."""
    return httpx.Response(
        response.status_code, headers=response.headers, stream=httpx.ByteStream(content), request=request,
        extensions=response.extensions,
    )  # fmt: skip


class JSONRewriteTransport(httpx.BaseTransport):
    """Send through ``inner``; hand back 2xx JSON bodies as ``rewrite`` returns them."""

    def __init__(self, inner: httpx.BaseTransport, rewrite: JSONRewrite) -> None:
        self._inner, self._rewrite = inner, rewrite

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send, then rewrite the body if it is a successful JSON one."""
        response = self._inner.handle_request(request)
        if not 200 <= response.status_code < 300:
            return response
        content = response.read()
        response.close()
        return _rewritten(request, response, content, self._rewrite) or _unchanged(request, response, content)

    def close(self) -> None:
        """Close the inner transport."""
        self._inner.close()


class AsyncJSONRewriteTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`JSONRewriteTransport`."""

    def __init__(self, inner: httpx.AsyncBaseTransport, rewrite: JSONRewrite) -> None:
        self._inner, self._rewrite = inner, rewrite

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send, then rewrite the body if it is a successful JSON one."""
        response = await self._inner.handle_async_request(request)
        if not 200 <= response.status_code < 300:
            return response
        content = await response.aread()
        await response.aclose()
        return _rewritten(request, response, content, self._rewrite) or _unchanged(request, response, content)

    async def aclose(self) -> None:
        """Close the inner transport."""
        await self._inner.aclose()
