"""``begin_clone`` and ``begin_update_test_cases``: success, timeout and resume, sync and async, on shared fake time."""

from __future__ import annotations

import pytest

from qaclients import browserstack_tm as bstm
from qaclients.browserstack_tm import AsyncTestManagement, CloneStatus, TestManagement, error_code
from qaclients.core import BadRequestError, NotFoundError, TimeoutError
from qaclients_fakes import BrowserStackTMFake, Faults
from tests.browserstack_tm.conftest import PROJECT, SharedClock


def source(fake: BrowserStackTMFake, cases: int = 4, configurations: tuple[int, ...] = (101,)) -> str:
    """A run in PR-1 with ``cases`` test cases under ``configurations``; returns its identifier."""
    run = fake.seed_runs(1, cases_per_run=cases)[0]
    run.configurations = list(configurations)
    run.entries = [type(run.entries[0])(e.case_id, c) for e in run.entries for c in configurations]
    return run.identifier


# -- clone -------------------------------------------------------------------------------------------------------


def test_clone_waits_until_every_test_case_is_attached(
    tm: TestManagement, fake: BrowserStackTMFake, clock: SharedClock
) -> None:
    seen: list[CloneStatus] = []
    poller = tm.begin_clone(PROJECT, source(fake), name="Re-run", progress=seen.append)
    assert not poller.done()
    assert fake.runs["TR-2"].entries == []  # the clone exists, its test cases are still being attached

    clone = poller.result(timeout=30)

    assert (clone.identifier, clone.name, clone.test_cases_count) == ("TR-2", "Re-run", 4)
    assert clone.test_cases and len(clone.test_cases) == 4
    assert [s.attached for s in seen] == [0, 4]  # every read; the initial status came with the clone
    assert clock.sleeps == [0.25, 0.375]  # attached after 0.5 s: read at 0.25, 0.625
    assert poller.done() and poller.status() == seen[-1]


def test_a_clone_with_nothing_to_attach_is_done_at_once(tm: TestManagement, fake: BrowserStackTMFake) -> None:
    run = source(fake)
    fake.record_result(run, "TC-1", "passed")
    poller = tm.begin_clone(PROJECT, run, test_case_selection="by_results", statuses=["failed"])
    sent = len(fake.requests)
    assert poller.done()
    assert poller.result().test_case_summary.untested == 0  # type: ignore[union-attr]
    assert len(fake.requests) == sent


def test_clone_by_results_selects_and_waits(tm: TestManagement, fake: BrowserStackTMFake) -> None:
    run = source(fake, cases=5)
    for case in ("TC-2", "TC-4"):
        fake.record_result(run, case, "failed")
    statuses = [bstm.TestCaseStatus.FAILED, "blocked"]  # members of the generated enum, or plain strings
    clone = tm.begin_clone(PROJECT, run, test_case_selection="by_results", statuses=statuses).result()
    assert [case.identifier for case in clone.test_cases or []] == ["TC-2", "TC-4"]
    assert fake.requests[len(fake.requests) - 4].json == {"test_case_selection": "by_results",
                                                          "statuses": ["failed", "blocked"]}  # fmt: skip


def test_clone_times_out_then_resumes_from_its_token(
    tm: TestManagement, fake: BrowserStackTMFake, clock: SharedClock
) -> None:
    fake.clone_delay = 60
    poller = tm.begin_clone(PROJECT, source(fake))
    with pytest.raises(TimeoutError) as caught:
        poller.result(timeout=5)
    token = caught.value.continuation_token
    assert token == poller.continuation_token()
    assert clock.now() == pytest.approx(5)

    clock.advance(60)
    resumed = tm.resume_clone(token)
    assert not resumed.done() and resumed.status() is None
    assert resumed.result(timeout=5).test_cases_count == 4


def test_a_clone_deleted_while_waiting_raises_not_found_with_the_token(
    tm: TestManagement, fake: BrowserStackTMFake
) -> None:
    poller = tm.begin_clone(PROJECT, source(fake))
    del fake.runs["TR-2"]
    with pytest.raises(NotFoundError) as caught:
        poller.result(timeout=5)
    assert caught.value.continuation_token == poller.continuation_token()


def test_transient_read_failures_are_retried_while_waiting(tm: TestManagement, fake: BrowserStackTMFake) -> None:
    poller = tm.begin_clone(PROJECT, source(fake))
    fake.faults = Faults(kind="error", status=503, first_n=2, operations={"list_test_run_test_cases"})
    assert poller.result(timeout=30).test_cases_count == 4
    assert fake.faults.injected == 2


async def test_async_clone_success_timeout_and_resume(
    atm: AsyncTestManagement, fake: BrowserStackTMFake, clock: SharedClock
) -> None:
    poller = await atm.begin_clone(PROJECT, source(fake))
    assert (await poller.result(timeout=30)).test_cases_count == 4

    fake.clone_delay = 60
    slow = await atm.begin_clone(PROJECT, source(fake), copy_tags=False)
    with pytest.raises(TimeoutError) as caught:
        await slow.result(timeout=3)
    assert caught.value.continuation_token
    clock.advance(60)
    assert (await atm.resume_clone(caught.value.continuation_token).result()).identifier == "TR-4"


