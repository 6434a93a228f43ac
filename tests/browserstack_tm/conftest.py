"""BrowserStack Test Management clients wired to the in-process fake, on one shared fake time (nothing sleeps).

The client's clock and the fake's clock move together: a poller's wait is also time passing for the fake's
background work (a clone's test cases, a queued add/remove).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from qaclients.browserstack_tm import AsyncTestManagement, TestManagement
from qaclients.core import FakeClock, RetryPolicy
from qaclients_fakes import AsyncFakeTransport, BrowserStackTMFake, FakeTransport, ManualClock

BASE_URL = "https://test-management.browserstack.com/api/v2"
USERNAME = "qa-bot"
ACCESS_KEY = "k3y-0123456789abcdef"
PROJECT = "PR-1"


class SharedClock(FakeClock):
    """The client's fake clock; advancing it advances the fake server's clock by as much."""

    def __init__(self, server: ManualClock) -> None:
        super().__init__()
        self.server = server

    def advance(self, seconds: float) -> None:
        super().advance(seconds)
        self.server.advance(seconds)


@pytest.fixture
def fake() -> Iterator[BrowserStackTMFake]:
    fake = BrowserStackTMFake(username=USERNAME, access_key=ACCESS_KEY, clock=ManualClock())
    yield fake
    assert fake.violations == []


@pytest.fixture
def clock(fake: BrowserStackTMFake) -> SharedClock:
    assert isinstance(fake.clock, ManualClock)
    return SharedClock(fake.clock)


@pytest.fixture
def tm(fake: BrowserStackTMFake, clock: SharedClock) -> Iterator[TestManagement]:
    with TestManagement(
        USERNAME,
        ACCESS_KEY,
        base_url=BASE_URL,
        transport=FakeTransport(fake),
        clock=clock,
        retry=RetryPolicy(jitter=False),
    ) as tm:
        yield tm


@pytest.fixture
async def atm(fake: BrowserStackTMFake, clock: SharedClock) -> AsyncIterator[AsyncTestManagement]:
    client = AsyncTestManagement(
        USERNAME,
        ACCESS_KEY,
        base_url=BASE_URL,
        async_transport=AsyncFakeTransport(fake),
        clock=clock,
        retry=RetryPolicy(jitter=False),
    )
    async with client as atm:
        yield atm
