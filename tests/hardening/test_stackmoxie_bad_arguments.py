"""Bad arguments to every public Stack Moxie helper, sync and async: one ``TypeError``/``ValueError`` naming the
argument, before any request (the fake must have seen nothing)."""

from __future__ import annotations

import asyncio
import datetime
import inspect
from collections.abc import Callable
from typing import Any

import pytest

from qaclients.stackmoxie import AsyncStackMoxie, StackMoxie
from qaclients_fakes import AsyncFakeTransport, FakeTransport, StackMoxieFake
from qaclients_fakes._stackmoxie import DEFAULT_ORG

TOKEN = "args-jwt"
DEFINITION = {"steps": [{"cog": "automatoninc/salesforce", "stepId": "CheckRecord", "name": "n", "data": {}}]}
NAIVE = datetime.datetime(2024, 1, 1)
Case = tuple[Callable[[Any], Any], type[Exception], str]


def _ids(method: str, *names: str, extra: tuple[Any, ...] = ()) -> dict[str, Case]:
    """A str id, a zero id and a bool id for each of ``names`` (the other ids 1) in ``method``."""
    cases: dict[str, Case] = {}
    for index, name in enumerate(names):
        for label, bad, error, said in (
            ("a str", "7", TypeError, f"{name} must be an int"),
            ("zero", 0, ValueError, f"{name} must be >= 1"),
            ("a bool", True, TypeError, f"{name} must be an int"),
        ):
            args = [1] * len(names)
            args[index] = bad
            cases[f"{method} {name} {label}"] = (
                lambda c, m=method, a=tuple(args): getattr(c, m)(*a, *extra),
                error,
                said,
            )
    return cases


