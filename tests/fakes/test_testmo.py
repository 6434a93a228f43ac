"""The Testmo fake: state transitions, counters, auth, request validation (qaclients_fakes/_testmo.py)."""

from __future__ import annotations

import httpx
import pytest

from qaclients_fakes import ManualClock, TestmoFake
from tests.fakes._helpers import new_run, new_thread, result


def test_creating_a_run_stores_what_was_sent(client: httpx.Client, testmo_fake: TestmoFake) -> None:
    run_id = new_run(
        client,
        name="Nightly",
        source="frontend",
        tags=["a", "b"],
        config="Chrome",
        milestone_id=7,
        artifacts=[{"name": "log", "url": "https://example.com/log"}],
        links=[{"name": "CI", "url": "https://ci.example.com/1"}],
    )

    run = testmo_fake.runs[run_id]
    assert (run.name, run.project_id, run.tags, run.created_by) == ("Nightly", 1, ["a", "b"], 1)
    assert run.source_id == testmo_fake.sources["frontend"]
    assert testmo_fake.configs[run.config_id or 0] == "Chrome"
    assert run.milestone_id == 7
    assert run.created_at == testmo_fake.clock.now()
    body = client.get(f"/automation/runs/{run_id}").json()["result"]
    assert body["created_at"] == "2024-01-01T00:00:00.000Z"
    assert (body["status"], body["is_completed"], body["elapsed"], body["updated_at"]) == (4, False, None, None)
    assert body["threads"] == []
    assert body["links"] == [{"name": "CI", "url": "https://ci.example.com/1"}]


def test_counters_follow_the_status_aliases(client: httpx.Client) -> None:
    run_id = new_run(client)
    thread_id = new_thread(client, run_id)
    tests = [
        result("a", "passed"),
        result("b", "failed"),
        result("c", "error"),
        result("d", "skipped"),
        result("e", "blocked"),
        result("f", "untested"),
        result("g", "Passed"),
    ]
    assert client.post(f"/automation/runs/threads/{thread_id}/append", json={"tests": tests}).status_code == 204

    run = client.get(f"/automation/runs/{run_id}").json()["result"]
    expected = {"status1_count": 2, "status2_count": 2, "status3_count": 1, "status4_count": 1, "untested_count": 1}
    assert {key: run[key] for key in expected} == expected
    assert (run["success_count"], run["failure_count"], run["completed_count"], run["total_count"]) == (2, 2, 6, 7)
    assert all(run[f"status{slot}_count"] == 0 for slot in range(5, 25))
    assert run["threads"][0]["total_count"] == 7
    assert (run["thread_count"], run["thread_active_count"], run["thread_completed_count"]) == (1, 1, 0)


def test_each_new_alias_takes_the_next_slot(testmo_fake: TestmoFake) -> None:
    slots = testmo_fake.statuses
    assert [slots.slot(alias) for alias in ("blocked", "retest", "blocked", "FAILURE", "untested")] == [4, 5, 4, 2, 0]
    for index in range(30):
        slots.slot(f"custom{index}")
    assert slots.slot("one-too-many") == 24


def test_a_run_completes_with_its_threads(client: httpx.Client, testmo_fake: TestmoFake) -> None:
    clock = testmo_fake.clock
    assert isinstance(clock, ManualClock)
    run_id = new_run(client)
    first, second = new_thread(client, run_id), new_thread(client, run_id)
    client.post(f"/automation/runs/threads/{first}/append", json={"tests": [result("a", "failed")]})
    client.post(f"/automation/runs/threads/{second}/append", json={"tests": [result("b", "passed")]})
    clock.advance(30)
    assert client.post(f"/automation/runs/threads/{first}/complete", json={}).status_code == 204

    partial = client.get(f"/automation/runs/{run_id}").json()["result"]
    assert (partial["thread_active_count"], partial["thread_completed_count"], partial["status"]) == (1, 1, 4)
    assert partial["threads"][0]["completed_at"] == "2024-01-01T00:00:30.000Z"
    assert partial["threads"][0]["status"] == 3

    clock.advance(60)
    assert client.post(f"/automation/runs/{run_id}/complete", json={"measure_elapsed": True}).status_code == 204
    run = client.get(f"/automation/runs/{run_id}").json()["result"]
    assert (run["status"], run["is_completed"], run["completed_by"]) == (3, True, 1)
    assert run["completed_at"] == "2024-01-01T00:01:30.000Z"
    assert run["elapsed"] == 90_000_000
    assert (run["thread_active_count"], run["thread_completed_count"]) == (0, 2)
    assert [thread["is_completed"] for thread in run["threads"]] == [True, True]
    assert testmo_fake.threads[second].completed_at == clock.now()


