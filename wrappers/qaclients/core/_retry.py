"""Retries as an httpx transport, sync and async.

Wrap any transport and every request sent through it is retried by the same rules::

    transport = RetryTransport(httpx.HTTPTransport(), RetryPolicy(max_attempts=5))
    client = httpx.Client(base_url="https://api.example.com", transport=transport)

    # One call with its own budget, or none at all:
    client.get("/runs", extensions={"qaclients.retry": RetryPolicy(max_attempts=10)})
    client.post("/runs", json=run, extensions={"qaclients.retry": False})

    # The same for calls made through code that builds its own requests (generated clients, vendor modules):
    with retry_budget(RetryPolicy(max_attempts=10)):
        tm.automation_run(5)

What is retried:

* Idempotent methods (:attr:`RetryPolicy.idempotent_methods`) on any status in :attr:`RetryPolicy.statuses` and on
  transport errors: timeouts, dropped connections, a server that closed the connection mid-answer. Their response
  body is read inside the retry loop, so a body cut short (``RemoteProtocolError`` while reading it) is retried like
  a dropped connection. So is a JSON body that only the connection's close delimits (no Content-Length, not
  chunked) and that does not parse: cut short, it looks complete to httpx (see :mod:`._cut_body`; framed bodies
  are not parsed for this). A response the caller streams (a download) marks its request with
  ``extensions={"qaclients.stream": True}`` (:data:`STREAM_EXTENSION`) and is handed back unread.
* Any method, POST included, when the request never reached the server (:class:`httpx.ConnectError`,
  :class:`httpx.ConnectTimeout`, :class:`httpx.PoolTimeout`) or when the server refused it with 429. A POST that
  may have reached the server (read error, read timeout, 5xx) is never sent again: that could create a run twice.

Waits use full jitter exponential backoff, replaced by the server's ``Retry-After`` when it sends one. A
``Retry-After`` longer than :attr:`RetryPolicy.retry_after_cap` is not waited out: the 429/503 response is returned
at once, so the caller raises :class:`~qaclients.core.RateLimitedError` carrying ``retry_after``. When attempts run
out, the last response is returned, or the last exception raised, unchanged.
"""

from __future__ import annotations

import email.utils
import logging
import math
import random
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, timedelta
from typing import TYPE_CHECKING, Final, Literal

import attrs
import httpx

from ._clock import Clock, SystemClock
from ._cut_body import close_delimited_json_cut, cut_body_error
from ._redact import redact_url

if TYPE_CHECKING:  # imported when a retry is due: most calls never need tenacity, and it is slow to import
    import tenacity

__all__ = [
    "RETRY_EXTENSION",
    "STREAM_EXTENSION",
    "AsyncRetryTransport",
    "RetryPolicy",
    "RetryTransport",
    "parse_retry_after",
    "retry_budget",
]

RETRY_EXTENSION: Final = "qaclients.retry"
"""Request extension holding a per-call :class:`RetryPolicy`, or ``False``/``0`` for no retries."""

STREAM_EXTENSION: Final = "qaclients.stream"
"""Request extension (``True``) for a response the caller streams: its body is not read inside the retry loop, so a
body cut short reaches the caller as the ``httpx`` error (a download cleans up and raises its typed error)."""

logger = logging.getLogger("qaclients.retry")

# The request surely never reached the server: safe to resend whatever the method.
_NEVER_SENT: Final = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# The request may have reached the server: safe to resend only when repeating it changes nothing.
_TRANSIENT: Final = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


def _int_set(values: Iterable[int]) -> frozenset[int]:
    return frozenset(values)


def _method_set(values: Iterable[str]) -> frozenset[str]:
    return frozenset(value.upper() for value in values)


