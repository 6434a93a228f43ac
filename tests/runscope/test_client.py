"""Every operation of the Runscope spec through ``Runscope``, against the fake; each tour asserts what changed."""

from __future__ import annotations

import datetime

import httpx
import pytest
from runscope_client import models as m
from runscope_client.api.triggers import trigger_bucket, trigger_test

from qaclients.core import BadRequestError, NotFoundError, UnauthorizedError
from qaclients.runscope import (
    AsyncRunscope,
    Runscope,
    assertion,
    basic_auth,
    client_certificate_auth,
    condition_step,
    ghost_inspector_step,
    oauth1_auth,
    oauth2_auth,
    pause_step,
    request_step,
    subtest_step,
    variable,
)
from qaclients_fakes import FakeTransport, RunscopeFake
from tests.specs import _openapi

STATUS_200 = assertion("response_status", "equal_number", 200)


def _tour_account(rs: Runscope, fake: RunscopeFake) -> None:
    assert rs.root().bucket_list_url.endswith("/buckets")
    account = rs.account()
    assert account.name == "Grace Hopper" and [t.uuid for t in account.teams] == [fake.default_team.id]
    assert {r.region_code for r in rs.regions()} >= {"us1", "eu1"}
    assert rs.team(fake.default_team.id).name == "Personal Team"


def _tour_buckets(rs: Runscope, fake: RunscopeFake) -> None:
    team_id = fake.default_team.id
    created = rs.create_bucket("Mobile Apps", team_id)
    assert created.name == "Mobile Apps" and len(created.key) == 12
    assert {b.key for b in rs.buckets()} == {fake.default_bucket.key, created.key}
    assert rs.bucket(created.key).team.uuid == team_id
    assert rs.bucket(created.key, utilization_over=85).locations_utilization is not m.Bucket.locations_utilization
    rs.add_email_domains(team_id, ["example.org"])
    assert "example.org" in (rs.email_domains(team_id).email_whitelist_domains or "")
    rs.add_custom_email(created.key, "ops@example.org", team_id=team_id, description="on call")
    assert [e.custom_email for e in rs.custom_emails(created.key)] == ["ops@example.org"]
    rs.remove_custom_email(created.key, "ops@example.org")
    assert rs.custom_emails(created.key) == []
    rs.delete_bucket(created.key)
    assert created.key not in fake.buckets
    with pytest.raises(BadRequestError, match="default bucket"):
        rs.delete_bucket(fake.default_bucket.key)


def _tour_tests_and_steps(rs: Runscope, fake: RunscopeFake) -> None:
    key = fake.default_bucket.key
    test = rs.create_test(key, "Checkout", description="the happy path", steps=[request_step("GET", "https://x.test/")])
    more = rs.create_tests(key, [m.TestWrite(name="A"), m.TestWrite(name="B")])
    assert [t.name for t in more] == ["A", "B"]
    assert [t.name for t in rs.tests(key)] == ["Checkout", "A", "B"]
    renamed = rs.update_test(key, test.id, name="Checkout v2")
    assert (renamed.name, renamed.description) == ("Checkout v2", "the happy path")  # partial PUT keeps the rest
    assert rs.test(key, test.id).name == "Checkout v2"
    assert len(rs.test_revisions(key, test.id).test_revisions) == 2

    request = rs.add_step(key, test.id, request_step(
        "POST", "https://x.test/orders", body='{"a": 1}', headers={"Accept": "*/*", "X-Many": ["a", "b"]},
        assertions=[STATUS_200], variables=[variable("order", "response_json", "id")],
        auth=basic_auth("u", "p"), scripts=['log("after");'], before_scripts=['log("before");'], note="order",
    ))  # fmt: skip
    assert isinstance(request, m.RequestStep) and isinstance(request.auth, m.BasicAuth)
    pause = rs.add_step(key, test.id, pause_step(5))
    assert isinstance(pause, m.PauseStep) and pause.duration == 5
    condition = rs.add_step(key, test.id, condition_step("{{order}}", "not_empty", steps=[pause_step(1)]))
    assert isinstance(condition, m.ConditionStep) and [type(s) for s in condition.steps] == [m.PauseStep]
    ghost = rs.add_step(key, test.id, ghost_inspector_step("integ", "suite", "gi-test", start_url="https://x.test"))
    assert isinstance(ghost, m.GhostInspectorStep) and ghost.is_custom_start_url is True
    sub = rs.add_step(key, test.id, subtest_step(more[0].id, bucket_key=key, params={"who": "{{order}}"}))
    assert isinstance(sub, m.SubtestStep) and [p.name for p in sub.params or []] == ["who"]

    steps = rs.steps(key, test.id)
    assert [type(s).__name__ for s in steps] == [
        "RequestStep", "RequestStep", "PauseStep", "ConditionStep", "GhostInspectorStep", "SubtestStep",
    ]  # fmt: skip
    assert rs.step(key, test.id, pause.id) == pause
    read = rs.step(key, test.id, request.id)
    read.note = "edited"  # GET, change, PUT: the read model is accepted back
    assert rs.update_step(key, test.id, request.id, read).note == "edited"
    auths = [oauth1_auth("k", "s"), oauth2_auth("t", grant_type="client_credentials"), client_certificate_auth()]
    kinds = [
        type(rs.update_step(key, test.id, request.id, request_step("GET", "https://x", auth=a)).auth) for a in auths
    ]
    assert kinds == [m.OAuth1Auth, m.OAuth2Auth, m.ClientCertificateAuth]

    ids = [s.id for s in steps]
    child = condition.steps[0].id
    order = [ids[5], ids[4], (ids[3], [child]), ids[2], ids[1], ids[0]]
    assert [s.id for s in rs.reorder_steps(key, test.id, order)] == list(reversed(ids))
    with pytest.raises(BadRequestError, match="Every step id"):
        rs.reorder_steps(key, test.id, ids[:2])
    rs.delete_step(key, test.id, pause.id)
    assert pause.id not in [s.id for s in rs.steps(key, test.id)]
    with pytest.raises(NotFoundError):
        rs.step(key, test.id, pause.id)
    rs.delete_test(key, more[1].id)
    assert [t.name for t in rs.tests(key)] == ["Checkout v2", "A"]


