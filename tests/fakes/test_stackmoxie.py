"""The Stack Moxie fake: runs and jobs that move with its clock, the vendor's refusals, and the CLI."""

from __future__ import annotations

import json
import select
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from qaclients_fakes import FakeTransport, ManualClock, StackMoxieFake
from qaclients_fakes._stackmoxie import DEFAULT_ORG, RUNS_PER_PAGE
from tests.fakes.test_cli import STARTUP_SECONDS, _command

AUTH = {"Authorization": "Bearer stackmoxie-token"}
STEP = {"cog": "automatoninc/salesforce", "stepId": "CheckRecord", "name": "Check"}


@pytest.fixture
def client(stackmoxie_fake: StackMoxieFake) -> Iterator[httpx.Client]:
    base = f"https://app.stackmoxie.com/api/v1/organizations/{DEFAULT_ORG}"
    with httpx.Client(transport=FakeTransport(stackmoxie_fake), base_url=base, headers=AUTH) as http:
        yield http


def _scenario(client: httpx.Client, steps: int = 2) -> int:
    response = client.post("/scenarios", json={"name": "Lead sync", "definition": {"steps": [STEP] * steps}})
    assert response.status_code == 200, response.text
    scenario_id: int = response.json()["id"]
    return scenario_id


def test_a_run_goes_created_running_then_its_final_outcome(
    stackmoxie_fake: StackMoxieFake, client: httpx.Client
) -> None:
    assert isinstance(stackmoxie_fake.clock, ManualClock)
    scenario = _scenario(client, steps=2)
    stackmoxie_fake.script_runs("Failed")
    run = client.post(f"/scenarios/{scenario}/runs", json={"tokens": {"email": "a@b.c"}, "notify": "team"}).json()
    seen = [run["outcome"]]
    for _ in range(4):
        stackmoxie_fake.clock.advance(2)
        seen.append(client.get(f"/scenarios/{scenario}/runs/{run['id']}").json()["outcome"])
    assert seen == ["Created", "Running", "Running", "Running", "Failed"]
    log = client.get(f"/scenarios/{scenario}/runs/{run['id']}/log/{run['log']}").json()
    assert [step["outcome"] for step in log["body"]] == ["Passed", "Failed"]
    final = client.get(f"/scenarios/{scenario}/mostRecentRun").json()
    assert (final["id"], final["duration"]) == (run["id"], 6000)


def test_an_async_job_processes_then_completes_with_the_scenario_in_data(
    stackmoxie_fake: StackMoxieFake, client: httpx.Client
) -> None:
    assert isinstance(stackmoxie_fake.clock, ManualClock)
    job_id = client.post("/asyncScenario", json={"name": "Async", "definition": {"steps": [STEP]}}).json()["jobId"]
    first = client.get(f"/job/{job_id}").json()
    assert (first["status"], first["data"]) == ("Processing", None)
    stackmoxie_fake.clock.advance(5)
    done = client.get(f"/job/{job_id}").json()
    assert done["status"] == "Complete"
    created = json.loads(done["data"])
    assert client.get(f"/scenarios/{created['id']}").json()["name"] == "Async"


def test_an_async_job_fails_with_its_reason(stackmoxie_fake: StackMoxieFake, client: httpx.Client) -> None:
    assert isinstance(stackmoxie_fake.clock, ManualClock)
    body = {"name": "Bad", "definition": {"steps": [{**STEP, "cog": "nobody/nothing"}]}}
    job_id = client.post("/asyncScenario", json=body).json()["jobId"]
    stackmoxie_fake.clock.advance(5)
    job = client.get(f"/job/{job_id}").json()
    assert job["status"] == "Failed"
    assert "unknown cog nobody/nothing" in json.loads(job["data"])["message"]
    assert [s["name"] for s in client.get("/scenarios").json()] == []


def test_runs_are_paged_newest_first_and_filtered(stackmoxie_fake: StackMoxieFake, client: httpx.Client) -> None:
    runs = stackmoxie_fake.seed_runs(30)
    scenario = runs[0].scenario_id
    first = client.get(f"/scenarios/{scenario}/runs").json()
    second = client.get(f"/scenarios/{scenario}/runs", params={"page": 2}).json()
    assert (len(first), len(second)) == (RUNS_PER_PAGE, 30 - RUNS_PER_PAGE)
    assert [r["id"] for r in first + second] == [run.id for run in reversed(runs)]
    assert client.get(f"/scenarios/{scenario}/runs", params={"page": 3}).json() == []
    failed = client.get(f"/scenarios/{scenario}/runs", params={"outcome": "Failed,Error"}).json()
    assert {r["outcome"] for r in failed} == {"Failed", "Error"} and len(failed) == 12
    middle = runs[10].created_at
    after = client.get(f"/scenarios/{scenario}/runs", params={"ranAfter": middle}).json()
    assert len(after) == 19


def test_errors_have_the_vendors_shape(client: httpx.Client) -> None:
    scenario = _scenario(client)
    bad = client.post(f"/scenarios/{scenario}/runs", json={"notify": "everyone"})
    assert bad.status_code == 400 and bad.json()["name"] == "BadRequest" and "notify" in bad.json()["message"]
    assert client.get("/scenarios/999").json() == {"name": "NotFound", "message": "Scenario not found."}
    malformed = client.post("/scenarios", json={"name": "x", "definition": {"steps": [{"cog": "a/b"}]}})
    assert malformed.status_code == 422
    other_org = client.get(
        "https://app.stackmoxie.com/api/v1/organizations/00000000-0000-4000-8000-000000000009/folders"
    )
    assert other_org.status_code == 403
    assert client.get("/scenarios", headers={"Authorization": "Bearer nope"}).status_code == 401


def test_connections_check_auth_fields_and_refuse_duplicates(client: httpx.Client) -> None:
    assert client.post("/connections", json={"cog": "stackmoxie/hubspot", "auth": {}}).status_code == 422
    made = client.post("/connections", json={"cog": "stackmoxie/hubspot", "auth": {"accessToken": "t"}})
    assert made.status_code == 200 and "auth" not in made.json()
    again = client.post("/connections", json={"cog": "stackmoxie/hubspot", "auth": {"accessToken": "t"}})
    assert again.status_code == 409


def test_the_cli_serves_stackmoxie(tmp_path: Path) -> None:
    with (tmp_path / "stderr.log").open("w+") as stderr:
        command = [*_command(), "stackmoxie", "--port", "0", "--seed-runs", "7", "--token", "cli-token"]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=stderr, text=True)
        try:
            assert process.stdout is not None
            readable, _, _ = select.select([process.stdout], [], [], STARTUP_SECONDS)
            assert readable, "the CLI printed nothing"
            base = process.stdout.readline().strip()
            assert base.startswith("http://127.0.0.1:") and base.endswith("/api")
            headers = {"Authorization": "Bearer cli-token"}
            scenarios = httpx.get(f"{base}/v1/organizations/{DEFAULT_ORG}/scenarios", headers=headers).json()
            runs = httpx.get(
                f"{base}/v1/organizations/{DEFAULT_ORG}/scenarios/{scenarios[0]['id']}/runs", headers=headers
            )
            assert len(runs.json()) == 7
        finally:
            process.terminate()
            process.wait(STARTUP_SECONDS)
            if process.stdout is not None:
                process.stdout.close()
