"""The clock: the fake one records and advances, the system one really measures and waits (briefly)."""

from __future__ import annotations

import asyncio
import time

from qaclients.core._clock import Clock, FakeClock, SystemClock


def test_fake_clock_starts_where_told() -> None:
    clock = FakeClock(start=5.0, wall_start=100.0)
    assert (clock.now(), clock.wall()) == (5.0, 100.0)
    assert FakeClock().wall() == 1_700_000_000.0


def test_fake_sleep_records_and_advances_both_readings() -> None:
    clock = FakeClock()
    clock.sleep(1.5)
    clock.sleep(2.0)
    assert clock.sleeps == [1.5, 2.0]
    assert clock.now() == 3.5
    assert clock.wall() == 1_700_000_003.5


def test_fake_advance_moves_time_without_a_sleep() -> None:
    clock = FakeClock()
    clock.advance(4.0)
    assert clock.now() == 4.0
    assert clock.sleeps == []


def test_fake_negative_sleep_is_recorded_but_does_not_go_back() -> None:
    clock = FakeClock(start=10.0)
    clock.sleep(-1.0)
    assert clock.sleeps == [-1.0]
    assert clock.now() == 10.0


async def test_fake_asleep_yields_to_the_loop_then_advances() -> None:
    clock = FakeClock()
    seen: list[float] = []

    async def other() -> None:
        seen.append(clock.now())

    task = asyncio.create_task(other())
    await clock.asleep(3.0)
    assert seen == [0.0]  # the other task ran during the sleep, before time moved
    assert clock.sleeps == [3.0]
    assert clock.now() == 3.0
    await task


def test_both_clocks_satisfy_the_protocol() -> None:
    assert isinstance(FakeClock(), Clock)
    assert isinstance(SystemClock(), Clock)


def test_system_clock_reads_real_time() -> None:
    clock = SystemClock()
    first = clock.now()
    assert clock.now() >= first
    assert abs(clock.wall() - time.time()) < 5
    clock.sleep(0)
    clock.sleep(-1)  # clamped, does not raise
    assert repr(clock) == "SystemClock()"


async def test_system_clock_asleep_zero_returns() -> None:
    await SystemClock().asleep(0)
    await SystemClock().asleep(-1)
