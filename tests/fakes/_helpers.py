"""Helpers shared by the fakes' tests."""

from __future__ import annotations

import httpx

BASE_URL = "https://example.testmo.net/api/v1"
TOKEN = "testmo-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def new_run(client: httpx.Client, **body: object) -> int:
    """Create a run in project 1 and return its id."""
    response = client.post("/projects/1/automation/runs", json={"name": "Run", "source": "ci", **body})
    assert response.status_code == 201, response.text
    run_id = response.json()["id"]
    assert isinstance(run_id, int)
    return run_id


def new_thread(client: httpx.Client, run_id: int, **body: object) -> int:
    """Create a thread in a run and return its id."""
    response = client.post(f"/automation/runs/{run_id}/threads", json=body)
    assert response.status_code == 201, response.text
    thread_id = response.json()["id"]
    assert isinstance(thread_id, int)
    return thread_id


def result(key: str, status: str, **extra: object) -> dict[str, object]:
    """One test result for a thread append."""
    return {"key": key, "name": f"Test {key}", "folder": "suite", "status": status, **extra}
