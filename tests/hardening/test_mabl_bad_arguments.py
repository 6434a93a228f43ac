"""Bad arguments to every public mabl helper, sync and async: one TypeError/ValueError naming the argument, before
any request (the fake must have seen nothing).

The checks are declared once by argument name (``qaclients.mabl._declarations.ARGUMENT_RULES``) and put on every
public method of the clients and their resources by ``qaclients.core.checked_arguments``; the last test pins that
every public helper taking arguments has a case here.
"""

from __future__ import annotations

import asyncio
import datetime
import inspect
from collections.abc import Callable
from typing import Any

import pytest

from qaclients.mabl import AsyncMabl, Mabl
from qaclients_fakes import AsyncFakeTransport, FakeTransport, MablFake
from qaclients_fakes._mabl import DEFAULT_KEY, DEFAULT_WORKSPACE

NAIVE = datetime.datetime(2024, 1, 1)
START = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
END = START + datetime.timedelta(days=7)

# name -> (the method it covers, call on a client, error type, what the message must say)
Case = tuple[str, Callable[[Any], Any], type[Exception], str]
CASES: dict[str, Case] = {
    "account execution seconds: account_id an int": (
        "account_execution_seconds", lambda c: c.account_execution_seconds(7, START, END), TypeError,
        "account_id must be a str",
    ),
    "account concurrency: start naive": (
        "account_max_test_run_concurrency", lambda c: c.account_max_test_run_concurrency("acc", NAIVE), ValueError,
        "start must be timezone-aware",
    ),
    "account counts: granularity hourly": (
        "account_test_run_counts", lambda c: c.account_test_run_counts("acc", START, END, "hour"), ValueError,
        "granularity must be one of",
    ),
    "activity feed: page_size zero": (
        "activity_feed", lambda c: c.activity_feed(page_size=0), ValueError, "page_size must be >= 1",
    ),
    "activity feed: start a str": (
        "activity_feed", lambda c: c.activity_feed(start="yesterday"), TypeError, "start must be a datetime",
    ),
    "add variable: empty name": (
        "add_variable", lambda c: c.add_variable("t-1", " "), ValueError, "name must not be empty",
    ),
    "deployment: plan_labels a str": (
        "begin_deployment", lambda c: c.begin_deployment(environment_id="e", plan_labels="smoke"), TypeError,
        "plan_labels must be a list of str",
    ),
    "deployment: environment_id empty": (
        "begin_deployment", lambda c: c.begin_deployment(environment_id=""), ValueError,
        "environment_id must not be empty",
    ),
    "deployment: preview a str": (
        "begin_deployment", lambda c: c.begin_deployment(environment_id="e", preview="yes"), TypeError,
        "preview must be a bool",
    ),
    "deployment: event_time naive": (
        "begin_deployment", lambda c: c.begin_deployment(environment_id="e", event_time=NAIVE), ValueError,
        "event_time must be timezone-aware",
    ),
    "export: test_run_id None-like": (
        "begin_export_artifacts", lambda c: c.begin_export_artifacts(12), TypeError, "test_run_id must be a str",
    ),
    "export: unknown type": (
        "begin_export_artifacts", lambda c: c.begin_export_artifacts("r", ["videos"]), ValueError,
        "types[0] must be one of",
    ),
    "create data table: name an int": (
        "create_data_table", lambda c: c.create_data_table(3), TypeError, "name must be a str",
    ),
    "create scenario: data_table_id empty": (
        "create_scenario", lambda c: c.create_scenario("", "s"), ValueError, "data_table_id must not be empty",
    ),
    "data table: id an int": ("data_table", lambda c: c.data_table(5), TypeError, "data_table_id must be a str"),
    "data tables: max_items negative": (
        "data_tables", lambda c: c.data_tables(max_items=-1), ValueError, "max_items must be >= 0",
    ),
    "database connections: workspace_id empty": (
        "database_connections_in", lambda c: c.database_connections_in(""), ValueError,
        "workspace_id must not be empty",
    ),
    "delete link label: label empty": (
        "delete_link_label", lambda c: c.delete_link_label(""), ValueError, "label must not be empty",
    ),
    "deployment events: end an int str": (
        "deployment_events", lambda c: c.deployment_events(end="0"), TypeError, "end must be a datetime",
    ),
    "deployment events: page_size a float": (
        "deployment_events", lambda c: c.deployment_events(page_size=2.5), TypeError, "page_size must be an int",
    ),
    "events by revision: revision empty": (
        "deployment_events_by_revision", lambda c: c.deployment_events_by_revision(""), ValueError,
        "revision must not be empty",
    ),
    "deployment from token: an int": (
        "deployment_from_token", lambda c: c.deployment_from_token(5), TypeError, "token must be a str",
    ),
    "deployment result: id an int": (
        "deployment_result", lambda c: c.deployment_result(1), TypeError, "deployment_event_id must be a str",
    ),
    "execution seconds: start after a bool": (
        "execution_seconds", lambda c: c.execution_seconds(True, END), TypeError, "start must be",
    ),
    "export from token: empty": (
        "export_from_token", lambda c: c.export_from_token(""), ValueError, "token must not be empty",
    ),
    "flow metadata: id empty": ("flow_metadata", lambda c: c.flow_metadata(" "), ValueError, "flow_id must not"),
    "invite: emails a str": (
        "invite", lambda c: c.invite("a@example.com", "editor"), TypeError, "emails must be a list of str",
    ),
    "invite: role unknown": (
        "invite", lambda c: c.invite(["a@example.com"], "admin"), ValueError, "role must be one of",
    ),
    "invite: link a str": (
        "invite", lambda c: c.invite(["a@example.com"], "editor", link="no"), TypeError, "link must be a bool",
    ),
    "link agents: label an int": ("link_agents", lambda c: c.link_agents(label=3), TypeError, "label must be a str"),
    "link download: auto_update a str": (
        "link_agent_download_url", lambda c: c.link_agent_download_url(auto_update="y"), TypeError,
        "auto_update must be a bool",
    ),
    "link labels: workspace_id an int": (
        "link_labels", lambda c: c.link_labels(9), TypeError, "workspace_id must be a str",
    ),
    "mailboxes: workspace_id empty": (
        "mailboxes_in", lambda c: c.mailboxes_in(""), ValueError, "workspace_id must not be empty",
    ),
    "max concurrency: end a float": (
        "max_test_run_concurrency", lambda c: c.max_test_run_concurrency(START, 1.5), TypeError, "end must be",
    ),
    "plan run result: advanced_metrics an int": (
        "plan_run_result", lambda c: c.plan_run_result("p", advanced_metrics=1), TypeError,
        "advanced_metrics must be a bool",
    ),
    "remove scenario: id an int": (
        "remove_scenario", lambda c: c.remove_scenario(3), TypeError, "scenario_id must be a str",
    ),
    "remove variable: name empty": (
        "remove_variable", lambda c: c.remove_variable("t", ""), ValueError, "name must not be empty",
    ),
    "rename variable: new_name empty": (
        "rename_variable", lambda c: c.rename_variable("t", "a", " "), ValueError, "new_name must not be empty",
    ),
    "resume deployment: an int": (
        "resume_deployment", lambda c: c.resume_deployment(5), TypeError, "token must be a str",
    ),
    "resume export: empty": ("resume_export", lambda c: c.resume_export(""), ValueError, "token must not be empty"),
    "scenario: id empty": ("scenario", lambda c: c.scenario(""), ValueError, "scenario_id must not be empty"),
    "scenarios: page_size a bool": (
        "scenarios", lambda c: c.scenarios("t", page_size=True), TypeError, "page_size must be an int",
    ),
    "mailbox enabled: a str": (
        "set_mailbox_enabled", lambda c: c.set_mailbox_enabled("m", "on"), TypeError, "enabled must be a bool",
    ),
    "terminate agent: id an int": (
        "terminate_link_agent", lambda c: c.terminate_link_agent(4), TypeError, "link_agent_id must be a str",
    ),
    "test metadata: id empty": ("test_metadata", lambda c: c.test_metadata(""), ValueError, "test_id must not"),
    "test run counts: end naive": (
        "test_run_counts", lambda c: c.test_run_counts(START, NAIVE), ValueError, "end must be timezone-aware",
    ),
    "test run result: by_flow a str": (
        "test_run_result", lambda c: c.test_run_result("r", by_flow="x"), TypeError, "by_flow must be a bool",
    ),
    "test run summaries: outcomes a str": (
        "test_run_summaries", lambda c: c.test_run_summaries(outcomes="failed"), TypeError,
        "outcomes must be a list of str",
    ),
    "test run summaries: a filter id an int": (
        "test_run_summaries", lambda c: c.test_run_summaries(plan_id=5), TypeError, "plan_id must be a str",
    ),
    "test run summaries: continuation_token empty": (
        "test_run_summaries", lambda c: c.test_run_summaries(continuation_token=""), ValueError,
        "continuation_token must not be empty",
    ),
    "update data table: name empty": (
        "update_data_table", lambda c: c.update_data_table("t", name=""), ValueError, "name must not be empty",
    ),
    "update flow metadata: id an int": (
        "update_flow_metadata", lambda c: c.update_flow_metadata(1, description="d"), TypeError,
        "flow_id must be a str",
    ),
    "update scenario: id empty": (
        "update_scenario", lambda c: c.update_scenario("", name="s"), ValueError, "scenario_id must not be empty",
    ),
    "update test metadata: id empty": (
        "update_test_metadata", lambda c: c.update_test_metadata(""), ValueError, "test_id must not be empty",
    ),
    "users: include_historic an int": (
        "users", lambda c: c.users(include_historic=1), TypeError, "include_historic must be a bool",
    ),
    "users: email empty": ("users", lambda c: c.users(email=""), ValueError, "email must not be empty"),
    "variable names: id an int": (
        "variable_names", lambda c: c.variable_names(2), TypeError, "data_table_id must be a str",
    ),
    "workspace user: user_id empty": (
        "workspace_user", lambda c: c.workspace_user(""), ValueError, "user_id must not be empty",
    ),
    "applications.get: id an int": (
        "Resource.get", lambda c: c.applications.get(5), TypeError, "resource_id must be a str",
    ),
    "credentials.get: with_secrets a str": (
        "Resource.get", lambda c: c.credentials.get("c", with_secrets="yes"), TypeError, "with_secrets must be a bool",
    ),
    "applications.list: page_size zero": (
        "Resource.list", lambda c: c.applications.list(page_size=0), ValueError, "page_size must be >= 1",
    ),
    "environments.create: name empty": (
        "Resource.create", lambda c: c.environments.create(name=""), ValueError, "name must not be empty",
    ),
    "issues.update: id empty": ("Resource.update", lambda c: c.issues.update("", name="x"), ValueError, "resource_id"),
    "mailboxes.remove: id an int": (
        "Resource.remove", lambda c: c.mailboxes.remove(3), TypeError, "resource_id must be a str",
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(CASES))
def test_sync_client_refuses_a_bad_argument_before_any_request(name: str) -> None:
    _, call, error, fragment = CASES[name]
    fake = MablFake()
    mabl = Mabl(DEFAULT_KEY, workspace_id=DEFAULT_WORKSPACE, transport=FakeTransport(fake))
    with mabl, pytest.raises(error) as caught:
        call(mabl)
    assert fragment in str(caught.value)
    assert fake.requests == []


@pytest.mark.parametrize("name", sorted(CASES))
def test_async_client_refuses_a_bad_argument_before_any_request(name: str) -> None:
    _, call, error, fragment = CASES[name]
    fake = MablFake()

    async def go() -> None:
        transport = AsyncFakeTransport(fake)
        async with AsyncMabl(DEFAULT_KEY, workspace_id=DEFAULT_WORKSPACE, async_transport=transport) as amabl:
            outcome = call(amabl)
            if inspect.isawaitable(outcome):
                await outcome

    with pytest.raises(error) as caught:
        asyncio.run(go())
    assert fragment in str(caught.value)
    assert fake.requests == []


def test_every_public_helper_taking_arguments_has_a_case() -> None:
    from qaclients.mabl._resources import Resource  # noqa: PLC0415

    skipped = {"close", "workspace", "from_env", "make_config", "env_config"}
    helpers = set()
    for prefix, cls in (("", Mabl), ("Resource.", Resource)):
        for name in dir(cls):
            member = getattr(cls, name)
            if name.startswith("_") or name in skipped or not callable(member):
                continue
            if len(inspect.signature(member).parameters) > 1:  # more than self
                helpers.add(prefix + name)
    covered = {method for method, *_ in CASES.values()}
    assert helpers - covered == set(), "public helpers without a bad-argument case"