def test_a_token_of_the_other_kind_is_refused(tm: TestManagement, fake: BrowserStackTMFake) -> None:
    poller = tm.begin_clone(PROJECT, source(fake))
    with pytest.raises(ValueError, match=r"browserstack_tm\.clone"):
        tm.resume_update_test_cases(poller.continuation_token())


# -- add / remove test cases -----------------------------------------------------------------------------------


def test_update_waits_for_the_pairs_and_counts_what_changed(
    tm: TestManagement, fake: BrowserStackTMFake, clock: SharedClock
) -> None:
    run = source(fake, cases=3, configurations=(101, 102))  # TC-1..TC-3 under 101 and 102
    poller = tm.begin_update_test_cases(
        PROJECT,
        run,
        add=[{"test_case_ids": ["TC-1", "TC-9"], "configuration_ids": [101]}, "TC-10"],
        remove=[{"test_case_ids": ["TC-2"], "configuration_ids": [102, 103]}],
        preserve_existing_results=True,
    )
    status = poller.status()
    assert status is not None
    assert status.missing == {("TC-9", 101), ("TC-10", None)} and status.lingering == {("TC-2", 102)}
    assert fake.requests[-1].json == {
        "test_run": {
            "add_test_cases": [{"test_case_ids": ["TC-1", "TC-9"], "configuration_ids": [101]},
                               {"test_case_ids": ["TC-10"]}],
            "remove_test_cases": [{"test_case_ids": ["TC-2"], "configuration_ids": [102, 103]}],
            "preserve_existing_results": True,
        }
    }  # fmt: skip

    result = poller.result(timeout=30)

    assert (result.added, result.removed, result.affected_mapping_count) == (2, 1, 3)
    assert result.unique_id == fake.events[0][1]["unique_id"]
    assert sum(payload["affected_mapping_count"] for _, payload in fake.events) == result.affected_mapping_count
    pairs = fake.runs[run].pairs()
    assert {("TC-9", 101), ("TC-10", None)} <= pairs and ("TC-2", 102) not in pairs
    assert clock.sleeps == [0.5]


def test_update_times_out_then_resumes_elsewhere(
    tm: TestManagement, fake: BrowserStackTMFake, clock: SharedClock
) -> None:
    fake.update_delay = 300
    run = source(fake)
    poller = tm.begin_update_test_cases(PROJECT, run, remove=[{"test_case_ids": ["TC-1"], "configuration_ids": [101]}])
    with pytest.raises(TimeoutError) as caught:
        poller.result(timeout=10)
    token = caught.value.continuation_token
    assert token is not None

    clock.advance(300)
    result = tm.resume_update_test_cases(token).result(timeout=10)
    assert (result.added, result.removed) == (0, 1)
    assert ("TC-1", 101) not in fake.runs[run].pairs()


def test_pairs_already_in_place_count_as_unchanged(
    tm: TestManagement, fake: BrowserStackTMFake, clock: SharedClock
) -> None:
    run = source(fake)
    poller = tm.begin_update_test_cases(
        PROJECT, run, add=[{"test_case_ids": ["TC-1"], "configuration_ids": [101]}], remove=["TC-40"]
    )
    assert poller.done()  # nothing to wait for: every pair is already where it was asked to be
    result = poller.result()
    assert (result.added, result.removed) == (0, 0)
    clock.advance(fake.update_delay)
    fake.settle()
    assert [payload["affected_mapping_count"] for _, payload in fake.events] == [0, 0]


def test_refusals_come_back_at_once_with_their_code(tm: TestManagement, fake: BrowserStackTMFake) -> None:
    run = source(fake)
    with pytest.raises(BadRequestError) as caught:
        tm.begin_update_test_cases(PROJECT, run, add=[{"test_case_ids": ["TC-1", "TC-1"]}])
    assert error_code(caught.value) == "duplicate_test_case_id"
    assert "appears twice" in caught.value.message
    with pytest.raises(ValueError, match="to add or to remove"):
        tm.begin_update_test_cases(PROJECT, run)
    assert fake.events == []


async def test_async_update_success_timeout_and_resume(
    atm: AsyncTestManagement, fake: BrowserStackTMFake, clock: SharedClock
) -> None:
    run = source(fake)
    done = await (await atm.begin_update_test_cases(PROJECT, run, add=["TC-30"])).result(timeout=30)
    assert (done.added, done.removed) == (1, 0)

    fake.update_delay = 100
    slow = await atm.begin_update_test_cases(PROJECT, run, remove=["TC-30"])
    with pytest.raises(TimeoutError) as caught:
        await slow.result(timeout=1)
    clock.advance(100)
    token = caught.value.continuation_token
    assert token is not None
    assert (await atm.resume_update_test_cases(token).result()).removed == 1
    assert ("TC-30", None) not in fake.runs[run].pairs()
