"""BrowserStack Test Management's credential cases for :mod:`tests.hardening.test_secrets` (one line there).

The credential is ``username:access_key`` sent as HTTP Basic: the key alone, the pair, and the pair in base64 (the
``Authorization`` header's form) must never show.
"""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Callable, Iterator

from qaclients.browserstack_tm import AsyncTestManagement, TestManagement
from qaclients.core import FakeClock, QAClientError, RetryPolicy
from qaclients_fakes import AsyncFakeTransport, BrowserStackTMFake, FakeTransport, Faults, serve_in_thread

from ._faults import FakeTime

USERNAME = "secret-user"
SECRET = "bs-AcCeSsKeY-5e1d9c3b7a2f4680"
PAIR = f"{USERNAME}:{SECRET}"
FORMS = (PAIR, base64.b64encode(PAIR.encode()).decode())
BASE_URL = "https://secrets.browserstack.test/api/v2"
RETRY = RetryPolicy(max_attempts=2, jitter=False)


def _expect_error(call: Callable[[], object]) -> QAClientError:
    try:
        call()
    except QAClientError as error:
        return error
    raise AssertionError("the call was expected to fail")


def _fake(secret: str, clock: FakeClock) -> BrowserStackTMFake:
    fake = BrowserStackTMFake(username=USERNAME, access_key=secret, clock=FakeTime(clock))
    fake.seed_runs(40)
    return fake


def exercise_sync(secret: str) -> Iterator[object]:
    """Listing, reading, cloning and changing test cases, through success and each kind of failure."""
    clock = FakeClock()
    fake = _fake(secret, clock)
    with TestManagement(
        USERNAME, secret, base_url=BASE_URL, transport=FakeTransport(fake), clock=clock, retry=RETRY
    ) as tm:
        yield from (tm, tm.config, tm.api, tm.api.get_httpx_client())
        pager = tm.test_runs("PR-1", page_size=25)
        first = next(iter(pager.pages()))
        yield from (first, first.continuation_token, pager.continuation_token, tm.test_run("PR-1", "TR-1"))
        yield _expect_error(lambda: tm.test_run("PR-1", "TR-999"))  # 404
        fake.faults = Faults(kind="error", status=503)
        yield _expect_error(lambda: tm.test_run("PR-1", "TR-1"))  # retried, then ServerError
        fake.faults = Faults(kind="non_json")
        yield _expect_error(lambda: tm.test_run("PR-1", "TR-1"))  # DecodeError
        fake.faults = Faults(kind="drop", processed=True, operations={"clone_test_run"}, first_n=1)
        lost = _expect_error(lambda: tm.begin_clone("PR-1", "TR-2", name="Again"))
        yield from (lost, lost.continuation_token)
        fake.faults = Faults()
        assert lost.continuation_token is not None
        poller = tm.resume_clone(lost.continuation_token)
        yield from (poller, poller.continuation_token(), poller.result(timeout=60))
        change = tm.begin_update_test_cases("PR-1", "TR-1", add=["TC-30"])
        # Every poll truncated: a GET retries a cut body, so only a lasting fault stops the wait (with its token).
        fake.faults = Faults(kind="truncate", operations={"list_test_run_test_cases"})
        yield from (change, change.continuation_token())
        stopped = _expect_error(lambda: change.result(timeout=60))
        yield from (stopped, stopped.continuation_token)
        fake.faults = Faults()
        fake.credentials = (USERNAME, "another")  # the key stops working: 401
        yield _expect_error(lambda: tm.test_run("PR-1", "TR-1"))


def exercise_async(secret: str) -> Iterator[object]:
    """The async client through paging with prefetch, a dropped page and a lost clone answer."""
    clock = FakeClock()
    fake = _fake(secret, clock)

    async def go() -> list[object]:
        out: list[object] = []
        transport = AsyncFakeTransport(fake)
        client = AsyncTestManagement(
            USERNAME, secret, base_url=BASE_URL, async_transport=transport, clock=clock, retry=RETRY
        )
        async with client as atm:
            out += [atm, atm.config, atm.api]
            async with atm.test_runs("PR-1", page_size=25, prefetch=2) as pager:
                out += [run async for run in pager]
            fake.faults = Faults(kind="drop", operations={"list_test_runs"}, every_nth=2, first_n=2)
            try:
                async with atm.test_runs("PR-1", page_size=25) as pager:
                    out += [run async for run in pager]
            except QAClientError as error:
                out += [error, error.continuation_token]
            fake.faults = Faults(kind="error", status=500, processed=True, operations={"clone_test_run"}, first_n=1)
            try:
                await atm.begin_clone("PR-1", "TR-2")
            except QAClientError as error:
                out += [error, error.continuation_token]
        return out

    yield from asyncio.run(go())


def exercise_loopback(secret: str) -> Iterator[object]:
    """Over a real socket, so httpcore logs its connection work at DEBUG too."""
    fake = BrowserStackTMFake(username=USERNAME, access_key=secret)
    fake.seed_runs(3)
    with serve_in_thread(fake) as base_url, TestManagement(USERNAME, secret, base_url=base_url, retry=RETRY) as tm:
        yield from (tm, list(tm.test_runs("PR-1")))
        yield _expect_error(lambda: tm.test_run("PR-1", "TR-404"))
