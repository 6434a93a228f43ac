"""An export's ZIP served without Content-Length and cut short (the fakes' ``truncate_close``): httpx reads it as
complete, so the download checks the ZIP's end before the file takes its name; one typed error with the export's
token, no file, and the next download succeeds."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from qaclients.core import DecodeError
from qaclients.mabl import AsyncMabl, Mabl
from qaclients_fakes import Faults, MablFake
from qaclients_fakes._mabl_reports import DOWNLOAD


def _cut_once() -> Faults:
    return Faults(kind="truncate_close", operations={DOWNLOAD}, first_n=1)


def _test_run(fake: MablFake) -> str:
    return str(fake.history[0]["test_run_id"])


def test_a_cut_zip_is_refused_then_downloaded_again(fake: MablFake, mabl: Mabl, tmp_path: Path) -> None:
    export = mabl.begin_export_artifacts(_test_run(fake)).result(timeout=300)
    fake.faults = _cut_once()
    with pytest.raises(DecodeError, match="ends early") as caught:
        export.download(tmp_path / "a.zip")
    assert caught.value.continuation_token is not None
    assert "resume_export" in " ".join(caught.value.__notes__)
    assert list(tmp_path.iterdir()) == [], "a cut ZIP was left behind"
    assert fake.requests[-1].fault == "truncate_close"
    assert zipfile.is_zipfile(export.download(tmp_path / "a.zip"))


async def test_async_the_same(fake: MablFake, amabl: AsyncMabl, tmp_path: Path) -> None:
    export = await (await amabl.begin_export_artifacts(_test_run(fake))).result(timeout=300)
    fake.faults = _cut_once()
    with pytest.raises(DecodeError, match="ends early"):
        await export.download(tmp_path / "a.zip")
    assert fake.requests[-1].fault == "truncate_close"
    assert zipfile.is_zipfile(await export.download(tmp_path / "a.zip"))
