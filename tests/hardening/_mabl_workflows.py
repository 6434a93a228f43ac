"""mabl's workflows in the fault matrix: deploy-and-wait, artifact export and download, and both cursor end rules.

- ``mabl deployment``: create a deployment event whose smoke plan fails and is retried (so the wait covers the
  retry), poll until every plan run is final. The fake must end with exactly one event and its two plan runs: a
  create whose answer was lost is looked for in the events list on resume, never created twice.
- ``mabl export``: create an export, poll until the ZIP is ready, stream it from the signed link. The file must be
  the export's ZIP byte for byte, no ``.part`` left, and never a half or foreign file under the final name.
- ``mabl paging (unchanged cursor)``: applications, whose last cursor repeats the one sent;
  ``mabl paging (null cursor)``: test run summaries, whose last cursor is null.
"""

from __future__ import annotations

import asyncio
import tempfile
import zipfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

from qaclients.core import FakeClock, QAClientError
from qaclients.mabl import AsyncMabl, DeploymentResult, Mabl
from qaclients_fakes import AsyncFakeTransport, Fake, FakeTransport, MablFake
from qaclients_fakes._mabl import DEFAULT_WORKSPACE, ENVIRONMENT, SMOKE_PLAN
from qaclients_fakes._mabl_model import PlanScript
from qaclients_fakes._mabl_reports import DOWNLOAD

from ._faults import FakeTime
from ._workflows import RETRY, TOKEN, Mode, PagedList, Workflow, paging

__all__ = ["MABL_WORKFLOWS"]


def new_mabl_fake(clock: FakeClock) -> MablFake:
    """A mabl fake on the shared clock, keyed with the matrix's secret."""
    return MablFake(api_key=TOKEN, clock=FakeTime(clock))


def mabl(fake: Fake, clock: FakeClock) -> Mabl:
    """A sync client of ``fake``."""
    return Mabl(TOKEN, workspace_id=DEFAULT_WORKSPACE, transport=FakeTransport(fake), clock=clock, retry=RETRY)


def amabl(fake: Fake, clock: FakeClock) -> AsyncMabl:
    """An async client of ``fake``."""
    transport = AsyncFakeTransport(fake)
    return AsyncMabl(TOKEN, workspace_id=DEFAULT_WORKSPACE, async_transport=transport, clock=clock, retry=RETRY)


class MablDeployment:
    """``begin_deployment`` to the smoke plan (fails, then its retry succeeds) and wait; resume from any token."""

    __test__ = False
    error = QAClientError

    def __init__(self, clock: FakeClock, mode: Mode) -> None:
        self.clock, self.mode = clock, mode
        self.fake = new_mabl_fake(clock)
        self.fake.plans[SMOKE_PLAN].script = PlanScript(outcome="failed", retry_outcome="succeeded")

    def attempt(self, resume: object | None) -> object:
        token = resume if isinstance(resume, str) else None
        options: dict[str, Any] = {"environment_id": ENVIRONMENT, "plan_labels": ["smoke"], "revision": "abc123"}
        if self.mode == "sync":
            with mabl(self.fake, self.clock) as client:
                poller = client.begin_deployment(**options) if token is None else client.resume_deployment(token)
                return poller.result(timeout=3600)

        async def go() -> DeploymentResult:
            async with amabl(self.fake, self.clock) as client:
                if token is None:
                    poller = await client.begin_deployment(**options)
                else:
                    poller = await client.resume_deployment(token)
                return await poller.result(timeout=3600)

        return asyncio.run(go())

    def resume_from(self, error: Exception) -> object:
        token = getattr(error, "continuation_token", None)
        assert isinstance(token, str), f"{type(error).__name__} carries no continuation token: {error}"
        return token

    def check(self, result: object) -> None:
        assert isinstance(result, DeploymentResult)
        events = list(self.fake.items["deployment_events"].values())
        assert len(events) == 1, f"{len(events)} deployment events created"
        assert result.event_id == events[0]["id"]
        assert len(self.fake.plan_runs) == 2, "the smoke plan and its one retry, nothing more"
        assert result.succeeded_with_retries and not result.succeeded_first_attempt
        (plan,) = result.plans
        assert [attempt.is_retry for attempt in plan.attempts] == [False, True]


