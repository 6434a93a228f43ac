"""The long-running-operation protocol, without I/O: a poll schedule and a decision per observed status.

A vendor module declares an operation with a few callables (fetch the status, classify it as an :class:`Outcome`,
extract the result); :class:`~qaclients.core._poller.Poller` and :class:`~qaclients.core._poller.AsyncPoller` only
fetch and sleep, asking :class:`PollState` what to do next::

    state = PollState(classify=lambda job: JOB_OUTCOMES[job["status"]], schedule=PollSchedule(initial=2.0))
    state.observe({"status": "Processing"})
    state.decide(now=0.0, deadline=60.0)       # Wait(seconds=2.0)
    state.observe({"status": "Complete"})
    state.decide(now=2.0, deadline=60.0)       # Done(status={"status": "Complete"})

    token = operation_token("stackmoxie.job", {"org": org, "job_id": 7})   # a vendor's continuation token
    operation_from_token(token, "stackmoxie.job")                          # {"org": ..., "job_id": 7}

Polling is not retrying: the schedule only spaces out status reads of work that is still running. Server hints
(Retry-After on a 429, or a vendor's "poll again in" field) replace the computed interval, capped (see
:class:`PollSchedule`).
"""

from __future__ import annotations

import base64
import binascii
import enum
import json
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeAlias, TypeVar, assert_never

__all__ = [
    "Decision",
    "Done",
    "Expired",
    "Failed",
    "Outcome",
    "PollSchedule",
    "PollState",
    "Wait",
    "decide",
    "operation_from_token",
    "operation_token",
]

S = TypeVar("S")


class Outcome(enum.Enum):
    """Where an operation stands, as a vendor module classifies its status."""

    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"

    @property
    def final(self) -> bool:
        """True for every outcome but ``RUNNING``."""
        return self is not Outcome.RUNNING


@dataclass(frozen=True, slots=True)
class PollSchedule:
    """Intervals between status reads: ``initial * multiplier**n``, capped at ``maximum``.

    Args:
        initial: First interval, seconds.
        multiplier: Growth per wait.
        maximum: Cap of the computed interval.
        jitter: Fraction (0..1) taken off at random, so many pollers started together drift apart. Subtractive, so
            the cap holds.
        hint_cap: Cap of a server hint; default ``4 * maximum``. A hint may lengthen the wait beyond ``maximum``
            (the server knows best) but not without bound, so a bogus hint cannot park a poller for hours.
    """

    initial: float = 1.0
    multiplier: float = 1.5
    maximum: float = 30.0
    jitter: float = 0.0
    hint_cap: float | None = None

    def __post_init__(self) -> None:
        if self.initial < 0 or self.multiplier < 1 or self.maximum < 0 or not 0 <= self.jitter <= 1:
            raise ValueError(f"invalid poll schedule: {self!r}")

    def next_interval(
        self, attempt: int, retry_after: float | None = None, *, rand: Callable[[], float] = random.random
    ) -> float:
        """Seconds to wait before status read ``attempt + 1`` (``attempt`` counts waits so far, from 0).

        A server hint (``retry_after``) wins over the computed interval, within ``hint_cap``.
        """
        if retry_after is not None:
            cap = self.hint_cap if self.hint_cap is not None else 4 * self.maximum
            return min(max(0.0, retry_after), cap)
        # min() first keeps multiplier**attempt from overflowing on very long waits.
        interval = min(self.maximum, self.initial * self.multiplier ** min(attempt, 1000))
        return interval * (1 - self.jitter * rand()) if self.jitter else interval


@dataclass(frozen=True, slots=True)
class Done(Generic[S]):
    """The operation succeeded; ``status`` is the final status."""

    status: S


@dataclass(frozen=True, slots=True)
class Failed(Generic[S]):
    """The operation failed or was cancelled (``outcome`` says which)."""

    status: S
    outcome: Outcome


@dataclass(frozen=True, slots=True)
class Wait:
    """Still running: read the status again after ``seconds``."""

    seconds: float


@dataclass(frozen=True, slots=True)
class Expired:
    """Still running and the deadline has passed."""


