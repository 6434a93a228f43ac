"""A trigger whose answer was lost: found again in the test's results, never started twice, sync and async."""

from __future__ import annotations

import base64

import pytest

from qaclients.core import QAClientError, RateLimitedError, ServerError, TransportError
from qaclients.runscope import AsyncRunscope, Runscope
from qaclients_fakes import Faults, RunscopeFake
from tests.runscope.conftest import LinkedClock


def _lost(fake: RunscopeFake, *, processed: bool = True) -> None:
    fake.faults = Faults(kind="drop", processed=processed, operations={"trigger_test_post"}, first_n=1)


def _runs(fake: RunscopeFake, test_id: str) -> list[str]:
    return [run.id for run in fake.runs.values() if run.test.id == test_id]


def test_a_lost_answer_is_recovered_from_the_results_without_a_second_trigger(rs: Runscope, fake: RunscopeFake) -> None:
    created = fake.add_test(fake.default_bucket.key, "Health", regions=("us1", "eu1"))
    test = rs.test(created.bucket_key, created.id)
    _lost(fake)
    with pytest.raises(TransportError) as caught:
        rs.begin_trigger(test, bucket_key=created.bucket_key)
    assert "Do not trigger again" in " ".join(caught.value.__notes__)
    started = _runs(fake, created.id)
    assert len(started) == 2
    token = caught.value.continuation_token
    assert token is not None

    result = rs.recover_trigger(token).result(timeout=120)

    assert sorted(run.test_run_id for run in result.runs) == sorted(started)
    assert _runs(fake, created.id) == started  # nothing triggered again
    assert result.passed


def test_when_no_run_started_recovery_triggers_once_with_the_variables(rs: Runscope, fake: RunscopeFake) -> None:
    created = fake.add_test(fake.default_bucket.key, "Health")
    _lost(fake, processed=False)
    with pytest.raises(TransportError) as caught:
        rs.begin_trigger(
            rs.test(created.bucket_key, created.id), bucket_key=created.bucket_key, variables={"v": "s3cr3t-var"}
        )
    assert _runs(fake, created.id) == []
    token = caught.value.continuation_token
    assert token is not None
    assert "s3cr3t-var" not in base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()

    result = rs.recover_trigger(token, variables={"v": "s3cr3t-var"}).result(timeout=120)

    assert len(result.runs) == 1 and len(fake.runs) == 1
    assert next(iter(fake.runs.values())).variables["v"] == "s3cr3t-var"


def test_scheduled_runs_and_runs_before_the_trigger_are_not_taken(
    rs: Runscope, fake: RunscopeFake, clock: LinkedClock
) -> None:
    created = fake.add_test(fake.default_bucket.key, "Health")
    env = created.environments[created.default_environment_id or ""]
    fake.start_runs(created, env, {}, source="trigger")  # an older trigger's run
    clock.advance(3600)
    fake.start_runs(created, env, {}, source="scheduled")  # a schedule's, just now
    _lost(fake)
    with pytest.raises(TransportError) as caught:
        rs.begin_trigger(rs.test(created.bucket_key, created.id))  # the last_run names the bucket
    assert caught.value.continuation_token is not None

    result = rs.recover_trigger(caught.value.continuation_token).result(timeout=120)

    ours = [run for run in fake.runs.values() if run.source == "trigger"][-1]
    assert [run.test_run_id for run in result.runs] == [ours.id]


def test_a_refused_trigger_says_nothing_started(rs: Runscope, fake: RunscopeFake) -> None:
    created = fake.add_test(fake.default_bucket.key, "Health")
    fake.faults = Faults(kind="rate_limit", retry_after=3600, operations={"trigger_test_post"})
    with pytest.raises(RateLimitedError) as caught:
        rs.begin_trigger(rs.test(created.bucket_key, created.id), bucket_key=created.bucket_key)
    assert "no run started" in " ".join(caught.value.__notes__)
    assert fake.runs == {}


def test_a_bucket_trigger_whose_answer_was_lost_says_the_client_cannot_know(rs: Runscope, fake: RunscopeFake) -> None:
    fake.add_test(fake.default_bucket.key, "Health")
    fake.faults = Faults(kind="error", status=500, processed=True, operations={"trigger_bucket_post"})
    with pytest.raises(ServerError) as caught:
        rs.begin_trigger(rs.bucket(fake.default_bucket.key))
    assert "cannot know whether runs started" in " ".join(caught.value.__notes__)
    assert caught.value.continuation_token is None


def test_a_failed_search_hands_back_the_same_token(rs: Runscope, fake: RunscopeFake) -> None:
    created = fake.add_test(fake.default_bucket.key, "Health")
    _lost(fake)
    with pytest.raises(QAClientError) as caught:
        rs.begin_trigger(rs.test(created.bucket_key, created.id), bucket_key=created.bucket_key)
    token = caught.value.continuation_token
    assert token is not None
    fake.faults = Faults(kind="non_json", operations={"list_test_results"})
    with pytest.raises(QAClientError) as again:
        rs.recover_trigger(token)
    assert again.value.continuation_token == token
    fake.faults = Faults()
    assert len(rs.recover_trigger(token).result(timeout=120).runs) == 1
    assert len(fake.runs) == 1


async def test_async_recovery_finds_the_runs(ars: AsyncRunscope, fake: RunscopeFake) -> None:
    created = fake.add_test(fake.default_bucket.key, "Health", regions=("us1", "jp1"))
    test = await ars.test(created.bucket_key, created.id)
    fake.faults = Faults(kind="error", status=500, processed=True, operations={"trigger_test_post"}, first_n=1)
    with pytest.raises(ServerError) as caught:
        await ars.begin_trigger(test, bucket_key=created.bucket_key)
    assert caught.value.continuation_token is not None
    poller = await ars.recover_trigger(caught.value.continuation_token)
    result = await poller.result(timeout=120)
    assert len(result.runs) == 2 and len(fake.runs) == 2
