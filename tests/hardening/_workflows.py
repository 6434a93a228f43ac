"""The workflows of the fault matrix, as declarations: which steps they take and how to tell that nothing was lost.

A vendor's workflow joins the matrix by adding one :class:`Workflow` to :data:`WORKFLOWS`::

    Workflow(
        name="stackmoxie run",
        steps={"start_run": 1, "get_run": 2},      # operationId -> which call of it the fault hits
        start=StackMoxieRun,                       # (clock, mode) -> a Scenario, below
    )

and a paged listing by declaring a :class:`PagedList` (a seeded fake, sync and async iteration from a continuation
token, the expected ids) and adding ``paging("stackmoxie runs", "list_runs", STACKMOXIE_RUN_LIST)``.

A :class:`Scenario` owns one fresh fake and a client on the shared fake clock (mode ``"sync"`` or ``"async"``); it
runs the workflow once (:meth:`Scenario.attempt`, resuming from what a previous error handed back), says which one
typed error the workflow may raise and how to resume from it, and checks the fake's final state: every item present
exactly once and nothing else written.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from qaclients.core import FakeClock, QAClientError, RetryPolicy
from qaclients.testmo import AsyncTestmo, SubmitError, SubmitResult, Test, Testmo
from qaclients_fakes import AsyncFakeTransport, Fake, FakeTransport, TestmoFake

from ._faults import FakeTime

Mode = Literal["sync", "async"]
MODES: tuple[Mode, ...] = ("sync", "async")
TOKEN = "hardening-secret-token-0123456789"
# Jitter off: waits are exact, so the assertions on the clock are too.
RETRY = RetryPolicy(max_attempts=4, jitter=False)


class Scenario(Protocol):
    """One run of a workflow against its own fake."""

    fake: Fake
    error: type[Exception]
    """The one typed error the workflow raises when it stops."""

    def attempt(self, resume: object | None) -> object:
        """Run the workflow once, resuming from ``resume`` (``None``: from the start)."""
        ...

    def resume_from(self, error: Exception) -> object:
        """What to pass back to :meth:`attempt` after ``error``."""
        ...

    def check(self, result: object) -> None:
        """Assert the fake's final state: every item exactly once, nothing written twice, nothing extra."""
        ...


@dataclass(frozen=True)
class Workflow:
    """One row group of the matrix: a workflow and the steps where faults go."""

    name: str
    steps: Mapping[str, int]
    start: Callable[[FakeClock, Mode], Scenario]
    listing: PagedList | None = None
    """The paged listing of a :func:`paging` row."""


# ---- Testmo ------------------------------------------------------------------------------------------------------

BASE_URL = "https://hardening.testmo.net/api/v1"


def new_testmo_fake(clock: FakeClock) -> TestmoFake:
    """A Testmo fake on the shared clock."""
    return TestmoFake(token=TOKEN, clock=FakeTime(clock))


def make_results(count: int, prefix: str = "t") -> list[Test]:
    """``count`` results with unique keys, a few failing, in folders of 40."""
    return [
        Test(
            key=f"{prefix}{i}",
            name=f"test_{i}",
            folder=f"folder_{i // 40}",
            status="failed" if i % 17 == 0 else "passed",
        )
        for i in range(count)
    ]


def submitted_keys(fake: TestmoFake) -> list[str]:
    """Every test key the fake stored, over all runs and threads (duplicates kept)."""
    return [test["key"] for run in fake.runs.values() for thread in run.threads for test in thread.tests]


def check_testmo_submission(fake: TestmoFake, tests: list[Test], threads: int, result: object) -> None:
    """One completed run, ``threads`` completed threads, every test exactly once."""
    assert isinstance(result, SubmitResult)
    assert len(fake.runs) == 1, f"{len(fake.runs)} runs created"
    (run,) = fake.runs.values()
    assert result.run_id == run.id
    assert run.is_completed
    assert len(run.threads) == threads, f"{len(run.threads)} threads created, {threads} planned"
    assert all(thread.is_completed for thread in run.threads)
    keys = submitted_keys(fake)
    assert sorted(keys) == sorted(test.key for test in tests), "a result is missing or stored twice"
    assert result.tests_submitted == len(tests)


class TestmoSubmit:
    """``submit_results``: 250 results over 2 threads appended in parallel, batches of 50."""

    __test__ = False
    error = SubmitError
    THREADS = 2

    def __init__(self, clock: FakeClock, mode: Mode, tests: list[Test] | None = None, batch_size: int = 50) -> None:
        self.clock, self.mode = clock, mode
        self.fake = new_testmo_fake(clock)
        self.tests = tests if tests is not None else make_results(250)
        self.batch_size = batch_size

    def attempt(self, resume: object | None) -> object:
        options: dict[str, Any] = {
            "name": "CI #7",
            "source": "backend",
            "tests": self.tests,
            "threads": self.THREADS,
            "parallel": self.THREADS,
            "batch_size": self.batch_size,
            "resume": resume,
        }
        if self.mode == "sync":
            with Testmo(BASE_URL, TOKEN, transport=FakeTransport(self.fake), clock=self.clock, retry=RETRY) as tm:
                return tm.submit_results(1, **options)

        async def go() -> SubmitResult:
            transport = AsyncFakeTransport(self.fake)
            async with AsyncTestmo(BASE_URL, TOKEN, async_transport=transport, clock=self.clock, retry=RETRY) as tm:
                return await tm.submit_results(1, **options)

        return asyncio.run(go())

    def resume_from(self, error: Exception) -> object:
        assert isinstance(error, SubmitError)
        return error.progress.token()  # through the token, as another process would

    def check(self, result: object) -> None:
        check_testmo_submission(self.fake, self.tests, self.THREADS, result)


