"""mabl clients wired to the in-process fake, on one shared clock: the poller's sleeps move the fake's time too."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from qaclients.mabl import AsyncMabl, Mabl
from qaclients_fakes import MablFake, ManualClock
from qaclients_fakes._mabl import REPORTING_KEY
from tests.mabl._helpers import SharedClock, async_client, client


@pytest.fixture
def fake(mabl_fake: MablFake) -> MablFake:
    """The plugin's mabl fake (fails the test on a response breaking the spec), with 12 finished test runs."""
    mabl_fake.seed(12)
    return mabl_fake


@pytest.fixture
def clock(fake: MablFake) -> SharedClock:
    assert isinstance(fake.clock, ManualClock)
    return SharedClock(fake.clock)


@pytest.fixture
def mabl(fake: MablFake, clock: SharedClock) -> Iterator[Mabl]:
    with client(fake, clock) as mabl:
        yield mabl


@pytest.fixture
async def amabl(fake: MablFake, clock: SharedClock) -> AsyncIterator[AsyncMabl]:
    async with async_client(fake, clock) as amabl:
        yield amabl


@pytest.fixture
def reporting(fake: MablFake, clock: SharedClock) -> Iterator[Mabl]:
    """A client with the company Reporting key (usage reports)."""
    with client(fake, clock, REPORTING_KEY) as mabl:
        yield mabl


@pytest.fixture
async def areporting(fake: MablFake, clock: SharedClock) -> AsyncIterator[AsyncMabl]:
    async with async_client(fake, clock, REPORTING_KEY) as amabl:
        yield amabl
