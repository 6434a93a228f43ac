"""The Runscope fake's own behaviour: run lifecycle on the clock, the trigger rate limit, stored step shapes."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from qaclients_fakes import FakeTransport, RunscopeFake

AUTH = {"Authorization": "Bearer runscope-token"}


@pytest.fixture
def client(runscope_fake: RunscopeFake) -> Iterator[httpx.Client]:
    transport = FakeTransport(runscope_fake)
    with httpx.Client(transport=transport, base_url="https://api.runscope.com", headers=AUTH) as http:
        yield http


def test_a_run_goes_queued_working_then_its_outcome(runscope_fake: RunscopeFake) -> None:
    test = runscope_fake.add_test(runscope_fake.default_bucket.key, "T", outcome="fail")
    (run,) = runscope_fake.start_runs(test, test.environments[test.default_environment_id or ""], {}, source="api")
    seen = []
    for _ in range(6):
        seen.append(run.result_at(runscope_fake.now()))
        runscope_fake.clock.advance(1)  # type: ignore[attr-defined]
    assert seen == ["queued", "working", "working", "working", "working", "fail"]


def test_the_eleventh_trigger_in_ten_seconds_is_refused_until_a_slot_frees(
    runscope_fake: RunscopeFake, client: httpx.Client
) -> None:
    test = runscope_fake.add_test(runscope_fake.default_bucket.key, "T")
    url = f"/radar/{test.trigger_id}/trigger"
    for _ in range(10):
        assert client.post(url).status_code == 201
        runscope_fake.clock.advance(0.5)  # type: ignore[attr-defined]
    refused = client.post(url)
    assert refused.status_code == 429 and refused.headers["retry-after"] == "5"
    assert refused.json()["error"]["message"] == "Trigger rate limit exceeded."
    runscope_fake.clock.advance(5)  # type: ignore[attr-defined]
    assert client.get(url).status_code == 201  # the GET form shares the URL's budget
    other = runscope_fake.add_test(runscope_fake.default_bucket.key, "U")
    assert client.post(f"/radar/{other.trigger_id}/trigger").status_code == 201  # each URL has its own


def test_steps_are_stored_in_their_strict_shapes(runscope_fake: RunscopeFake, client: httpx.Client) -> None:
    test = runscope_fake.add_test(runscope_fake.default_bucket.key, "T", steps=0)
    steps = f"/buckets/{test.bucket_key}/tests/{test.id}/steps"
    assert client.post(steps, json={"step_type": "pause"}).status_code == 400
    assert client.post(steps, json={"step_type": "pause", "duration": "121"}).status_code == 400
    body = {"step_type": "request", "auth": {"auth_type": "", "username": None}, "method": None, "note": ""}
    assert client.post(steps, json=body).status_code == 201
    body = {"step_type": "condition", "left_value": "1", "steps": [{"duration": 2, "step_type": "pause"}]}
    assert client.post(steps, json=body).status_code == 201
    assert client.post(steps, json={"step_type": "pause", "duration": "7"}).status_code == 201
    stored = client.get(steps).json()["data"]
    assert stored[0]["auth"] == {} and "method" not in stored[0]
    assert stored[1]["steps"][0]["duration"] == 2 and stored[2]["duration"] == 7


def test_at_most_100_shared_environments_per_bucket(runscope_fake: RunscopeFake, client: httpx.Client) -> None:
    url = f"/buckets/{runscope_fake.default_bucket.key}/environments"
    for i in range(100):
        assert client.post(url, json={"name": f"E{i}"}).status_code == 201
    refused = client.post(url, json={"name": "one too many"})
    assert refused.status_code == 400 and "100" in refused.json()["error"]["message"]


def test_seeding_makes_tests_with_runs(runscope_fake: RunscopeFake) -> None:
    runscope_fake.seed(3)
    tests = list(runscope_fake.default_bucket.tests.values())
    assert [t.outcome for t in tests] == ["pass", "pass", "fail"]
    assert len(runscope_fake.runs) == 3
