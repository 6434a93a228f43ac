"""Polling: the schedule and the decision, then Poller and AsyncPoller side by side on a fake clock."""

from __future__ import annotations

import asyncio
import builtins
import inspect
from collections.abc import Iterable
from typing import Any

import pytest

from qaclients.core._clock import FakeClock
from qaclients.core._errors import OperationFailed, PollingError, RateLimitedError, ServerError, TimeoutError
from qaclients.core._poller import AsyncPoller, Poller
from qaclients.core._polling import (
    Done,
    Expired,
    Failed,
    Outcome,
    PollSchedule,
    PollState,
    Wait,
    decide,
    operation_from_token,
    operation_token,
)

# ---------------------------------------------------------------- schedule and decision, pure


def test_schedule_backs_off_and_caps() -> None:
    schedule = PollSchedule(initial=1.0, multiplier=2.0, maximum=5.0)
    assert [schedule.next_interval(n) for n in range(5)] == [1.0, 2.0, 4.0, 5.0, 5.0]
    assert schedule.next_interval(10_000) == 5.0  # no overflow


def test_defaults() -> None:
    schedule = PollSchedule()
    assert [schedule.next_interval(n) for n in range(3)] == [1.0, 1.5, 2.25]


def test_server_hint_overrides_within_its_cap() -> None:
    schedule = PollSchedule(initial=1.0, maximum=10.0)
    assert schedule.next_interval(0, retry_after=7.0) == 7.0
    assert schedule.next_interval(3, retry_after=0.0) == 0.0
    assert schedule.next_interval(0, retry_after=25.0) == 25.0  # beyond maximum: the server knows best
    assert schedule.next_interval(0, retry_after=3600.0) == 40.0  # but not beyond 4 * maximum
    assert schedule.next_interval(0, retry_after=-3.0) == 0.0
    assert PollSchedule(hint_cap=60.0).next_interval(0, retry_after=3600.0) == 60.0


def test_jitter_only_shortens() -> None:
    schedule = PollSchedule(initial=4.0, multiplier=1.0, maximum=4.0, jitter=0.5)
    assert schedule.next_interval(0, rand=lambda: 1.0) == 2.0
    assert schedule.next_interval(0, rand=lambda: 0.0) == 4.0


@pytest.mark.parametrize(
    "kwargs", [{"initial": -1.0}, {"multiplier": 0.5}, {"maximum": -1.0}, {"jitter": 1.5}, {"jitter": -0.1}]
)
def test_invalid_schedules_are_rejected(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError, match="invalid poll schedule"):
        PollSchedule(**kwargs)


def test_decide_for_every_outcome() -> None:
    schedule = PollSchedule(initial=2.0)
    common: dict[str, Any] = {"waits": 0, "now": 0.0, "deadline": None, "schedule": schedule}
    assert decide(("s", Outcome.SUCCEEDED), **common) == Done("s")
    assert decide(("s", Outcome.FAILED), **common) == Failed("s", Outcome.FAILED)
    assert decide(("s", Outcome.CANCELLED), **common) == Failed("s", Outcome.CANCELLED)
    assert decide(("s", Outcome.RUNNING), **common) == Wait(2.0)
    assert decide(None, **common) == Wait(2.0)
    assert decide(("s", Outcome.SUCCEEDED), **{**common, "now": 99.0, "deadline": 10.0}) == Done("s")


def test_decide_never_waits_past_the_deadline() -> None:
    schedule = PollSchedule(initial=5.0)
    assert decide(("s", Outcome.RUNNING), waits=0, now=8.0, deadline=10.0, schedule=schedule) == Wait(2.0)
    assert decide(("s", Outcome.RUNNING), waits=0, now=10.0, deadline=10.0, schedule=schedule) == Expired()


def test_outcome_final() -> None:
    assert [outcome.final for outcome in Outcome] == [False, True, True, True]