def _tour_environments_and_schedules(rs: Runscope, fake: RunscopeFake) -> None:
    key = fake.default_bucket.key
    test = rs.create_test(key, "Envs")
    shared = rs.create_shared_environment(key, m.EnvironmentWrite(name="Prod", regions=["us1", "eu1"], verify_ssl=True))
    assert (shared.name, shared.regions, shared.test_id) == ("Prod", ["us1", "eu1"], None)
    assert [e.id for e in rs.shared_environments(key)] == [shared.id]
    assert rs.shared_environment(key, shared.id).name == "Prod"
    replaced = rs.replace_shared_environment(key, shared.id, m.EnvironmentWrite(name="Prod 2"))
    assert (replaced.name, replaced.verify_ssl, replaced.regions) == ("Prod 2", None, ["us1"])  # PUT replaces it all
    own = rs.create_test_environment(key, test.id, m.EnvironmentWrite(name="Staging", auth=basic_auth("u", "p")))
    assert own.test_id == test.id and isinstance(own.auth, m.BasicAuth)
    assert {e.name for e in rs.test_environments(key, test.id)} == {"Test Settings", "Staging"}
    assert rs.test_environment(key, test.id, own.id).name == "Staging"
    assert rs.replace_test_environment(key, test.id, own.id, m.EnvironmentWrite(name="QA")).name == "QA"

    first = rs.create_schedule(key, test.id, own.id, "1h", note="hourly")
    second = rs.create_schedule(key, test.id, own.id, m.ScheduleInterval.DAILY)  # v1: always a new one
    assert first.id != second.id
    upserted = rs.upsert_schedule(key, test.id, shared.id, "5m")
    again = rs.upsert_schedule(key, test.id, shared.id, "15m")  # v0: the same schedule, updated
    assert again.id == upserted.id and again.interval == m.ScheduleInterval.EVERY_15_MINUTES
    assert len(rs.schedules(key, test.id)) == 3
    assert rs.schedule(key, test.id, first.id).note == "hourly"
    assert rs.update_schedule(key, test.id, first.id, own.id, "30m").interval == m.ScheduleInterval.EVERY_30_MINUTES
    rs.delete_schedule(key, test.id, first.id)
    assert first.id not in {s.id for s in rs.schedules(key, test.id)}
    with pytest.raises(BadRequestError, match="environment_id"):
        rs.create_schedule(key, test.id, "no-such-environment", "1m")
    rs.delete_environment(key, shared.id)
    assert rs.shared_environments(key) == []


