"""One clock object through which every wait in qaclients goes.

Polling, retry back-off and rate-limit waits never call :mod:`time` directly; they take a :class:`Clock`.
Production code uses :class:`SystemClock`; tests inject :class:`FakeClock`, so they never sleep for real and can
assert the exact waits::

    clock = FakeClock()
    clock.sleep(1.5)
    await clock.asleep(2.0)
    assert clock.sleeps == [1.5, 2.0]
    assert clock.now() == 3.5
"""

from __future__ import annotations

import time
from typing import Protocol, runtime_checkable

__all__ = ["Clock", "FakeClock", "SystemClock"]


@runtime_checkable
class Clock(Protocol):
    """Source of time and of waiting, sync and async."""

    def now(self) -> float:
        """Monotonic seconds, for measuring elapsed time and deadlines."""
        ...

    def wall(self) -> float:
        """Epoch seconds, for interpreting absolute times such as an HTTP-date Retry-After."""
        ...

    def sleep(self, seconds: float) -> None:
        """Block the current thread for ``seconds``."""
        ...

    async def asleep(self, seconds: float) -> None:
        """Suspend the current task for ``seconds``."""
        ...


class SystemClock:
    """The real clock: :func:`time.monotonic`, :func:`time.time`, :func:`time.sleep`, :func:`asyncio.sleep`."""

    def now(self) -> float:
        """Monotonic seconds."""
        return time.monotonic()

    def wall(self) -> float:
        """Epoch seconds."""
        return time.time()

    def sleep(self, seconds: float) -> None:
        """Block for ``seconds`` (negative values sleep zero)."""
        time.sleep(max(0.0, seconds))

    async def asleep(self, seconds: float) -> None:
        """Suspend for ``seconds`` (negative values sleep zero)."""
        import asyncio  # noqa: PLC0415 - on first await: a synchronous program never imports asyncio

        await asyncio.sleep(max(0.0, seconds))

    def __repr__(self) -> str:
        return "SystemClock()"


class FakeClock:
    """A clock for tests: sleeping advances time instantly and is recorded.

    Args:
        start: Initial monotonic reading.
        wall_start: Initial epoch reading.

    Attributes:
        sleeps: Every requested sleep, in order, as passed (sync and async alike).
    """

    def __init__(self, start: float = 0.0, wall_start: float = 1_700_000_000.0) -> None:
        self._now = start
        self._wall = wall_start
        self.sleeps: list[float] = []

    def now(self) -> float:
        """Current fake monotonic seconds."""
        return self._now

    def wall(self) -> float:
        """Current fake epoch seconds."""
        return self._wall

    def advance(self, seconds: float) -> None:
        """Move both readings forward without recording a sleep (time passing while work happens)."""
        self._now += seconds
        self._wall += seconds

    def sleep(self, seconds: float) -> None:
        """Record the sleep and advance time at once."""
        self.sleeps.append(seconds)
        self.advance(max(0.0, seconds))

    async def asleep(self, seconds: float) -> None:
        """Yield to the event loop once (so other tasks run as they would), then record and advance."""
        import asyncio  # noqa: PLC0415 - on first await: a synchronous program never imports asyncio

        await asyncio.sleep(0)
        self.sleep(seconds)

    def __repr__(self) -> str:
        return f"FakeClock(now={self._now!r}, wall={self._wall!r})"
