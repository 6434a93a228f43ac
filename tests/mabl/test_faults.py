"""Trouble while waiting: a 5xx or a 429 on a status read is retried by the transport (GETs are idempotent), a
deployment create is never retried blindly, and a read that keeps failing raises with the token to resume."""

from __future__ import annotations

import pytest

from qaclients.core import RetryPolicy, ServerError
from qaclients.mabl import DeploymentCreateError, Mabl
from qaclients_fakes import FakeTransport, Faults, MablFake
from qaclients_fakes._mabl import DEFAULT_KEY, DEFAULT_WORKSPACE, ENVIRONMENT
from tests.mabl._helpers import SharedClock


def _client(fake: MablFake, clock: SharedClock) -> Mabl:
    retry = RetryPolicy(max_attempts=3, jitter=False)
    return Mabl(DEFAULT_KEY, workspace_id=DEFAULT_WORKSPACE, transport=FakeTransport(fake), clock=clock, retry=retry)


def test_flaky_status_reads_are_retried_and_the_deployment_completes(fake: MablFake, clock: SharedClock) -> None:
    fake.faults = Faults(kind="error", status=503, every_nth=3, operations={"getexecutionresultforevent"})
    with _client(fake, clock) as mabl:
        assert mabl.begin_deployment(environment_id=ENVIRONMENT).result(timeout=600).succeeded
    assert any(r.fault == "error" for r in fake.requests)


def test_a_429_with_retry_after_is_waited_out(fake: MablFake, clock: SharedClock) -> None:
    fake.faults = Faults(kind="rate_limit", retry_after=7, first_n=1, operations={"getexecutionresultforevent"})
    with _client(fake, clock) as mabl:
        assert mabl.begin_deployment(environment_id=ENVIRONMENT).result(timeout=600).succeeded
    assert 7.0 in clock.sleeps


def test_a_failed_create_is_not_retried(fake: MablFake, clock: SharedClock) -> None:
    fake.faults = Faults(kind="error", status=503, first_n=1, operations={"ondeploy"})
    with _client(fake, clock) as mabl, pytest.raises(DeploymentCreateError) as failed:
        mabl.begin_deployment(environment_id=ENVIRONMENT)
    assert isinstance(failed.value.cause, ServerError)
    assert [r.operation_id for r in fake.requests] == ["ondeploy"]
    assert fake.plan_runs == {}


def test_a_read_that_keeps_failing_raises_with_the_token(fake: MablFake, clock: SharedClock) -> None:
    with _client(fake, clock) as mabl:
        poller = mabl.begin_deployment(environment_id=ENVIRONMENT)
        fake.faults = Faults(kind="error", status=500, operations={"getexecutionresultforevent"})
        with pytest.raises(ServerError) as failed:
            poller.result(timeout=600)
        assert failed.value.continuation_token == poller.continuation_token()
        fake.faults = Faults()
        assert mabl.deployment_from_token(failed.value.continuation_token).result(timeout=600).succeeded
