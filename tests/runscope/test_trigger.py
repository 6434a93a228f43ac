"""begin_trigger: one poller over every run a trigger starts, sync and async, on the linked fake clock."""

from __future__ import annotations

import pytest
from runscope_client.models import EnvironmentWrite

from qaclients.core import OperationFailed, RateLimitedError, TimeoutError, TransportError
from qaclients.runscope import AsyncRunscope, Runscope, TriggerResult, TriggerStatus
from qaclients_fakes import FakeTransport, Faults, RunscopeFake
from tests.runscope.conftest import TOKEN, LinkedClock


def _test(fake: RunscopeFake, *, regions: tuple[str, ...] = ("us1",), outcome: str = "pass", steps: int = 2) -> str:
    return fake.add_test(fake.default_bucket.key, f"T-{outcome}", steps=steps, regions=regions, outcome=outcome).id


def test_every_run_of_a_trigger_is_waited_for(rs: Runscope, fake: RunscopeFake, clock: LinkedClock) -> None:
    test = rs.test(fake.default_bucket.key, _test(fake, regions=("us1", "eu1", "jp1")))
    seen: list[dict[str, int]] = []
    poller = rs.begin_trigger(test, variables={"build": 42}, progress=lambda status: seen.append(status.counts()))
    assert not poller.done() and poller.status() is not None and len(poller.status().runs) == 3  # type: ignore[union-attr]

    result = poller.result(timeout=120)

    assert isinstance(result, TriggerResult) and result.passed
    assert sorted(run.region or "" for run in result.runs) == ["eu1", "jp1", "us1"]
    assert all(run.assertions_passed == 2 and run.requests_executed == 2 for run in result.runs)
    assert seen[-1] == {"pass": 3} and any("working" in counts or "queued" in counts for counts in seen)
    assert {run.variables["build"] for run in fake.runs.values()} == {"42"}  # initial variables, as query strings
    assert clock.sleeps and sum(clock.sleeps) >= fake.queued_for + fake.working_for
    assert poller.done()


def test_a_failed_run_fails_the_operation_with_its_failing_assertions(rs: Runscope, fake: RunscopeFake) -> None:
    test = rs.test(fake.default_bucket.key, _test(fake, regions=("us1", "eu1"), outcome="fail"))
    with pytest.raises(OperationFailed) as caught:
        rs.begin_trigger(test).result(timeout=120)
    report = caught.value.result
    assert isinstance(report, TriggerResult) and not report.passed
    assert [run.result for run in report.runs] == ["fail", "fail"]
    failure = report.runs[0].failed_assertions[0]
    assert (failure.source, failure.comparison, failure.actual_value) == ("status_code", "equals_number", "500")
    assert failure.error and "500" in failure.error
    assert isinstance(caught.value.status, TriggerStatus)


def test_a_canceled_run_cancels_the_operation(rs: Runscope, fake: RunscopeFake) -> None:
    test = rs.test(fake.default_bucket.key, _test(fake, outcome="canceled"))
    with pytest.raises(OperationFailed, match="cancelled") as caught:
        rs.begin_trigger(test).result(timeout=120)
    assert [run.result for run in caught.value.result.runs] == ["canceled"]


def test_a_bucket_trigger_waits_for_every_test_and_reports_each(rs: Runscope, fake: RunscopeFake) -> None:
    passing, failing = _test(fake), _test(fake, outcome="fail")
    with pytest.raises(OperationFailed) as caught:
        rs.begin_trigger(rs.bucket(fake.default_bucket.key)).result(timeout=120)
    by_test = {run.test_id: run.result for run in caught.value.result.runs}
    assert by_test == {passing: "pass", failing: "fail"}


def test_timeout_then_resume_from_the_continuation_token(fake: RunscopeFake, clock: LinkedClock) -> None:
    fake.working_for = 300.0
    test_id = _test(fake, regions=("us1", "eu1"))
    with Runscope(token=TOKEN, transport=FakeTransport(fake), clock=clock) as first:
        poller = first.begin_trigger(first.test(fake.default_bucket.key, test_id))
        with pytest.raises(TimeoutError) as caught:
            poller.result(timeout=30)
        token = caught.value.continuation_token
        assert token == poller.continuation_token() and token is not None
        assert TOKEN not in token
    with Runscope(token=TOKEN, transport=FakeTransport(fake), clock=clock) as second:
        resumed = second.trigger_poller(token)
        assert resumed.result(timeout=600).passed
    assert len(fake.runs) == 2  # resuming triggered nothing new


