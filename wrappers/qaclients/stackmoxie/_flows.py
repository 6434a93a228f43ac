"""What takes several requests, written once for both clients as flows (:func:`qaclients.core._shells.drive`):
starting a run or submitting a scenario-creation job so that a start whose answer was lost is found, not repeated.

A flow yields a :class:`~._calls.Call`, or :class:`NewerRuns` / :class:`LostScenarios` (which the client answers
with its own pager or poller), and is sent the result back, or thrown the error.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from stackmoxie_client import models

from qaclients.core import NotFoundError, Outcome, QAClientError
from qaclients.core._shells import Flow

from . import _calls as calls
from . import _declarations as declared
from ._requests import ClientBase, StartError, job_of_scenario, may_have_acted, refused

if TYPE_CHECKING:
    from stackmoxie_client.models import Job, JobReference, Run, RunCreate, Scenario, ScenarioWrite

__all__ = ["LostScenarios", "NewerRuns", "find_or_submit", "read_run", "start_run", "submit_job"]


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
    if with_log and declared.run_outcome(run) is not Outcome.RUNNING and isinstance(run.log, int):
        run.log = yield calls.run_log(scenario_id, run_id, run.log)
    return run