Decision: TypeAlias = Done[S] | Failed[S] | Wait | Expired


def decide(
    last: tuple[S, Outcome] | None,
    *,
    waits: int,
    now: float,
    deadline: float | None,
    schedule: PollSchedule,
    server_hint: float | None = None,
) -> Decision[S]:
    """The next step given the latest ``(status, outcome)`` (``None`` when none was read yet, e.g. only a 429).

    A wait never runs past the deadline: the last one is shortened so the status is read once more at the deadline.
    """
    if last is not None:
        status, outcome = last
        match outcome:
            case Outcome.SUCCEEDED:
                return Done(status)
            case Outcome.FAILED | Outcome.CANCELLED:
                return Failed(status, outcome)
            case Outcome.RUNNING:
                pass
            case _:
                assert_never(outcome)
    if deadline is not None and now >= deadline:
        return Expired()
    seconds = schedule.next_interval(waits, server_hint)
    return Wait(seconds if deadline is None else min(seconds, deadline - now))


class PollState(Generic[S]):
    """What a poller knows: the last status, its outcome, how many waits so far, a pending 429 hint.

    Args:
        classify: Status to :class:`Outcome`.
        schedule: Interval schedule.
        hint: Optional "poll again in N seconds" read from a status.
        initial: A status already known (e.g. from the call that started the operation).
    """

    def __init__(
        self,
        classify: Callable[[S], Outcome],
        schedule: PollSchedule | None = None,
        hint: Callable[[S], float | None] | None = None,
        initial: S | None = None,
    ) -> None:
        self.classify = classify
        self.schedule = schedule or PollSchedule()
        self.hint = hint
        self.last: tuple[S, Outcome] | None = None
        self.waits = 0
        self._throttled = False
        self._retry_after: float | None = None
        if initial is not None:
            self.observe(initial)

    @property
    def status(self) -> S | None:
        """The last status observed, if any."""
        return None if self.last is None else self.last[0]

    @property
    def outcome(self) -> Outcome | None:
        """The outcome of the last status observed, if any."""
        return None if self.last is None else self.last[1]

    def observe(self, status: S) -> Outcome:
        """Record a freshly read status."""
        self.last = (status, self.classify(status))
        self._throttled = False
        return self.last[1]

    def throttled(self, retry_after: float | None) -> None:
        """Record a 429: the next wait honours ``retry_after`` (or the schedule when the server gave none)."""
        self._throttled, self._retry_after = True, retry_after

    def decide(self, now: float, deadline: float | None) -> Decision[S]:
        """The next step; a :class:`Wait` counts towards the back-off."""
        if self._throttled:
            server_hint = self._retry_after
        elif self.hint is not None and self.last is not None:
            server_hint = self.hint(self.last[0])
        else:
            server_hint = None
        decision = decide(
            self.last,
            waits=self.waits,
            now=now,
            deadline=deadline,
            schedule=self.schedule,
            server_hint=server_hint,
        )
        if isinstance(decision, Wait):
            self.waits += 1
        return decision


def operation_token(kind: str, data: Mapping[str, Any]) -> str:
    """A vendor's continuation token for an operation: url-safe, opaque, JSON inside.

    ``kind`` names the operation (e.g. ``"testmo.run"``) so a token is never fed to the wrong rebuilder.
    """
    raw = json.dumps({"v": 1, "k": kind, "d": dict(data)}, separators=(",", ":"), sort_keys=True).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def operation_from_token(token: str, kind: str) -> dict[str, Any]:
    """Inverse of :func:`operation_token`.

    Raises:
        ValueError: Not an operation token, or one of another ``kind``.
    """
    try:
        payload = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    except (binascii.Error, ValueError, TypeError) as exc:
        raise ValueError(f"invalid operation continuation token {token[:40]!r}") from exc
    if not isinstance(payload, dict) or payload.get("v") != 1 or not isinstance(payload.get("d"), dict):
        raise ValueError(f"invalid operation continuation token {token[:40]!r}")
    if payload.get("k") != kind:
        raise ValueError(f"continuation token is for {payload.get('k')!r} operations, not {kind!r}")
    data: dict[str, Any] = payload["d"]
    return data