def _tour_results(rs: Runscope, fake: RunscopeFake) -> None:
    key = fake.default_bucket.key
    test = rs.create_test(key, "Results", steps=[request_step("GET", "https://x.test/", assertions=[STATUS_200])])
    with pytest.raises(NotFoundError):
        rs.latest_result(key, test.id)
    outcome = rs.begin_trigger(test).result(timeout=120)
    run_id = outcome.runs[0].test_run_id
    run = rs.result(key, test.id, run_id)
    assert run.result == m.RunResult.PASS and run.requests and run.requests[0].assertions_passed == 1
    assert rs.latest_result(key, test.id).test_run_id == run_id
    step_id = run.requests[0].uuid
    recorded = rs.result_step(key, test.id, run_id, step_id)
    assert recorded.response and recorded.response.status == 200
    assert [r.test_run_id for r in rs.results(key, test.id)] == [run_id]
    metrics = rs.metrics(key, test.id, timeframe="day")
    assert metrics.this_time_period.total_test_runs == 1
    bucket = rs.bucket(key)
    started = rs.trigger(bucket)
    bucket_run = started.trigger.consolidated_test_results_url.rsplit("/", 1)[1]  # type: ignore[union-attr]
    assert {r.test_id for r in rs.bucket_result(key, bucket_run).runs} == set(fake.default_bucket.tests)
    runs = [run for run in fake.runs.values() if run.test.bucket_key == key]
    requests = sum(1 for run in runs for s in run.steps if s["step_type"] == "request")
    assert requests >= 2  # this test ran twice (its own trigger, the bucket's), with one request step
    today = fake.clock.now().date()
    assert rs.bucket_request_count(key).requests_count == requests
    assert rs.bucket_request_count(key, between=(today, today)).requests_count == requests
    assert rs.bucket_request_count(key, since=today - datetime.timedelta(days=1)).requests_count == requests
    assert (
        rs.bucket_request_count(
            key, between=(today - datetime.timedelta(days=9), today - datetime.timedelta(days=8))
        ).requests_count
        == 0
    )
    assert rs.team_request_count(fake.default_team.id, days=7).requests_count == requests


def _tour_teams(rs: Runscope, fake: RunscopeFake) -> None:
    team_id = fake.default_team.id
    invited = rs.invite(team_id, ["ada@example.com", "alan@example.com"])
    assert invited.successes == ["ada@example.com", "alan@example.com"] and invited.errors == []
    assert [p.email for p in rs.people(team_id)] == ["grace@example.com", "ada@example.com", "alan@example.com"]
    ada = rs.person(team_id, "ada@example.com")
    role = rs.create_role(team_id, "Viewer", ["team:people:view"])
    assert role.permissions == [m.Permission.TEAMPEOPLEVIEW]
    assert rs.role(team_id, role.uuid).name == "Viewer"
    updated = rs.update_role(team_id, role.uuid, ["team:people:view", "bucket:tests:view", "team:future:thing"])
    assert updated.permissions[-1] == "team:future:thing"  # a permission the docs do not list is kept as text
    assert {r.name for r in rs.roles(team_id)} == {"Administrator", "Viewer"}
    rs.assign_role(team_id, role.uuid, [ada.uuid])
    assert rs.person(team_id, "ada@example.com").role_name == "Viewer"
    group = rs.create_group(team_id, "QA")
    assert (group.users, group.user_count) == (None, 0)
    filled = rs.update_group(team_id, group.uuid, bucket_keys=[fake.default_bucket.key], user_ids=[ada.uuid])
    assert filled.user_count == 1 and filled.bucket_keys == [fake.default_bucket.key]
    assert rs.group(team_id, group.uuid).users[0].email == "ada@example.com"  # type: ignore[index]
    assert [g.name for g in rs.groups(team_id)] == ["QA"]
    assert [g.uuid for g in rs.person_groups(team_id, "ada@example.com")] == [group.uuid]
    assert [i.type_ for i in rs.integrations(team_id)] == ["slack"]
    assert rs.agents(team_id) == []
    rs.remove_person(team_id, "alan@example.com")
    with pytest.raises(NotFoundError):
        rs.person(team_id, "alan@example.com")
    with pytest.raises(BadRequestError, match="owner"):
        rs.remove_person(team_id, "grace@example.com")
    rs.delete_group(team_id, group.uuid)
    rs.delete_role(team_id, role.uuid)
    assert rs.groups(team_id) == [] and {r.name for r in rs.roles(team_id)} == {"Administrator"}


def _tour_oauth(rs: Runscope, fake: RunscopeFake) -> None:
    code = fake.issue_code("client-1", "shh")
    token = rs.exchange_code("client-1", "shh", code, redirect_uri="https://app.test/cb")
    assert token.token_type == "bearer" and token.get_secret_value() in fake.tokens


