"""Stack Moxie clients wired to the in-process fake, on one shared fake time: every poll or retry wait of the client
moves the fake's clock by as much, so runs and jobs progress while nothing sleeps."""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from qaclients.core import FakeClock, RetryPolicy
from qaclients.stackmoxie import AsyncStackMoxie, StackMoxie
from qaclients_fakes import AsyncFakeTransport, FakeTransport, ManualClock, StackMoxieFake
from qaclients_fakes._stackmoxie import DEFAULT_ORG

TOKEN = "stackmoxie-jwt-1234567890"
STEP = {"cog": "automatoninc/salesforce", "stepId": "CheckRecord", "name": "Check the lead", "data": {"id": "1"}}
DEFINITION = {"scenario": "Lead sync", "steps": [STEP, {**STEP, "name": "Check the contact"}]}


class LinkedClock(FakeClock):
    """The client's fake clock; time it passes passes for the fake too."""

    def __init__(self, fake_clock: ManualClock) -> None:
        super().__init__()
        self.fake_clock = fake_clock

    def advance(self, seconds: float) -> None:
        super().advance(seconds)
        self.fake_clock.advance(seconds)


@pytest.fixture
def fake() -> Iterator[StackMoxieFake]:
    fake = StackMoxieFake(token=TOKEN, clock=ManualClock())
    yield fake
    assert fake.violations == []


@pytest.fixture
def clock(fake: StackMoxieFake) -> LinkedClock:
    assert isinstance(fake.clock, ManualClock)
    return LinkedClock(fake.clock)


def options(clock: FakeClock, **extra: Any) -> dict[str, Any]:
    return {"clock": clock, "retry": RetryPolicy(jitter=False), **extra}


@pytest.fixture
def sm(fake: StackMoxieFake, clock: LinkedClock) -> Iterator[StackMoxie]:
    with StackMoxie(DEFAULT_ORG, TOKEN, transport=FakeTransport(fake), **options(clock)) as client:
        yield client


@pytest.fixture
async def asm(fake: StackMoxieFake, clock: LinkedClock) -> AsyncIterator[AsyncStackMoxie]:
    client = AsyncStackMoxie(DEFAULT_ORG, TOKEN, async_transport=AsyncFakeTransport(fake), **options(clock))
    async with client:
        yield client


@pytest.fixture(params=["sync", "async"])
def client(request: pytest.FixtureRequest, sm: StackMoxie, asm: AsyncStackMoxie) -> StackMoxie | AsyncStackMoxie:
    """Each test that takes ``client`` runs twice: against the sync and the async client (same names)."""
    return sm if request.param == "sync" else asm


async def call(value: Any) -> Any:
    """Await what the async client returns; pass the sync client's answers through."""
    return await value if inspect.isawaitable(value) else value


async def collect(pager: Any) -> list[Any]:
    """Every item of a sync or async pager."""
    if hasattr(pager, "__aiter__"):
        return [item async for item in pager]
    return list(pager)
