"""Artifact exports: pending to completed on the fake's clock, then the ZIP streamed from the signed link."""

from __future__ import annotations

import zipfile
from pathlib import Path

import httpx
import pytest

from qaclients.core import ForbiddenError, NotFoundError
from qaclients.mabl import AsyncMabl, CompletedExport, ExportState, Mabl
from qaclients_fakes import FakeServer, MablFake, ManualClock
from qaclients_fakes._mabl import DEFAULT_KEY, DEFAULT_WORKSPACE
from tests.mabl._helpers import SharedClock


def _test_run(fake: MablFake) -> str:
    return str(fake.history[0]["test_run_id"])


def _names(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
        return sorted(archive.namelist())


def test_export_completes_and_streams_the_zip(fake: MablFake, mabl: Mabl, clock: SharedClock, tmp_path: Path) -> None:
    states: list[ExportState] = []
    poller = mabl.begin_export_artifacts(
        _test_run(fake), ["screenshots", "hars", "console_logs"], progress=states.append
    )
    assert poller.status() is not None and poller.status().status == "pending"  # type: ignore[union-attr]

    export = poller.result(timeout=300)

    assert [s.status for s in states] == ["in_progress", "completed"]
    assert clock.sleeps == [5.0, 7.5]  # the export takes 10 s on the fake
    chunks: list[tuple[int, int | None]] = []
    path = export.download(
        tmp_path / "artifacts.zip", progress=lambda done, total: chunks.append((done, total)), chunk_size=256
    )
    size = path.stat().st_size
    assert chunks[-1] == (size, size) and len(chunks) > 1  # streamed in chunks, with the total known
    run = _test_run(fake)
    assert _names(path) == sorted(
        f"{run}/{kind}" for kind in ("console_logs/console.log", "hars/run.har", "screenshots/step-1.png")
    )
    assert not (tmp_path / "artifacts.zip.part").exists()


def test_the_signed_link_is_never_shown_and_the_download_sends_no_key(
    fake: MablFake, clock: SharedClock, tmp_path: Path
) -> None:
    sent: list[httpx.Headers] = []
    inner = httpx.MockTransport(lambda request: _serve(fake, request, sent))
    with Mabl(DEFAULT_KEY, workspace_id=DEFAULT_WORKSPACE, transport=inner, clock=clock, retry=None) as mabl:
        export = mabl.begin_export_artifacts(_test_run(fake)).result(timeout=300)
        assert "signature" not in repr(export) and "signature" not in repr(export.state)
        export.download(tmp_path / "a.zip")
    download = sent[-1]
    assert "authorization" not in download  # the signed link is its own credential; the mabl key stays home
    assert all("authorization" in headers for headers in sent[:-1])


def _serve(fake: MablFake, request: httpx.Request, sent: list[httpx.Headers]) -> httpx.Response:
    sent.append(request.headers)
    path, _, query = request.url.raw_path.decode().partition("?")
    reply = fake.dispatch(request.method, path, query, request.headers.multi_items(), request.read())
    return httpx.Response(reply.status, headers=reply.headers, content=reply.body)


def test_a_tampered_link_is_refused_and_leaves_no_file(fake: MablFake, mabl: Mabl, tmp_path: Path) -> None:
    export = mabl.begin_export_artifacts(_test_run(fake)).result(timeout=300)
    assert export.state.url is not None
    forged = CompletedExport(
        ExportState(
            export.export_id,
            "completed",
            None,
            (),
            type(export.state.url)(export.state.url.get_secret_value() + "0"),
            None,
        ),
        mabl._downloads(),
    )
    with pytest.raises(ForbiddenError, match="SignatureDoesNotMatch"):
        forged.download(tmp_path / "x.zip")
    assert list(tmp_path.iterdir()) == []


def test_an_expired_link_is_refused(fake: MablFake, mabl: Mabl, clock: SharedClock, tmp_path: Path) -> None:
    export = mabl.begin_export_artifacts(_test_run(fake)).result(timeout=300)
    clock.advance(2 * 3600)
    with pytest.raises(ForbiddenError, match="expired"):
        export.download(tmp_path / "late.zip")


def test_resume_an_export_from_its_token(fake: MablFake, mabl: Mabl) -> None:
    poller = mabl.begin_export_artifacts(_test_run(fake), ["traces"])
    resumed = mabl.export_from_token(poller.continuation_token())
    assert resumed.result(timeout=300).state.artifact_types == ("traces",)


def test_an_unknown_test_run_is_not_found(mabl: Mabl) -> None:
    with pytest.raises(NotFoundError):
        mabl.begin_export_artifacts("no-such-run-jr")


async def test_async_export_and_download(fake: MablFake, amabl: AsyncMabl, tmp_path: Path) -> None:
    poller = await amabl.begin_export_artifacts(_test_run(fake), ["xray_json"])
    export = await poller.result(timeout=300)
    path = await export.download(tmp_path / "x.zip")
    assert _names(path) == [f"{_test_run(fake)}/xray_json/xray.json"]


def test_export_and_download_over_a_real_socket(mabl_fake_server: FakeServer[MablFake], tmp_path: Path) -> None:
    fake = mabl_fake_server.fake
    fake.seed(1)
    assert isinstance(fake.clock, ManualClock)
    clock = SharedClock(fake.clock)
    with Mabl(DEFAULT_KEY, workspace_id=DEFAULT_WORKSPACE, base_url=mabl_fake_server.base_url, clock=clock) as mabl:
        export = mabl.begin_export_artifacts(_test_run(fake), ["doms"]).result(timeout=300)
        path = export.download(tmp_path / "doms.zip")
    assert _names(path) == [f"{_test_run(fake)}/doms/step-1.html"]
