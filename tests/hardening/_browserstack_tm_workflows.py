"""BrowserStack Test Management in the fault matrix: clone, add/remove of test cases, and paging runs and cases.

Declared for :data:`tests.hardening._workflows.WORKFLOWS` (one line there). The access key is the matrix's
``TOKEN``, so the matrix's own check (no credential in an error) covers it too.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import Any, ClassVar

from qaclients.browserstack_tm import AsyncTestManagement, TestManagement, TestRun
from qaclients.core import FakeClock, QAClientError
from qaclients_fakes import AsyncFakeTransport, BrowserStackTMFake, Fake, FakeTransport

from ._faults import FakeTime
from ._workflows import RETRY, TOKEN, Mode, PagedList, Workflow, paging

BASE_URL = "https://hardening.browserstack.test/api/v2"
USERNAME = "hardening-user"
PROJECT = "PR-1"


def new_fake(clock: FakeClock, runs: int = 3, cases_per_run: int = 5) -> BrowserStackTMFake:
    """A BrowserStack fake on the shared clock, with ``runs`` seeded runs (TR-1..)."""
    fake = BrowserStackTMFake(username=USERNAME, access_key=TOKEN, clock=FakeTime(clock))
    fake.seed_runs(runs, cases_per_run=cases_per_run)
    return fake


def client(fake: Fake, clock: FakeClock) -> TestManagement:
    """A sync client of ``fake`` on the shared clock."""
    return TestManagement(USERNAME, TOKEN, base_url=BASE_URL, transport=FakeTransport(fake), clock=clock, retry=RETRY)


def async_client(fake: Fake, clock: FakeClock) -> AsyncTestManagement:
    """An async client of ``fake`` on the shared clock."""
    transport = AsyncFakeTransport(fake)
    return AsyncTestManagement(USERNAME, TOKEN, base_url=BASE_URL, async_transport=transport, clock=clock, retry=RETRY)


class _Base:
    __test__ = False
    error = QAClientError

    def __init__(self, clock: FakeClock, mode: Mode) -> None:
        self.clock, self.mode = clock, mode
        self.fake = new_fake(clock)

    def resume_from(self, error: Exception) -> object:
        token = getattr(error, "continuation_token", None)
        assert isinstance(token, str), f"{type(error).__name__} carries no continuation token: {error}"
        return token


class BrowserStackClone(_Base):
    """``begin_clone`` of TR-3 (5 cases), then waiting until its test cases are attached."""

    SOURCE = "TR-3"

    def attempt(self, resume: object | None) -> object:
        token = resume if isinstance(resume, str) else None
        if self.mode == "sync":
            with client(self.fake, self.clock) as tm:
                poller = tm.resume_clone(token) if token else tm.begin_clone(PROJECT, self.SOURCE, name="Re-run")
                return poller.result(timeout=60)

        async def go() -> TestRun:
            async with async_client(self.fake, self.clock) as tm:
                if token:
                    apoller = tm.resume_clone(token)
                else:
                    apoller = await tm.begin_clone(PROJECT, self.SOURCE, name="Re-run")
                return await apoller.result(timeout=60)

        return asyncio.run(go())

    def check(self, result: object) -> None:
        assert isinstance(result, TestRun)
        clones = [run for run in self.fake.runs.values() if run.name == "Re-run"]
        assert len(clones) == 1, f"{len(clones)} clones made"
        (clone,) = clones
        assert result.identifier == clone.identifier
        source = self.fake.runs[self.SOURCE]
        assert [entry.pair for entry in clone.entries] == [entry.pair for entry in source.entries]
        assert len(self.fake.runs) == 4, "a run was created besides the clone"


ADD = [{"test_case_ids": ["TC-40", "TC-41"], "configuration_ids": [101, 102]}]
REMOVE = ["TC-3"]  # TR-1 holds TC-1..TC-5 under configuration 101; a bare id is the case without a configuration


class BrowserStackUpdate(_Base):
    """``begin_update_test_cases`` on TR-1: four pairs added, one removed, then waiting until the run shows it."""

    REMOVE_PAIRS: ClassVar = [{"test_case_ids": ["TC-3"], "configuration_ids": [101]}]

    def attempt(self, resume: object | None) -> object:
        token = resume if isinstance(resume, str) else None
        options: dict[str, Any] = {"add": ADD, "remove": self.REMOVE_PAIRS}
        if self.mode == "sync":
            with client(self.fake, self.clock) as tm:
                poller = (
                    tm.resume_update_test_cases(token)
                    if token
                    else tm.begin_update_test_cases(PROJECT, "TR-1", **options)
                )
                return poller.result(timeout=120)

        async def go() -> object:
            async with async_client(self.fake, self.clock) as tm:
                if token:
                    apoller = tm.resume_update_test_cases(token)
                else:
                    apoller = await tm.begin_update_test_cases(PROJECT, "TR-1", **options)
                return await apoller.result(timeout=120)

        return asyncio.run(go())

    def check(self, result: object) -> None:
        self.fake.settle()
        run = self.fake.runs["TR-1"]
        pairs = [entry.pair for entry in run.entries]
        expected = [(f"TC-{n}", 101) for n in (1, 2, 4, 5)]
        expected += [("TC-40", 101), ("TC-40", 102), ("TC-41", 101), ("TC-41", 102)]
        assert sorted(pairs) == sorted(expected), "a pair is missing, twice or left behind"
        assert getattr(result, "added", None) == 4
        assert getattr(result, "removed", None) == 1
        assert self.fake.pending == 0


# ---- paging -----------------------------------------------------------------------------------------------------

RUNS = 70
CASES = 55  # under the project's 60, so that no case is in the run twice


def _runs_fake(clock: FakeClock) -> Fake:
    return new_fake(clock, runs=RUNS)


def _runs(fake: Fake, clock: FakeClock, token: str | None) -> Iterator[str]:
    with client(fake, clock) as tm:
        for run in tm.test_runs(PROJECT, page_size=25, include_closed=True, continuation_token=token):
            yield str(run.identifier)


async def _aruns(fake: Fake, clock: FakeClock, token: str | None) -> AsyncIterator[str]:
    async with async_client(fake, clock) as tm:
        pager = tm.test_runs(PROJECT, page_size=25, include_closed=True, continuation_token=token, prefetch=2)
        async with pager:
            async for run in pager:
                yield str(run.identifier)


RUN_LIST = PagedList(
    fake=_runs_fake,
    items=_runs,
    aitems=_aruns,
    expected=[f"TR-{n}" for n in range(RUNS, 0, -1)],  # newest first
    method="TestManagement.test_runs",
)


def _cases_fake(clock: FakeClock) -> Fake:
    return new_fake(clock, runs=1, cases_per_run=CASES)


def _cases(fake: Fake, clock: FakeClock, token: str | None) -> Iterator[str]:
    with client(fake, clock) as tm:
        for case in tm.test_run_test_cases(PROJECT, "TR-1", page_size=20, continuation_token=token):
            yield case.identifier


async def _acases(fake: Fake, clock: FakeClock, token: str | None) -> AsyncIterator[str]:
    async with async_client(fake, clock) as tm:
        pager = tm.test_run_test_cases(PROJECT, "TR-1", page_size=20, continuation_token=token, prefetch=2)
        async with pager:
            async for case in pager:
                yield case.identifier


CASE_LIST = PagedList(
    fake=_cases_fake,
    items=_cases,
    aitems=_acases,
    expected=[f"TC-{n + 1}" for n in range(CASES)],
    method="TestManagement.test_run_test_cases",
)

CLONE_STEPS = {"clone_test_run": 1, "list_test_run_test_cases": 1, "get_test_run": 1}
UPDATE_STEPS = {"list_test_run_test_cases": 1, "update_test_run_test_cases": 1}
"""The first listing is the read of the run before the request; the polls' come after it."""
UPDATE_POLL_STEPS = {"list_test_run_test_cases": 2}

BROWSERSTACK_TM_WORKFLOWS: tuple[Workflow, ...] = (
    Workflow("browserstack clone", CLONE_STEPS, BrowserStackClone),
    Workflow("browserstack update", UPDATE_STEPS, BrowserStackUpdate),
    Workflow("browserstack update polling", UPDATE_POLL_STEPS, BrowserStackUpdate),
    paging("browserstack runs", "list_test_runs", RUN_LIST),
    paging("browserstack run cases", "list_test_run_test_cases", CASE_LIST),
)
"""BrowserStack TM's rows of the matrix."""
