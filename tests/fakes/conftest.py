"""Clients for the fakes' tests; the fakes themselves come from the qaclients_fakes pytest plugin."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from qaclients_fakes import AsyncFakeTransport, FakeTransport, TestmoFake
from tests.fakes._helpers import AUTH, BASE_URL


@pytest.fixture
def client(testmo_fake: TestmoFake) -> Iterator[httpx.Client]:
    """An authenticated httpx client talking to ``testmo_fake`` in-process."""
    with httpx.Client(transport=FakeTransport(testmo_fake), base_url=BASE_URL, headers=AUTH) as http:
        yield http


@pytest.fixture
async def aclient(testmo_fake: TestmoFake) -> AsyncIterator[httpx.AsyncClient]:
    """The async twin of ``client``."""
    async with httpx.AsyncClient(transport=AsyncFakeTransport(testmo_fake), base_url=BASE_URL, headers=AUTH) as http:
        yield http