def test_a_run_without_failures_succeeds(client: httpx.Client) -> None:
    run_id = new_run(client)
    thread_id = new_thread(client, run_id)
    client.post(f"/automation/runs/threads/{thread_id}/append", json={"tests": [result("a", "passed")]})
    client.post(f"/automation/runs/{run_id}/complete", json={})
    assert client.get(f"/automation/runs/{run_id}").json()["result"]["status"] == 2


def test_elapsed_adds_up_per_thread_and_the_longest_thread_times_the_run(client: httpx.Client) -> None:
    run_id = new_run(client)
    slow = new_thread(client, run_id, elapsed_observed=1_000)
    client.post(f"/automation/runs/threads/{slow}/append", json={"elapsed_observed": 2_000})
    client.post(f"/automation/runs/threads/{slow}/complete", json={"elapsed_observed": 500})
    fast = new_thread(client, run_id, elapsed_computed=700)
    client.post(f"/automation/runs/{run_id}/complete", json={"measure_elapsed": False})

    run = client.get(f"/automation/runs/{run_id}").json()["result"]
    assert [thread["elapsed"] for thread in run["threads"]] == [3_500, 700]
    assert run["elapsed"] == 3_500
    assert fast == slow + 1


def test_appends_accumulate(client: httpx.Client, testmo_fake: TestmoFake) -> None:
    run_id = new_run(client, artifacts=[{"name": "one", "url": "u1"}])
    field = {"type": 1, "name": "Browser", "value": "Chrome"}
    client.post(f"/automation/runs/{run_id}/append", json={"artifacts": [{"name": "two", "url": "u2"}]})
    client.post(f"/automation/runs/{run_id}/append", json={"fields": [field], "links": [{"name": "l", "url": "u"}]})
    thread_id = new_thread(client, run_id, fields=[field])
    client.post(f"/automation/runs/threads/{thread_id}/append", json={"tests": [result("a", "passed")]})
    client.post(f"/automation/runs/threads/{thread_id}/append", json={"tests": [result("b", "passed")], "fields": []})

    run = testmo_fake.runs[run_id]
    assert [artifact["name"] for artifact in run.artifacts] == ["one", "two"]
    assert (run.fields, len(run.links)) == ([field], 1)
    assert [test["key"] for test in testmo_fake.threads[thread_id].tests] == ["a", "b"]
    assert run.updated_by == 1
    assert run.updated_at == testmo_fake.clock.now()


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("POST", "/automation/runs/{run}/append", {"links": []}),
        ("POST", "/automation/runs/{run}/complete", {}),
        ("POST", "/automation/runs/{run}/threads", {}),
        ("POST", "/automation/runs/threads/{thread}/append", {"tests": []}),
        ("POST", "/automation/runs/threads/{thread}/complete", {}),
    ],
)
def test_a_completed_run_takes_no_more_writes(client: httpx.Client, method: str, path: str, body: object) -> None:
    run_id = new_run(client)
    thread_id = new_thread(client, run_id)
    assert client.post(f"/automation/runs/{run_id}/complete", json={}).status_code == 204

    response = client.request(method, path.format(run=run_id, thread=thread_id), json=body)

    assert response.status_code == 422
    assert "already completed" in response.json()["message"]
    assert response.json()["errors"]


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/automation/runs/99", 404),
        ("POST", "/automation/runs/99/append", 404),
        ("POST", "/automation/runs/threads/99/complete", 404),
        ("POST", "/projects/2/automation/runs", 404),
        ("GET", "/projects/2/automation/runs", 403),
    ],
)
def test_unknown_objects(client: httpx.Client, method: str, path: str, status: int) -> None:
    body = {"name": "x", "source": "y"} if method == "POST" else None
    response = client.request(method, path, json=body)
    assert response.status_code == status
    assert set(response.json()) == {"message"}


