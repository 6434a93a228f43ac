"""What takes several requests, written once for both clients as flows (:func:`qaclients.core._shells.drive`):
starting a run or submitting a scenario-creation job so that a start whose answer was lost is found, not repeated.

A flow yields a :class:`~._calls.Call`, or :class:`NewerRuns` / :class:`LostScenarios` (which the client answers
with its own pager or poller), and is sent the result back, or thrown the error.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from stackmoxie_client import models
from stackmoxie_client.models import JobStatus, RunOutcome

from qaclients.core import AsyncPoller, Clock, NotFoundError, Outcome, Poller, PollSchedule, QAClientError
from qaclients.core._shells import Flow

from . import _calls as calls
from . import _declarations as declared
from ._requests import ClientBase, StartError, job_of_scenario, may_have_acted, refused

if TYPE_CHECKING:
    from stackmoxie_client.models import Job, JobReference, Run, RunCreate, Scenario, ScenarioWrite

__all__ = [
    "JOB_SCHEDULE",
    "RUN_SCHEDULE",
    "AsyncFinder",
    "LostJobFinder",
    "LostScenarios",
    "NewerRuns",
    "SyncFinder",
    "async_lost_job_finder",
    "find_or_submit",
    "job_outcome",
    "lost_job_finder",
    "read_run",
    "run_outcome",
    "start_run",
    "submit_job",
]

RUN_OUTCOMES: Mapping[RunOutcome, Outcome] = {
    # Facts: Created, Running, Waiting are not finished; Passed, Failed, Error are. A run that ends Failed or Error
    # still finished what was asked (run the test), so the poller returns it; its outcome says how the test went.
    RunOutcome.CREATED: Outcome.RUNNING,
    RunOutcome.RUNNING: Outcome.RUNNING,
    RunOutcome.WAITING: Outcome.RUNNING,
    RunOutcome.PASSED: Outcome.SUCCEEDED,
    RunOutcome.FAILED: Outcome.SUCCEEDED,
    RunOutcome.ERROR: Outcome.SUCCEEDED,
}

JOB_OUTCOMES: Mapping[JobStatus, Outcome] = {
    JobStatus.PROCESSING: Outcome.RUNNING,
    JobStatus.COMPLETE: Outcome.SUCCEEDED,
    JobStatus.FAILED: Outcome.FAILED,
}

RUN_SCHEDULE = PollSchedule(initial=2.0, multiplier=1.5, maximum=15.0)
"""Inferred: the docs give no poll rate; a run takes seconds to minutes, so reads start at 2 s and back off to 15 s."""

JOB_SCHEDULE = PollSchedule(initial=1.0, multiplier=1.5, maximum=10.0)
"""Inferred, as :data:`RUN_SCHEDULE`: creating a scenario takes seconds."""


def run_outcome(run: Run) -> Outcome:
    """Where a run stands."""
    return RUN_OUTCOMES[run.outcome]


def job_outcome(job: Job) -> Outcome:
    """Where an async job stands."""
    return JOB_OUTCOMES[job.status]


class LostJobFinder:
    """Looks for the scenario a lost job submission made: named alike, created since (allowing for clock skew)."""

    def __init__(self, name: str, submitted_at: int, clock: Clock) -> None:
        self.name, self.since = name, submitted_at - declared.CLOCK_SKEW_MS
        self.settle = max(0.0, submitted_at / 1000 + declared.JOB_SETTLE - clock.wall())

    def matches(self, scenarios: list[Scenario]) -> list[Scenario]:
        """The scenarios the submission may have made."""
        return [
            s for s in scenarios if s.name == self.name and isinstance(s.created_at, int) and s.created_at >= self.since
        ]

    @staticmethod
    def outcome(found: list[Scenario]) -> Outcome:
        """Found: done; else still looking."""
        return Outcome.SUCCEEDED if found else Outcome.RUNNING


class SyncFinder(Poller["list[Scenario]", "list[Scenario]"]):
    """A poller over :meth:`LostJobFinder.matches`, with the time left to look as ``settle``."""

    settle: float


class AsyncFinder(AsyncPoller["list[Scenario]", "list[Scenario]"]):
    """The async twin of :class:`SyncFinder`."""

    settle: float


def lost_job_finder(
    scenarios: Callable[[], list[Scenario]], name: str, submitted_at: int, token: str, clock: Clock
) -> SyncFinder:
    """Poll the scenarios list until the lost submission's scenario shows up (``result(timeout=finder.settle)``)."""
    finder = LostJobFinder(name, submitted_at, clock)
    poller = SyncFinder(
        fetch=lambda: finder.matches(scenarios()),
        classify=finder.outcome,
        token=token,
        schedule=JOB_SCHEDULE,
        clock=clock,
    )
    poller.settle = finder.settle
    return poller


