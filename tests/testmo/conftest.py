"""Testmo clients wired to the in-process fake, with a fake clock for retries (nothing sleeps)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from qaclients.core import FakeClock, RetryPolicy
from qaclients.testmo import AsyncTestmo, Testmo
from qaclients_fakes import AsyncFakeTransport, FakeTransport, TestmoFake

BASE_URL = "https://acme.testmo.net/api/v1"
TOKEN = "testmo-token-1234567890"


@pytest.fixture
def fake() -> Iterator[TestmoFake]:
    fake = TestmoFake(token=TOKEN)
    yield fake
    assert fake.violations == []


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def tm(fake: TestmoFake, clock: FakeClock) -> Iterator[Testmo]:
    with Testmo(BASE_URL, TOKEN, transport=FakeTransport(fake), clock=clock, retry=RetryPolicy(jitter=False)) as tm:
        yield tm


@pytest.fixture
async def atm(fake: TestmoFake, clock: FakeClock) -> AsyncIterator[AsyncTestmo]:
    client = AsyncTestmo(
        BASE_URL, TOKEN, async_transport=AsyncFakeTransport(fake), clock=clock, retry=RetryPolicy(jitter=False)
    )
    async with client as atm:
        yield atm
