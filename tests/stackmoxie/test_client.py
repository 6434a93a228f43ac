"""Every operation of the Stack Moxie spec through the clients, sync and async alike, against the fake."""

from __future__ import annotations

import pytest

from qaclients.core import BadRequestError, ConflictError, ForbiddenError, NotFoundError, ValidationError
from qaclients.stackmoxie import (
    AsyncStackMoxie,
    Cog,
    Connection,
    Folder,
    NotificationSetting,
    Role,
    RunOutcome,
    Scenario,
    ScenarioType,
    Severity,
    StackMoxie,
)
from qaclients_fakes import StackMoxieFake
from qaclients_fakes._stackmoxie import DEFAULT_ORG
from tests.stackmoxie.conftest import DEFINITION, TOKEN, call, collect

Client = StackMoxie | AsyncStackMoxie


async def test_scenarios_crud_and_templates(client: Client) -> None:
    made = await call(client.create_scenario("Lead sync", DEFINITION, severity=1, description="Leads reach the CRM"))
    assert isinstance(made, Scenario) and made.severity is Severity.CRITICAL and made.name == "Lead sync"
    template = await call(
        client.create_scenario("Base", DEFINITION, type_="template", is_linkable=True, exposed_to_apis=False)
    )
    assert template.type_ is ScenarioType.TEMPLATE
    assert [s.id for s in await call(client.scenarios())] == [made.id, template.id]
    assert (await call(client.scenario(made.id))).description == "Leads reach the CRM"
    updated = await call(client.update_scenario(made.id, "Lead sync v2", DEFINITION, dashboard_setting="exclude"))
    assert (updated.name, updated.dashboard_setting.value) == ("Lead sync v2", "exclude")
    assert [s.id for s in await call(client.templates())] == [template.id]
    assert [s.id for s in await call(client.templates("linkable"))] == [template.id]
    assert await call(client.templates("exposed")) == []
    await call(client.delete_scenario(made.id))
    with pytest.raises(NotFoundError, match="Scenario not found"):
        await call(client.scenario(made.id))


async def test_a_malformed_definition_is_a_validation_error(client: Client) -> None:
    with pytest.raises(ValidationError, match="malformed") as caught:
        await call(client.create_scenario("Bad", {"steps": [{"cog": "automatoninc/salesforce"}]}))
    assert caught.value.status == 422


async def test_a_scenario_lives_in_a_folder_given_by_id_or_object(client: Client) -> None:
    folder = await call(client.create_folder("Nightly", description="Runs every night"))
    by_id = await call(client.create_scenario("In a folder", DEFINITION, feature=folder.id))
    by_object = await call(client.create_scenario("Expanded", DEFINITION, feature=folder))
    assert by_id.feature == folder.id
    assert isinstance(by_object.feature, Folder) and by_object.feature.name == "Nightly"


async def test_folders_crud(client: Client) -> None:
    folder = await call(client.create_folder("Smoke"))
    assert [f.name for f in await call(client.folders())] == ["Smoke"]
    updated = await call(client.update_folder(folder.id, "Smoke tests", description="Fast ones"))
    assert (await call(client.folder(folder.id))).description == updated.description == "Fast ones"
    await call(client.delete_folder(folder.id))
    assert await call(client.folders()) == []


async def test_schedules_crud(client: Client) -> None:
    scenario = await call(client.create_scenario("Hourly", DEFINITION))
    schedule = await call(client.create_schedule(scenario, 3600))
    assert (schedule.scheduled_scenario, schedule.interval) == (scenario.id, 3600)
    assert [s.id for s in await call(client.schedules())] == [schedule.id]
    await call(client.update_schedule(schedule.id, scenario.id, 7200))
    assert (await call(client.schedule(schedule.id))).interval == 7200
    await call(client.delete_schedule(schedule.id))
    with pytest.raises(NotFoundError):
        await call(client.schedule(schedule.id))
    with pytest.raises(BadRequestError, match="no more often"):
        await call(client.create_schedule(scenario, 10))


async def test_connections_crud_and_the_registry(client: Client) -> None:
    registry = await call(client.cog_registry())
    assert {entry.name for entry in registry} == {cog.value for cog in Cog}
    auth = {"instanceUrl": "https://acme.my.salesforce.com", "clientId": "id", "clientSecret": "s3cret"}
    made = await call(client.create_connection(Cog.SALESFORCE, auth))
    assert isinstance(made, Connection) and made.cog is Cog.SALESFORCE and made.is_valid
    with pytest.raises(ConflictError):
        await call(client.create_connection("automatoninc/salesforce", auth))
    with pytest.raises(ValidationError, match="missing accessToken"):
        await call(client.create_connection(Cog.HUBSPOT, {}))
    assert [c.id for c in await call(client.connections())] == [made.id]
    await call(client.update_connection(made.id, {**auth, "clientSecret": "rotated"}))
    assert (await call(client.connection(made.id))).id == made.id
    await call(client.delete_connection(made.id))
    assert await call(client.connections()) == []


async def test_notification_groups_crud(client: Client) -> None:
    group = await call(client.create_notification_group("QA", email="qa@example.com"))
    assert (group.name, group.email) == ("QA", "qa@example.com")
    renamed = await call(client.update_notification_group(group.id, "QA team"))
    assert [g.name for g in await call(client.notification_groups())] == [renamed.name] == ["QA team"]
    await call(client.delete_notification_group(group.id))
    assert await call(client.notification_groups()) == []


