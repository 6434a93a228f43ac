"""The clients against the fake over a real loopback socket (the plugin's ``browserstack_tm_fake_server``)."""

from __future__ import annotations

from qaclients.browserstack_tm import AsyncTestManagement, TestManagement
from qaclients.core import RetryPolicy
from qaclients_fakes import BrowserStackTMFake, FakeServer, ManualClock
from qaclients_fakes._browserstack_tm import DEFAULT_ACCESS_KEY, DEFAULT_USERNAME
from tests.browserstack_tm.conftest import PROJECT, SharedClock


def _clock(server: FakeServer[BrowserStackTMFake]) -> SharedClock:
    assert isinstance(server.fake.clock, ManualClock)
    return SharedClock(server.fake.clock)


def test_a_clone_and_an_update_over_http(browserstack_tm_fake_server: FakeServer[BrowserStackTMFake]) -> None:
    clock = _clock(browserstack_tm_fake_server)
    url = browserstack_tm_fake_server.base_url
    with TestManagement(DEFAULT_USERNAME, DEFAULT_ACCESS_KEY, base_url=url, clock=clock, retry=RetryPolicy()) as tm:
        run = tm.create_test_run(PROJECT, test_cases=["TC-1", "TC-2"], configurations=[101])
        clone = tm.begin_clone(PROJECT, run.identifier or "").result(timeout=10)
        change = tm.begin_update_test_cases(PROJECT, clone.identifier or "", add=["TC-7"]).result(timeout=10)
        listed = [r.identifier for r in tm.test_runs(PROJECT, page_size=1)]
    assert clone.test_cases_count == 2
    assert change.added == 1
    assert listed == ["TR-2", "TR-1"]
    assert clock.sleeps  # the waits went through the injected clock, never the real one


async def test_the_async_client_over_http(browserstack_tm_fake_server: FakeServer[BrowserStackTMFake]) -> None:
    clock = _clock(browserstack_tm_fake_server)
    url = browserstack_tm_fake_server.base_url
    async with AsyncTestManagement(DEFAULT_USERNAME, DEFAULT_ACCESS_KEY, base_url=url, clock=clock) as atm:
        run = await atm.create_test_run(PROJECT, include_all=True)
        cases = [case.identifier async for case in atm.test_run_test_cases(PROJECT, run.identifier or "", prefetch=2)]
        clone = await (await atm.begin_clone(PROJECT, run.identifier or "")).result(timeout=10)
    assert len(cases) == 60
    assert clone.test_cases_count == 60
