"""Every one of the 72 operations through the wrapper, against the fake: sync and async walk the same script, and
the fake's request log proves each operationId was called and answered with a success."""

from __future__ import annotations

import datetime

import pytest
from mabl_client.models import ExecutionResult, LinkAgent
from mabl_client.types import Unset

from qaclients.core import NotFoundError
from qaclients.mabl import AsyncMabl, Mabl, StoredCredentials
from qaclients_fakes import MablFake
from qaclients_fakes._mabl import APPLICATION, DEFAULT_ACCOUNT, DEFAULT_WORKSPACE, ENVIRONMENT

NOW = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)  # the fake's clock starts here
DAY = datetime.timedelta(days=1)


def _succeeded(fake: MablFake) -> set[str]:
    return {r.operation_id for r in fake.requests if r.operation_id and r.status is not None and r.status < 400}


def test_every_operation_sync(fake: MablFake, mabl: Mabl, reporting: Mabl) -> None:
    # applications, environments
    app = mabl.applications.create(name="Checkout", description="web shop")
    assert mabl.applications.get(app.id).name == "Checkout"
    assert mabl.applications.update(app.id, description="the web shop").description == "the web shop"
    assert {a.id for a in mabl.applications.list()} == {APPLICATION, app.id}
    env = mabl.environments.create(name="QA", variables={"BASE_URL": "https://qa.example"})
    assert mabl.environments.get(env.id, decrypt=True).variables.additional_properties == {
        "BASE_URL": "https://qa.example"
    }
    assert mabl.environments.update(env.id, name="QA 2").name == "QA 2"
    assert len(list(mabl.environments.list())) == 2
    # credentials: secrets only when asked, and wrapped
    creds = mabl.credentials.create(name="shop user", properties={"username": "qa", "password": "hunter2"})
    assert isinstance(creds, StoredCredentials) and creds.secrets == {}
    assert mabl.credentials.get(creds.id, with_secrets=True).secrets["password"].get_secret_value() == "hunter2"
    assert mabl.credentials.update(creds.id, description="rotated").description == "rotated"
    assert [c.name for c in mabl.credentials.list(with_secrets=True)] == ["shop user"]
    # database connections
    conn = mabl.database_connections.create(
        name="orders", database_type="mysql", connection_properties={"host": "db", "port": 3306}
    )
    assert mabl.database_connections.get(conn.id).connection_properties.port == 3306
    assert mabl.database_connections.update(conn.id, name="orders-db").name == "orders-db"
    assert [c.id for c in mabl.database_connections_in()] == [conn.id]
    # DataTables, scenarios, variables
    table = mabl.create_data_table(
        "Users", description="logins", scenarios={"admin": {"email": "a@x", "role": "admin"}}
    )
    assert mabl.data_table(table.id).name == "Users"
    assert mabl.update_data_table(table.id, name="Logins").name == "Logins"
    assert [t.id for t in mabl.data_tables()] == [table.id]
    viewer = mabl.create_scenario(table.id, "viewer", {"email": "v@x"})
    assert {v.name: v.value for v in mabl.scenario(viewer.id).variables} == {"email": "v@x", "role": ""}
    assert mabl.update_scenario(viewer.id, variables={"role": "viewer"}).variables[1].value == "viewer"
    assert len(list(mabl.scenarios(table.id))) == 2
    assert mabl.add_variable(table.id, "locale", "en") == ["email", "role", "locale"]
    assert mabl.rename_variable(table.id, "locale", "language") == ["email", "role", "language"]
    assert mabl.remove_variable(table.id, "language") == ["email", "role"]
    assert mabl.variable_names(table.id) == ["email", "role"]
    mabl.remove_scenario(viewer.id)
    # flows and tests
    flow = mabl.update_flow_metadata("fakeFlowLogin001-f", description="Log in as a user")
    assert mabl.flow_metadata(flow.id).description == "Log in as a user"
    test = mabl.update_test_metadata("fakeTestLogin0001-j", labels=[{"name": "smoke"}, {"name": "login"}])
    assert [label.name for label in mabl.test_metadata(test.id).labels] == ["smoke", "login"]
    # issues
    issue = mabl.issues.create(integration_id="jira", open=True, issue_fields={"summary": "Checkout fails"})
    assert mabl.issues.get(issue.id).committed is False
    assert mabl.issues.update(issue.id, open=False).open_ is False
    assert [i.id for i in mabl.issues.list(open_=False)] == [issue.id]
    # mailboxes
    box = mabl.mailboxes.create(name="signup", address_prefix="signup")
    assert mabl.mailboxes.get(box.email_address).id == box.id
    assert mabl.mailboxes.update(box.id, description="sign-up mails").description == "sign-up mails"
    assert mabl.set_mailbox_enabled(box.id, False).disabled_time == fake.now_ms()
    assert mabl.mailboxes_in().remaining_permanent_mailboxes == 99
    # Link
    agents = list(mabl.link_agents(max_heartbeat_age=60))
    assert [a.name for a in agents] == ["staging-agent"] and all(isinstance(a, LinkAgent) for a in agents)
    assert mabl.link_labels() == ["ci-agent", "staging-agent"]
    assert mabl.link_agent_download_url(format="zip").endswith("/_fake/link/mabl-link-agent-latest.zip")
    mabl.terminate_link_agent(agents[0].id)
    mabl.delete_link_label("ci-agent")
    assert mabl.link_labels() == ["staging-agent"]
    # users
    assert {u.email for u in mabl.users(include_historic=True)} == {
        "owner@example.com",
        "dana@example.com",
        "lee@example.com",
    }
    assert mabl.workspace_user("fakeUser0003").historic is True
    invite = mabl.invite(["new@example.com"], "viewer", link=True)
    assert invite.invite_url.startswith("https://app.mabl.com/invite/")
    # deployments and results
    poller = mabl.begin_deployment(application_id=APPLICATION, environment_id=ENVIRONMENT, revision="abc123")
    result = poller.result(timeout=600)
    assert result.succeeded and {p.name for p in result.plans} == {"Smoke", "Regression"}
    assert isinstance(mabl.deployment_result(result.event_id), ExecutionResult)
    assert [e.id for e in mabl.deployment_events(environment_id=ENVIRONMENT)] == [result.event_id]
    assert [e.id for e in mabl.deployment_events_by_revision("abc123")] == [result.event_id]
    plan_run = result.plans[0].attempts[0].plan_run_id
    assert mabl.plan_run_result(plan_run, advanced_metrics=True).status == "succeeded"
    test_run = result.tests[0].test_run_id
    assert mabl.test_run_result(test_run, advanced_metrics=True, by_flow=True).flow_metrics[0].flow_id
    assert len(list(mabl.test_run_summaries(since=NOW - 2 * DAY))) == 12 + 4
    export = mabl.begin_export_artifacts(test_run, ["screenshots"]).result(timeout=120)
    assert export.state.artifact_types == ("screenshots",)
    assert {e.entity_type for e in mabl.activity_feed()} >= {"application", "credentials", "mailbox"}
    # usage reports (a company Reporting key)
    assert sum(b.total_test_runs for b in reporting.test_run_counts(NOW - 2 * DAY, NOW + DAY).buckets) == 16
    assert reporting.execution_seconds(NOW - 2 * DAY, NOW + DAY, group_by="plan").buckets
    assert reporting.max_test_run_concurrency(NOW - 5 * DAY, NOW + DAY).configured_test_run_concurrency_limit == 10
    assert (
        reporting.account_test_run_counts(DEFAULT_ACCOUNT, NOW - 2 * DAY, NOW + DAY, group_by="workspace")
        .buckets[0]
        .group_id
    )
    assert reporting.account_execution_seconds(
        DEFAULT_ACCOUNT, NOW - 2 * DAY, NOW + DAY, workspace_id=DEFAULT_WORKSPACE
    ).buckets
    blocks = reporting.account_max_test_run_concurrency(DEFAULT_ACCOUNT, NOW - 5 * DAY, NOW + DAY).workspaces
    assert [b.workspace_id for b in blocks] == [DEFAULT_WORKSPACE]
    # removals last
    mabl.credentials.remove(creds.id)
    mabl.database_connections.remove(conn.id)
    mabl.issues.remove(issue.id)
    mabl.mailboxes.remove(box.id)
    mabl.environments.remove(env.id)
    mabl.applications.remove(app.id)
    with pytest.raises(NotFoundError):
        mabl.applications.get(app.id)

    assert _succeeded(fake) == set(fake.spec.operations)
    assert len(fake.spec.operations) == 72


