"""Every operation of ``TestManagement`` and ``AsyncTestManagement`` against the fake, side by side."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
import yaml

from qaclients import browserstack_tm as bstm  # models named Test* are reached through it, or pytest collects them
from qaclients.browserstack_tm import REGIONS, AsyncTestManagement, ConfigurationMapEntry, TestManagement
from qaclients.core import ConfigError, QAClientError
from qaclients_fakes import BrowserStackTMFake
from tests.browserstack_tm.conftest import ACCESS_KEY, PROJECT, USERNAME


def test_create_sends_every_kind_of_field(tm: TestManagement, fake: BrowserStackTMFake) -> None:
    run = tm.create_test_run(
        PROJECT,
        name="Nightly",
        description="all of it",
        run_state="in_progress",
        assignee="lead@example.com",
        test_case_assignee="qa@example.com",
        tags=["nightly"],
        issues=["JIRA-1"],
        issue_tracker={"name": "jira", "host": "https://acme.atlassian.net"},
        configurations=[101],
        configuration_map=[ConfigurationMapEntry(test_case_id=["TC-2", "TC-3"], configuration_ids=[102, 103])],
        test_plan_id="TP-1",
        test_cases=["TC-1", "TC-2", "TC-3"],
    )

    assert (run.identifier, run.name, run.run_state, run.assignee) == (
        "TR-1",
        "Nightly",
        "in_progress",
        "lead@example.com",
    )
    assert run.test_plan and run.test_plan.identifier == "TP-1"
    assert run.test_cases_count == 5
    stored = fake.runs["TR-1"]
    assert [e.pair for e in stored.entries] == [
        ("TC-1", 101),
        ("TC-2", 102),
        ("TC-2", 103),
        ("TC-3", 102),
        ("TC-3", 103),
    ]
    assert {e.assignee for e in stored.entries} == {"qa@example.com"}
    assert stored.issue_tracker == {"name": "jira", "host": "https://acme.atlassian.net"}


def test_create_with_filters_and_folders(tm: TestManagement, fake: BrowserStackTMFake) -> None:
    run = tm.create_test_run(
        PROJECT,
        folder_ids=[20],
        filter_scope="within_folders",
        filter_test_cases=bstm.TestCaseFilter(priority=["high", "critical"]),
    )
    cases = fake.projects[PROJECT].test_cases
    expected = [i for i, c in cases.items() if c.folder_id == 20 and c.priority in ("high", "critical")]
    assert [e.case_id for e in fake.runs[run.identifier or ""].entries] == expected


def test_a_wrong_field_is_refused_before_any_request(tm: TestManagement, fake: BrowserStackTMFake) -> None:
    with pytest.raises(TypeError, match="tags"):
        tm.create_test_run(PROJECT, tags="not-a-list")  # type: ignore[typeddict-item]
    with pytest.raises(TypeError, match="unknown test run field"):
        tm.create_test_run(PROJECT, colour="red")  # type: ignore[call-arg]
    assert fake.requests == []


def test_read_a_run_in_full_and_minified(tm: TestManagement, fake: BrowserStackTMFake) -> None:
    created = tm.create_test_run(PROJECT, test_cases=["TC-1", "TC-2"], tags=["x"])
    fake.record_result(created.identifier or "", "TC-1", "passed")

    full = tm.test_run(PROJECT, "TR-1")
    small = tm.test_run(PROJECT, "TR-1", minify=True)

    assert full.test_cases and [case.identifier for case in full.test_cases] == ["TC-1", "TC-2"]
    assert full.overall_progress and full.overall_progress.to_dict() == {"Passed": 1, "Untested": 1}
    assert not small.test_cases and small.tags == ["x"]
    assert fake.requests[-1].query == {"minify": "true"}


def test_runs_page_through_every_page_with_filters(tm: TestManagement, fake: BrowserStackTMFake) -> None:
    seeded = fake.seed_runs(70)
    pager = tm.test_runs(PROJECT, page_size=25, include_closed=True)
    identifiers = [run.identifier for run in pager]

    assert identifiers == [run.identifier for run in reversed(seeded)]
    pages = [r.query for r in fake.requests]
    assert pages == [{"p": str(n), "page_size": "25", "include_closed": "true"} for n in (1, 2, 3)]
    active = list(tm.test_runs(PROJECT, run_state=["new", "in_progress"], created_before=datetime.date(2030, 1, 1)))
    assert len(active) == len([run for run in seeded if run.closed_at is None])
    assert fake.requests[-1].query["run_state"] == "new,in_progress"


def test_runs_resume_from_a_continuation_token(tm: TestManagement, fake: BrowserStackTMFake) -> None:
    fake.seed_runs(9)
    pager = tm.test_runs(PROJECT, page_size=2)
    first = [next(iter(pager)).identifier for _ in range(1)]
    token = pager.continuation_token
    assert token is not None
    rest = [run.identifier for run in tm.test_runs(PROJECT, page_size=2, continuation_token=token)]
    everything = [run.identifier for run in tm.test_runs(PROJECT, page_size=2)]
    assert first + rest == everything


def test_unknown_filters_are_refused(tm: TestManagement) -> None:
    with pytest.raises(TypeError, match="unknown filter"):
        tm.test_runs(PROJECT, state="done")  # type: ignore[call-arg]


def test_a_runs_test_cases_page_minify_and_steps(tm: TestManagement, fake: BrowserStackTMFake) -> None:
    run = tm.create_test_run(PROJECT, include_all=True)
    identifier = run.identifier or ""

    every = list(tm.test_run_test_cases(PROJECT, identifier))
    small = list(tm.test_run_test_cases(PROJECT, identifier, minify=True, max_items=3))
    stepped = list(tm.test_run_test_cases(PROJECT, identifier, fetch_steps=True))

    assert [case.identifier for case in every] == [f"TC-{n}" for n in range(1, 61)]
    assert [r.query.get("p") for r in fake.requests if r.operation_id == "list_test_run_test_cases"][:2] == ["1", "2"]
    assert [case.identifier for case in small] == ["TC-1", "TC-2", "TC-3"] and not small[0].case_type
    assert len(stepped) == 30 and stepped[0].steps and stepped[0].steps[0].order == 1


def test_update_is_sparse_and_replace_clears(tm: TestManagement, fake: BrowserStackTMFake) -> None:
    run = tm.create_test_run(PROJECT, name="A", description="d", assignee="a@x.com", tags=["t"], test_cases=["TC-1"])
    identifier = run.identifier or ""

    patched = tm.update_test_run(PROJECT, identifier, name="B", tags=[])
    assert (patched.name, patched.description, patched.assignee, patched.tags) == ("B", "d", "a@x.com", [])
    assert fake.requests[-1].json == {"test_run": {"name": "B", "tags": []}}
    cleared = tm.update_test_run(PROJECT, identifier, assignee=None)
    assert cleared.assignee is None and cleared.description == "d"

    replaced = tm.replace_test_run(PROJECT, identifier, name="C", run_state="done", test_cases=["TC-4"])
    assert (replaced.name, replaced.run_state, replaced.description, replaced.tags) == ("C", "done", None, [])
    sent = fake.requests[-1].json["test_run"]
    assert sent["assignee"] is None and sent["folder_ids"] == [] and sent["test_cases"] == ["TC-4"]
    assert [e.pair for e in fake.runs[identifier].entries] == [("TC-4", None)]


def test_assign_close_delete(tm: TestManagement, fake: BrowserStackTMFake) -> None:
    run = tm.create_test_run(PROJECT, test_cases=["TC-1", "TC-2"], configurations=[101, 102])
    identifier = run.identifier or ""
    tm.assign_test_cases(
        PROJECT,
        identifier,
        [
            {"test_case_id": "TC-1", "configuration_id": 102, "assignee": "x@y.z"},
            {"test_case_id": "TC-2", "assignee": "w@y.z"},
        ],
    )
    assert [e.assignee for e in fake.runs[identifier].entries] == [None, "x@y.z", "w@y.z", "w@y.z"]
    with pytest.raises(ValueError, match="at least one"):
        tm.assign_test_cases(PROJECT, identifier, [])

    closed = tm.close_test_run(PROJECT, identifier)
    assert (closed.active_state, closed.run_state) == ("closed", "closed")
    assert tm.delete_test_run(PROJECT, identifier) == f"Test Run {identifier} has been deleted successfully"
    assert identifier not in fake.runs


@pytest.mark.parametrize("operation", ["create_test_run", "get_test_run", "patch_test_run", "close_test_run"])
@pytest.mark.parametrize("key", ["test_run", "testrun"])
def test_either_envelope_key_gives_the_run(
    tm: TestManagement, fake: BrowserStackTMFake, operation: str, key: str
) -> None:
    fake.envelope[operation] = key
    created = tm.create_test_run(PROJECT, name="Env")
    runs = {
        "create_test_run": created,
        "get_test_run": tm.test_run(PROJECT, "TR-1"),
        "patch_test_run": tm.update_test_run(PROJECT, "TR-1", name="Env"),
        "close_test_run": tm.close_test_run(PROJECT, "TR-1"),
    }
    assert (runs[operation].identifier, runs[operation].name) == ("TR-1", "Env")


async def test_async_client_does_the_same(atm: AsyncTestManagement, fake: BrowserStackTMFake) -> None:
    fake.seed_runs(40)
    run = await atm.create_test_run(PROJECT, name="Async", test_cases=["TC-1", "TC-2"])
    identifier = run.identifier or ""
    async with atm.test_runs(PROJECT, page_size=10, prefetch=3) as pager:
        listed = [r.identifier async for r in pager]
    assert (
        listed[0] == identifier and len(listed) == 1 + len([r for r in fake.runs.values() if r.closed_at is None]) - 1
    )
    cases = [case.identifier async for case in atm.test_run_test_cases(PROJECT, identifier, page_size=1)]
    assert cases == ["TC-1", "TC-2"]
    assert (await atm.test_run(PROJECT, identifier, minify=True)).name == "Async"
    assert (await atm.update_test_run(PROJECT, identifier, description="x")).description == "x"
    replaced = await atm.replace_test_run(PROJECT, identifier, name="R", run_state="new_run")
    assert (replaced.name, replaced.test_cases_count) == ("R", 0)
    await atm.replace_test_run(PROJECT, identifier, name="R", run_state="new_run", test_cases=["TC-5"])
    await atm.assign_test_cases(PROJECT, identifier, [{"test_case_id": "TC-5", "assignee": "a@b.c"}])
    assert fake.runs[identifier].entries[0].assignee == "a@b.c"
    assert (await atm.close_test_run(PROJECT, identifier)).active_state == "closed"
    assert "deleted" in await atm.delete_test_run(PROJECT, identifier)


def test_regions_pick_the_api_root() -> None:
    for region, url in REGIONS.items():
        with TestManagement(USERNAME, ACCESS_KEY, region=region) as tm:
            assert tm.config.base_url == url
    assert REGIONS["eu"] == "https://test-management-eu.browserstack.com/api/v2"
    with pytest.raises(ConfigError, match="unknown region"):
        TestManagement(USERNAME, ACCESS_KEY, region="mars")  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="not both"):
        TestManagement(USERNAME, ACCESS_KEY, region="eu", base_url="https://x.example")


def test_from_env_reads_credentials_and_region() -> None:
    env = {"BROWSERSTACK_USERNAME": USERNAME, "BROWSERSTACK_ACCESS_KEY": ACCESS_KEY, "BROWSERSTACK_TM_REGION": "IN"}
    with TestManagement.from_env(env=env) as tm:
        assert tm.config.base_url == REGIONS["in"]
        assert ACCESS_KEY not in repr(tm) and ACCESS_KEY not in repr(tm.config)
    with TestManagement.from_env(
        env={**env, "BROWSERSTACK_TM_REGION": "", "BROWSERSTACK_TM_BASE_URL": "http://127.0.0.1:9"}
    ) as tm:
        assert tm.config.base_url == "http://127.0.0.1:9"
    with pytest.raises(ConfigError, match="BROWSERSTACK_ACCESS_KEY"):
        TestManagement.from_env(env={"BROWSERSTACK_USERNAME": USERNAME})


def test_credentials_are_required() -> None:
    with pytest.raises(QAClientError, match="access_key"):
        TestManagement(USERNAME, None)


def test_the_regions_are_the_specs_servers() -> None:
    spec = yaml.safe_load((Path(__file__).parents[2] / "specs/browserstack_tm/openapi.yaml").read_text())
    assert {server["x-qaclients-region"]: server["url"] for server in spec["servers"]} == dict(REGIONS)


def test_what_the_fake_sends_decodes_with_nothing_left_over(tm: TestManagement, fake: BrowserStackTMFake) -> None:
    from tests.specs.test_examples import _leftovers  # noqa: PLC0415 - the examples' own check, reused

    run = tm.create_test_run(PROJECT, test_cases=["TC-1"], configurations=[101], test_plan_id="TP-1")
    identifier = run.identifier or ""
    fake.record_result(identifier, "TC-1", "passed")
    decoded = [
        run,
        tm.test_run(PROJECT, identifier),
        tm.test_run(PROJECT, identifier, minify=True),
        *tm.test_run_test_cases(PROJECT, identifier, fetch_steps=True),
        *tm.test_runs(PROJECT),
        tm.close_test_run(PROJECT, identifier),
    ]
    assert [path for model in decoded for path in _leftovers(model)] == []
