"""Deploy-and-wait, without I/O: when a deployment is finished, what it came to, and how far along it is.

A deployment event triggers plan runs; :func:`classify` reads one execution result against the plan runs the event
said it started (facts §7.1) and keeps the poller waiting until

- every triggered plan run has appeared (a late plan is waited for, not taken as "nothing to do"),
- every execution is final (a plan mabl retries shows its failed first attempt *and* the retry, still running), and
- mabl has concluded (``event_status.succeeded`` is set; it is ``{}`` while runs are in progress)::

    status = DeploymentStatus(event, result)
    classify(status)            # Outcome.RUNNING / SUCCEEDED / FAILED
    deployment_result(status)   # DeploymentResult: succeeded, first attempt or with retries, per plan and test
    progress_of(status)         # DeploymentProgress: plans and tests passed, failed, running
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from mabl_client import models
from mabl_client.types import Unset

from qaclients.core import Outcome, PollSchedule, operation_from_token, operation_token

from . import _declarations as declared
from ._requests import given

if TYPE_CHECKING:
    from mabl_client.models import DeploymentEvent, ExecutionResult, PlanRunExecution

__all__ = [
    "DEPLOYMENT_POLL",
    "DeploymentProgress",
    "DeploymentResult",
    "DeploymentStatus",
    "PlanAttempt",
    "PlanOutcome",
    "TestOutcome",
    "classify",
    "deployment_result",
    "deployment_token",
    "event_from_token",
    "progress_of",
]

TOKEN_KIND = "mabl.deployment"  # noqa: S105 (an operation kind, not a secret)

DEPLOYMENT_POLL: Final = PollSchedule(initial=10.0, multiplier=1.0, maximum=10.0, hint_cap=60.0)
"""Every mabl-owned client polls the execution result every 10 s (facts §7.1)."""


@dataclass(frozen=True, slots=True)
class DeploymentStatus:
    """What the deployment poller knows: the event, and its latest execution result (``None`` before the first read
    and for a preview, which starts nothing)."""

    event: DeploymentEvent
    result: ExecutionResult | None = None
    preview: bool = False

    @property
    def expected_plan_runs(self) -> list[str]:
        """The plan runs the event said it triggered."""
        return [summary.plan_run_id for summary in given(self.event.triggered_plan_run_summaries, [])]

    @property
    def executions(self) -> list[PlanRunExecution]:
        """Every plan run execution shown so far (first attempts and retries)."""
        return [] if self.result is None else list(given(self.result.executions, []))


@dataclass(frozen=True, slots=True)
class PlanAttempt:
    """One execution of a plan: the first, or a retry of a failed one."""

    plan_run_id: str
    status: str
    is_retry: bool
    retry_of_id: str | None


@dataclass(frozen=True, slots=True)
class PlanOutcome:
    """How one plan did: its last attempt decides."""

    plan_id: str
    name: str | None
    status: str
    succeeded: bool
    attempts: tuple[PlanAttempt, ...]

    @property
    def retried(self) -> bool:
        """Whether mabl retried the plan."""
        return any(attempt.is_retry for attempt in self.attempts)


@dataclass(frozen=True, slots=True)
class TestOutcome:
    """How one test run did (a plan attempt runs each of its tests once)."""

    __test__ = False  # not a pytest test class, despite the name

    test_id: str
    name: str | None
    test_run_id: str
    plan_run_id: str
    status: str
    passed: bool
    failure: str | None


@dataclass(frozen=True, slots=True)
class DeploymentResult:
    """What a deployment came to.

    Attributes:
        event_id: The deployment event (``…-v``).
        succeeded: Every plan's last attempt succeeded.
        succeeded_first_attempt: ... without any retry.
        succeeded_with_retries: ... and at least one plan needed its retry.
        preview: A dry run: ``plans`` are those that would run, nothing ran.
        plans: Per plan, in the order they appeared.
        tests: Every test run of every attempt.
    """

    event_id: str
    succeeded: bool
    succeeded_first_attempt: bool
    succeeded_with_retries: bool
    preview: bool
    plans: tuple[PlanOutcome, ...]
    tests: tuple[TestOutcome, ...]

    @property
    def failed_plans(self) -> tuple[PlanOutcome, ...]:
        """The plans whose last attempt did not succeed."""
        return tuple(plan for plan in self.plans if not plan.succeeded)

    @property
    def failed_tests(self) -> tuple[TestOutcome, ...]:
        """The test runs that did not pass."""
        return tuple(test for test in self.tests if not test.passed)


@dataclass(frozen=True, slots=True)
class DeploymentProgress:
    """Counts for a progress line; a plan counts once, by its latest attempt (a plan being retried is running)."""

    plans_passed: int
    plans_failed: int
    plans_running: int
    tests_passed: int
    tests_failed: int
    tests_running: int


def _final(execution: PlanRunExecution) -> bool:
    return execution.status.lower() in declared.PLAN_FINAL


def classify(status: DeploymentStatus) -> Outcome:
    """Where the deployment stands (see the module docstring for the rules)."""
    if status.preview:
        return Outcome.SUCCEEDED
    if status.result is None:
        return Outcome.RUNNING
    executions = status.executions
    seen = {execution.plan_execution.id for execution in executions}
    if set(status.expected_plan_runs) - seen or not all(_final(execution) for execution in executions):
        return Outcome.RUNNING
    if not executions:
        return Outcome.SUCCEEDED  # the event triggered no plan: nothing to wait for
    event_status = given(status.result.event_status, None)
    succeeded = None if event_status is None else given(event_status.succeeded, None)
    if succeeded is None:
        return Outcome.RUNNING  # mabl has not concluded yet: a retry may still be scheduled
    return Outcome.SUCCEEDED if succeeded else Outcome.FAILED


def _latest(executions: Sequence[PlanRunExecution]) -> dict[str, list[PlanRunExecution]]:
    by_plan: dict[str, list[PlanRunExecution]] = {}
    for execution in executions:
        by_plan.setdefault(execution.plan.id, []).append(execution)
    return by_plan


def _tests(execution: PlanRunExecution) -> list[TestOutcome]:
    names = {journey.id: given(journey.name, None) for journey in given(execution.journeys, [])}
    outcomes = []
    for journey in given(execution.journey_executions, []):
        failure = given(journey.failure_summary, None)
        outcomes.append(
            TestOutcome(
                test_id=journey.journey_id,
                name=names.get(journey.journey_id),
                test_run_id=journey.journey_execution_id,
                plan_run_id=execution.plan_execution.id,
                status=journey.status,
                passed=journey.status.lower() in declared.TEST_PASSED,
                failure=None if failure is None else given(failure.error, None),
            )
        )
    return outcomes


def deployment_result(status: DeploymentStatus) -> DeploymentResult:
    """The outcome of a finished deployment, per plan and per test."""
    if status.preview:
        previewed = tuple(
            PlanOutcome(s.plan_id, None, "preview", False, (PlanAttempt(s.plan_run_id, "preview", False, None),))
            for s in given(status.event.triggered_plan_run_summaries, [])
        )
        return DeploymentResult(status.event.id, False, False, False, True, previewed, ())
    plans = []
    for plan_id, attempts in _latest(status.executions).items():
        last = attempts[-1]
        plans.append(
            PlanOutcome(
                plan_id=plan_id,
                name=given(last.plan.name, None),
                status=last.status,
                succeeded=last.status.lower() in declared.PLAN_PASSED,
                attempts=tuple(
                    PlanAttempt(
                        a.plan_execution.id,
                        a.status,
                        given(a.plan_execution.is_retry, False),
                        given(a.plan_execution.retry_of_id, None),
                    )
                    for a in attempts
                ),
            )
        )
    event_status: Any = None if status.result is None else given(status.result.event_status, None)
    succeeded = all(plan.succeeded for plan in plans)
    if event_status is not None and not isinstance(event_status.succeeded, Unset):
        succeeded = bool(event_status.succeeded)
    retried = any(plan.retried for plan in plans)
    tests = tuple(test for execution in status.executions for test in _tests(execution))
    return DeploymentResult(
        status.event.id, succeeded, succeeded and not retried, succeeded and retried, False, tuple(plans), tests
    )


def progress_of(status: DeploymentStatus) -> DeploymentProgress:
    """How far the deployment is: plans by their latest attempt, tests of those attempts."""
    latest = [attempts[-1] for attempts in _latest(status.executions).values()]
    missing = len(set(status.expected_plan_runs) - {e.plan_execution.id for e in status.executions})
    passed = sum(e.status.lower() in declared.PLAN_PASSED for e in latest)
    running = sum(not _final(e) for e in latest) + missing
    tests = [test for execution in latest for test in _tests(execution)]
    tests_passed = sum(test.passed for test in tests)
    tests_failed = sum(not test.passed and test.status.lower() in declared.TEST_FINAL for test in tests)
    return DeploymentProgress(
        plans_passed=passed,
        plans_failed=len(latest) - passed - (running - missing),
        plans_running=running,
        tests_passed=tests_passed,
        tests_failed=tests_failed,
        tests_running=len(tests) - tests_passed - tests_failed,
    )


def deployment_token(event: DeploymentEvent, preview: bool) -> str:
    """The continuation token of a deployment: the event itself (its triggered plan runs are needed to resume)."""
    return operation_token(TOKEN_KIND, {"event": event.to_dict(), "preview": preview})


def event_from_token(token: str) -> tuple[DeploymentEvent, bool]:
    """The inverse of :func:`deployment_token`.

    Raises:
        ValueError: Not a mabl deployment token.
    """
    data = operation_from_token(token, TOKEN_KIND)
    return models.DeploymentEvent.from_dict(data["event"]), bool(data.get("preview", False))