CLIENT_CASES: dict[str, Case] = {
    **_ids("member", "member_id"),
    **_ids("update_member", "member_id", extra=("org-admin",)),
    **_ids("remove_member", "member_id"),
    **_ids("reinvite_member", "member_id"),
    **_ids("update_notification_group", "group_id", extra=("g",)),
    **_ids("delete_notification_group", "group_id"),
    **_ids("connection", "connection_id"),
    **_ids("update_connection", "connection_id", extra=({},)),
    **_ids("delete_connection", "connection_id"),
    **_ids("folder", "folder_id"),
    **_ids("update_folder", "folder_id", extra=("f",)),
    **_ids("delete_folder", "folder_id"),
    **_ids("schedule", "schedule_id"),
    **_ids("update_schedule", "schedule_id", extra=(1, 60)),
    **_ids("delete_schedule", "schedule_id"),
    **_ids("scenario", "scenario_id"),
    **_ids("update_scenario", "scenario_id", extra=("s", DEFINITION)),
    **_ids("delete_scenario", "scenario_id"),
    **_ids("create_run", "scenario_id"),
    **_ids("run", "scenario_id", "run_id"),
    **_ids("run_log", "scenario_id", "run_id", "log_id"),
    **_ids("latest_run", "scenario_id"),
    **_ids("runs", "scenario_id"),
    **_ids("begin_run", "scenario_id"),
    "create_organization name empty": (lambda c: c.create_organization(" "), ValueError, "name must not be empty"),
    "create_organization name int": (lambda c: c.create_organization(3), TypeError, "name must be a str"),
    "create_organization public a str": (
        lambda c: c.create_organization("o", status_page_is_public="yes"),
        TypeError,
        "status_page_is_public must be a bool",
    ),
    "update_organization unknown field": (lambda c: c.update_organization(colour=1), TypeError, "colour"),
    "update_organization bad setting": (
        lambda c: c.update_organization(notification_setting="loud"),
        ValueError,
        "notification_setting must be one of",
    ),
    "invite_member email empty": (lambda c: c.invite_member(""), ValueError, "email must not be empty"),
    "invite_member role unknown": (lambda c: c.invite_member("a@b.c", "boss"), ValueError, "role must be one of"),
    "update_member role unknown": (lambda c: c.update_member(1, "boss"), ValueError, "role must be one of"),
    "create_notification_group name empty": (
        lambda c: c.create_notification_group(""),
        ValueError,
        "name must not be empty",
    ),
    "create_notification_group members dicts": (
        lambda c: c.create_notification_group("g", members=[{"id": 1}]),
        TypeError,
        "members[0] must be User",
    ),
    "create_connection cog unknown": (lambda c: c.create_connection("acme/nope", {}), ValueError, "cog must be one"),
    "create_connection auth a list": (
        lambda c: c.create_connection("automatoninc/salesforce", []),
        TypeError,
        "auth must be Mapping",
    ),
    "create_connection profile unknown": (
        lambda c: c.create_connection("automatoninc/salesforce", {}, profile="p"),
        ValueError,
        "profile must be one of",
    ),
    "create_folder name None": (lambda c: c.create_folder(None), TypeError, "name must be a str"),
    "create_folder description int": (
        lambda c: c.create_folder("f", description=3),
        TypeError,
        "description must be str",
    ),
    "create_schedule interval zero": (lambda c: c.create_schedule(1, 0), ValueError, "interval must be >= 1"),
    "create_schedule scenario a str": (lambda c: c.create_schedule("s", 60), TypeError, "scenario must be an int"),
    "templates kind unknown": (lambda c: c.templates("mine"), ValueError, "kind must be one of"),
    "create_scenario name empty": (lambda c: c.create_scenario("", DEFINITION), ValueError, "name must not be"),
    "create_scenario definition a list": (lambda c: c.create_scenario("s", []), TypeError, "definition must be"),
    "create_scenario unknown field": (
        lambda c: c.create_scenario("s", DEFINITION, colour=1),
        TypeError,
        "unknown scenario field(s) colour",
    ),
    "create_scenario severity unknown": (
        lambda c: c.create_scenario("s", DEFINITION, severity=9),
        ValueError,
        "severity must be one of",
    ),
    "begin_create_scenario name int": (
        lambda c: c.begin_create_scenario(5, DEFINITION),
        TypeError,
        "name must be a str",
    ),
    "begin_create_scenario progress not callable": (
        lambda c: c.begin_create_scenario("s", DEFINITION, progress=3),
        TypeError,
        "progress must be callable",
    ),
    "begin_create_scenario poll_schedule a float": (
        lambda c: c.begin_create_scenario("s", DEFINITION, poll_schedule=2.0),
        TypeError,
        "poll_schedule must be PollSchedule",
    ),
    "job id garbage": (lambda c: c.job("not-a-uuid"), ValueError, "job_id must be a UUID"),
    "job id an int": (lambda c: c.job(5), TypeError, "job_id must be a str"),
    "create_run tokens a list": (lambda c: c.create_run(1, tokens=["a"]), TypeError, "tokens must be Mapping"),
    "create_run notify unknown": (lambda c: c.create_run(1, notify="all"), ValueError, "notify must be one of"),
    "begin_run with_log a str": (lambda c: c.begin_run(1, with_log="yes"), TypeError, "with_log must be a bool"),
    "runs outcome unknown": (lambda c: c.runs(1, outcome=["Meh"]), ValueError, "outcome[0] must be one of"),
    "runs outcome a str": (lambda c: c.runs(1, outcome="Failed"), TypeError, "outcome must be a list"),
    "runs ran_after naive": (lambda c: c.runs(1, ran_after=NAIVE), ValueError, "ran_after must be timezone-aware"),
    "runs ran_before a str": (lambda c: c.runs(1, ran_before="today"), TypeError, "ran_before must be a datetime"),
    "runs ran_after negative": (lambda c: c.runs(1, ran_after=-1), ValueError, "ran_after must be >= 0"),
    "runs an unknown filter": (lambda c: c.runs(1, colour="red"), TypeError, "unknown filter(s) colour"),
    "runs max_items negative": (lambda c: c.runs(1, max_items=-1), ValueError, "max_items must be >= 0"),
    "runs continuation_token empty": (
        lambda c: c.runs(1, continuation_token=""),
        ValueError,
        "continuation_token must not be empty",
    ),
    "resume_run a foreign token": (lambda c: c.resume_run("x!"), ValueError, "continuation token"),
    "resume_run an int": (lambda c: c.resume_run(5), TypeError, "continuation_token must be a str"),
    "resume_create_scenario a foreign token": (
        lambda c: c.resume_create_scenario("x!"),
        ValueError,
        "continuation token",
    ),
}


@pytest.mark.parametrize("name", sorted(CLIENT_CASES))
def test_sync_client_refuses_a_bad_argument_before_any_request(name: str) -> None:
    call, error, fragment = CLIENT_CASES[name]
    fake = StackMoxieFake(token=TOKEN)
    with StackMoxie(DEFAULT_ORG, TOKEN, transport=FakeTransport(fake)) as sm, pytest.raises(error) as caught:
        call(sm)
    assert fragment in str(caught.value)
    assert fake.requests == []


@pytest.mark.parametrize("name", sorted(CLIENT_CASES))
def test_async_client_refuses_a_bad_argument_before_any_request(name: str) -> None:
    call, error, fragment = CLIENT_CASES[name]
    fake = StackMoxieFake(token=TOKEN)

    async def go() -> None:
        async with AsyncStackMoxie(DEFAULT_ORG, TOKEN, async_transport=AsyncFakeTransport(fake)) as sm:
            outcome = call(sm)
            if inspect.isawaitable(outcome):
                await outcome

    with pytest.raises(error) as caught:
        asyncio.run(go())
    assert fragment in str(caught.value)
    assert fake.requests == []


def test_every_public_method_with_arguments_has_a_case() -> None:
    for client in (StackMoxie, AsyncStackMoxie):
        for attribute, method in vars(client).items():
            takes = (
                [p for p in inspect.signature(method).parameters if p not in ("self", "fields", "filters")]
                if (inspect.isfunction(method) and not attribute.startswith("_"))
                else []
            )
            if takes:
                assert any(case.startswith(f"{attribute} ") for case in CLIENT_CASES), f"{client.__name__}.{attribute}"
