"""Runscope's workflows in the fault matrix: trigger-and-wait, and paging through tests, team people and results.

``begin_trigger`` starts one run per region (two here) and polls every run until each is final. A trigger whose
answer was lost carries a recovery token: ``recover_trigger`` finds the runs it started in the test's results (or
triggers again when none did), so a lost answer never starts a second batch silently.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator

from qaclients.core import FakeClock, QAClientError
from qaclients.runscope import AsyncRunscope, Runscope, TriggerResult
from qaclients_fakes import AsyncFakeTransport, Fake, FakeTransport, RunscopeFake

from ._faults import FakeTime
from ._workflows import RETRY, TOKEN, Mode, PagedList, Workflow, paging

BASE_URL = "https://hardening.runscope.test"
REGIONS = ("us1", "eu1")
WAIT = 600.0


def new_runscope_fake(clock: FakeClock) -> RunscopeFake:
    """A Runscope fake on the shared clock: runs queue 1 s and work 4 s."""
    return RunscopeFake(token=TOKEN, clock=FakeTime(clock))


def sync_client(fake: Fake, clock: FakeClock) -> Runscope:
    """A sync client over ``fake`` on the shared clock."""
    return Runscope(BASE_URL, TOKEN, transport=FakeTransport(fake), clock=clock, retry=RETRY)


def async_client(fake: Fake, clock: FakeClock) -> AsyncRunscope:
    """An async client over ``fake`` on the shared clock."""
    return AsyncRunscope(BASE_URL, TOKEN, async_transport=AsyncFakeTransport(fake), clock=clock, retry=RETRY)


class RunscopeTrigger:
    """``begin_trigger(test).result()``: one trigger, two runs (one per region), polled until both pass."""

    __test__ = False
    error = QAClientError

    def __init__(self, clock: FakeClock, mode: Mode) -> None:
        self.clock, self.mode = clock, mode
        self.fake = new_runscope_fake(clock)
        self.test = self.fake.add_test(self.fake.default_bucket.key, "Health", steps=2, regions=REGIONS)

    def attempt(self, resume: object | None) -> object:
        token = resume if isinstance(resume, str) else None
        if self.mode == "sync":
            with sync_client(self.fake, self.clock) as rs:
                if token is None:
                    model = rs.test(self.test.bucket_key, self.test.id)
                    return rs.begin_trigger(model, bucket_key=self.test.bucket_key).result(timeout=WAIT)
                return rs.recover_trigger(token).result(timeout=WAIT)

        async def go() -> TriggerResult:
            async with async_client(self.fake, self.clock) as rs:
                if token is None:
                    model = await rs.test(self.test.bucket_key, self.test.id)
                    poller = await rs.begin_trigger(model, bucket_key=self.test.bucket_key)
                else:
                    poller = await rs.recover_trigger(token)
                return await poller.result(timeout=WAIT)

        return asyncio.run(go())

    def resume_from(self, error: Exception) -> object:
        token = getattr(error, "continuation_token", None)
        assert isinstance(token, str), f"{type(error).__name__} stopped the trigger without a continuation token"
        return token

    def check(self, result: object) -> None:
        assert isinstance(result, TriggerResult)
        started = [run for run in self.fake.runs.values() if run.test is self.test]
        assert len(started) == len(REGIONS), f"{len(started)} runs started, {len(REGIONS)} expected: a second trigger"
        assert sorted(run.test_run_id for run in result.runs) == sorted(run.id for run in started)
        assert result.passed
        assert {run.region for run in result.runs} == set(REGIONS)


# ---- paging ------------------------------------------------------------------------------------------------------

TESTS, PEOPLE, RUNS = 23, 9, 17
PAGE = 5


def _tests_fake(clock: FakeClock) -> Fake:
    fake = new_runscope_fake(clock)
    for index in range(TESTS):
        fake.add_test(fake.default_bucket.key, f"Test {index}")
    return fake


def _bucket(fake: Fake) -> str:
    assert isinstance(fake, RunscopeFake)
    return fake.default_bucket.key


def _tests(fake: Fake, clock: FakeClock, token: str | None) -> Iterator[str]:
    with sync_client(fake, clock) as rs:
        for test in rs.tests(_bucket(fake), page_size=PAGE, continuation_token=token):
            yield test.name


async def _atests(fake: Fake, clock: FakeClock, token: str | None) -> AsyncIterator[str]:
    async with async_client(fake, clock) as rs, rs.tests(_bucket(fake), page_size=PAGE, continuation_token=token) as p:
        async for test in p:
            yield test.name


def _people_fake(clock: FakeClock) -> Fake:
    fake = new_runscope_fake(clock)
    team = fake.default_team
    for index in range(PEOPLE - 1):
        email = f"member{index}@example.com"
        team.people[email] = fake.person(f"Member {index}", email, None)
    return fake


def _team(fake: Fake) -> str:
    assert isinstance(fake, RunscopeFake)
    return fake.default_team.id


def _people(fake: Fake, clock: FakeClock, token: str | None) -> Iterator[str]:
    with sync_client(fake, clock) as rs:
        for person in rs.people(_team(fake), page_size=2, continuation_token=token):
            yield str(person.email)


async def _apeople(fake: Fake, clock: FakeClock, token: str | None) -> AsyncIterator[str]:
    async with async_client(fake, clock) as rs, rs.people(_team(fake), page_size=2, continuation_token=token) as p:
        async for person in p:
            yield str(person.email)


def _results_fake(clock: FakeClock) -> Fake:
    """``RUNS`` runs of one test, started in pairs at the same second (ties at page edges)."""
    fake = new_runscope_fake(clock)
    test = fake.add_test(fake.default_bucket.key, "History", regions=("us1",))
    env = test.environments[test.default_environment_id or ""]
    for index in range(RUNS):
        fake.start_runs(test, env, {}, source="scheduled")
        if index % 2:
            clock.sleep(60)
    return fake


def _history(fake: Fake) -> tuple[str, str]:
    assert isinstance(fake, RunscopeFake)
    (test,) = fake.default_bucket.tests.values()
    return test.bucket_key, test.id


def _results_expected() -> list[str]:
    fake = _results_fake(FakeClock())
    assert isinstance(fake, RunscopeFake)
    runs = sorted(fake.runs.values(), key=lambda run: run.started_at, reverse=True)  # the fake's own order
    return [run.id for run in runs]


def _results(fake: Fake, clock: FakeClock, token: str | None) -> Iterator[str]:
    with sync_client(fake, clock) as rs:
        for run in rs.results(*_history(fake), page_size=PAGE, continuation_token=token):
            yield run.test_run_id


async def _aresults(fake: Fake, clock: FakeClock, token: str | None) -> AsyncIterator[str]:
    async with (
        async_client(fake, clock) as rs,
        rs.results(*_history(fake), page_size=PAGE, continuation_token=token) as p,
    ):
        async for run in p:
            yield run.test_run_id


RUNSCOPE_TEST_LIST = PagedList(
    fake=_tests_fake,
    items=_tests,
    aitems=_atests,
    expected=[f"Test {index}" for index in range(TESTS)],
    method="Runscope.tests",
)
RUNSCOPE_PEOPLE_LIST = PagedList(
    fake=_people_fake,
    items=_people,
    aitems=_apeople,
    expected=["grace@example.com", *(f"member{index}@example.com" for index in range(PEOPLE - 1))],
    method="Runscope.people",
)
RUNSCOPE_RESULT_LIST = PagedList(
    fake=_results_fake, items=_results, aitems=_aresults, expected=_results_expected(), method="Runscope.results"
)

TRIGGER_STEPS: dict[str, int] = {"trigger_test_post": 1, "get_test_result": 2}

RUNSCOPE_WORKFLOWS: tuple[Workflow, ...] = (
    Workflow("runscope trigger", TRIGGER_STEPS, RunscopeTrigger),
    paging("runscope tests", "list_tests", RUNSCOPE_TEST_LIST),
    paging("runscope people", "list_team_people", RUNSCOPE_PEOPLE_LIST),
    paging("runscope results", "list_test_results", RUNSCOPE_RESULT_LIST),
)
"""Runscope's rows of the matrix (registered in ``_workflows.WORKFLOWS``)."""
