"""Deploy-and-wait: success, failure, success after a retry, a plan that appears late, timeout and resume, preview.

The fake plays each plan run out on its clock (scheduled, running, final; a retry as a second execution); the
client's clock is shared with it, so every poll interval the client sleeps moves the fake's time on.
"""

from __future__ import annotations

import base64

import pytest

from qaclients.core import OperationFailed, TimeoutError
from qaclients.mabl import AsyncMabl, DeploymentProgress, DeploymentResult, Mabl
from qaclients.mabl._export import export_token
from qaclients_fakes import MablFake, PlanScript
from qaclients_fakes._mabl import DEFAULT_KEY, ENVIRONMENT, REGRESSION_PLAN, SMOKE_PLAN
from tests.mabl._helpers import SharedClock, async_client, client


def _reads(fake: MablFake) -> int:
    return sum(r.operation_id == "getexecutionresultforevent" for r in fake.requests)


def test_success_on_the_first_attempt(fake: MablFake, mabl: Mabl, clock: SharedClock) -> None:
    seen: list[DeploymentProgress] = []
    poller = mabl.begin_deployment(
        environment_id=ENVIRONMENT, plan_labels=["smoke", "regression"], progress=seen.append
    )
    assert not poller.done()

    result = poller.result(timeout=600)

    assert isinstance(result, DeploymentResult)
    assert (result.succeeded, result.succeeded_first_attempt, result.succeeded_with_retries) == (True, True, False)
    assert {plan.plan_id for plan in result.plans} == {SMOKE_PLAN, REGRESSION_PLAN}
    assert all(plan.succeeded and len(plan.attempts) == 1 for plan in result.plans)
    assert len(result.tests) == 4 and result.failed_tests == ()
    assert clock.sleeps == [10.0] * 7  # mabl's own 10 s interval; runs take 5 s scheduled + 60 s running
    assert _reads(fake) == 7
    assert (seen[0].plans_running, seen[0].tests_running) == (2, 4)  # at 10 s both plans run their tests
    assert seen[-1] == DeploymentProgress(2, 0, 0, 4, 0, 0)
    assert poller.done()


def test_a_failed_plan_raises_with_the_result(fake: MablFake, mabl: Mabl) -> None:
    fake.plans[SMOKE_PLAN].script = PlanScript(outcome="failed")

    with pytest.raises(OperationFailed) as failed:
        mabl.begin_deployment(environment_id=ENVIRONMENT).result(timeout=600)

    result = failed.value.result
    assert isinstance(result, DeploymentResult)
    assert not result.succeeded and [plan.name for plan in result.failed_plans] == ["Smoke"]
    assert [t.name for t in result.failed_tests] == ["Login"]
    assert result.failed_tests[0].failure == "Assertion failed: element 'Place order' was not visible"


def test_success_after_a_retry_waits_for_the_second_execution(fake: MablFake, mabl: Mabl) -> None:
    script = PlanScript(outcome="failed", retry_outcome="succeeded", scheduled_for=8, runs_for=30)
    fake.plans[SMOKE_PLAN].script = script
    seen: list[DeploymentProgress] = []

    result = mabl.begin_deployment(environment_id=ENVIRONMENT, plan_labels=["smoke"], progress=seen.append).result(
        timeout=600
    )

    assert (result.succeeded, result.succeeded_first_attempt, result.succeeded_with_retries) == (True, False, True)
    (smoke,) = result.plans
    first, retry = smoke.attempts
    assert (first.status, first.is_retry) == ("failed", False)
    assert (retry.status, retry.is_retry, retry.retry_of_id) == ("succeeded", True, first.plan_run_id)
    assert smoke.retried and smoke.succeeded
    # At 40 s the first attempt had failed (38 s) and the retry was still scheduled: the poller kept waiting.
    assert seen[3] == DeploymentProgress(0, 0, 1, 0, 0, 0)
    assert len(result.tests) == 4  # both tests, in both attempts


def test_a_retry_that_fails_too_fails_the_deployment(fake: MablFake, mabl: Mabl) -> None:
    fake.plans[SMOKE_PLAN].script = PlanScript(outcome="failed", retry_outcome="failed")

    with pytest.raises(OperationFailed) as failed:
        mabl.begin_deployment(environment_id=ENVIRONMENT, plan_labels=["smoke"]).result(timeout=600)

    (smoke,) = failed.value.result.plans
    assert [a.status for a in smoke.attempts] == ["failed", "failed"] and not smoke.succeeded


