"""Time for the fakes: timestamps they write and the latency they inject.

A fake never calls :mod:`time` directly. :class:`SystemClock` is the real thing (servers started from the CLI);
:class:`ManualClock` is for tests: time only moves when told to, and injected latency is recorded instead of
waited for::

    clock = ManualClock()
    fake = TestmoFake(clock=clock)
    fake.faults = Faults(latency=2.0)
    ...                                  # requests return at once
    assert clock.sleeps == [2.0]
"""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta
from typing import Protocol, runtime_checkable

__all__ = ["Clock", "ManualClock", "SystemClock"]


@runtime_checkable
class Clock(Protocol):
    """Where a fake reads the time and how it waits."""

    def now(self) -> datetime:
        """The current time, timezone-aware (UTC)."""
        ...

    def sleep(self, seconds: float) -> None:
        """Wait ``seconds`` (in-process sync transport)."""
        ...

    async def asleep(self, seconds: float) -> None:
        """Wait ``seconds`` (async transport, ASGI server)."""
        ...


class SystemClock:
    """The real clock."""

    def now(self) -> datetime:
        """The current UTC time."""
        return datetime.now(UTC)

    def sleep(self, seconds: float) -> None:
        """Block for ``seconds``."""
        time.sleep(max(0.0, seconds))

    async def asleep(self, seconds: float) -> None:
        """Suspend for ``seconds``."""
        await asyncio.sleep(max(0.0, seconds))

    def __repr__(self) -> str:
        return "SystemClock()"


class ManualClock:
    """A clock for tests: it stands still until :meth:`advance` or a sleep moves it.

    Args:
        start: The initial time (UTC); a fixed default keeps timestamps in tests reproducible.

    Attributes:
        sleeps: Every sleep requested, in order (each also advances the clock).
    """

    def __init__(self, start: datetime = datetime(2024, 1, 1, tzinfo=UTC)) -> None:
        if start.tzinfo is None:
            raise ValueError("ManualClock needs a timezone-aware start time")
        self._now = start
        self.sleeps: list[float] = []

    def now(self) -> datetime:
        """The current fake time."""
        return self._now

    def advance(self, seconds: float) -> None:
        """Move the clock forward without recording a sleep."""
        self._now += timedelta(seconds=seconds)

    def sleep(self, seconds: float) -> None:
        """Record the sleep and advance at once."""
        self.sleeps.append(seconds)
        self.advance(max(0.0, seconds))

    async def asleep(self, seconds: float) -> None:
        """Yield to the event loop once, then record and advance."""
        await asyncio.sleep(0)
        self.sleep(seconds)

    def __repr__(self) -> str:
        return f"ManualClock(now={self._now.isoformat()!r})"