def test_poll_state_counts_waits_and_remembers_a_429() -> None:
    state: PollState[str] = PollState(lambda s: Outcome.RUNNING, PollSchedule(initial=1.0, multiplier=2.0))
    assert state.status is None
    assert state.outcome is None
    state.observe("a")
    assert state.status == "a"
    assert state.decide(0.0, None) == Wait(1.0)
    state.throttled(9.0)
    assert state.decide(0.0, None) == Wait(9.0)
    state.throttled(None)  # a 429 without Retry-After: the schedule goes on
    assert state.decide(0.0, None) == Wait(4.0)
    state.observe("b")
    assert state.decide(0.0, None) == Wait(8.0)


def test_operation_tokens_round_trip_and_check_their_kind() -> None:
    token = operation_token("testmo.run", {"run_id": 5, "url": "https://x"})
    assert operation_from_token(token, "testmo.run") == {"run_id": 5, "url": "https://x"}
    with pytest.raises(ValueError, match=r"'testmo\.run' operations, not 'mabl\.deployment'"):
        operation_from_token(token, "mabl.deployment")
    for bad in ["!!!", "", "e30"]:  # "e30" is "{}"
        with pytest.raises(ValueError, match="invalid operation continuation token"):
            operation_from_token(bad, "testmo.run")


# ---------------------------------------------------------------- Poller and AsyncPoller, side by side

TOKEN = operation_token("test.job", {"job_id": 7})
OUTCOMES = {
    "running": Outcome.RUNNING,
    "done": Outcome.SUCCEEDED,
    "failed": Outcome.FAILED,
    "cancelled": Outcome.CANCELLED,
}


def status(state: str, **extra: Any) -> dict[str, Any]:
    return {"state": state, **extra}


def classify(s: dict[str, Any]) -> Outcome:
    return OUTCOMES[s["state"]]


class Job:
    """A fake vendor operation: the statuses (or errors) successive reads return."""

    def __init__(self, answers: Iterable[dict[str, Any] | Exception]) -> None:
        self.answers = iter(answers)
        self.reads = 0
        self.cancelled = 0

    def fetch(self) -> dict[str, Any]:
        self.reads += 1
        answer = next(self.answers)
        if isinstance(answer, Exception):
            raise answer
        return answer

    async def afetch(self) -> dict[str, Any]:
        await asyncio.sleep(0)
        return self.fetch()

    def cancel(self) -> None:
        self.cancelled += 1

    async def acancel(self) -> None:
        self.cancel()


def running(n: int) -> list[dict[str, Any] | Exception]:
    return [status("running", n=i) for i in range(n)]


def make(mode: str, job: Job, **kwargs: Any) -> Any:
    kwargs.setdefault("clock", FakeClock())
    kwargs.setdefault("schedule", PollSchedule(initial=1.0, multiplier=2.0, maximum=5.0))
    if mode == "sync":
        return Poller(fetch=job.fetch, classify=classify, token=TOKEN, **kwargs)
    if "cancel" in kwargs:
        kwargs["cancel"] = job.acancel
    return AsyncPoller(fetch=job.afetch, classify=classify, token=TOKEN, **kwargs)


async def call(value: Any) -> Any:
    """Await what the async poller returns; pass the sync poller's answers through."""
    return await value if inspect.isawaitable(value) else value


modes = pytest.mark.parametrize("mode", ["sync", "async"])


@modes
async def test_intervals_back_off_and_cap(mode: str) -> None:
    clock = FakeClock()
    job = Job([*running(6), status("done", value=42)])
    poller = make(mode, job, clock=clock)
    assert await call(poller.result()) == status("done", value=42)
    assert clock.sleeps == [1.0, 2.0, 4.0, 5.0, 5.0, 5.0]
    assert job.reads == 7


@modes
async def test_result_extractor_and_no_second_read_once_final(mode: str) -> None:
    job = Job([status("running"), status("done", value=42)])
    poller = make(mode, job, result=lambda s: s["value"])
    assert await call(poller.result(timeout=60)) == 42
    assert await call(poller.result()) == 42
    assert job.reads == 2