def test_a_plan_that_appears_late_is_waited_for(fake: MablFake, mabl: Mabl) -> None:
    fake.plans[SMOKE_PLAN].script = PlanScript(scheduled_for=1, runs_for=5)
    fake.plans[REGRESSION_PLAN].script = PlanScript(appears_after=120, scheduled_for=1, runs_for=5)
    seen: list[DeploymentProgress] = []

    poller = mabl.begin_deployment(environment_id=ENVIRONMENT, progress=seen.append)
    result = poller.result(timeout=600)

    assert {plan.plan_id for plan in result.plans} == {SMOKE_PLAN, REGRESSION_PLAN}
    # Smoke was done after 10 s; Regression had not appeared yet, and was counted as running.
    assert seen[0] == DeploymentProgress(1, 0, 1, 2, 0, 0)
    assert len(seen) >= 13


def test_timeout_then_resume_from_the_continuation_token(fake: MablFake, clock: SharedClock) -> None:
    fake.plans[SMOKE_PLAN].script = PlanScript(runs_for=3600)
    with client(fake, clock) as mabl:
        poller = mabl.begin_deployment(environment_id=ENVIRONMENT, plan_labels=["smoke"])
        with pytest.raises(TimeoutError) as timed_out:
            poller.result(timeout=120)
    token = timed_out.value.continuation_token
    assert token == poller.continuation_token()
    assert DEFAULT_KEY not in base64.urlsafe_b64decode(token + "==").decode()

    with client(fake, clock) as elsewhere:  # another process: only the token travels
        resumed = elsewhere.deployment_from_token(token)
        result = resumed.result(timeout=7200)
    assert result.succeeded and result.event_id == poller.status().event.id  # type: ignore[union-attr]


def test_preview_starts_nothing_and_lists_the_plans(fake: MablFake, mabl: Mabl) -> None:
    result = mabl.begin_deployment(environment_id=ENVIRONMENT, plan_labels=["regression"], preview=True).result()

    assert result.preview and not result.succeeded
    assert [plan.plan_id for plan in result.plans] == [REGRESSION_PLAN]
    assert _reads(fake) == 0 and fake.plan_runs == {} and fake.items["deployment_events"] == {}


def test_an_event_that_triggers_no_plan_is_done_at_once(fake: MablFake, mabl: Mabl) -> None:
    result = mabl.begin_deployment(environment_id=ENVIRONMENT, plan_labels=["nothing-has-this"]).result(timeout=60)
    assert result.succeeded and result.plans == ()


def test_environment_or_application_is_required_before_any_request(fake: MablFake, mabl: Mabl) -> None:
    with pytest.raises(TypeError, match="environment_id or application_id"):
        mabl.begin_deployment(plan_labels=["smoke"])
    with pytest.raises(TypeError, match="unknown deployment field"):
        mabl.begin_deployment(environment_id=ENVIRONMENT, revison="typo")
    assert fake.requests == []


async def test_async_success_after_a_retry(fake: MablFake, amabl: AsyncMabl) -> None:
    fake.plans[SMOKE_PLAN].script = PlanScript(outcome="failed", retry_outcome="succeeded")
    poller = await amabl.begin_deployment(environment_id=ENVIRONMENT, plan_labels=["smoke"])
    result = await poller.result(timeout=600)
    assert result.succeeded_with_retries and len(result.plans[0].attempts) == 2


async def test_async_failure_raises(fake: MablFake, amabl: AsyncMabl) -> None:
    fake.plans[REGRESSION_PLAN].script = PlanScript(outcome="terminated")
    poller = await amabl.begin_deployment(environment_id=ENVIRONMENT)
    with pytest.raises(OperationFailed) as failed:
        await poller.result(timeout=600)
    assert [p.plan_id for p in failed.value.result.failed_plans] == [REGRESSION_PLAN]


async def test_async_timeout_then_resume(fake: MablFake, clock: SharedClock) -> None:
    fake.plans[SMOKE_PLAN].script = PlanScript(appears_after=300)
    async with async_client(fake, clock) as amabl:
        poller = await amabl.begin_deployment(environment_id=ENVIRONMENT, plan_labels=["smoke"])
        with pytest.raises(TimeoutError) as timed_out:
            await poller.result(timeout=100)
        assert timed_out.value.continuation_token is not None
        resumed = amabl.deployment_from_token(timed_out.value.continuation_token)
        assert (await resumed.result(timeout=1000)).succeeded


def test_a_token_of_another_kind_is_refused(mabl: Mabl) -> None:
    with pytest.raises(ValueError, match=r"not 'mabl\.deployment'"):
        mabl.deployment_from_token(export_token("export-1"))
