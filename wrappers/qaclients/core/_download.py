"""Streaming a response body to a file, chunk by chunk, with progress; never the whole body in memory::

    with config.build_download_client() as http:
        size = download(http, signed_url, "artifacts.zip", progress=lambda done, total: print(done, total))

The body goes to ``<path>.part`` and is renamed to ``path`` once complete, so a failed download never leaves a
truncated file under the final name. A body without Content-Length (delimited by the connection's close) that is cut
short looks complete to httpx; a ``verify`` callback that knows the format (a ZIP's directory is at its end) refuses
such a file before it takes the final name. An error status raises the typed :class:`~qaclients.core.APIError` (its body
read, at most once), a broken connection the :class:`~qaclients.core.TransportError`. A signed link is a credential:
the first download puts a :class:`~qaclients.core.RedactingFilter` on the ``httpx`` logger, so its request log line
shows the link with its signature masked.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

import httpx

from ._error_bodies import error_from_response, error_from_transport
from ._redact import RedactingFilter
from ._retry import STREAM_EXTENSION

__all__ = ["DownloadCheck", "DownloadProgress", "adownload", "download"]

DownloadProgress = Callable[[int, "int | None"], None]
"""Called after every chunk with the bytes written so far and the total (``Content-Length``; ``None`` if unknown)."""

DownloadCheck = Callable[[httpx.Response], None]
"""Called with a successful response before its body is written: raises (e.g. :class:`DecodeError`) to refuse a
body that is not what was asked for, such as an HTML page where a ZIP was expected."""

CHUNK = 64 * 1024
_LINK_LOGS = RedactingFilter()


def _mask_links_in_logs() -> None:
    httpx_logger = logging.getLogger("httpx")
    if _LINK_LOGS not in httpx_logger.filters:
        httpx_logger.addFilter(_LINK_LOGS)


def _total(response: httpx.Response) -> int | None:
    length = response.headers.get("content-length")
    return int(length) if length is not None and length.isdigit() else None


def _part(path: Path) -> Path:
    return path.with_name(path.name + ".part")


def download(
    client: httpx.Client,
    url: str,
    path: str | os.PathLike[str],
    *,
    progress: DownloadProgress | None = None,
    chunk_size: int = CHUNK,
    check: DownloadCheck | None = None,
    verify: Callable[[Path], None] | None = None,
) -> int:
    """GET ``url`` and stream its body to ``path``; returns the number of bytes written (``check``: see
    :data:`DownloadCheck`; ``verify``: called with the finished ``<path>.part`` before it is renamed, raises to refuse
    it, and the part file is removed)."""
    _mask_links_in_logs()
    target = Path(path)
    part = _part(target)
    try:
        with client.stream("GET", url, extensions={STREAM_EXTENSION: True}) as response:
            if response.status_code >= 400:
                response.read()
                raise error_from_response(response)
            if check is not None:
                check(response)
            total, done = _total(response), 0
            with part.open("wb") as out:
                for chunk in response.iter_bytes(chunk_size):
                    out.write(chunk)
                    done += len(chunk)
                    if progress is not None:
                        progress(done, total)
        if verify is not None:
            verify(part)
    except httpx.TransportError as error:
        part.unlink(missing_ok=True)
        raise error_from_transport(error) from error
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    os.replace(part, target)
    return done


async def adownload(
    client: httpx.AsyncClient,
    url: str,
    path: str | os.PathLike[str],
    *,
    progress: DownloadProgress | None = None,
    chunk_size: int = CHUNK,
    check: DownloadCheck | None = None,
    verify: Callable[[Path], None] | None = None,
) -> int:
    """The async twin of :func:`download` (file writes stay synchronous: chunks are small)."""
    _mask_links_in_logs()
    target = Path(path)
    part = _part(target)
    try:
        async with client.stream("GET", url, extensions={STREAM_EXTENSION: True}) as response:
            if response.status_code >= 400:
                await response.aread()
                raise error_from_response(response)
            if check is not None:
                check(response)
            total, done = _total(response), 0
            with part.open("wb") as out:
                async for chunk in response.aiter_bytes(chunk_size):
                    out.write(chunk)
                    done += len(chunk)
                    if progress is not None:
                        progress(done, total)
        if verify is not None:
            verify(part)
    except httpx.TransportError as error:
        part.unlink(missing_ok=True)
        raise error_from_transport(error) from error
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    os.replace(part, target)
    return done