@modes
async def test_a_known_initial_status_means_waiting_first(mode: str) -> None:
    clock = FakeClock()
    job = Job([status("done")])
    poller = make(mode, job, clock=clock, initial=status("running"))
    assert poller.status() == status("running")
    assert not poller.done()
    await call(poller.wait())
    assert clock.sleeps == [1.0]
    assert job.reads == 1


@modes
async def test_a_final_initial_status_needs_no_io(mode: str) -> None:
    job = Job([])
    poller = make(mode, job, initial=status("done", value=1), result=lambda s: s["value"])
    assert poller.done()
    assert await call(poller.result()) == 1
    assert job.reads == 0


@modes
async def test_server_hint_overrides_the_schedule_and_is_capped(mode: str) -> None:
    clock = FakeClock()
    job = Job([status("running", eta=7.0), status("running", eta=500.0), status("running"), status("done")])
    poller = make(mode, job, clock=clock, hint=lambda s: s.get("eta"))
    await call(poller.result())
    assert clock.sleeps == [7.0, 20.0, 4.0]  # hint, hint capped at 4 * maximum, schedule (third wait)


@modes
async def test_429_while_polling_is_waited_out(mode: str) -> None:
    clock = FakeClock()
    limited = RateLimitedError(status=429, message="slow down", retry_after=12.0)
    no_hint = RateLimitedError(status=429, message="slow down")
    job = Job([status("running"), limited, no_hint, status("done")])
    poller = make(mode, job, clock=clock)
    assert await call(poller.result()) == status("done")
    assert clock.sleeps == [1.0, 12.0, 4.0]
    assert job.reads == 4


@modes
async def test_a_first_read_429_is_waited_out_too(mode: str) -> None:
    clock = FakeClock()
    job = Job([RateLimitedError(status=429, message="slow down", retry_after=3.0), status("done")])
    poller = make(mode, job, clock=clock)
    await call(poller.wait())
    assert clock.sleeps == [3.0]


@modes
async def test_timeout_raises_with_the_token_and_no_real_sleep(mode: str) -> None:
    clock = FakeClock()
    job = Job(running(100))
    poller = make(mode, job, clock=clock)
    with pytest.raises(TimeoutError) as caught:
        await call(poller.result(timeout=10))
    assert isinstance(caught.value, builtins.TimeoutError)
    assert caught.value.continuation_token == TOKEN
    assert caught.value.timeout == 10
    assert clock.sleeps == [1.0, 2.0, 4.0, 3.0]  # the last wait is cut to the deadline, then one last read
    assert clock.now() == 10.0
    assert job.reads == 5
    assert poller.continuation_token() == TOKEN


@modes
async def test_wait_raises_on_timeout_too(mode: str) -> None:
    poller = make(mode, Job(running(100)))
    with pytest.raises(TimeoutError):
        await call(poller.wait(timeout=0.5))


@modes
@pytest.mark.parametrize(("final", "word"), [("failed", "failed"), ("cancelled", "was cancelled")])
async def test_failure_raises_operation_failed_with_the_status(mode: str, final: str, word: str) -> None:
    job = Job([status("running"), status(final, value=3)])
    poller = make(mode, job, result=lambda s: s["value"])
    with pytest.raises(OperationFailed, match=word) as caught:
        await call(poller.result())
    assert caught.value.status == status(final, value=3)
    assert caught.value.result == 3
    assert poller.done()


@modes
async def test_a_result_extractor_failing_on_a_failed_status_does_not_mask_it(mode: str) -> None:
    poller = make(mode, Job([status("failed")]), result=lambda s: s["value"])
    with pytest.raises(OperationFailed) as caught:
        await call(poller.result())
    assert caught.value.result is None


