"""A clone or add/remove whose answer was lost: resuming looks at the service first (the paths the fault matrix's
one scenario does not take: the default name, ``by_results``, two candidates, the change already made)."""

from __future__ import annotations

import asyncio

import pytest

from qaclients.browserstack_tm import AsyncTestManagement, TestManagement
from qaclients.core import FakeClock, QAClientError, RetryPolicy, ServerError, TransportError
from qaclients_fakes import AsyncFakeTransport, BrowserStackTMFake, FakeTransport, Faults
from tests.hardening._faults import FakeTime

USER, KEY = "lost-answers-user", "lost-answers-key-4b7e"  # long: the redaction filter masks them
BASE_URL = "https://lost.browserstack.test/api/v2"
RETRY = RetryPolicy(max_attempts=2, jitter=False)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def fake(clock: FakeClock) -> BrowserStackTMFake:
    fake = BrowserStackTMFake(username=USER, access_key=KEY, clock=FakeTime(clock))
    fake.seed_runs(3, cases_per_run=6)
    return fake


@pytest.fixture
def tm(fake: BrowserStackTMFake, clock: FakeClock) -> TestManagement:
    return TestManagement(USER, KEY, base_url=BASE_URL, transport=FakeTransport(fake), clock=clock, retry=RETRY)


def lose_the_clone_answer(fake: BrowserStackTMFake) -> None:
    fake.faults = Faults(kind="drop", processed=True, operations={"clone_test_run"}, first_n=1)


def test_a_lost_clone_with_the_default_name_is_found_not_made_again(
    tm: TestManagement, fake: BrowserStackTMFake
) -> None:
    lose_the_clone_answer(fake)
    with pytest.raises(TransportError) as caught:
        tm.begin_clone("PR-1", "TR-2")
    assert "resume_clone(error.continuation_token)" in " ".join(caught.value.__notes__)
    assert caught.value.continuation_token is not None
    fake.faults = Faults()
    clone = tm.resume_clone(caught.value.continuation_token).result(timeout=60)
    copies = [run for run in fake.runs.values() if run.name == "Seeded run 2 - Copy"]
    assert [run.identifier for run in copies] == [clone.identifier]
    assert len(copies[0].entries) == 6
    assert [r.operation_id for r in fake.requests].count("clone_test_run") == 1


def test_a_lost_by_results_clone_waits_for_the_cases_it_takes(tm: TestManagement, fake: BrowserStackTMFake) -> None:
    for case_id in ("TC-3", "TC-5"):
        fake.record_result("TR-3", case_id, "failed")
    fake.faults = Faults(kind="error", status=500, processed=True, operations={"clone_test_run"}, first_n=1)
    with pytest.raises(ServerError) as caught:
        tm.begin_clone("PR-1", "TR-3", name="Failures", test_case_selection="by_results", statuses=["failed"])
    fake.faults = Faults()
    assert caught.value.continuation_token is not None
    seen: list[int] = []
    poller = tm.resume_clone(caught.value.continuation_token, progress=lambda status: seen.append(status.attached))
    clone = poller.result(timeout=60)
    assert sorted(entry.case_id for entry in fake.runs[str(clone.identifier)].entries) == ["TC-3", "TC-5"]
    assert seen[-1] == 2
    assert len([run for run in fake.runs.values() if run.name == "Failures"]) == 1


def test_two_runs_that_may_be_the_clone_are_named_not_guessed(tm: TestManagement, fake: BrowserStackTMFake) -> None:
    lose_the_clone_answer(fake)
    with pytest.raises(TransportError) as caught:
        tm.begin_clone("PR-1", "TR-1", name="Twin")
    fake.faults = Faults()
    tm.begin_clone("PR-1", "TR-1", name="Twin").result(timeout=60)  # another clone, same name
    assert caught.value.continuation_token is not None
    with pytest.raises(QAClientError, match=r"cannot tell which of TR-\d+, TR-\d+ is the clone"):
        tm.resume_clone(caught.value.continuation_token).result(timeout=60)
    assert len([run for run in fake.runs.values() if run.name == "Twin"]) == 2  # nothing cloned a third time


def test_a_lost_change_already_made_is_not_sent_again(
    tm: TestManagement, fake: BrowserStackTMFake, clock: FakeClock
) -> None:
    fake.faults = Faults(kind="truncate", operations={"update_test_run_test_cases"}, first_n=1)
    with pytest.raises(QAClientError) as caught:
        tm.begin_update_test_cases(
            "PR-1", "TR-1", add=["TC-50"], remove=[{"test_case_ids": ["TC-1"], "configuration_ids": [101]}]
        )
    fake.faults = Faults()
    clock.sleep(fake.update_delay)
    fake.settle()  # the change the lost answer stood for was applied
    assert caught.value.continuation_token is not None
    result = tm.resume_update_test_cases(caught.value.continuation_token).result(timeout=60)
    assert (result.unique_id, result.added, result.removed) == (None, 1, 1)
    assert [r.operation_id for r in fake.requests].count("update_test_run_test_cases") == 1


def test_async_a_lost_clone_is_found_not_made_again(fake: BrowserStackTMFake, clock: FakeClock) -> None:
    lose_the_clone_answer(fake)

    async def go() -> str:
        transport = AsyncFakeTransport(fake)
        client = AsyncTestManagement(USER, KEY, base_url=BASE_URL, async_transport=transport, clock=clock, retry=RETRY)
        async with client as atm:
            with pytest.raises(TransportError) as caught:
                await atm.begin_clone("PR-1", "TR-2")
            token = caught.value.continuation_token
            assert token is not None
            fake.faults = Faults()
            clone = await atm.resume_clone(token).result(timeout=60)
            return str(clone.identifier)

    identifier = asyncio.run(go())
    assert [run.identifier for run in fake.runs.values() if run.name.endswith(" - Copy")] == [identifier]