@dataclass(frozen=True)
class PagedList:
    """One paged listing of a vendor, declared for the matrix (see :func:`paging`).

    Attributes:
        fake: A fake on the shared clock, seeded with ``len(expected)`` items.
        items: Iterates the listing through the sync client, from a continuation token (``None``: the start).
        aitems: The same through the async client (with prefetch, where the vendor has it).
        expected: Every item's id, in listing order.
        method: The public method paged, as ``<sync client class>.<attribute path>`` (``"Mabl.applications.list"``);
            its async twin is the same path on the async class. ``test_paging_coverage`` fails for a public method
            returning a ``Pager``/``AsyncPager`` that no listing names.
    """

    fake: Callable[[FakeClock], Fake]
    items: Callable[[Fake, FakeClock, str | None], Iterator[Any]]
    aitems: Callable[[Fake, FakeClock, str | None], AsyncIterator[Any]]
    expected: list[Any]
    method: str = ""


class PagingScenario:
    """Iterate a :class:`PagedList`, resuming from the continuation token any error carries."""

    __test__ = False
    error = QAClientError

    def __init__(self, listing: PagedList, clock: FakeClock, mode: Mode) -> None:
        self.listing, self.clock, self.mode = listing, clock, mode
        self.fake = listing.fake(clock)
        self.seen: list[Any] = []

    def attempt(self, resume: object | None) -> object:
        token = resume if isinstance(resume, str) else None
        if self.mode == "sync":
            self.seen.extend(self.listing.items(self.fake, self.clock, token))
            return self.seen

        async def go() -> None:
            async for item in self.listing.aitems(self.fake, self.clock, token):
                self.seen.append(item)

        asyncio.run(go())
        return self.seen

    def resume_from(self, error: Exception) -> object:
        token = getattr(error, "continuation_token", None)
        assert isinstance(token, str), f"{type(error).__name__} stopped paging without a continuation token"
        return token

    def check(self, result: object) -> None:
        assert result == self.listing.expected, "an item was skipped or seen twice"


def paging(name: str, operation_id: str, listing: PagedList, nth: int = 2) -> Workflow:
    """The matrix rows of one paged listing: faults on its ``nth`` page request."""
    return Workflow(
        name, {operation_id: nth}, lambda clock, mode: PagingScenario(listing, clock, mode), listing=listing
    )


TESTMO_RUNS = 60


def _testmo_listing_fake(clock: FakeClock) -> Fake:
    fake = new_testmo_fake(clock)
    fake.seed_runs(TESTMO_RUNS)
    return fake


def _testmo_runs(fake: Fake, clock: FakeClock, token: str | None) -> Iterator[int]:
    with Testmo(BASE_URL, TOKEN, transport=FakeTransport(fake), clock=clock, retry=RETRY) as tm:
        for run in tm.automation_runs(1, per_page=25, continuation_token=token):
            yield run.id


async def _testmo_aruns(fake: Fake, clock: FakeClock, token: str | None) -> AsyncIterator[int]:
    client = AsyncTestmo(BASE_URL, TOKEN, async_transport=AsyncFakeTransport(fake), clock=clock, retry=RETRY)
    async with client as tm, tm.automation_runs(1, per_page=25, continuation_token=token, prefetch=2) as pager:
        async for run in pager:
            yield run.id


TESTMO_RUN_LIST = PagedList(
    fake=_testmo_listing_fake,
    items=_testmo_runs,
    aitems=_testmo_aruns,
    expected=list(range(TESTMO_RUNS, 0, -1)),  # newest first
    method="Testmo.automation_runs",
)


SUBMIT_STEPS = {
    "create_automation_run": 1,
    "create_automation_run_thread": 2,
    "append_automation_run_thread": 2,
    "complete_automation_run_thread": 1,
    "complete_automation_run": 1,
}

from ._browserstack_tm_workflows import BROWSERSTACK_TM_WORKFLOWS  # noqa: E402 - it builds on the pieces above
from ._runscope_workflows import RUNSCOPE_WORKFLOWS  # noqa: E402 - registered after what it builds on

# Each vendor's rows live in their own module, which imports the pieces above (so these imports come last).
from ._stackmoxie_workflows import STACKMOXIE_WORKFLOWS  # noqa: E402

WORKFLOWS: tuple[Workflow, ...] = (
    Workflow("testmo submit", SUBMIT_STEPS, TestmoSubmit),
    paging("testmo paging", "list_automation_runs", TESTMO_RUN_LIST),
    *RUNSCOPE_WORKFLOWS,
    *STACKMOXIE_WORKFLOWS,
    *BROWSERSTACK_TM_WORKFLOWS,
)
"""Every workflow in the matrix; the other vendors' are declared here as they land."""