def test_a_run_not_readable_yet_is_read_again_later(rs: Runscope, fake: RunscopeFake) -> None:
    poller = rs.begin_trigger(rs.test(fake.default_bucket.key, _test(fake)))
    (run_id,) = fake.runs
    hidden = fake.runs.pop(run_id)
    assert poller.poll().runs[0].result == "init"  # a 404 while the run is not visible counts as not read yet
    fake.runs[run_id] = hidden
    assert poller.result(timeout=120).passed


def test_a_429_on_the_trigger_waits_for_retry_after_and_tries_again(
    rs: Runscope, fake: RunscopeFake, clock: LinkedClock
) -> None:
    test = rs.test(fake.default_bucket.key, _test(fake))
    for _ in range(10):
        rs.trigger(test)
    poller = rs.begin_trigger(test)  # the 11th in the same 10 s: refused once, then sent again after Retry-After
    statuses = [r.status for r in fake.requests if r.operation_id == "trigger_test_post"]
    assert statuses == [201] * 10 + [429, 201]
    assert clock.sleeps[0] == 10
    assert poller.result(timeout=120).passed


def test_without_retries_a_429_is_raised_with_its_retry_after(fake: RunscopeFake, clock: LinkedClock) -> None:
    with Runscope(token=TOKEN, transport=FakeTransport(fake), clock=clock, retry=None) as rs:
        test = rs.test(fake.default_bucket.key, _test(fake))
        for _ in range(10):
            rs.trigger(test)
        with pytest.raises(RateLimitedError) as caught:
            rs.trigger(test)
    assert caught.value.retry_after == 10


def test_the_environment_is_picked_by_name(rs: Runscope, fake: RunscopeFake) -> None:
    test = rs.test(fake.default_bucket.key, _test(fake))
    rs.create_test_environment(
        fake.default_bucket.key, test.id, EnvironmentWrite(name="Nightly", regions=["eu1", "jp1"])
    )
    status = rs.trigger(test, environment="Nightly")
    assert sorted(run.region or "" for run in status.runs) == ["eu1", "jp1"]
    assert {run.environment_name for run in status.runs} == {"Nightly"}


def test_a_target_without_a_trigger_url_is_refused(rs: Runscope) -> None:
    with pytest.raises(ValueError, match="not a trigger URL"):
        rs.trigger("https://api.runscope.com/buckets/x")


async def test_async_trigger_and_wait(ars: AsyncRunscope, fake: RunscopeFake) -> None:
    test = await ars.test(fake.default_bucket.key, _test(fake, regions=("us1", "eu1")))
    result = await (await ars.begin_trigger(test)).result(timeout=120)
    assert result.passed and len(result.runs) == 2


async def test_async_failure_429_and_resume(ars: AsyncRunscope, fake: RunscopeFake, clock: LinkedClock) -> None:
    test = await ars.test(fake.default_bucket.key, _test(fake, outcome="fail"))
    for _ in range(10):
        await ars.trigger(test)
    poller = await ars.begin_trigger(test)
    assert 10 in clock.sleeps
    resumed = ars.trigger_poller(poller.continuation_token())
    with pytest.raises(OperationFailed) as caught:
        await resumed.result(timeout=120)
    assert [run.result for run in caught.value.result.runs] == ["fail"]


def test_server_errors_while_polling_are_retried_and_the_wait_goes_on(rs: Runscope, fake: RunscopeFake) -> None:
    test = rs.test(fake.default_bucket.key, _test(fake))
    fake.faults = Faults(kind="error", status=503, first_n=2, operations={"get_test_result"})
    assert rs.begin_trigger(test).result(timeout=120).passed
    statuses = [r.status for r in fake.requests if r.operation_id == "get_test_result"]
    assert statuses[:3] == [503, 503, 200]


def test_a_dropped_trigger_is_not_sent_again(rs: Runscope, fake: RunscopeFake) -> None:
    test = rs.test(fake.default_bucket.key, _test(fake))
    fake.faults = Faults(kind="drop", processed=True, operations={"trigger_test_post"})
    with pytest.raises(TransportError):
        rs.begin_trigger(test)
    assert len([r for r in fake.requests if r.operation_id == "trigger_test_post"]) == 1  # never resent: runs may exist
    assert len(fake.runs) == 1
