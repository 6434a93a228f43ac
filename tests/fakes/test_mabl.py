"""The mabl fake over raw HTTP: a deployment's execution result through the three states the facts describe, the
export's signed link, Basic auth, and the CLI serving it."""

from __future__ import annotations

import select
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from qaclients_fakes import FakeTransport, MablFake, ManualClock, PlanScript
from qaclients_fakes._mabl import DEFAULT_KEY, DEFAULT_WORKSPACE, ENVIRONMENT, SMOKE_PLAN
from tests.fakes.test_cli import STARTUP_SECONDS, _command

AUTH = ("key", DEFAULT_KEY)


@pytest.fixture
def http(mabl_fake: MablFake) -> Iterator[httpx.Client]:
    with httpx.Client(transport=FakeTransport(mabl_fake), base_url="https://api.mabl.com", auth=AUTH) as client:
        yield client


def test_a_retried_plan_goes_scheduled_then_retrying_then_complete(mabl_fake: MablFake, http: httpx.Client) -> None:
    clock = mabl_fake.clock
    assert isinstance(clock, ManualClock)
    mabl_fake.plans[SMOKE_PLAN].script = PlanScript(outcome="failed", retry_outcome="succeeded", runs_for=60)
    event = http.post("/events/deployment", json={"environment_id": ENVIRONMENT, "plan_labels": ["smoke"]}).json()
    (triggered,) = event["triggered_plan_run_summaries"]

    def result() -> dict[str, object]:
        body = http.get(f"/execution/result/event/{event['id']}").json()
        assert isinstance(body, dict)
        return body

    scheduled = result()
    assert scheduled["event_status"] == {} and scheduled["plan_execution_metrics"] is None
    assert [e["status"] for e in scheduled["executions"]] == ["scheduled"]  # type: ignore[union-attr]
    clock.advance(30)
    assert [e["status"] for e in result()["executions"]] == ["running"]  # type: ignore[union-attr]
    clock.advance(36)  # the first attempt failed at 65 s; its retry is scheduled until 70 s
    retrying = result()
    first, retry = retrying["executions"]  # type: ignore[misc]
    assert (first["status"], retry["status"], retry["plan_execution"]["is_retry"]) == ("failed", "scheduled", True)
    assert retry["plan_execution"]["retry_of_id"] == triggered["plan_run_id"] and retrying["event_status"] == {}
    clock.advance(70)
    done = result()
    assert [e["status"] for e in done["executions"]] == ["failed", "succeeded"]  # type: ignore[union-attr]
    assert done["event_status"] == {
        "succeeded": True,
        "succeeded_first_attempt": False,
        "succeeded_with_retries": True,
        "succeeded_by_plan": {SMOKE_PLAN: True},
    }
    assert mabl_fake.violations == []


def test_the_export_link_needs_no_key_but_its_signature(mabl_fake: MablFake, http: httpx.Client) -> None:
    mabl_fake.seed(1)
    run = mabl_fake.history[0]["test_run_id"]
    created = http.post(f"/report/runArtifacts/testRun/{run}", json={"artifact_types": ["screenshots"]})
    assert created.status_code == 202 and created.json()["status"] == "pending"
    assert isinstance(mabl_fake.clock, ManualClock)
    mabl_fake.clock.advance(mabl_fake.export_ready_after)
    link = http.get(f"/report/runArtifacts/export/{created.json()['id']}").json()["download_url"]
    with httpx.Client(transport=FakeTransport(mabl_fake)) as anonymous:
        zipped = anonymous.get(link)
        assert zipped.status_code == 200 and zipped.content[:2] == b"PK"
        assert anonymous.get(link.replace("signature=", "signature=0")).status_code == 403


def test_basic_auth_wants_the_user_key(mabl_fake: MablFake) -> None:
    with httpx.Client(transport=FakeTransport(mabl_fake), base_url="https://api.mabl.com") as client:
        query = {"workspace_id": DEFAULT_WORKSPACE}
        assert client.get("/link/labels", params=query, auth=("key", DEFAULT_KEY)).status_code == 200
        assert client.get("/link/labels", params=query, auth=("", DEFAULT_KEY)).status_code == 401
        assert client.get("/link/labels", params=query, auth=("key", "wrong")).status_code == 401


def test_the_cli_serves_mabl(tmp_path: Path) -> None:
    with (tmp_path / "stderr.log").open("w+") as stderr:
        process = subprocess.Popen(
            [*_command(), "mabl", "--port", "0", "--seed-runs", "7", "--token", "cli-key"],
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        )
        try:
            assert process.stdout is not None
            readable, _, _ = select.select([process.stdout], [], [], STARTUP_SECONDS)
            assert readable, "the CLI printed nothing"
            url = process.stdout.readline().strip()
            body = httpx.get(f"{url}/results/workspace/{DEFAULT_WORKSPACE}/testRuns", auth=("key", "cli-key")).json()
            assert body["number_of_runs"] == 7 and body["cursor"] is None
        finally:
            process.terminate()
            process.wait(STARTUP_SECONDS)
            if process.stdout is not None:
                process.stdout.close()
