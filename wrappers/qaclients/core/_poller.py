"""Sync and async pollers: drive :class:`~qaclients.core._polling.PollState` by reading statuses and sleeping.

A vendor module builds one from a few callables; no subclassing::

    poller: Poller[dict[str, Any], Scenario] = Poller(
        fetch=lambda: api.get_job(org, job_id),
        classify=lambda job: {"Processing": Outcome.RUNNING, "Complete": Outcome.SUCCEEDED}.get(
            job["status"], Outcome.FAILED
        ),
        result=lambda job: Scenario.from_json(job["data"]),
        token=operation_token("stackmoxie.job", {"org": org, "job_id": job_id}),
        schedule=PollSchedule(initial=2.0, maximum=15.0),
    )
    scenario = poller.result(timeout=300)   # or: await async_poller.result(timeout=300)

``result`` raises :class:`OperationFailed` for a failed or cancelled operation and the core :class:`TimeoutError`
(with ``.continuation_token``) when the deadline passes. A 429 while polling is waited out, honouring Retry-After;
any other fetch error is raised with ``continuation_token`` set (ours as they are, anything else wrapped in
:class:`PollingError`). Every wait goes through the
injected :class:`Clock`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable
from typing import Any, Generic, NoReturn, TypeVar, assert_never, cast, overload

from ._clock import Clock, SystemClock
from ._errors import OperationFailed, PollingError, QAClientError, RateLimitedError, TimeoutError
from ._polling import Done, Expired, Failed, Outcome, PollSchedule, PollState, Wait

__all__ = ["AsyncPoller", "Poller"]

S = TypeVar("S")
R = TypeVar("R")


class _PollerBase(Generic[S, R]):
    """What both pollers share, none of it I/O: state, answers from what is known, and the errors they raise."""

    def __init__(
        self,
        *,
        classify: Callable[[S], Outcome],
        token: str,
        result: Callable[[S], R] | None,
        hint: Callable[[S], float | None] | None,
        progress: Callable[[S], None] | None,
        initial: S | None,
        schedule: PollSchedule | None,
        clock: Clock | None,
        failure: Callable[[S], str] | None = None,
    ) -> None:
        self._state: PollState[S] = PollState(classify, schedule, hint, initial)
        self._failure = failure
        # Without a result extractor the final status is the result (R is S, as the overloads promise).
        self._result = result if result is not None else cast(Callable[[S], R], _identity)
        self._progress = progress
        self._token = token
        self._clock: Clock = clock or SystemClock()

    def done(self) -> bool:
        """Whether the last known status is final. No I/O."""
        outcome = self._state.outcome
        return outcome is not None and outcome.final

    def status(self) -> S | None:
        """The last known status, or ``None`` before the first read. No I/O."""
        return self._state.status

    def continuation_token(self) -> str:
        """The vendor's token identifying this operation, to rebuild a poller elsewhere."""
        return self._token

    def _observe(self, status: S) -> S:
        self._state.observe(status)
        if self._progress is not None:
            self._progress(status)
        return status

    def _deadline(self, timeout: float | None) -> float | None:
        return None if timeout is None else self._clock.now() + timeout

    def _fetch_failed(self, exc: Exception) -> Exception:
        if isinstance(exc, QAClientError):  # typed errors stay catchable by type, with the token attached
            exc.continuation_token = self._token
            exc.add_note(
                "waiting stopped on a failed status read; the operation itself goes on: pass "
                "error.continuation_token to the client's resume (or *_from_token) to resume waiting"
            )
            return exc
        return PollingError(
            f"reading the operation's status failed ({type(exc).__name__}: {exc}); resume with the continuation token",
            continuation_token=self._token,
            cause=exc,
        )

    def _expired(self, timeout: float | None) -> TimeoutError:
        return TimeoutError(
            f"operation still running after {timeout}s", timeout=timeout, continuation_token=self._token
        )

    def _settle(self, final: Done[S] | Failed[S]) -> R:
        if isinstance(final, Done):
            return self._result(final.status)
        try:
            result: Any = self._result(final.status)
        except Exception:  # an extractor that cannot read a failed status must not mask the failure
            result = None
        what = "was cancelled" if final.outcome is Outcome.CANCELLED else "failed"
        message = f"operation {what}"
        if self._failure is not None:
            # A describer that cannot read the status must not mask the failure.
            with contextlib.suppress(Exception):
                message = f"{message}: {self._failure(final.status)}"
        raise OperationFailed(message, status=final.status, result=result)

    def _no_cancel(self) -> NoReturn:
        raise NotImplementedError(f"{type(self).__name__}: the vendor offers no way to cancel this operation")


