"""Stack Moxie's workflows in the fault matrix: a run started and polled (its log fetched at the end), a scenario
created through an async job, and paging through a scenario's runs.

Each scenario owns a fresh fake on the shared fake clock and checks the fake's final state: exactly one run started
(or one scenario created) whatever was lost on the way, every run listed exactly once.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import Any

from qaclients.core import FakeClock, QAClientError
from qaclients.stackmoxie import AsyncStackMoxie, Run, RunLog, Scenario, StackMoxie
from qaclients_fakes import AsyncFakeTransport, Fake, FakeTransport, StackMoxieFake
from qaclients_fakes._stackmoxie import DEFAULT_ORG

from ._faults import FakeTime
from ._workflows import RETRY, TOKEN, Mode, PagedList, Workflow, paging

STEP = {"cog": "automatoninc/salesforce", "stepId": "CheckRecord", "name": "Check the lead", "data": {"id": "1"}}
DEFINITION = {"scenario": "Lead sync", "steps": [STEP, {**STEP, "name": "Check the contact"}]}
SCENARIO_NAME = "Hardening lead sync"


def new_stackmoxie_fake(clock: FakeClock) -> StackMoxieFake:
    """A Stack Moxie fake on the shared clock."""
    return StackMoxieFake(token=TOKEN, clock=FakeTime(clock))


def sync_client(fake: Fake, clock: FakeClock) -> StackMoxie:
    """A sync client on the fake, retrying on the shared clock."""
    return StackMoxie(DEFAULT_ORG, TOKEN, transport=FakeTransport(fake), clock=clock, retry=RETRY)


def async_client(fake: Fake, clock: FakeClock) -> AsyncStackMoxie:
    """The async twin of :func:`sync_client`."""
    return AsyncStackMoxie(DEFAULT_ORG, TOKEN, async_transport=AsyncFakeTransport(fake), clock=clock, retry=RETRY)


class StackMoxieRun:
    """``begin_run(..., with_log=True)``: start a run, poll it to its end, fetch its log; or resume from a token."""

    __test__ = False
    error = QAClientError

    def __init__(self, clock: FakeClock, mode: Mode) -> None:
        self.clock, self.mode = clock, mode
        self.fake = new_stackmoxie_fake(clock)
        org = self.fake.orgs[DEFAULT_ORG]
        self.scenario_id = self.fake._new_scenario(org, {"name": SCENARIO_NAME, "definition": DEFINITION}, 1)["id"]
        self.fake.seed_runs(3, scenario_id=self.scenario_id)  # earlier runs, which must not be taken for ours
        self.before = set(org.runs)

    def attempt(self, resume: object | None) -> object:
        options: dict[str, Any] = {"tokens": {"email": "qa@example.com"}, "with_log": True}
        if self.mode == "sync":
            with sync_client(self.fake, self.clock) as sm:
                if isinstance(resume, str):
                    return sm.resume_run(resume).result(timeout=600)
                return sm.begin_run(self.scenario_id, **options).result(timeout=600)

        async def go() -> Run:
            async with async_client(self.fake, self.clock) as sm:
                if isinstance(resume, str):
                    return await sm.resume_run(resume).result(timeout=600)
                return await (await sm.begin_run(self.scenario_id, **options)).result(timeout=600)

        return asyncio.run(go())

    def resume_from(self, error: Exception) -> object:
        token = getattr(error, "continuation_token", None)
        assert isinstance(token, str), f"{type(error).__name__} carries no continuation token: {error}"
        return token

    def check(self, result: object) -> None:
        runs = self.fake.orgs[DEFAULT_ORG].runs
        started = [run for run_id, run in runs.items() if run_id not in self.before]
        assert len(started) == 1, f"{len(started)} runs started"
        assert isinstance(result, Run)
        assert result.id == started[0].id
        assert result.outcome.value == "Passed"
        assert started[0].tokens == {"email": "qa@example.com"}  # the resumed start sent what was asked
        assert isinstance(result.log, RunLog) and len(result.log.body) == 2


class StackMoxieCreateScenario:
    """``begin_create_scenario``: submit the job, poll it, parse the scenario from its data; or resume."""

    __test__ = False
    error = QAClientError

    def __init__(self, clock: FakeClock, mode: Mode) -> None:
        self.clock, self.mode = clock, mode
        self.fake = new_stackmoxie_fake(clock)
        org = self.fake.orgs[DEFAULT_ORG]
        self.fake._new_scenario(org, {"name": "Another scenario", "definition": DEFINITION}, 1)
        self.before = set(org.scenarios)

    def attempt(self, resume: object | None) -> object:
        if self.mode == "sync":
            with sync_client(self.fake, self.clock) as sm:
                if isinstance(resume, str):
                    return sm.resume_create_scenario(resume).result(timeout=600)
                return sm.begin_create_scenario(SCENARIO_NAME, DEFINITION).result(timeout=600)

        async def go() -> Scenario:
            async with async_client(self.fake, self.clock) as sm:
                if isinstance(resume, str):
                    return await sm.resume_create_scenario(resume).result(timeout=600)
                return await (await sm.begin_create_scenario(SCENARIO_NAME, DEFINITION)).result(timeout=600)

        return asyncio.run(go())

    def resume_from(self, error: Exception) -> object:
        token = getattr(error, "continuation_token", None)
        assert isinstance(token, str), f"{type(error).__name__} carries no continuation token: {error}"
        return token

    def check(self, result: object) -> None:
        org = self.fake.orgs[DEFAULT_ORG]
        self.fake._settle_jobs(org)  # every accepted job has made its scenario by now
        made = [s for scenario_id, s in org.scenarios.items() if scenario_id not in self.before]
        assert len(made) == 1, f"{len(made)} scenarios created"
        assert isinstance(result, Scenario)
        assert result.id == made[0]["id"] and result.name == SCENARIO_NAME


RUNS = 60  # 25 a page: three pages and the empty one that ends the list


def _listing_fake(clock: FakeClock) -> Fake:
    fake = new_stackmoxie_fake(clock)
    fake.seed_runs(RUNS)
    return fake


def _scenario_id(fake: Fake) -> int:
    assert isinstance(fake, StackMoxieFake)
    (scenario_id,) = fake.orgs[DEFAULT_ORG].scenarios
    return scenario_id


def _runs(fake: Fake, clock: FakeClock, token: str | None) -> Iterator[int]:
    with sync_client(fake, clock) as sm:
        for run in sm.runs(_scenario_id(fake), continuation_token=token):
            yield run.id


async def _aruns(fake: Fake, clock: FakeClock, token: str | None) -> AsyncIterator[int]:
    async with async_client(fake, clock) as sm, sm.runs(_scenario_id(fake), continuation_token=token) as pager:
        async for run in pager:
            yield run.id


def _expected_runs() -> list[int]:
    fake = new_stackmoxie_fake(FakeClock())
    fake.seed_runs(RUNS)
    runs = sorted(fake.orgs[DEFAULT_ORG].runs.values(), key=lambda run: (run.created_at, run.id), reverse=True)
    return [run.id for run in runs]


STACKMOXIE_RUN_LIST = PagedList(
    fake=_listing_fake, items=_runs, aitems=_aruns, expected=_expected_runs(), method="StackMoxie.runs"
)

RUN_STEPS = {"get_most_recent_run": 1, "create_scenario_run": 1, "get_scenario_run": 2, "get_run_log": 1}
JOB_STEPS = {"create_async_scenario": 1, "get_async_job": 2}

STACKMOXIE_WORKFLOWS: tuple[Workflow, ...] = (
    Workflow("stackmoxie run", RUN_STEPS, StackMoxieRun),
    Workflow("stackmoxie create scenario", JOB_STEPS, StackMoxieCreateScenario),
    paging("stackmoxie runs", "list_scenario_runs", STACKMOXIE_RUN_LIST),
)
"""Stack Moxie's rows of the fault matrix."""
