"""What the generated BrowserStack decoder leaves to the wrapper (see ``LEFT_TO_THE_WRAPPER`` in
``test_bad_responses.py``): a run envelope with neither ``test_run`` nor ``testrun`` is one DecodeError, through
the sync and the async client, for every operation that answers with a run."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from qaclients.browserstack_tm import AsyncTestManagement, TestManagement
from qaclients.core import DecodeError

USER, KEY = "lost-answers-user", "lost-answers-key-4b7e"  # long: the redaction filter masks them
BASE_URL = "https://bad.browserstack.test/api/v2"
NEITHER = b'{"success": true}'

CALLS: dict[str, Callable[[Any], Any]] = {
    "test_run": lambda c: c.test_run("PR-1", "TR-1"),
    "create_test_run": lambda c: c.create_test_run("PR-1", name="n"),
    "update_test_run": lambda c: c.update_test_run("PR-1", "TR-1", name="n"),
    "close_test_run": lambda c: c.close_test_run("PR-1", "TR-1"),
    "begin_clone": lambda c: c.begin_clone("PR-1", "TR-1"),
}


def _handler(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=NEITHER, headers={"content-type": "application/json"})


@pytest.mark.parametrize("name", sorted(CALLS))
def test_an_envelope_without_its_run_is_a_decode_error(name: str) -> None:
    tm = TestManagement(USER, KEY, base_url=BASE_URL, transport=httpx.MockTransport(_handler), retry=None)
    with tm, pytest.raises(DecodeError, match="neither test_run nor testrun") as caught:
        CALLS[name](tm)
    assert caught.value.model == "TestRunEnvelope"

    async def go() -> None:
        transport = httpx.MockTransport(_handler)
        async with AsyncTestManagement(USER, KEY, base_url=BASE_URL, async_transport=transport, retry=None) as atm:
            await CALLS[name](atm)

    with pytest.raises(DecodeError, match="neither test_run nor testrun"):
        asyncio.run(go())
