"""submit_results end to end against the fake: threads, batches, parallelism, failure midway and resume."""

from __future__ import annotations

import pytest
from testmo_client import models

from qaclients import testmo
from qaclients.testmo import AsyncTestmo, SubmitError, SubmitProgress, parse_junit
from qaclients_fakes import Faults, TestmoFake


def make_tests(n: int, failing: int = 0) -> list[models.Test]:
    return [
        models.Test(
            key=testmo.test_key("suite", f"test_{i}"),
            name=f"test_{i}",
            folder=f"folder_{i // 50}",
            status="failed" if i < failing else "passed",
            elapsed=1000 * i,
        )
        for i in range(n)
    ]


def appended_keys(fake: TestmoFake) -> list[str]:
    return [
        t["key"]
        for r in fake.requests
        if r.operation_id == "append_automation_run_thread" and r.status == 204
        for t in r.json["tests"]
    ]


def test_submits_everything_and_completes(fake: TestmoFake, tm: testmo.Testmo) -> None:
    tests = make_tests(250, failing=7)
    result = tm.submit_results(1, name="CI #1", source="backend", tests=tests, tags=["ci"], batch_size=100)
    assert result.tests_submitted == 250 and result.batches_sent == 3 and len(result.thread_ids) == 1
    run = tm.automation_run(result.run_id)
    assert run.is_completed and run.status == testmo.RunStatus.FAILURE
    assert run.total_count == 250 and run.failure_count == 7 and run.success_count == 243
    assert run.thread_count == 1 and run.thread_completed_count == 1
    assert run.tags == ["ci"]
    assert sorted(appended_keys(fake)) == sorted(t.key for t in tests)


def test_several_threads_in_parallel_split_the_tests(fake: TestmoFake, tm: testmo.Testmo) -> None:
    tests = make_tests(400)
    result = tm.submit_results(1, name="CI", source="backend", tests=tests, threads=4, parallel=4, batch_size=50)
    run = tm.automation_run(result.run_id)
    assert run.status == testmo.RunStatus.SUCCESS
    assert sorted(t.total_count for t in run.threads or []) == [100, 100, 100, 100]
    assert result.batches_sent == 8
    assert sorted(appended_keys(fake)) == sorted(t.key for t in tests)


def test_failure_midway_says_what_was_accepted_and_resume_sends_nothing_twice(
    fake: TestmoFake, tm: testmo.Testmo
) -> None:
    tests = make_tests(300)
    fake.faults = Faults(kind="error", status=400, every_nth=3, first_n=3, operations={"append_automation_run_thread"})
    with pytest.raises(SubmitError) as caught:
        tm.submit_results(1, name="CI", source="backend", tests=tests, batch_size=100)
    error = caught.value
    assert error.step == "append tests"
    assert error.progress.accepted_keys == [t.key for t in tests[:200]]
    assert "200 of 300 tests accepted" in str(error)
    assert error.progress.run_completed is False

    fake.faults = Faults()
    result = tm.submit_results(1, name="CI", source="backend", tests=tests, resume=error.progress.token())
    keys = appended_keys(fake)
    assert len(keys) == len(set(keys)) == 300
    assert result.run_id == error.progress.run_id
    assert tm.automation_run(result.run_id).total_count == 300
    runs_created = [r for r in fake.requests if r.operation_id == "create_automation_run"]
    assert len(runs_created) == 1


def test_an_uncertain_batch_is_settled_before_resending(fake: TestmoFake, tm: testmo.Testmo) -> None:
    tests = make_tests(200)
    # The server stores the second batch, then the connection drops: the client cannot know.
    fake.faults = Faults(
        kind="drop", processed=True, every_nth=2, first_n=2, operations={"append_automation_run_thread"}
    )
    with pytest.raises(SubmitError) as caught:
        tm.submit_results(1, name="CI", source="backend", tests=tests, batch_size=100)
    progress = caught.value.progress
    assert len(progress.accepted_keys) == 100
    assert progress.uncertain == {"0": [t.key for t in tests[100:]]}
    assert "100 uncertain" in str(caught.value)

    fake.faults = Faults()
    tm.submit_results(1, name="CI", source="backend", tests=tests, resume=progress)
    assert tm.automation_run(progress.run_id or 0).total_count == 200
    keys = appended_keys(fake)
    assert len(keys) == len(set(keys)) == 200


