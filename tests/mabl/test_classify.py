"""The deploy-and-wait rules on the spec's own examples of an execution result in its three states (pure, no I/O)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from mabl_client.models import DeploymentEvent, ExecutionResult

from qaclients.core import Outcome
from qaclients.mabl import DeploymentProgress, DeploymentStatus
from qaclients.mabl._deployment import classify, deployment_result, progress_of

EXAMPLES = Path(__file__).resolve().parents[2] / "specs" / "mabl" / "examples"


def _example(name: str) -> Any:
    return json.loads((EXAMPLES / name).read_text(encoding="utf-8"))


def _event(*plan_runs: str) -> DeploymentEvent:
    event = _example("ondeploy.response.201.json")
    event["triggered_plan_run_summaries"] = [
        {"plan_id": "pL7aN9cH1eC3kO5uT7pL9a-p", "plan_run_id": r} for r in plan_runs
    ]
    return DeploymentEvent.from_dict(event)


def _status(state: str, *plan_runs: str) -> DeploymentStatus:
    result = ExecutionResult.from_dict(_example(f"getexecutionresultforevent.response.200.{state}.json"))
    return DeploymentStatus(_event(*(plan_runs or ("pR2uN4cH6eC8kO0uT2pR4u-pr",))), result)


@pytest.mark.parametrize(
    ("state", "outcome"),
    [("scheduled", Outcome.RUNNING), ("retrying", Outcome.RUNNING), ("complete-after-retry", Outcome.SUCCEEDED)],
)
def test_the_three_states(state: str, outcome: Outcome) -> None:
    assert classify(_status(state)) is outcome


def test_a_retry_still_scheduled_keeps_the_poller_waiting_though_the_first_attempt_is_final() -> None:
    status = _status("retrying")
    assert status.executions[0].status == "failed" and status.executions[1].plan_execution.is_retry
    assert progress_of(status) == DeploymentProgress(0, 0, 1, 0, 0, 0)


def test_the_finished_result_reads_as_succeeded_with_retries() -> None:
    result = deployment_result(_status("complete-after-retry"))
    assert (result.succeeded, result.succeeded_first_attempt, result.succeeded_with_retries) == (True, False, True)
    (plan,) = result.plans
    assert plan.name == "Checkout regression" and [a.is_retry for a in plan.attempts] == [False, True]
    assert [(t.status, t.passed) for t in result.tests] == [("failed", False), ("completed", True)]
    assert result.tests[0].failure == "Assertion failed: element 'Place order' was not visible"


def test_a_triggered_plan_run_not_shown_yet_keeps_it_running() -> None:
    late = _status("complete-after-retry", "pR2uN4cH6eC8kO0uT2pR4u-pr", "pR6uN8sM0oK2eT4eS6pR8u-pr")
    assert classify(late) is Outcome.RUNNING
    assert progress_of(late).plans_running == 1


def test_all_final_but_not_yet_concluded_by_mabl_keeps_waiting() -> None:
    data = _example("getexecutionresultforevent.response.200.complete-after-retry.json")
    data["event_status"] = {}
    status = DeploymentStatus(_event("pR2uN4cH6eC8kO0uT2pR4u-pr"), ExecutionResult.from_dict(data))
    assert classify(status) is Outcome.RUNNING


def test_a_failed_conclusion_is_a_failure() -> None:
    data = _example("getexecutionresultforevent.response.200.complete-after-retry.json")
    data["event_status"]["succeeded"] = False
    status = DeploymentStatus(_event("pR2uN4cH6eC8kO0uT2pR4u-pr"), ExecutionResult.from_dict(data))
    assert classify(status) is Outcome.FAILED
    assert not deployment_result(status).succeeded
