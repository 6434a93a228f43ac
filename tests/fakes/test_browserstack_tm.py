"""The BrowserStack Test Management fake: selection, background changes, events, filters, errors
(qaclients_fakes/_browserstack_tm.py)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from qaclients_fakes import BrowserStackTMFake, FakeTransport, ManualClock
from tests.fakes._browserstack_tm_helpers import BASE_URL, CREDENTIALS, RUNS


@pytest.fixture
def client(browserstack_tm_fake: BrowserStackTMFake) -> Iterator[httpx.Client]:
    transport = FakeTransport(browserstack_tm_fake)
    with httpx.Client(transport=transport, base_url=BASE_URL, auth=CREDENTIALS) as http:
        yield http


@pytest.fixture
def clock(browserstack_tm_fake: BrowserStackTMFake) -> ManualClock:
    assert isinstance(browserstack_tm_fake.clock, ManualClock)
    return browserstack_tm_fake.clock


def create(client: httpx.Client, **fields: Any) -> dict[str, Any]:
    response = client.post(RUNS, json={"test_run": fields})
    assert response.status_code == 200, response.text
    run: dict[str, Any] = response.json()["test_run"]
    return run


def cases(client: httpx.Client, run_id: str, **params: Any) -> list[tuple[str, int | None]]:
    body = client.get(f"{RUNS}/{run_id}/test-cases", params={"page_size": 100, **params}).json()
    return [(row["identifier"], row.get("configuration_id")) for row in body["test_cases"]]


def test_wrong_credentials_are_refused(browserstack_tm_fake: BrowserStackTMFake) -> None:
    with httpx.Client(transport=FakeTransport(browserstack_tm_fake), base_url=BASE_URL, auth=("u", "nope")) as http:
        response = http.get(RUNS)
    assert response.status_code == 401
    assert response.json() == {"success": False, "message": "Unauthenticated."}


def test_the_token_form_of_the_credentials(browserstack_tm_fake: BrowserStackTMFake) -> None:
    fake = BrowserStackTMFake(token="someone:k3y")
    assert fake.credentials == ("someone", "k3y")


def test_create_expands_test_cases_under_configurations_and_the_map(client: httpx.Client) -> None:
    run = create(
        client,
        test_cases=["TC-1", "TC-2", "TC-3"],
        configurations=[101, 102],
        configuration_map=[{"test_case_id": "TC-3", "configuration_ids": [103]}],
    )
    assert run["name"] == "Test Run-01/01/2024"  # inferred default name, like the docs' examples
    assert run["test_cases_count"] == 5
    assert cases(client, run["identifier"]) == [
        ("TC-1", 101),
        ("TC-1", 102),
        ("TC-2", 101),
        ("TC-2", 102),
        ("TC-3", 103),
    ]


def test_create_selects_by_folder_and_filter(client: httpx.Client, browserstack_tm_fake: BrowserStackTMFake) -> None:
    project = browserstack_tm_fake.projects["PR-1"]
    in_folder = {i for i, case in project.test_cases.items() if case.folder_id == 10}
    smoke_in_folder = {i for i in in_folder if project.test_cases[i].case_type == "smoke"}
    smoke = {i for i, case in project.test_cases.items() if case.case_type == "smoke"}

    by_folder = create(client, folder_ids=[10])
    scoped = create(client, folder_ids=[10], filter_test_cases={"case_type": ["smoke"]}, filter_scope="within_folders")
    everything = create(client, include_all=True, test_cases=["TC-1"])
    globally = create(client, filter_test_cases={"case_type": ["smoke"]})

    assert {case for case, _ in cases(client, by_folder["identifier"])} == in_folder
    assert {case for case, _ in cases(client, scoped["identifier"])} == smoke_in_folder
    assert everything["test_cases_count"] == 60
    assert {case for case, _ in cases(client, globally["identifier"])} == smoke


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"test_plan_id": "TP-1", "sub_test_plan_id": "STP-1"}, "validation_failed"),
        ({"sub_test_plan_id": "TP-1"}, "validation_failed"),
        ({"test_cases": ["TC-999"]}, "invalid_test_case_id"),
        ({"configurations": [7]}, "invalid_configuration_ids"),
        ({"test_cases": [{"id": "TC-1"}]}, "validation_failed"),
    ],
)
def test_create_refusals_name_their_error(client: httpx.Client, fields: dict[str, Any], code: str) -> None:
    response = client.post(RUNS, json={"test_run": fields})
    assert response.status_code == 400
    assert response.json()["error"] == code
    assert response.json()["success"] is False


def test_a_linked_test_plan_is_shown(client: httpx.Client) -> None:
    run = create(client, test_plan_id="TP-2")
    assert run["test_plan"] == {"identifier": "TP-2", "name": "Release 2"}


def test_a_clone_gets_its_test_cases_after_the_delay(
    client: httpx.Client, browserstack_tm_fake: BrowserStackTMFake, clock: ManualClock
) -> None:
    source = create(client, name="Nightly", test_cases=["TC-1", "TC-2"], tags=["t"], assignee="a@example.com")
    response = client.post(f"{RUNS}/{source['identifier']}/clone", json={})
    clone = response.json()["test_run"]

    assert (clone["name"], clone["tags"], clone["assignee"]) == ("Nightly - Copy", ["t"], "a@example.com")
    assert clone["test_case_summary"]["untested"] == 2
    assert cases(client, clone["identifier"]) == []
    clock.advance(browserstack_tm_fake.clone_delay)
    assert cases(client, clone["identifier"]) == [("TC-1", None), ("TC-2", None)]


def test_clone_by_results_takes_the_matching_cases(
    client: httpx.Client, browserstack_tm_fake: BrowserStackTMFake
) -> None:
    browserstack_tm_fake.clone_delay = 0
    source = create(client, test_cases=["TC-1", "TC-2", "TC-3"])["identifier"]
    browserstack_tm_fake.record_result(source, "TC-2", "failed")
    browserstack_tm_fake.record_result(source, "TC-3", "passed")
    body = {"test_case_selection": "by_results", "statuses": ["failed"], "name": "Re-run", "copy_tags": False}
    clone = client.post(f"{RUNS}/{source}/clone", json=body).json()["test_run"]
    assert clone["name"] == "Re-run"
    assert cases(client, clone["identifier"]) == [("TC-2", None)]
    refused = client.post(f"{RUNS}/{source}/clone", json={"test_case_selection": "by_results"})
    assert refused.status_code == 400


def test_an_automated_run_cannot_be_cloned(client: httpx.Client, browserstack_tm_fake: BrowserStackTMFake) -> None:
    run = create(client)["identifier"]
    browserstack_tm_fake.runs[run].automated = True
    assert client.post(f"{RUNS}/{run}/clone", json={}).status_code == 404


def test_add_remove_answers_202_then_applies_and_sends_events(
    client: httpx.Client, browserstack_tm_fake: BrowserStackTMFake, clock: ManualClock
) -> None:
    seen: list[tuple[str, dict[str, Any]]] = []
    browserstack_tm_fake.on_event = lambda name, payload: seen.append((name, payload))
    run = create(client, test_cases=["TC-1", "TC-2"], configurations=[101])["identifier"]
    change = {
        "add_test_cases": [{"test_case_ids": ["TC-3", "TC-1"], "configuration_ids": [101]}],
        "remove_test_cases": [{"test_case_ids": ["TC-2"], "configuration_ids": [101, 102]}],
        "preserve_existing_results": True,
    }
    response = client.patch(f"{RUNS}/{run}/update-test-cases", json={"test_run": change})

    assert response.status_code == 202
    unique_id = response.json()["unique_id"]
    assert response.json()["async"] is True
    assert cases(client, run) == [("TC-1", 101), ("TC-2", 101)]
    assert browserstack_tm_fake.pending == 1
    clock.advance(browserstack_tm_fake.update_delay)
    assert cases(client, run) == [("TC-1", 101), ("TC-3", 101)]
    assert (
        seen
        == browserstack_tm_fake.events
        == [
            (
                "test_run_test_cases_updated",
                {"unique_id": unique_id, "operation": "remove", "affected_mapping_count": 1},
            ),
            ("test_run_test_cases_updated", {"unique_id": unique_id, "operation": "add", "affected_mapping_count": 1}),
        ]
    )


def test_the_facts_alias_path_does_the_same(client: httpx.Client, browserstack_tm_fake: BrowserStackTMFake) -> None:
    browserstack_tm_fake.update_delay = 0
    run = create(client)["identifier"]
    change = {"add_test_cases": [{"test_case_ids": ["TC-9"]}]}
    assert client.patch(f"{RUNS}/{run}/test-cases", json={"test_run": change}).status_code == 202
    assert cases(client, run) == [("TC-9", None)]


def test_results_are_reset_unless_preserved(client: httpx.Client, browserstack_tm_fake: BrowserStackTMFake) -> None:
    browserstack_tm_fake.update_delay = 0
    run = create(client, test_cases=["TC-1"])["identifier"]
    add = {"add_test_cases": [{"test_case_ids": ["TC-2"]}]}
    browserstack_tm_fake.record_result(run, "TC-1", "passed")
    client.patch(f"{RUNS}/{run}/update-test-cases", json={"test_run": add | {"preserve_existing_results": True}})
    assert browserstack_tm_fake.runs[run].entries[0].latest_status == "passed"
    client.patch(f"{RUNS}/{run}/update-test-cases", json={"test_run": add})
    assert browserstack_tm_fake.runs[run].entries[0].latest_status == "untested"


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({}, "operation_required"),
        ({"add_test_cases": [], "remove_test_cases": []}, "operation_required"),
        ({"preserve_existing_results": "y", "add_test_cases": [{"test_case_ids": ["TC-1"]}]}, "invalid_preserve_flag"),
        ({"add_test_cases": [{"ids": ["TC-1"]}]}, "invalid_entry_shape"),
        ({"add_test_cases": [{"test_case_ids": []}]}, "invalid_entry_shape"),
        ({"add_test_cases": [{"test_case_ids": ["TC-0"]}]}, "invalid_test_case_id"),
        ({"add_test_cases": [{"test_case_ids": ["TC-1"], "configuration_ids": [5]}]}, "invalid_configuration_ids"),
        ({"remove_test_cases": [{"test_case_ids": ["TC-1", "TC-1"]}]}, "duplicate_test_case_id"),
    ],
)  # fmt: skip
def test_add_remove_refusals_use_the_documented_codes(client: httpx.Client, change: dict[str, Any], code: str) -> None:
    run = create(client)["identifier"]
    response = client.patch(f"{RUNS}/{run}/update-test-cases", json={"test_run": change})
    assert response.status_code == 400
    assert response.json()["error"] == code


def test_too_many_test_cases_in_one_request(client: httpx.Client, browserstack_tm_fake: BrowserStackTMFake) -> None:
    run = create(client)["identifier"]
    ids = [f"TC-{n}" for n in range(1, 61)]
    change = {"add_test_cases": [{"test_case_ids": ids, "configuration_ids": [101, 102, 103]}] * 6}
    response = client.patch(f"{RUNS}/{run}/update-test-cases", json={"test_run": change})
    assert response.json()["error"] == "max_test_cases_per_request_exceeded"


def test_patch_keeps_what_it_does_not_name_and_replace_clears_it(client: httpx.Client) -> None:
    run = create(client, name="A", description="d", assignee="a@x.com", tags=["t"], test_cases=["TC-1"])["identifier"]
    patched = client.patch(f"{RUNS}/{run}/update", json={"test_run": {"name": "B"}}).json()["testrun"]
    assert (patched["name"], patched["description"], patched["assignee"], patched["tags"]) == (
        "B",
        "d",
        "a@x.com",
        ["t"],
    )
    assert patched["test_cases_count"] == 1

    body = {"name": "C", "description": None, "run_state": "in_progress", "assignee": None,
            "test_case_assignee": None, "tags": [], "issues": [], "configurations": [], "test_cases": ["TC-2", "TC-3"],
            "folder_ids": []}  # fmt: skip
    replaced = client.post(f"{RUNS}/{run}/update", json={"test_run": body}).json()["testrun"]
    assert (replaced["name"], replaced["assignee"], replaced["tags"], replaced["run_state"]) == (
        "C",
        None,
        [],
        "in_progress",
    )
    assert cases(client, run) == [("TC-2", None), ("TC-3", None)]
    incomplete = client.post(f"{RUNS}/{run}/update", json={"test_run": {"name": "D"}})
    assert incomplete.status_code == 400


def test_patching_configurations_keeps_results_of_pairs_that_stay(
    client: httpx.Client, browserstack_tm_fake: BrowserStackTMFake
) -> None:
    run = create(client, test_cases=["TC-1"], configurations=[101])["identifier"]
    browserstack_tm_fake.record_result(run, "TC-1", "passed")
    client.patch(f"{RUNS}/{run}/update", json={"test_run": {"configurations": [101, 102]}})
    entries = browserstack_tm_fake.runs[run].entries
    assert [(e.pair, e.latest_status) for e in entries] == [(("TC-1", 101), "passed"), (("TC-1", 102), "untested")]


def test_assign_sets_the_assignee_per_configuration(
    client: httpx.Client, browserstack_tm_fake: BrowserStackTMFake
) -> None:
    run = create(client, test_cases=["TC-1", "TC-2"], configurations=[101, 102])["identifier"]
    body = {"assign_to": [{"test_case_id": "TC-1", "configuration_id": 102, "assignee": "x@y.z"},
                          {"test_case_id": "TC-2", "assignee": "w@y.z"}]}  # fmt: skip
    assert client.post(f"{RUNS}/{run}/assign", json=body).json() == {"success": True}
    entries = browserstack_tm_fake.runs[run].entries
    assert [e.assignee for e in entries] == [None, "x@y.z", "w@y.z", "w@y.z"]
    unknown = {"assign_to": [{"test_case_id": "TC-50", "assignee": "x@y.z"}]}
    assert client.post(f"{RUNS}/{run}/assign", json=unknown).json()["error"] == "invalid_test_case_id"


def test_close_then_delete(client: httpx.Client) -> None:
    run = create(client)["identifier"]
    closed = client.post(f"{RUNS}/{run}/close").json()["testrun"]
    assert (closed["active_state"], closed["run_state"]) == ("closed", "closed")
    assert client.post(f"{RUNS}/{run}/delete").json()["message"] == f"Test Run {run} has been deleted successfully"
    assert client.get(f"{RUNS}/{run}").status_code == 404


def test_details_minified_and_the_null_500(client: httpx.Client, browserstack_tm_fake: BrowserStackTMFake) -> None:
    run = create(client, test_cases=["TC-1", "TC-2"])["identifier"]
    browserstack_tm_fake.record_result(run, "TC-1", "passed")
    detail = client.get(f"{RUNS}/{run}").json()["test_run"]
    assert detail["overall_progress"] == {"Passed": 1, "Untested": 1}
    assert [case["latest_status"] for case in detail["test_cases"]] == ["passed", "untested"]

    browserstack_tm_fake.minify_failures = 1
    failed = client.get(f"{RUNS}/{run}", params={"minify": "true"})
    assert (failed.status_code, failed.content) == (500, b"null")
    minified = client.get(f"{RUNS}/{run}", params={"minify": "true"}).json()["test_run"]
    assert "test_cases" not in minified and "urls" not in minified
    assert minified["overall_progress"] == {"Passed": 1, "Untested": 1}


def test_test_cases_page_by_30_and_fetch_steps_is_one_page(client: httpx.Client) -> None:
    run = create(client, include_all=True)["identifier"]
    first = client.get(f"{RUNS}/{run}/test-cases").json()
    assert first["info"] == {"page": 1, "page_size": 30, "count": 60, "prev": None, "next": 2}
    second = client.get(f"{RUNS}/{run}/test-cases", params={"p": 2}).json()
    assert second["info"]["next"] is None and second["test_cases"][0]["identifier"] == "TC-31"
    steps = client.get(f"{RUNS}/{run}/test-cases", params={"fetch_steps": "true", "p": 2}).json()
    assert steps["info"]["next"] is None and steps["test_cases"][0]["identifier"] == "TC-1"
    assert len(steps["test_cases"][0]["steps"]) == 2
    minified = client.get(f"{RUNS}/{run}/test-cases", params={"minify": "true"}).json()["test_cases"][0]
    assert set(minified) == {"identifier", "name", "description", "latest_status"}


def test_list_filters(client: httpx.Client, browserstack_tm_fake: BrowserStackTMFake, clock: ManualClock) -> None:
    seeded = browserstack_tm_fake.seed_runs(8)
    clock.advance(86_400 * 3)
    mine = create(client, assignee="me@example.com", run_state="in_progress", test_plan_id="TP-1")["identifier"]

    def listed(**params: Any) -> list[str]:
        return [run["identifier"] for run in client.get(RUNS, params=params).json()["test_runs"]]

    active = [run.identifier for run in seeded if run.closed_at is None]
    assert listed() == [mine, *reversed(active)]
    assert len(listed(include_closed="true")) == 9
    assert listed(assignee="me@example.com,other@example.com") == [mine]
    assert listed(run_state="in_progress") == [mine]
    assert listed(test_plan_id="TP-1") == [mine]
    assert listed(created_after="01-01-2024") == [mine]
    assert listed(created_before="2024-01-02") == list(reversed(active))
    assert sorted(listed(run_state="closed")) == sorted(run.identifier for run in seeded if run.closed_at)
    assert client.get(RUNS, params={"created_after": "2024-13-45"}).json()["error"] == "validation_failed"


def test_envelope_and_error_shapes_are_configurable(
    client: httpx.Client, browserstack_tm_fake: BrowserStackTMFake
) -> None:
    browserstack_tm_fake.envelope["create_test_run"] = "testrun"
    assert "testrun" in client.post(RUNS, json={"test_run": {}}).json()
    browserstack_tm_fake.error_body = lambda status, message, code: {"errors": message}
    assert client.get(f"{RUNS}/TR-99").json() == {"errors": "Test run TR-99 not found."}


def test_an_unknown_project_is_not_found(client: httpx.Client) -> None:
    assert client.get("/projects/PR-404/test-runs").status_code == 404