class Poller(_PollerBase[S, R]):
    """Wait for a long-running operation, blocking.

    Args:
        fetch: Reads the current status.
        classify: Status to :class:`Outcome`.
        token: The vendor's continuation token for this operation.
        result: Status to what :meth:`result` returns; the final status itself when omitted.
        cancel: Asks the vendor to cancel, if it can.
        hint: The server's "poll again in N seconds", read from a status.
        progress: Called with every status read.
        initial: A status already known (the first wait then precedes the first read).
        schedule: Interval schedule.
        clock: Time source for every wait.
        failure: Describes a failed final status (e.g. the vendor's error message) for :class:`OperationFailed`.
    """

    @overload
    def __init__(
        self: Poller[S, S],
        *,
        fetch: Callable[[], S],
        classify: Callable[[S], Outcome],
        token: str,
        result: None = None,
        cancel: Callable[[], None] | None = None,
        hint: Callable[[S], float | None] | None = None,
        progress: Callable[[S], None] | None = None,
        initial: S | None = None,
        schedule: PollSchedule | None = None,
        clock: Clock | None = None,
        failure: Callable[[S], str] | None = None,
    ) -> None: ...
    @overload
    def __init__(
        self,
        *,
        fetch: Callable[[], S],
        classify: Callable[[S], Outcome],
        token: str,
        result: Callable[[S], R],
        cancel: Callable[[], None] | None = None,
        hint: Callable[[S], float | None] | None = None,
        progress: Callable[[S], None] | None = None,
        initial: S | None = None,
        schedule: PollSchedule | None = None,
        clock: Clock | None = None,
        failure: Callable[[S], str] | None = None,
    ) -> None: ...
    def __init__(
        self,
        *,
        fetch: Callable[[], S],
        classify: Callable[[S], Outcome],
        token: str,
        result: Callable[[S], R] | None = None,
        cancel: Callable[[], None] | None = None,
        hint: Callable[[S], float | None] | None = None,
        progress: Callable[[S], None] | None = None,
        initial: S | None = None,
        schedule: PollSchedule | None = None,
        clock: Clock | None = None,
        failure: Callable[[S], str] | None = None,
    ) -> None:
        super().__init__(
            classify=classify,
            token=token,
            result=result,
            hint=hint,
            progress=progress,
            initial=initial,
            schedule=schedule,
            clock=clock,
            failure=failure,
        )
        self._fetch = fetch
        self._cancel = cancel

    def poll(self) -> S:
        """Read the status once, now, and return it.

        Raises:
            QAClientError: The read failed, with ``continuation_token`` set (a 429 included; its wait is honoured by
                the next :meth:`wait`); a non-qaclients error is wrapped in :class:`PollingError`.
        """
        try:
            status = self._fetch()
        except RateLimitedError as exc:
            self._state.throttled(exc.retry_after)
            error = self._fetch_failed(exc)
            if error is exc:
                raise
            raise error from exc
        except Exception as exc:
            error = self._fetch_failed(exc)
            if error is exc:
                raise
            raise error from exc
        return self._observe(status)

    def wait(self, timeout: float | None = None) -> None:
        """Poll until the operation is final, whatever the outcome.

        Raises:
            TimeoutError: Still running after ``timeout`` seconds; carries ``continuation_token``.
            QAClientError: A status read failed (other than a 429, which is waited out), with ``continuation_token``.
        """
        self._wait(timeout)

    def result(self, timeout: float | None = None) -> R:
        """Poll until the operation is final and return its result.

        Raises:
            OperationFailed: It failed or was cancelled; carries the final ``status``.
            TimeoutError: Still running after ``timeout`` seconds; carries ``continuation_token``.
            QAClientError: A status read failed (other than a 429, which is waited out), with ``continuation_token``.
        """
        return self._settle(self._wait(timeout))

    def cancel(self) -> None:
        """Ask the vendor to cancel the operation; the next status read shows whether it did.

        Raises:
            NotImplementedError: The vendor offers no way to cancel this operation.
        """
        if self._cancel is None:
            self._no_cancel()
        self._cancel()

    def _read(self) -> None:
        with contextlib.suppress(RateLimitedError):  # poll() noted its Retry-After; the schedule waits it out
            self.poll()

    def _wait(self, timeout: float | None) -> Done[S] | Failed[S]:
        deadline = self._deadline(timeout)
        if self._state.last is None:
            self._read()
        while True:
            match decision := self._state.decide(self._clock.now(), deadline):
                case Done() | Failed():
                    return decision
                case Expired():
                    raise self._expired(timeout)
                case Wait(seconds):
                    self._clock.sleep(seconds)
                    self._read()
                case _:
                    assert_never(decision)


