"""The Testmo fake's run list: paging, sorting, filters, expands (qaclients_fakes/_testmo.py)."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest

from qaclients_fakes import ManualClock, TestmoFake
from tests.fakes._helpers import new_run

LIST = "/projects/1/automation/runs"


def test_pages_as_the_docs_show(client: httpx.Client, testmo_fake: TestmoFake) -> None:
    testmo_fake.seed_runs(150)

    first = client.get(LIST).json()
    second = client.get(LIST, params={"page": 2}).json()

    meta = ("page", "prev_page", "next_page", "last_page", "per_page", "total")
    assert [first[key] for key in meta] == [1, None, 2, 2, 100, 150]
    assert [second[key] for key in meta] == [2, 1, None, 2, 100, 150]
    assert (len(first["result"]), len(second["result"]), first["expands"]) == (100, 50, {})
    ids = [run["id"] for run in first["result"] + second["result"]]
    assert ids == list(range(150, 0, -1)), "newest first, every run exactly once"


@pytest.mark.parametrize(("per_page", "pages"), [(15, 10), (25, 6), (50, 3), (100, 2)])
def test_every_page_size(client: httpx.Client, testmo_fake: TestmoFake, per_page: int, pages: int) -> None:
    testmo_fake.seed_runs(150)
    seen: list[int] = []
    page: int | None = 1
    while page is not None:
        body = client.get(LIST, params={"page": page, "per_page": per_page}).json()
        assert body["last_page"] == pages
        seen += [run["id"] for run in body["result"]]
        page = body["next_page"]
    assert sorted(seen) == list(range(1, 151))


def test_an_empty_list_and_a_page_past_the_end(client: httpx.Client, testmo_fake: TestmoFake) -> None:
    empty = client.get(LIST).json()
    assert (empty["total"], empty["last_page"], empty["next_page"], empty["result"]) == (0, 1, None, [])
    testmo_fake.seed_runs(3)
    past = client.get(LIST, params={"page": 5}).json()
    assert (past["result"], past["prev_page"], past["next_page"]) == ([], 4, None)


@pytest.mark.parametrize(
    ("sort", "order", "expected"),
    [
        (None, None, [3, 2, 1]),
        (None, "asc", [1, 2, 3]),
        ("automation_runs:id", "asc", [1, 2, 3]),
        ("automation_runs:name", "asc", [2, 3, 1]),
        ("automation_runs:name", "desc", [1, 3, 2]),
        ("automation_runs:created_at", "desc", [3, 2, 1]),
    ],
)
def test_sorting(client: httpx.Client, sort: str | None, order: str | None, expected: list[int]) -> None:
    for name in ("Zulu", "Alpha", "Mike"):
        new_run(client, name=name)
    params = {key: value for key, value in (("sort", sort), ("order", order)) if value}
    assert [run["id"] for run in client.get(LIST, params=params).json()["result"]] == expected


def test_filters(client: httpx.Client, testmo_fake: TestmoFake) -> None:
    testmo_fake.add_user(2, "Second")
    runs = testmo_fake.seed_runs(12)  # created one minute apart, ending at the clock's time

    def ids(**params: str) -> list[int]:
        return sorted(run["id"] for run in client.get(LIST, params=params).json()["result"])

    assert ids(created_by="2") == [2, 4, 6, 8, 10, 12]
    assert ids(source_id=str(testmo_fake.sources["backend"])) == [2, 5, 8, 11]
    assert ids(source_id=f"{testmo_fake.sources['frontend']},{testmo_fake.sources['api']}") == [
        1,
        3,
        4,
        6,
        7,
        9,
        10,
        12,
    ]
    assert ids(status="4") == [5, 10]
    assert ids(status="3") == [2, 8, 11]
    assert ids(status="2,3") == [1, 2, 3, 4, 6, 7, 8, 9, 11, 12]
    assert ids(tags="smoke") == [2, 3, 6, 7, 10, 11]
    assert ids(tags="smoke,nightly") == [1, 2, 3, 5, 6, 7, 9, 10, 11]
    after = runs[9].created_at.isoformat().replace("+00:00", "Z")
    assert ids(created_after=after) == [11, 12], "exclusive"
    assert ids(created_before=after) == list(range(1, 10))
    assert ids(created_after="2000-01-01T00:00:00+14:00", created_before="2100-01-01T00:00:00.123456789-12:00") == ids()
    assert ids(created_by="2", status="3", tags="smoke") == [2]


def test_config_and_milestone_filters(client: httpx.Client) -> None:
    chrome = new_run(client, config="Chrome", milestone="R1")
    firefox = new_run(client, config="Firefox", milestone_id=40)
    new_run(client, config="Chrome")
    chrome_id = client.get(f"/automation/runs/{chrome}").json()["result"]["config_id"]
    by_config = client.get(LIST, params={"config_id": str(chrome_id)}).json()["result"]
    assert sorted(run["id"] for run in by_config) == [chrome, chrome + 2]
    assert [run["id"] for run in client.get(LIST, params={"milestone_id": "40"}).json()["result"]] == [firefox]


def test_expands_name_what_the_page_refers_to(client: httpx.Client, testmo_fake: TestmoFake) -> None:
    new_run(client, source="backend", config="Chrome", milestone="R1")
    thread = client.post("/automation/runs/1/threads", json={}).json()["id"]
    blocked = {"key": "a", "name": "a", "folder": "f", "status": "blocked"}
    client.post(f"/automation/runs/threads/{thread}/append", json={"tests": [blocked]})

    body = client.get(LIST, params={"expands": "users,automation_sources,configs,milestones,statuses"}).json()

    assert body["expands"] == {
        "automation_sources": [{"id": 1, "name": "backend"}],
        "configs": [{"id": 1, "name": "Chrome"}],
        "milestones": [{"id": 1, "name": "R1"}],
        "statuses": [
            {"id": 1, "name": "Passed"},
            {"id": 2, "name": "Failed"},
            {"id": 3, "name": "Skipped"},
            {"id": 4, "name": "blocked"},
        ],
        "users": [{"id": 1, "name": "User 1"}],
    }
    assert set(client.get(LIST, params={"expands": "configs"}).json()["expands"]) == {"configs"}
    single = client.get("/automation/runs/1", params={"expands": "automation_sources"}).json()
    assert single["expands"] == {"automation_sources": [{"id": 1, "name": "backend"}]}
    assert testmo_fake.runs[1].source_id == 1


def test_seeding_is_deterministic(client: httpx.Client, testmo_fake: TestmoFake) -> None:
    twin = TestmoFake(clock=ManualClock())
    testmo_fake.seed_runs(40)
    twin.seed_runs(40)
    assert [run.to_json(threads=True) for run in testmo_fake.runs.values()] == [
        run.to_json(threads=True) for run in twin.runs.values()
    ]
    newest = client.get(LIST).json()["result"][0]
    assert newest["created_at"] == "2023-12-31T23:59:00.000Z"
    assert testmo_fake.runs[1].created_at == testmo_fake.clock.now() - timedelta(minutes=40)
