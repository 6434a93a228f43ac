"""core: a download's ``verify`` callback refuses a finished file before it takes the final name (a body without
Content-Length cut short looks complete to httpx), sync and async side by side."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from qaclients.core import DecodeError, adownload, download

BODY = b"PK" + bytes(range(256)) * 40


def _close_delimited(cut: bool) -> httpx.MockTransport:
    """Serves the body without Content-Length (a stream): whole, or only its first half."""

    def handler(request: httpx.Request) -> httpx.Response:
        sent = BODY[: len(BODY) // 2] if cut else BODY
        return httpx.Response(200, headers={"content-type": "application/zip"}, stream=httpx.ByteStream(sent))

    return httpx.MockTransport(handler)


def _names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def _whole(path: Path) -> None:
    if path.read_bytes() != BODY:
        raise DecodeError("the file ends early", model="ZIP")


async def _fetch(mode: str, cut: bool, target: Path) -> int:
    if mode == "sync":
        with httpx.Client(transport=_close_delimited(cut)) as client:
            return download(client, "https://files.example/a.zip", target, verify=_whole)
    async with httpx.AsyncClient(transport=_close_delimited(cut)) as aclient:
        return await adownload(aclient, "https://files.example/a.zip", target, verify=_whole)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_refused_file_is_removed_and_the_error_raised(mode: str, tmp_path: Path) -> None:
    target = tmp_path / "a.zip"
    with pytest.raises(DecodeError, match="ends early"):
        await _fetch(mode, True, target)
    assert _names(tmp_path) == [], "the refused part file was left behind"


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_file_verify_accepts_takes_its_name(mode: str, tmp_path: Path) -> None:
    target = tmp_path / "a.zip"
    assert await _fetch(mode, False, target) == len(BODY)
    assert _names(tmp_path) == ["a.zip"]
    assert _whole(target) is None
