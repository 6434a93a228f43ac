"""The fakes' clocks (qaclients_fakes/_clock.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from qaclients_fakes import Clock, ManualClock, SystemClock


async def test_a_manual_clock_moves_only_when_told() -> None:
    clock = ManualClock(datetime(2030, 5, 1, tzinfo=UTC))
    assert clock.now() == clock.now() == datetime(2030, 5, 1, tzinfo=UTC)
    clock.advance(1.5)
    clock.sleep(2.0)
    await clock.asleep(0.5)
    assert clock.sleeps == [2.0, 0.5]
    assert clock.now() - datetime(2030, 5, 1, tzinfo=UTC) == timedelta(seconds=4)
    assert isinstance(clock, Clock)
    assert "2030-05-01T00:00:04" in repr(clock)


def test_a_manual_clock_needs_a_timezone() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        ManualClock(datetime(2030, 5, 1))


async def test_the_system_clock_is_real_and_aware() -> None:
    clock = SystemClock()
    assert clock.now().tzinfo is not None
    assert abs(clock.now() - datetime.now(UTC)) < timedelta(seconds=5)
    clock.sleep(0)
    await clock.asleep(0)
    assert isinstance(clock, Clock)