def test_create_run_failure_is_reported_with_nothing_accepted(fake: TestmoFake, tm: testmo.Testmo) -> None:
    with pytest.raises(SubmitError) as caught:
        tm.submit_results(99, name="CI", source="backend", tests=make_tests(3))
    assert caught.value.step == "create run"
    assert caught.value.progress.run_id is None and caught.value.progress.accepted_keys == []


def test_duplicate_keys_are_refused_up_front(fake: TestmoFake, tm: testmo.Testmo) -> None:
    tests = make_tests(2)
    with pytest.raises(ValueError, match="appears twice"):
        tm.submit_results(1, name="CI", source="backend", tests=[*tests, tests[0]])
    assert fake.requests == []


def test_resume_with_another_thread_count_is_refused(tm: testmo.Testmo) -> None:
    with pytest.raises(ValueError, match="thread"):
        tm.submit_results(1, name="CI", source="x", tests=make_tests(1), threads=2, resume=SubmitProgress(threads=1))


def test_progress_token_round_trips() -> None:
    progress = SubmitProgress(threads=2, run_id=5, thread_ids=[7, None], accepted=[["a"], []])
    assert SubmitProgress.from_token(progress.token()) == progress
    with pytest.raises(ValueError, match="not a Testmo submission token"):
        SubmitProgress.from_token("garbage!")


def test_junit_report_to_testmo(fake: TestmoFake, tm: testmo.Testmo) -> None:
    xml = """<testsuites><testsuite name="s">
      <testcase classname="pkg.Mod" name="ok" time="0.5"/>
      <testcase classname="pkg.Mod" name="bad" time="1"><failure message="boom">trace</failure></testcase>
      <testcase classname="pkg.Mod" name="skip"><skipped/></testcase>
    </testsuite></testsuites>"""
    result = tm.submit_results(1, name="junit", source="pytest", tests=parse_junit(xml))
    run = tm.automation_run(result.run_id)
    assert (run.total_count, run.success_count, run.failure_count) == (3, 1, 1)


async def test_async_submit_with_parallel_threads_and_resume(fake: TestmoFake, atm: AsyncTestmo) -> None:
    tests = make_tests(300)
    fake.faults = Faults(kind="error", status=400, every_nth=4, first_n=4, operations={"append_automation_run_thread"})
    with pytest.raises(SubmitError) as caught:
        await atm.submit_results(1, name="CI", source="b", tests=tests, threads=3, parallel=3, batch_size=50)
    accepted = caught.value.progress.accepted_keys
    assert len(accepted) == 250, "the other threads finish their batches; only the failed one is missing"
    fake.faults = Faults()
    result = await atm.submit_results(
        1, name="CI", source="b", tests=tests, threads=3, parallel=3, batch_size=50, resume=caught.value.progress
    )
    keys = appended_keys(fake)
    assert len(keys) == len(set(keys)) == 300
    run = await atm.automation_run(result.run_id)
    assert run.is_completed and run.total_count == 300 and run.thread_completed_count == 3


def test_an_unanswered_create_run_is_found_again_not_duplicated(fake: TestmoFake, tm: testmo.Testmo) -> None:
    tests = make_tests(30)
    fake.faults = Faults(kind="drop", processed=True, first_n=1, operations={"create_automation_run"})
    with pytest.raises(SubmitError) as caught:
        tm.submit_results(1, name="CI #9", source="backend", tests=tests)
    assert caught.value.progress.run_id is None and caught.value.progress.run_uncertain_since is not None
    assert "may have been created" in str(caught.value)
    fake.faults = Faults()
    result = tm.submit_results(1, name="CI #9", source="backend", tests=tests, resume=caught.value.progress)
    assert list(fake.runs) == [result.run_id]
    assert fake.runs[result.run_id].is_completed


def test_two_empty_runs_of_the_same_name_are_not_guessed_between(fake: TestmoFake, tm: testmo.Testmo) -> None:
    progress = SubmitProgress(threads=1, run_uncertain_since=tm.config.clock.wall())
    for _ in range(2):
        tm._create_run(1, _create_body("CI #9"), SubmitProgress(threads=1))
    with pytest.raises(SubmitError, match="cannot tell which one"):
        tm.submit_results(1, name="CI #9", source="backend", tests=make_tests(3), resume=progress)
    assert len(fake.runs) == 2


def _create_body(name: str) -> models.CreateAutomationRun:
    return models.CreateAutomationRun(name=name, source="backend")