@modes
async def test_a_failure_describer_puts_the_vendors_reason_in_the_message(mode: str) -> None:
    poller = make(mode, Job([status("failed", why="disk full")]), failure=lambda s: s["why"])
    with pytest.raises(OperationFailed, match="operation failed: disk full"):
        await call(poller.result())


@modes
async def test_a_failure_describer_that_cannot_read_the_status_does_not_mask_it(mode: str) -> None:
    poller = make(mode, Job([status("failed")]), failure=lambda s: s["why"])
    with pytest.raises(OperationFailed, match=r"^operation failed$"):
        await call(poller.result())


@modes
async def test_wait_does_not_raise_on_failure(mode: str) -> None:
    poller = make(mode, Job([status("failed")]))
    assert await call(poller.wait()) is None
    assert poller.done()
    assert poller.status() == status("failed")


@modes
async def test_progress_is_called_with_every_status_read(mode: str) -> None:
    seen: list[dict[str, Any]] = []
    answers = [*running(3), status("done")]
    job = Job([answers[0], RateLimitedError(status=429, message="x", retry_after=1.0), *answers[1:]])
    await call(make(mode, job, progress=seen.append).result())
    assert seen == answers


@modes
async def test_done_status_and_poll(mode: str) -> None:
    job = Job([status("running"), status("done")])
    poller = make(mode, job)
    assert not poller.done()
    assert poller.status() is None
    assert job.reads == 0
    assert await call(poller.poll()) == status("running")
    assert not poller.done()
    assert await call(poller.poll()) == status("done")
    assert poller.done()
    assert poller.status() == status("done")


@modes
async def test_cancel_invokes_the_hook(mode: str) -> None:
    job = Job([status("cancelled")])
    poller = make(mode, job, cancel=job.cancel)
    await call(poller.cancel())
    assert job.cancelled == 1
    with pytest.raises(OperationFailed, match="cancelled"):
        await call(poller.result())


@modes
async def test_cancel_without_a_hook_says_so(mode: str) -> None:
    poller = make(mode, Job([]))
    with pytest.raises(NotImplementedError, match="no way to cancel"):
        await call(poller.cancel())


@modes
async def test_other_errors_are_not_retried_and_carry_the_token(mode: str) -> None:
    boom = ServerError(status=503, message="down")
    job = Job([status("running"), boom])
    poller = make(mode, job)
    with pytest.raises(ServerError) as caught:  # still catchable by its own type
        await call(poller.result())
    assert caught.value is boom
    assert caught.value.continuation_token == TOKEN
    assert job.reads == 2


@modes
async def test_foreign_errors_are_wrapped_with_the_token(mode: str) -> None:
    boom = ConnectionError("socket closed")
    poller = make(mode, Job([boom]))
    with pytest.raises(PollingError) as caught:
        await call(poller.result())
    assert caught.value.__cause__ is boom
    assert caught.value.cause is boom
    assert caught.value.continuation_token == TOKEN


@modes
async def test_poll_reports_a_429_as_it_is_with_the_token(mode: str) -> None:
    limited = RateLimitedError(status=429, message="slow down", retry_after=2.0)
    poller = make(mode, Job([limited]))
    with pytest.raises(RateLimitedError) as caught:
        await call(poller.poll())
    assert caught.value is limited
    assert caught.value.continuation_token == TOKEN


@modes
async def test_resume_from_the_token_in_a_new_poller(mode: str) -> None:
    jobs = {7: Job([status("running"), status("done", value="finished")])}

    def from_continuation_token(token: str) -> Any:
        """What a vendor's classmethod does: decode its ids, rebuild the callables."""
        job = jobs[operation_from_token(token, "test.job")["job_id"]]
        return make(mode, job, result=lambda s: s["value"])

    first = make(mode, Job([ServerError(status=502, message="bad gateway")]))
    with pytest.raises(ServerError) as caught:
        await call(first.result())
    token = caught.value.continuation_token
    assert token is not None
    assert await call(from_continuation_token(token).result(timeout=30)) == "finished"