class AsyncPoller(_PollerBase[S, R]):
    """Async twin of :class:`Poller`: same arguments, with ``fetch`` and ``cancel`` async."""

    @overload
    def __init__(
        self: AsyncPoller[S, S],
        *,
        fetch: Callable[[], Awaitable[S]],
        classify: Callable[[S], Outcome],
        token: str,
        result: None = None,
        cancel: Callable[[], Awaitable[None]] | None = None,
        hint: Callable[[S], float | None] | None = None,
        progress: Callable[[S], None] | None = None,
        initial: S | None = None,
        schedule: PollSchedule | None = None,
        clock: Clock | None = None,
        failure: Callable[[S], str] | None = None,
    ) -> None: ...
    @overload
    def __init__(
        self,
        *,
        fetch: Callable[[], Awaitable[S]],
        classify: Callable[[S], Outcome],
        token: str,
        result: Callable[[S], R],
        cancel: Callable[[], Awaitable[None]] | None = None,
        hint: Callable[[S], float | None] | None = None,
        progress: Callable[[S], None] | None = None,
        initial: S | None = None,
        schedule: PollSchedule | None = None,
        clock: Clock | None = None,
        failure: Callable[[S], str] | None = None,
    ) -> None: ...
    def __init__(
        self,
        *,
        fetch: Callable[[], Awaitable[S]],
        classify: Callable[[S], Outcome],
        token: str,
        result: Callable[[S], R] | None = None,
        cancel: Callable[[], Awaitable[None]] | None = None,
        hint: Callable[[S], float | None] | None = None,
        progress: Callable[[S], None] | None = None,
        initial: S | None = None,
        schedule: PollSchedule | None = None,
        clock: Clock | None = None,
        failure: Callable[[S], str] | None = None,
    ) -> None:
        super().__init__(
            classify=classify,
            token=token,
            result=result,
            hint=hint,
            progress=progress,
            initial=initial,
            schedule=schedule,
            clock=clock,
            failure=failure,
        )
        self._fetch = fetch
        self._cancel = cancel

    async def poll(self) -> S:
        """Read the status once, now, and return it. Raises as :meth:`Poller.poll`."""
        try:
            status = await self._fetch()
        except RateLimitedError as exc:
            self._state.throttled(exc.retry_after)
            error = self._fetch_failed(exc)
            if error is exc:
                raise
            raise error from exc
        except Exception as exc:
            error = self._fetch_failed(exc)
            if error is exc:
                raise
            raise error from exc
        return self._observe(status)

    # ``timeout`` mirrors the sync API and runs on the injected clock, which ``asyncio.timeout`` cannot.
    async def wait(self, timeout: float | None = None) -> None:  # noqa: ASYNC109
        """Poll until the operation is final, whatever the outcome. Raises as :meth:`Poller.wait`."""
        await self._wait(timeout)

    async def result(self, timeout: float | None = None) -> R:  # noqa: ASYNC109
        """Poll until the operation is final and return its result. Raises as :meth:`Poller.result`."""
        return self._settle(await self._wait(timeout))

    async def cancel(self) -> None:
        """Ask the vendor to cancel the operation. Raises as :meth:`Poller.cancel`."""
        if self._cancel is None:
            self._no_cancel()
        await self._cancel()

    async def _read(self) -> None:
        with contextlib.suppress(RateLimitedError):  # poll() noted its Retry-After; the schedule waits it out
            await self.poll()

    async def _wait(self, timeout: float | None) -> Done[S] | Failed[S]:  # noqa: ASYNC109
        deadline = self._deadline(timeout)
        if self._state.last is None:
            await self._read()
        while True:
            match decision := self._state.decide(self._clock.now(), deadline):
                case Done() | Failed():
                    return decision
                case Expired():
                    raise self._expired(timeout)
                case Wait(seconds):
                    await self._clock.asleep(seconds)
                    await self._read()
                case _:
                    assert_never(decision)


def _identity(status: Any) -> Any:
    return status
