"""The fault kinds of the matrix, vendor-neutral: each one a ``qaclients_fakes.Faults`` aimed at one workflow step.

Every kind the fakes offer is here: added latency, 5xx (before and after the server acted, once and as an outage),
429 with ``Retry-After`` in seconds, as an HTTP-date and beyond the client's cap, a connection dropped before and
after the server acted, a truncated body (cut under its Content-Length, and cut where only the connection's close
delimits it) and a non-JSON body.

``nth`` picks which call of the step fails (``2``: the second append, so that one batch got through before).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from qaclients.core import FakeClock
from qaclients_fakes import Faults


@dataclass(frozen=True)
class FaultKind:
    """One column of the matrix.

    Attributes:
        name: As the test id shows it.
        settings: ``Faults`` settings, without the targeting (``operations``, ``every_nth``, ``first_n``).
        once: Fail only the ``nth`` call of the step (else: every call from the first, until the test lifts it).
        must_succeed: Retries alone must carry the workflow through: no error may reach the caller.
        idempotent_succeeds: Retries must carry it through when the step is idempotent (GET, PUT, DELETE, ...):
            the request is safe to repeat, so a failure the server recovers from never reaches the caller.
    """

    name: str
    settings: dict[str, Any]
    once: bool = True
    must_succeed: bool = False
    idempotent_succeeds: bool = False

    def aimed_at(self, operation_id: str, nth: int) -> Faults:
        """The ``Faults`` that inject this kind into calls of ``operation_id``."""
        targeting: dict[str, Any] = {"operations": {operation_id}}
        if self.once:
            targeting |= {"every_nth": nth, "first_n": nth}
        return Faults(**self.settings, **targeting)


FAULT_KINDS: tuple[FaultKind, ...] = (
    FaultKind("latency", {"latency": 2.5}, once=False, must_succeed=True),
    FaultKind("5xx", {"kind": "error", "status": 503}, idempotent_succeeds=True),
    FaultKind("5xx after acting", {"kind": "error", "status": 500, "processed": True}, idempotent_succeeds=True),
    FaultKind("5xx outage", {"kind": "error", "status": 502}, once=False),
    FaultKind("429 seconds", {"kind": "rate_limit", "retry_after": 3}, must_succeed=True),
    FaultKind("429 http-date", {"kind": "rate_limit", "retry_after": 3, "retry_after_date": True}, must_succeed=True),
    FaultKind("429 past the cap", {"kind": "rate_limit", "retry_after": 3600}),
    FaultKind("drop before acting", {"kind": "drop"}, idempotent_succeeds=True),
    FaultKind("drop after acting", {"kind": "drop", "processed": True}, idempotent_succeeds=True),
    FaultKind("truncated body", {"kind": "truncate"}, idempotent_succeeds=True),
    FaultKind("close-delimited cut body", {"kind": "truncate_close"}, idempotent_succeeds=True),
    FaultKind("non-JSON body", {"kind": "non_json"}),
)


class FakeTime:
    """The fakes' clock protocol over the client's :class:`~qaclients.core.FakeClock`: one timeline for both sides.

    The fake stamps runs and writes HTTP-dates on the same wall clock the client reads ``Retry-After`` with, and its
    injected latency advances the client's clock instead of sleeping.
    """

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock

    def now(self) -> datetime:
        """The client clock's wall time."""
        return datetime.fromtimestamp(self.clock.wall(), UTC)

    def sleep(self, seconds: float) -> None:
        """Advance the shared clock."""
        self.clock.sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        """Advance the shared clock (yielding once)."""
        await self.clock.asleep(seconds)