def async_lost_job_finder(
    scenarios: Callable[[], Awaitable[list[Scenario]]], name: str, submitted_at: int, token: str, clock: Clock
) -> AsyncFinder:
    """The async twin of :func:`lost_job_finder`."""
    finder = LostJobFinder(name, submitted_at, clock)

    async def fetch() -> list[Scenario]:
        return finder.matches(await scenarios())

    poller = AsyncFinder(fetch=fetch, classify=finder.outcome, token=token, schedule=JOB_SCHEDULE, clock=clock)
    poller.settle = finder.settle
    return poller


@dataclass(frozen=True, slots=True)
class NewerRuns:
    """A step: the scenario's runs newer than ``after_run``, newest first."""

    scenario_id: int
    after_run: int


@dataclass(frozen=True, slots=True)
class LostScenarios:
    """A step: the scenarios a lost submission named ``name`` may have made, looked for until they settle."""

    name: str
    submitted_at: int
    token: str


def submit_job(client: ClientBase, body: ScenarioWrite) -> Flow[str]:
    """Submit a scenario-creation job; its id, or a :class:`StartError` whose token resumes the submission."""
    submitted_at = int(client.config.clock.wall() * 1000)
    try:
        reference: JobReference = yield calls.submit_job(body)
    except QAClientError as error:
        if refused(error):
            raise
        token = client.job_submit_token(submitted_at if may_have_acted(error) else None, body.to_dict())
        raise client.start_failed("submitting the scenario-creation job", error, token, sent=True) from error
    return reference.job_id


def find_or_submit(client: ClientBase, token: str, data: dict[str, Any]) -> Flow[Job]:
    """The job of a lost submission: the scenario it made, once found; else the job of a new submission."""
    body = models.ScenarioWrite.from_dict(data["body"])
    if data["submitted_at"] is not None:
        found: list[Scenario] = yield LostScenarios(body.name, int(data["submitted_at"]), token)
        if len(found) > 1:
            raise StartError(
                f"{len(found)} new scenarios are named {body.name!r}: which one the lost submission made cannot "
                "be known; resume is not possible, look at them with scenarios()",
                continuation_token=token,
                may_have_started=True,
            )
        if found:
            return job_of_scenario(found[0])
    job_id = yield from submit_job(client, body)
    job: Job = yield calls.job(job_id)
    return job


def start_run(
    client: ClientBase, scenario_id: int, body: RunCreate, with_log: bool, after_run: int | None
) -> Flow[Run]:
    """Start a run once: the newest run before it is noted, so that a start whose answer is lost is found."""

    def failed(error: QAClientError, after: int | None, *, sent: bool) -> StartError:
        token = client.run_start_token(scenario_id, after, with_log, body.to_dict())
        return client.start_failed(f"starting a run of scenario {scenario_id}", error, token, sent=sent)

    try:
        if after_run is None:
            after_run = yield from _newest_run_id(scenario_id)
        else:  # resuming: did the lost start happen after all?
            found = yield NewerRuns(scenario_id, after_run)
            if found:
                return _adopt(found, failed, after_run)
    except QAClientError as error:
        if refused(error):
            raise
        raise failed(error, after_run, sent=False) from error
    try:
        run: Run = yield calls.start_run(scenario_id, body)
    except QAClientError as error:
        if refused(error):
            raise
        if not may_have_acted(error):
            raise failed(error, after_run, sent=False) from error
        try:
            found = yield NewerRuns(scenario_id, after_run)
        except QAClientError:
            raise failed(error, after_run, sent=True) from error
        if not found:
            raise failed(error, after_run, sent=False) from error
        return _adopt(found, failed, after_run)
    return run


def _adopt(found: list[Run], failed: Callable[..., StartError], after_run: int) -> Run:
    if len(found) == 1:
        return found[0]
    error = QAClientError(f"{len(found)} runs started since run {after_run}: which one is ours cannot be known")
    raise failed(error, after_run, sent=True)


def _newest_run_id(scenario_id: int) -> Flow[int]:
    try:
        latest: Run = yield calls.latest_run(scenario_id)
    except NotFoundError:
        yield calls.scenario(scenario_id)  # a missing scenario stays a 404; a scenario that never ran has none
        return 0
    return latest.id


def read_run(scenario_id: int, run_id: int, with_log: bool) -> Flow[Run]:
    """A run, with its log once it is final when ``with_log``."""
    run: Run = yield calls.run(scenario_id, run_id)
    if with_log and run_outcome(run) is not Outcome.RUNNING and isinstance(run.log, int):
        run.log = yield calls.run_log(scenario_id, run_id, run.log)
    return run