def _non_negative(_: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not value >= 0:
        raise ValueError(f"RetryPolicy.{attribute.name} must be >= 0, got {value!r}")


def _at_least_one(_: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 1:
        raise ValueError(f"RetryPolicy.{attribute.name} must be >= 1, got {value!r}")


def _optional_non_negative(instance: object, attribute: attrs.Attribute[float], value: float | None) -> None:
    if value is not None:
        _non_negative(instance, attribute, value)


@attrs.frozen(kw_only=True)
class RetryPolicy:
    """How often and how patiently to retry.

    Attributes:
        max_attempts: Attempts in total, the first included; 1 means no retries.
        backoff_initial: Ceiling of the first wait, in seconds; the ceiling doubles with each retry.
        backoff_max: Largest ceiling, in seconds.
        jitter: Full jitter: wait a uniformly random time between 0 and the ceiling, so that many clients
            rejected at once do not all come back at once. Without it the wait is the ceiling itself.
        retry_after_cap: Longest ``Retry-After`` to wait out, in seconds; a longer one ends retrying at once.
        max_total_wait: Time budget for one call across all attempts, in seconds: a retry whose wait would end
            past it is not made. ``None``: attempts alone bound the call.
        statuses: Statuses worth retrying. 429 is retried for every method; the others only for idempotent
            methods. 500 is included because on an idempotent request it is usually transient (a POST that got
            a 500 may have done its work, so it is never resent).
        idempotent_methods: Methods that may be resent whatever became of the first attempt (RFC 9110 §9.2.2).
    """

    max_attempts: int = attrs.field(default=4, validator=_at_least_one)
    backoff_initial: float = attrs.field(default=0.5, validator=_non_negative)
    backoff_max: float = attrs.field(default=30.0, validator=_non_negative)
    jitter: bool = True
    retry_after_cap: float = attrs.field(default=60.0, validator=_non_negative)
    max_total_wait: float | None = attrs.field(default=None, validator=_optional_non_negative)
    statuses: frozenset[int] = attrs.field(default=frozenset({429, 500, 502, 503, 504}), converter=_int_set)
    idempotent_methods: frozenset[str] = attrs.field(
        default=frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"}), converter=_method_set
    )

    def backoff(self, attempt: int, rng: random.Random | None = None) -> float:
        """Seconds to wait after failed attempt number ``attempt`` (1-based) when the server gave no hint."""
        ceiling = min(self.backoff_max, self.backoff_initial * 2.0 ** min(attempt - 1, 64))
        if not self.jitter:
            return ceiling
        return (rng or random).uniform(0.0, ceiling)


def parse_retry_after(value: str | None, *, now: float) -> float | None:
    """Seconds a ``Retry-After`` header value asks to wait.

    Args:
        value: The header value: delay-seconds or an HTTP-date (RFC 9110 §10.2.3).
        now: Current epoch seconds, to turn an HTTP-date into a delay.

    Returns:
        Seconds, never negative (a date in the past means now); ``None`` when absent or unreadable.
    """
    if value is None:
        return None
    value = value.strip()
    try:
        # The RFC says whole seconds; fractions are tolerated because some servers send them.
        seconds = float(value)
    except ValueError:
        pass
    else:
        return seconds if seconds >= 0 and math.isfinite(seconds) else None
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:  # RFC 9110 §5.6.7: HTTP-dates are always GMT
        moment = moment.replace(tzinfo=UTC)
    return max(0.0, moment.timestamp() - now)


_CALL_BUDGET: ContextVar[RetryPolicy | bool | None] = ContextVar("qaclients_retry_budget", default=None)


@contextmanager
def retry_budget(policy: RetryPolicy | Literal[False]) -> Iterator[None]:
    """Give every request sent inside the block ``policy`` (``False``: no retries), sync or async.

    For calls whose requests you do not build yourself; a request's own ``extensions["qaclients.retry"]`` still wins.
    Context variables follow asyncio tasks, so concurrent tasks keep their own budgets.
    """
    token = _CALL_BUDGET.set(policy)
    try:
        yield
    finally:
        _CALL_BUDGET.reset(token)


def _policy_for(request: httpx.Request, default: RetryPolicy) -> RetryPolicy | None:
    """The policy for this call: the request's extension, else the enclosing :func:`retry_budget`, else the
    transport's; ``None`` for no retries."""
    override = request.extensions.get(RETRY_EXTENSION)
    if override is None:
        override = _CALL_BUDGET.get()
    if override is None or override is True:
        return default
    if isinstance(override, RetryPolicy):
        return override
    if isinstance(override, int | float) and override == 0:
        return None
    raise TypeError(f"request.extensions[{RETRY_EXTENSION!r}] must be a RetryPolicy, False or 0, got {override!r}")


class _Rules:
    """The retry decisions for one call, as tenacity callbacks; no I/O beyond reading the clock."""

    def __init__(self, policy: RetryPolicy, request: httpx.Request, clock: Clock, rng: random.Random) -> None:
        self.policy = policy
        self.clock = clock
        self.rng = rng
        self.method = request.method
        self.request_url = request.url
        self.idempotent = request.method in policy.idempotent_methods
        # Reading the body here makes a truncated one a failed attempt that an idempotent request may repeat.
        self.reads_body = self.idempotent and not request.extensions.get(STREAM_EXTENSION)
        self.started = clock.now()

    def retry(self, state: tenacity.RetryCallState) -> bool:
        outcome = state.outcome
        assert outcome is not None  # tenacity decides only after an attempt
        if outcome.failed:
            return self.retries_error(outcome.exception())
        return self.retries_status(outcome.result().status_code)

    def retries_error(self, error: BaseException | None) -> bool:
        return isinstance(error, _NEVER_SENT) or (self.idempotent and isinstance(error, _TRANSIENT))

    def retries_status(self, status: int) -> bool:
        return status in self.policy.statuses and (self.idempotent or status == 429)

    def retry_after(self, state: tenacity.RetryCallState) -> float | None:
        outcome = state.outcome
        if outcome is None or outcome.failed:
            return None
        response: httpx.Response = outcome.result()
        return parse_retry_after(response.headers.get("Retry-After"), now=self.clock.wall())

    def wait(self, state: tenacity.RetryCallState) -> float:
        retry_after = self.retry_after(state)
        if retry_after is not None:
            return retry_after
        return self.policy.backoff(state.attempt_number, self.rng)

    def stop(self, state: tenacity.RetryCallState) -> bool:
        if state.attempt_number >= self.policy.max_attempts:
            return True
        retry_after = self.retry_after(state)
        if retry_after is not None and retry_after > self.policy.retry_after_cap:
            return True
        budget = self.policy.max_total_wait
        return budget is not None and self.clock.now() - self.started + state.upcoming_sleep > budget

    @staticmethod
    def give_up(state: tenacity.RetryCallState) -> httpx.Response:
        """Hand back the last response as it is, or raise the last exception as it is."""
        assert state.outcome is not None
        response: httpx.Response = state.outcome.result()
        return response

    def log(self, state: tenacity.RetryCallState) -> None:
        assert state.outcome is not None
        if state.outcome.failed:
            reason = type(state.outcome.exception()).__name__
        else:
            reason = str(state.outcome.result().status_code)
        logger.debug(
            "retrying %s %s after %s in %.2fs (attempt %d of %d)",
            self.method,
            redact_url(self.request_url),
            reason,
            state.upcoming_sleep,
            state.attempt_number + 1,
            self.policy.max_attempts,
        )

    def before_sleep(self, state: tenacity.RetryCallState) -> None:
        assert state.outcome is not None
        if not state.outcome.failed:
            state.outcome.result().close()  # hand the connection back to the pool before waiting
        self.log(state)

    async def abefore_sleep(self, state: tenacity.RetryCallState) -> None:
        assert state.outcome is not None
        if not state.outcome.failed:
            await state.outcome.result().aclose()
        self.log(state)


class RetryTransport(httpx.BaseTransport):
    """A transport that retries requests sent through an inner transport.

    Args:
        transport: The transport that sends each attempt; a default :class:`httpx.HTTPTransport` when omitted.
        policy: The budget for every call, unless a call carries its own in ``extensions["qaclients.retry"]``.
        clock: Where waits go; tests pass a fake one.
        rng: Source of jitter; tests pass a seeded one.
    """

    def __init__(
        self,
        transport: httpx.BaseTransport | None = None,
        policy: RetryPolicy | None = None,
        *,
        clock: Clock | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.transport = transport if transport is not None else httpx.HTTPTransport()
        self.policy = policy if policy is not None else RetryPolicy()
        self._clock = clock if clock is not None else SystemClock()
        self._rng = rng if rng is not None else random.Random()

    def _send(self, request: httpx.Request, rules: _Rules) -> httpx.Response:
        """One attempt; its body read when the rules say so (a body cut short raises here, inside the loop)."""
        started = time.perf_counter()
        response = self.transport.handle_request(request)
        if rules.reads_body:
            try:
                response.read()
                if close_delimited_json_cut(request, response):
                    raise cut_body_error(request, response)
            except BaseException:
                response.close()
                raise
            response.elapsed = timedelta(seconds=time.perf_counter() - started)
        return response

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, retrying as the policy allows."""
        policy = _policy_for(request, self.policy)
        if policy is None or policy.max_attempts == 1:
            return self.transport.handle_request(request)
        request.read()  # buffer a streamed body so that every attempt sends the same bytes
        rules = _Rules(policy, request, self._clock, self._rng)
        # The first attempt goes out directly: most calls succeed, and then tenacity (tens of microseconds a call)
        # is never set up. Otherwise its outcome becomes tenacity's attempt 1, and the rules carry on from there.
        first: httpx.Response | BaseException
        try:
            first = self._send(request, rules)
        except Exception as error:
            if not rules.retries_error(error):
                raise
            first = error
        else:
            if not rules.retries_status(first.status_code):
                return first
        import tenacity  # noqa: PLC0415 - only a call that must retry needs it

        retrying = tenacity.Retrying(
            sleep=self._clock.sleep,
            retry=rules.retry,
            wait=rules.wait,
            stop=rules.stop,
            before_sleep=rules.before_sleep,
            retry_error_callback=rules.give_up,
        )
        outcomes: list[httpx.Response | BaseException] = [first]

        def attempt(request: httpx.Request) -> httpx.Response:
            if outcomes:
                done = outcomes.pop()
                if isinstance(done, BaseException):
                    raise done
                return done
            return self._send(request, rules)

        return retrying(attempt, request)

    def close(self) -> None:
        """Close the inner transport."""
        self.transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`RetryTransport`: same arguments, same rules.

    Args:
        transport: The transport that sends each attempt; a default :class:`httpx.AsyncHTTPTransport` when omitted.
        policy: The budget for every call, unless a call carries its own in ``extensions["qaclients.retry"]``.
        clock: Where waits go; tests pass a fake one.
        rng: Source of jitter; tests pass a seeded one.
    """

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport | None = None,
        policy: RetryPolicy | None = None,
        *,
        clock: Clock | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.transport = transport if transport is not None else httpx.AsyncHTTPTransport()
        self.policy = policy if policy is not None else RetryPolicy()
        self._clock = clock if clock is not None else SystemClock()
        self._rng = rng if rng is not None else random.Random()

    async def _send(self, request: httpx.Request, rules: _Rules) -> httpx.Response:
        """One attempt, as :meth:`RetryTransport._send`."""
        started = time.perf_counter()
        response = await self.transport.handle_async_request(request)
        if rules.reads_body:
            try:
                await response.aread()
                if close_delimited_json_cut(request, response):
                    raise cut_body_error(request, response)
            except BaseException:
                await response.aclose()
                raise
            response.elapsed = timedelta(seconds=time.perf_counter() - started)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, retrying as the policy allows."""
        policy = _policy_for(request, self.policy)
        if policy is None or policy.max_attempts == 1:
            return await self.transport.handle_async_request(request)
        await request.aread()  # buffer a streamed body so that every attempt sends the same bytes
        rules = _Rules(policy, request, self._clock, self._rng)
        first: httpx.Response | BaseException  # sent directly, as in RetryTransport.handle_request
        try:
            first = await self._send(request, rules)
        except Exception as error:
            if not rules.retries_error(error):
                raise
            first = error
        else:
            if not rules.retries_status(first.status_code):
                return first
        import tenacity  # noqa: PLC0415 - only a call that must retry needs it

        retrying = tenacity.AsyncRetrying(
            sleep=self._clock.asleep,
            retry=rules.retry,
            wait=rules.wait,
            stop=rules.stop,
            before_sleep=rules.abefore_sleep,
            retry_error_callback=rules.give_up,
        )
        outcomes: list[httpx.Response | BaseException] = [first]

        async def attempt(request: httpx.Request) -> httpx.Response:
            if outcomes:
                done = outcomes.pop()
                if isinstance(done, BaseException):
                    raise done
                return done
            return await self._send(request, rules)

        response: httpx.Response = await retrying(attempt, request)
        return response

    async def aclose(self) -> None:
        """Close the inner transport."""
        await self.transport.aclose()