class MablExport:
    """``begin_export_artifacts`` of one test run, wait, then stream the ZIP; resume from any token."""

    __test__ = False
    error = QAClientError
    TYPES = ("screenshots", "hars")

    def __init__(self, clock: FakeClock, mode: Mode) -> None:
        self.clock, self.mode = clock, mode
        self.fake = new_mabl_fake(clock)
        self.fake.seed(3)
        self.test_run_id = str(self.fake.history[0]["test_run_id"])
        self.folder = Path(tempfile.mkdtemp(prefix="mabl-export-"))
        self.target = self.folder / "artifacts.zip"

    def attempt(self, resume: object | None) -> object:
        token = resume if isinstance(resume, str) else None
        if self.mode == "sync":
            with mabl(self.fake, self.clock) as client:
                if token is None:
                    poller = client.begin_export_artifacts(self.test_run_id, list(self.TYPES))
                else:
                    poller = client.resume_export(token)
                return poller.result(timeout=600).download(self.target)

        async def go() -> Path:
            async with amabl(self.fake, self.clock) as client:
                if token is None:
                    apoller = await client.begin_export_artifacts(self.test_run_id, list(self.TYPES))
                else:
                    apoller = await client.resume_export(token)
                export = await apoller.result(timeout=600)
                return await export.download(self.target)

        try:
            return asyncio.run(go())
        finally:
            self._no_broken_file()

    def _no_broken_file(self) -> None:
        assert not (self.folder / "artifacts.zip.part").exists(), "a partial download was left behind"
        if self.target.exists():
            assert zipfile.is_zipfile(self.target), "a broken file under the final name"

    def resume_from(self, error: Exception) -> object:
        self._no_broken_file()
        assert not self.target.exists(), "a failed download left a file under the final name"
        token = getattr(error, "continuation_token", None)
        assert isinstance(token, str), f"{type(error).__name__} carries no continuation token: {error}"
        return token

    def check(self, result: object) -> None:
        assert result == self.target
        exports = list(self.fake.exports.values())
        # An export only packages what exists; a lost create answer may leave one unused export, never a wrong ZIP.
        assert 1 <= len(exports) <= 2, f"{len(exports)} exports created"
        assert self.target.read_bytes() == exports[-1].zip_bytes()
        with zipfile.ZipFile(self.target) as archive:
            assert {name.split("/")[1] for name in archive.namelist()} == set(self.TYPES)
        assert list(self.folder.iterdir()) == [self.target]


APPLICATIONS = 45


def _applications_fake(clock: FakeClock) -> Fake:
    fake = new_mabl_fake(clock)
    template = next(iter(fake.items["applications"].values()))
    for i in range(APPLICATIONS - 1):
        app_id = f"hardeningApp{i:05d}-a"
        fake.items["applications"][app_id] = {**template, "id": app_id, "name": f"App {i}"}
    return fake


def _application_ids(fake: Fake) -> list[str]:
    assert isinstance(fake, MablFake)
    return [app["id"] for app in fake.items["applications"].values() if app["workspace_id"] == DEFAULT_WORKSPACE]


def _applications(fake: Fake, clock: FakeClock, token: str | None) -> Iterator[str]:
    with mabl(fake, clock) as client:
        for app in client.applications.list(page_size=20, continuation_token=token):
            yield app.id


async def _aapplications(fake: Fake, clock: FakeClock, token: str | None) -> AsyncIterator[str]:
    async with amabl(fake, clock) as client, client.applications.list(page_size=20, continuation_token=token) as pager:
        async for app in pager:
            yield app.id


def _expected_applications() -> list[str]:
    return _application_ids(_applications_fake(FakeClock()))


TEST_RUNS = 55


def _test_runs_fake(clock: FakeClock) -> Fake:
    fake = new_mabl_fake(clock)
    fake.seed(TEST_RUNS)
    return fake


def _test_runs(fake: Fake, clock: FakeClock, token: str | None) -> Iterator[str]:
    with mabl(fake, clock) as client:
        for run in client.test_run_summaries(page_size=20, continuation_token=token):
            yield run.test_run_id


async def _atest_runs(fake: Fake, clock: FakeClock, token: str | None) -> AsyncIterator[str]:
    async with amabl(fake, clock) as client, client.test_run_summaries(page_size=20, continuation_token=token) as pager:
        async for run in pager:
            yield run.test_run_id


def _expected_test_runs() -> list[str]:
    clock = FakeClock()
    fake = _test_runs_fake(clock)
    return [run.test_run_id for run in mabl(fake, clock).test_run_summaries(page_size=2000)]


APPLICATION_LIST = PagedList(
    fake=_applications_fake,
    items=_applications,
    aitems=_aapplications,
    expected=_expected_applications(),
    method="Mabl.applications.list",
)
TEST_RUN_LIST = PagedList(
    fake=_test_runs_fake,
    items=_test_runs,
    aitems=_atest_runs,
    expected=_expected_test_runs(),
    method="Mabl.test_run_summaries",
)

DEPLOYMENT_STEPS = {"ondeploy": 1, "getexecutionresultforevent": 2}
EXPORT_STEPS = {"createtestrunartifactexport": 1, "gettestrunartifactexport": 1, DOWNLOAD: 1}

MABL_WORKFLOWS: tuple[Workflow, ...] = (
    Workflow("mabl deployment", DEPLOYMENT_STEPS, MablDeployment),
    Workflow("mabl export", EXPORT_STEPS, MablExport),
    paging("mabl paging (unchanged cursor)", "queryapplications", APPLICATION_LIST),
    paging("mabl paging (null cursor)", "getbatchtestrunresults", TEST_RUN_LIST),
)
"""mabl's rows of the matrix (registered in ``test_fault_matrix.py``: importing them from ``_workflows`` would be
circular)."""