def test_added_projects_exist(client: httpx.Client, testmo_fake: TestmoFake) -> None:
    testmo_fake.add_project(2)
    assert client.post("/projects/2/automation/runs", json={"name": "x", "source": "y"}).status_code == 201
    assert client.get("/projects/2/automation/runs").json()["total"] == 1


@pytest.mark.parametrize("header", [None, "Bearer wrong", "Basic dGVzdG1vLXRva2Vu", "Bearer"])
def test_requests_without_the_token_get_401(client: httpx.Client, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    if header is None:
        del client.headers["Authorization"]
    response = client.get("/projects/1/automation/runs", headers=headers)
    assert response.status_code == 401
    assert response.json() == {"message": "Unauthenticated."}


def test_each_token_acts_as_its_user(client: httpx.Client, testmo_fake: TestmoFake) -> None:
    testmo_fake.add_user(5, "Robot", token="robot-token")
    response = client.post(
        "/projects/1/automation/runs",
        json={"name": "by robot", "source": "ci"},
        headers={"Authorization": "Bearer robot-token"},
    )
    run_id = response.json()["id"]
    assert testmo_fake.runs[run_id].created_by == 5
    expands = client.get(f"/automation/runs/{run_id}", params={"expands": "users"}).json()["expands"]
    assert expands == {"users": [{"id": 5, "name": "Robot"}]}


def test_a_custom_token() -> None:
    fake = TestmoFake(token="secret", user_id=9, clock=ManualClock())
    assert fake.tokens == {"secret": 9}
    status, _, _ = fake.handle("GET", "/api/v1/projects/1/automation/runs", "", {"Authorization": "Bearer secret"})
    assert status == 200


class TestRequestValidation:
    def test_missing_and_invalid_fields_are_named(self, client: httpx.Client) -> None:
        response = client.post("/projects/1/automation/runs", json={"name": "", "tags": "not-a-list"})
        assert response.status_code == 422
        body = response.json()
        assert set(body["errors"]) == {"name", "source", "tags"}
        assert body["errors"]["source"] == ["The source field is required."]
        assert body["message"].endswith("(and 2 more errors)")

    def test_nested_fields_use_dotted_paths(self, client: httpx.Client) -> None:
        thread_id = new_thread(client, new_run(client))
        bad = [
            result("UPPER", "passed"),
            result("ok", "", elapsed=-1, fields=[{"type": 9, "name": "x", "note": "n" * 81}]),
        ]
        response = client.post(f"/automation/runs/threads/{thread_id}/append", json={"tests": bad})
        assert response.status_code == 422
        assert set(response.json()["errors"]) == {
            "tests.0.key",
            "tests.1.status",
            "tests.1.elapsed",
            "tests.1.fields.0.type",
            "tests.1.fields.0.note",
        }

    def test_missing_required_test_fields(self, client: httpx.Client) -> None:
        thread_id = new_thread(client, new_run(client))
        response = client.post(f"/automation/runs/threads/{thread_id}/append", json={"tests": [{"key": "a"}]})
        assert set(response.json()["errors"]) == {"tests.0.name", "tests.0.status", "tests.0.folder"}

    @pytest.mark.parametrize(
        ("params", "field"),
        [
            ({"per_page": "10"}, "per_page"),
            ({"page": "0"}, "page"),
            ({"page": "two"}, "page"),
            ({"order": "up"}, "order"),
            ({"created_after": "2024-13-01T00:00:00Z"}, "created_after"),
            ({"created_before": "yesterday"}, "created_before"),
            ({"created_by": "1;2"}, "created_by"),
            ({"expands": "users,friends"}, "expands"),
            ({"state": "3"}, "state"),
            ({"sort": "automation_runs:colour"}, "sort"),
        ],
    )
    def test_bad_query_parameters(self, client: httpx.Client, params: dict[str, str], field: str) -> None:
        response = client.get("/projects/1/automation/runs", params=params)
        assert response.status_code == 422
        assert list(response.json()["errors"]) == [field]

    def test_a_repeated_parameter(self, client: httpx.Client) -> None:
        response = client.get("/projects/1/automation/runs", params=[("page", "1"), ("page", "2")])
        assert response.json()["errors"] == {"page": ["The page field must be given once."]}

    @pytest.mark.parametrize("path", ["/automation/runs/abc", "/automation/runs/0", "/automation/runs/-1"])
    def test_bad_path_parameters(self, client: httpx.Client, path: str) -> None:
        response = client.get(path)
        assert response.status_code == 422
        assert list(response.json()["errors"]) == ["automation_run_id"]

    def test_malformed_json_is_a_400(self, client: httpx.Client) -> None:
        response = client.post(
            "/projects/1/automation/runs", content=b'{"name": ', headers={"Content-Type": "application/json"}
        )
        assert response.status_code == 400
        assert "not valid JSON" in response.json()["message"]

    def test_a_body_that_is_not_json_is_a_400(self, client: httpx.Client) -> None:
        response = client.post("/projects/1/automation/runs", data={"name": "x", "source": "y"})
        assert response.status_code == 400
        assert "Content-Type" in response.json()["message"]

    def test_a_missing_body_is_a_422(self, client: httpx.Client) -> None:
        response = client.post("/automation/runs/threads/1/complete")
        assert response.status_code == 422
        assert list(response.json()["errors"]) == ["body"]

    def test_empty_objects_and_arrays_are_accepted(self, client: httpx.Client) -> None:
        run_id = new_run(client, tags=[], artifacts=[], fields=[], links=[])
        thread_id = new_thread(client, run_id, artifacts=[], fields=[])
        assert client.post(f"/automation/runs/threads/{thread_id}/append", json={}).status_code == 204
        assert client.post(f"/automation/runs/threads/{thread_id}/complete", json={}).status_code == 204
        assert client.post(f"/automation/runs/{run_id}/append", json={}).status_code == 204


def test_the_request_log_shows_what_was_appended(client: httpx.Client, testmo_fake: TestmoFake) -> None:
    thread_id = new_thread(client, new_run(client))
    client.post(f"/automation/runs/threads/{thread_id}/append", json={"tests": [result("a", "passed")]})
    client.post(f"/automation/runs/threads/{thread_id}/append", json={"tests": [result("b", "failed")]})

    appended = [
        test["key"]
        for entry in testmo_fake.requests
        if entry.operation_id == "append_automation_run_thread" and entry.status == 204
        for test in entry.json["tests"]
    ]
    assert appended == ["a", "b"]
    assert len(appended) == len(set(appended)), "no test was appended twice"
    first = testmo_fake.requests[0]
    assert (first.method, first.path, first.status) == ("POST", "/api/v1/projects/1/automation/runs", 201)
    assert "Authorization" not in repr(testmo_fake.requests)


async def test_the_async_transport_reaches_the_same_state(aclient: httpx.AsyncClient, testmo_fake: TestmoFake) -> None:
    response = await aclient.post("/projects/1/automation/runs", json={"name": "async", "source": "ci"})
    assert response.status_code == 201
    assert testmo_fake.runs[response.json()["id"]].name == "async"
    assert (await aclient.get("/projects/1/automation/runs")).json()["total"] == 1
