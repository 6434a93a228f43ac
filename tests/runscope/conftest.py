"""Runscope clients wired to the in-process fake. One clock drives both: a client's wait moves the fake's time."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from qaclients.core import FakeClock, RetryPolicy
from qaclients.runscope import AsyncRunscope, Runscope
from qaclients_fakes import AsyncFakeTransport, FakeTransport, ManualClock, RunscopeFake

TOKEN = "runscope-token"


class LinkedClock(FakeClock):
    """The client's clock: every wait (poll interval, Retry-After) also advances the fake's :class:`ManualClock`."""

    def __init__(self, fake_clock: ManualClock) -> None:
        super().__init__(wall_start=fake_clock.now().timestamp())
        self.fake_clock = fake_clock

    def advance(self, seconds: float) -> None:
        super().advance(seconds)
        self.fake_clock.advance(seconds)


@pytest.fixture
def fake(runscope_fake: RunscopeFake) -> RunscopeFake:
    """The plugin's fake: strict, on a ManualClock, failing the test at teardown on any spec violation."""
    return runscope_fake


@pytest.fixture
def clock(fake: RunscopeFake) -> LinkedClock:
    assert isinstance(fake.clock, ManualClock)
    return LinkedClock(fake.clock)


@pytest.fixture
def rs(fake: RunscopeFake, clock: LinkedClock) -> Iterator[Runscope]:
    client = Runscope(token=TOKEN, transport=FakeTransport(fake), clock=clock, retry=RetryPolicy(jitter=False))
    with client:
        yield client


@pytest.fixture
async def ars(fake: RunscopeFake, clock: LinkedClock) -> AsyncIterator[AsyncRunscope]:
    transport = AsyncFakeTransport(fake)
    client = AsyncRunscope(token=TOKEN, async_transport=transport, clock=clock, retry=RetryPolicy(jitter=False))
    async with client:
        yield client


@pytest.fixture
def bucket_key(fake: RunscopeFake) -> str:
    return fake.default_bucket.key
