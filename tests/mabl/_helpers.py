"""Helpers of the mabl tests: a clock shared by client and fake, and clients wired to the in-process fake."""

from __future__ import annotations

from qaclients.core import FakeClock
from qaclients.mabl import AsyncMabl, Mabl
from qaclients_fakes import AsyncFakeTransport, FakeTransport, MablFake, ManualClock
from qaclients_fakes._mabl import DEFAULT_KEY, DEFAULT_WORKSPACE

__all__ = ["SharedClock", "async_client", "client"]


class SharedClock(FakeClock):
    """The client's fake clock, advancing the fake server's clock with it (time passes for both sides)."""

    def __init__(self, server: ManualClock) -> None:
        super().__init__(wall_start=server.now().timestamp())  # one wall clock: no skew between client and server
        self.server = server

    def advance(self, seconds: float) -> None:
        super().advance(seconds)
        self.server.advance(seconds)


def client(fake: MablFake, clock: FakeClock, key: str = DEFAULT_KEY) -> Mabl:
    """A sync client for ``key`` (no retries: the tests count requests)."""
    return Mabl(key, workspace_id=DEFAULT_WORKSPACE, transport=FakeTransport(fake), clock=clock, retry=None)


def async_client(fake: MablFake, clock: FakeClock, key: str = DEFAULT_KEY) -> AsyncMabl:
    """An async client for ``key``."""
    transport = AsyncFakeTransport(fake)
    return AsyncMabl(key, workspace_id=DEFAULT_WORKSPACE, async_transport=transport, clock=clock, retry=None)
