"""core: streamed downloads (sync and async side by side), the download clients, and cursor paging's empty-page stop."""

from __future__ import annotations

import logging
from pathlib import Path

import httpx
import pytest

from qaclients.core import (
    ClientConfig,
    CursorPaging,
    ForbiddenError,
    Pager,
    TransportError,
    adownload,
    download,
)

BODY = bytes(range(256)) * 1000  # 256 kB


def _handler(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/ok.zip":
        assert "authorization" not in request.headers  # a signed link carries its own credential
        return httpx.Response(200, content=BODY, headers={"content-type": "application/zip"})
    if request.url.path == "/broken.zip":
        raise httpx.ReadError("connection reset", request=request)
    return httpx.Response(403, text="SignatureDoesNotMatch")


def _files(folder: Path) -> list[Path]:
    return list(folder.iterdir())


def test_download_streams_to_the_file_with_progress(tmp_path: Path) -> None:
    seen: list[tuple[int, int | None]] = []
    with httpx.Client(transport=httpx.MockTransport(_handler)) as client:
        written = download(
            client,
            "https://files.example/ok.zip",
            tmp_path / "a.zip",
            progress=lambda d, t: seen.append((d, t)),
            chunk_size=65536,
        )
    assert written == len(BODY) and (tmp_path / "a.zip").read_bytes() == BODY
    assert seen[-1] == (len(BODY), len(BODY))
    assert len(seen) >= 4 and [d for d, _ in seen] == sorted(d for d, _ in seen)  # several chunks, growing


async def test_adownload_streams_to_the_file_with_progress(tmp_path: Path) -> None:
    seen: list[tuple[int, int | None]] = []
    async with httpx.AsyncClient(transport=httpx.MockTransport(_handler)) as client:
        written = await adownload(
            client, "https://files.example/ok.zip", tmp_path / "a.zip", progress=lambda d, t: seen.append((d, t))
        )
    assert written == len(BODY) and (tmp_path / "a.zip").read_bytes() == BODY
    assert seen[-1] == (len(BODY), len(BODY))


def test_download_errors_are_typed_and_leave_no_file(tmp_path: Path) -> None:
    with httpx.Client(transport=httpx.MockTransport(_handler)) as client:
        with pytest.raises(ForbiddenError, match="SignatureDoesNotMatch"):
            download(client, "https://files.example/denied.zip", tmp_path / "b.zip")
        with pytest.raises(TransportError):
            download(client, "https://files.example/broken.zip", tmp_path / "c.zip")
    assert list(tmp_path.iterdir()) == []


async def test_adownload_errors_are_typed_and_leave_no_file(tmp_path: Path) -> None:
    async with httpx.AsyncClient(transport=httpx.MockTransport(_handler)) as client:
        with pytest.raises(ForbiddenError):
            await adownload(client, "https://files.example/denied.zip", tmp_path / "b.zip")
    assert _files(tmp_path) == []


def test_download_clients_send_no_auth_and_follow_redirects(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/redirect":
            return httpx.Response(302, headers={"location": "https://files.example/ok.zip"})
        return _handler(request)

    config = ClientConfig(base_url="https://api.example", token="secret", transport=httpx.MockTransport(handler))
    with config.build_download_client() as client:
        assert download(client, "https://files.example/redirect", tmp_path / "r.zip") == len(BODY)
        assert "qaclients" in client.headers["user-agent"]


async def test_async_download_client_sends_no_auth(tmp_path: Path) -> None:
    config = ClientConfig(base_url="https://api.example", token="secret", async_transport=httpx.MockTransport(_handler))
    async with config.build_async_download_client() as client:
        assert await adownload(client, "https://files.example/ok.zip", tmp_path / "a.zip") == len(BODY)


def test_cursor_paging_can_stop_on_an_empty_page() -> None:
    pages = {
        None: {"items": [1, 2], "cursor": "c1"},
        "c1": {"items": [], "cursor": "c2"},
        "c2": {"items": [3], "cursor": None},
    }
    strategy = CursorPaging("cursor", "cursor", "items", end="unchanged", stop_on_empty=True)
    assert list(Pager(lambda p: pages[p.get("cursor")], strategy)) == [1, 2]
    lenient = CursorPaging("cursor", "cursor", "items", end="unchanged")
    assert list(Pager(lambda p: pages[p.get("cursor")], lenient)) == [1, 2, 3]


def test_the_signed_link_is_masked_in_httpx_logs(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="httpx")
    with httpx.Client(transport=httpx.MockTransport(_handler)) as client:
        download(client, "https://files.example/ok.zip?X-Goog-Signature=abc123secret&expires=9", tmp_path / "s.zip")
    assert "files.example/ok.zip" in caplog.text
    assert "abc123secret" not in caplog.text


def test_a_check_refuses_the_body_before_anything_is_written(tmp_path: Path) -> None:
    from qaclients.core import DecodeError, adownload, download  # noqa: PLC0415

    html = {"content-type": "text/html"}
    page = httpx.MockTransport(lambda _: httpx.Response(200, text="<html>login</html>", headers=html))

    def zip_only(response: httpx.Response) -> None:
        if response.headers["content-type"].startswith("text/"):
            raise DecodeError("not a ZIP", model="ZIP")

    target = tmp_path / "a.zip"
    with httpx.Client(transport=page) as client, pytest.raises(DecodeError):
        download(client, "https://files.example/a.zip", target, check=zip_only)

    async def go() -> None:
        async with httpx.AsyncClient(transport=page) as client:
            await adownload(client, "https://files.example/a.zip", target, check=zip_only)

    import asyncio  # noqa: PLC0415

    with pytest.raises(DecodeError):
        asyncio.run(go())
    assert list(tmp_path.iterdir()) == []
    with httpx.Client(transport=page) as client:
        assert download(client, "https://files.example/a.zip", target) == len("<html>login</html>")  # no check: taken