async def test_members_and_invitations(client: Client) -> None:
    owner = (await call(client.members()))[0]
    assert owner.role is Role.ADMIN
    invited = await call(client.invite_member("new@example.com", Role.CREATOR))
    assert (await call(client.member(invited.id))).role is Role.CREATOR
    await call(client.reinvite_member(invited.id))  # not activated yet: sent again
    with pytest.raises(BadRequestError, match="already activated"):
        await call(client.reinvite_member(owner.id))
    assert (await call(client.update_member(invited.id, "org-admin"))).role is Role.ADMIN
    await call(client.remove_member(invited.id))
    assert [m.id for m in await call(client.members())] == [owner.id]


async def test_organizations(client: Client, fake: StackMoxieFake) -> None:
    updated = await call(
        client.update_organization(name="Acme QA", notification_setting=NotificationSetting.EVERY_FAIL)
    )
    assert updated.name == "Acme QA" and str(client.org) == updated.uuid == DEFAULT_ORG
    other = await call(client.create_organization("Acme client", status_page_is_public=True))
    assert other.uuid != DEFAULT_ORG and other.status_page_is_public is True
    assert fake.orgs[other.uuid].record["name"] == "Acme client"


async def test_runs_latest_run_and_log(client: Client, fake: StackMoxieFake) -> None:
    scenario = await call(client.create_scenario("Lead sync", DEFINITION))
    with pytest.raises(NotFoundError, match="never run"):
        await call(client.latest_run(scenario.id))
    created = await call(client.create_run(scenario.id, tokens={"email": "qa@example.com"}, notify="team"))
    assert created.outcome is RunOutcome.CREATED
    assert (await call(client.latest_run(scenario.id))).id == created.id
    assert (await call(client.run(scenario.id, created.id))).outcome is RunOutcome.CREATED
    assert isinstance(created.log, int)
    assert (await call(client.run_log(scenario.id, created.id, created.log))).body == []
    assert fake.orgs[DEFAULT_ORG].runs[created.id].tokens == {"email": "qa@example.com"}


async def test_runs_are_iterated_across_pages_with_filters(client: Client, fake: StackMoxieFake) -> None:
    seeded = fake.seed_runs(60)
    scenario_id = seeded[0].scenario_id
    every = await collect(client.runs(scenario_id))
    assert [run.id for run in every] == [run.id for run in reversed(seeded)]
    failing = await collect(client.runs(scenario_id, outcome=[RunOutcome.FAILED, "Error"]))
    assert len(failing) == 24 and {run.outcome for run in failing} == {RunOutcome.FAILED, RunOutcome.ERROR}
    window = await collect(client.runs(scenario_id, ran_after=seeded[9].created_at, ran_before=seeded[20].created_at))
    assert [run.id for run in window] == [run.id for run in reversed(seeded[10:20])]
    pages = [request.query.get("page") for request in fake.requests if request.operation_id == "list_scenario_runs"]
    assert pages[:4] == ["1", "2", "3", "4"], "60 runs: pages 1-3, then the empty page 4 ends the listing"


async def test_an_unknown_filter_or_outcome_is_refused_before_any_request(client: Client) -> None:
    with pytest.raises(TypeError, match="unknown filter"):
        client.runs(1, status="Failed")  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="Finished"):
        client.runs(1, outcome=["Finished"])


async def test_another_organization_is_forbidden(fake: StackMoxieFake, sm: StackMoxie) -> None:
    other = sm.create_organization("Someone else's")
    fake.orgs[other.uuid].members.clear()
    with (
        StackMoxie(other.uuid, TOKEN, transport=sm.config.transport, clock=sm.config.clock) as elsewhere,
        pytest.raises(ForbiddenError),
    ):
        elsewhere.scenarios()


def test_every_operation_of_the_spec_has_a_helper(fake: StackMoxieFake, sm: StackMoxie) -> None:
    """A tour through every helper; then the fake's log must name all 43 operationIds."""
    sm.update_organization(name="Tour")
    sm.create_organization("Tour client")
    member = sm.invite_member("tour@example.com")
    sm.members()
    sm.member(member.id)
    sm.update_member(member.id, "org-admin")
    sm.reinvite_member(member.id)
    sm.remove_member(member.id)
    group = sm.create_notification_group("G")
    sm.notification_groups()
    sm.update_notification_group(group.id, "G2")
    sm.delete_notification_group(group.id)
    connection = sm.create_connection("stackmoxie/hubspot", {"accessToken": "t"})
    sm.connections()
    sm.connection(connection.id)
    sm.update_connection(connection.id, {"accessToken": "u"})
    sm.delete_connection(connection.id)
    sm.cog_registry()
    folder = sm.create_folder("F")
    sm.folders()
    sm.folder(folder.id)
    sm.update_folder(folder.id, "F2")
    sm.delete_folder(folder.id)
    scenario = sm.create_scenario("S", DEFINITION)
    schedule = sm.create_schedule(scenario, 3600)
    sm.schedules()
    sm.schedule(schedule.id)
    sm.update_schedule(schedule.id, scenario, 7200)
    sm.delete_schedule(schedule.id)
    sm.scenarios()
    sm.scenario(scenario.id)
    sm.update_scenario(scenario.id, "S2", DEFINITION)
    for kind in ("all", "linkable", "exposed"):
        sm.templates(kind)  # type: ignore[arg-type]
    created = sm.begin_create_scenario("Async", DEFINITION).result(timeout=60)
    run = sm.begin_run(created.id, with_log=True).result(timeout=60)
    assert list(sm.runs(created.id)) == [sm.latest_run(created.id)] == [sm.run(created.id, run.id)]
    sm.delete_scenario(scenario.id)
    assert {r.operation_id for r in fake.requests} == set(fake.spec.operations)
    assert len(fake.spec.operations) == 43