async def test_every_operation_async(fake: MablFake, amabl: AsyncMabl, areporting: AsyncMabl) -> None:
    app = await amabl.applications.create(name="Checkout")
    assert (await amabl.applications.get(app.id)).name == "Checkout"
    assert (await amabl.applications.update(app.id, description="d")).description == "d"
    assert {a.id async for a in amabl.applications.list()} == {APPLICATION, app.id}
    env = await amabl.environments.create(name="QA", variables={"A": "1"})
    assert (await amabl.environments.get(env.id, decrypt=True)).variables.additional_properties == {"A": "1"}
    assert (await amabl.environments.update(env.id, name="QA 2")).name == "QA 2"
    assert len([e async for e in amabl.environments.list()]) == 2
    creds = await amabl.credentials.create(name="user", properties={"password": "hunter2"})
    assert (await amabl.credentials.get(creds.id, with_secrets=True)).secrets[
        "password"
    ].get_secret_value() == "hunter2"
    assert (await amabl.credentials.update(creds.id, description="x")).description == "x"
    assert [c.id async for c in amabl.credentials.list()] == [creds.id]
    conn = await amabl.database_connections.create(name="orders")
    assert (await amabl.database_connections.get(conn.id)).name == "orders"
    assert (await amabl.database_connections.update(conn.id, name="o")).name == "o"
    assert len(await amabl.database_connections_in()) == 1
    table = await amabl.create_data_table("Users", scenarios={"admin": {"email": "a@x"}})
    assert (await amabl.data_table(table.id)).name == "Users"
    assert (await amabl.update_data_table(table.id, description="d")).description == "d"
    assert [t.id async for t in amabl.data_tables()] == [table.id]
    scenario = await amabl.create_scenario(table.id, "viewer", {"email": "v@x"})
    assert (await amabl.scenario(scenario.id)).name == "viewer"
    assert (await amabl.update_scenario(scenario.id, name="reader")).name == "reader"
    assert len([s async for s in amabl.scenarios(table.id)]) == 2
    assert await amabl.add_variable(table.id, "role") == ["email", "role"]
    assert await amabl.rename_variable(table.id, "role", "kind") == ["email", "kind"]
    assert await amabl.remove_variable(table.id, "kind") == ["email"]
    assert await amabl.variable_names(table.id) == ["email"]
    await amabl.remove_scenario(scenario.id)
    assert (await amabl.update_flow_metadata("fakeFlowLogin001-f", description="x")).description == "x"
    assert (await amabl.flow_metadata("fakeFlowLogin001-f")).description == "x"
    assert (await amabl.update_test_metadata("fakeTestLogin0001-j", enabled=False)).enabled is False
    assert (await amabl.test_metadata("fakeTestLogin0001-j")).enabled is False
    issue = await amabl.issues.create(open=True)
    assert (await amabl.issues.get(issue.id)).open_ is True
    assert (await amabl.issues.update(issue.id, open=False)).open_ is False
    assert [i.id async for i in amabl.issues.list()] == [issue.id]
    box = await amabl.mailboxes.create(name="signup")
    assert (await amabl.mailboxes.get(box.id)).name == "signup"
    assert (await amabl.mailboxes.update(box.id, name="s")).name == "s"
    assert isinstance((await amabl.set_mailbox_enabled(box.id, True)).disabled_time, Unset)  # enabled again
    assert len((await amabl.mailboxes_in()).mailboxes) == 1
    agents = [a async for a in amabl.link_agents(label="ci-agent")]
    assert [a.name for a in agents] == ["ci-agent"]
    assert await amabl.link_labels() == ["ci-agent", "staging-agent"]
    assert "/_fake/link/" in await amabl.link_agent_download_url()
    await amabl.terminate_link_agent(agents[0].id)
    await amabl.delete_link_label("ci-agent")
    assert len([u async for u in amabl.users()]) == 2
    assert (await amabl.workspace_user("fakeUser0002")).role.value == "editor"
    assert (await amabl.invite(["a@example.com"], "editor")).invite_type.value == "email"
    poller = await amabl.begin_deployment(environment_id=ENVIRONMENT, plan_labels=["smoke"], revision="r1")
    result = await poller.result(timeout=600)
    assert result.succeeded_first_attempt and [p.name for p in result.plans] == ["Smoke"]
    assert isinstance(await amabl.deployment_result(result.event_id), ExecutionResult)
    assert [e.id async for e in amabl.deployment_events()] == [result.event_id]
    assert [e.id async for e in amabl.deployment_events_by_revision("r1")] == [result.event_id]
    assert (await amabl.plan_run_result(result.plans[0].attempts[0].plan_run_id)).success is True
    assert (await amabl.test_run_result(result.tests[0].test_run_id)).success is True
    assert len([r async for r in amabl.test_run_summaries(outcomes=["completed"])]) == 10 + 2
    export = await (await amabl.begin_export_artifacts(result.tests[0].test_run_id)).result(timeout=120)
    assert export.state.artifact_types == ("screenshots",)
    assert [e async for e in amabl.activity_feed(action_type="delete")]
    assert (await areporting.test_run_counts(NOW - 2 * DAY, NOW + DAY, "week")).buckets
    assert (await areporting.execution_seconds(NOW - 2 * DAY, NOW + DAY, "month")).buckets
    assert (await areporting.max_test_run_concurrency()).days
    assert (await areporting.account_test_run_counts(DEFAULT_ACCOUNT, NOW - DAY, NOW)).buckets is not None
    assert (await areporting.account_execution_seconds(DEFAULT_ACCOUNT, NOW - DAY, NOW)).buckets is not None
    assert (await areporting.account_max_test_run_concurrency(DEFAULT_ACCOUNT, test_type="api")).workspaces[0].days
    await amabl.credentials.remove(creds.id)
    await amabl.database_connections.remove(conn.id)
    await amabl.issues.remove(issue.id)
    await amabl.mailboxes.remove(box.id)
    await amabl.environments.remove(env.id)
    await amabl.applications.remove(app.id)

    assert _succeeded(fake) == set(fake.spec.operations)