TOURS = [
    _tour_account, _tour_buckets, _tour_tests_and_steps, _tour_environments_and_schedules, _tour_results, _tour_teams,
    _tour_oauth,
]  # fmt: skip


@pytest.mark.parametrize("tour", TOURS, ids=[tour.__name__.removeprefix("_tour_") for tour in TOURS])
def test_tour(tour: object, rs: Runscope, fake: RunscopeFake) -> None:
    assert callable(tour)
    tour(rs, fake)


def test_every_operation_of_the_spec_is_reached(rs: Runscope, fake: RunscopeFake) -> None:
    for tour in TOURS:
        tour(rs, fake)
    test = fake.add_test(fake.default_bucket.key, "GET triggers")
    fake.tokens["t2"] = "grace@example.com"
    with Runscope(token="t2", transport=FakeTransport(fake)) as other:
        # The GET forms of the trigger URLs, through the generated client (the wrapper POSTs).
        assert trigger_test.sync(test.trigger_id, client=other.api) is not None
        assert trigger_bucket.sync(fake.default_bucket.trigger_id, client=other.api) is not None
    reached = {request.operation_id for request in fake.requests if request.status and request.status < 300}
    assert reached == set(_openapi.operations(_openapi.load("runscope")))


def test_a_wrong_token_is_unauthorized_and_never_shown(fake: RunscopeFake) -> None:
    with Runscope(token="not-the-token-123", transport=FakeTransport(fake)) as rs:
        with pytest.raises(UnauthorizedError) as caught:
            rs.buckets()
        assert "not-the-token-123" not in str(caught.value) + repr(caught.value) + repr(rs)
        assert caught.value.status == 401 and caught.value.message == "Unauthenticated."


def test_errors_carry_the_envelope_message_object_or_string(rs: Runscope, bucket_key: str) -> None:
    with pytest.raises(NotFoundError) as as_object:
        rs.test(bucket_key, "missing")
    assert as_object.value.message == "Test not found."
    with pytest.raises(NotFoundError) as as_string:
        rs.remove_custom_email(bucket_key, "nobody@example.org")
    assert as_string.value.message == f"Email nobody@example.org is not part of the bucket {bucket_key}"


def test_a_pause_outside_the_limits_is_refused_before_sending() -> None:
    with pytest.raises(ValueError, match="1 to 120"):
        pause_step(121)


def test_a_bare_body_without_its_envelope_still_decodes() -> None:
    """The reference shows some answers without the envelope (facts: abbreviation); the client copes."""
    bare = {
        "/buckets/abcdefghijkl/environments": [{"id": "e1", "name": "Prod", "regions": ["us1"]}],
        "/buckets/abcdefghijkl/tests/t1/metrics": {"response_times": [], "timeframe": "day"},
        "/teams/t/integrations": [{"uuid": "i", "description": "PagerDuty", "type": "pagerduty"}],
    }
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=bare[request.url.path]))
    with Runscope(token="t", transport=transport) as rs:
        assert [env.name for env in rs.shared_environments("abcdefghijkl")] == ["Prod"]
        assert rs.metrics("abcdefghijkl", "t1").timeframe == m.MetricsTimeframe.DAY
        assert [i.type_ for i in rs.integrations("t")] == ["pagerduty"]


async def test_the_async_client_does_the_same_work(ars: AsyncRunscope, fake: RunscopeFake) -> None:
    key, team = fake.default_bucket.key, fake.default_team.id
    test = await ars.create_test(key, "Async", steps=[request_step("GET", "https://x.test/")])
    added = await ars.add_step(key, test.id, pause_step(2))
    assert isinstance(added, m.PauseStep) and len(await ars.steps(key, test.id)) == 2
    env = await ars.create_shared_environment(key, m.EnvironmentWrite(name="E", regions=["eu1"]))
    assert (await ars.replace_shared_environment(key, env.id, m.EnvironmentWrite(name="F"))).name == "F"
    schedule = await ars.create_schedule(key, test.id, env.id, "1d")
    assert [s.id for s in await ars.schedules(key, test.id)] == [schedule.id]
    role = await ars.create_role(team, "R", ["team:usage:view"])
    await ars.assign_role(team, role.uuid, [(await ars.person(team, "grace@example.com")).uuid])
    assert (await ars.person(team, "grace@example.com")).role_name == "R"
    group = await ars.create_group(team, "G")
    await ars.delete_group(team, group.uuid)
    await ars.delete_test(key, test.id)
    assert [t.name async for t in ars.tests(key)] == []
    assert (await ars.bucket(key)).key == key and (await ars.account()).teams
