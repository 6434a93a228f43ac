"""Bad arguments to every public Runscope helper: one clear ``TypeError``/``ValueError`` naming the argument, before
any request. Each client case runs against the sync and the async client, and the fake must have seen nothing."""

from __future__ import annotations

import asyncio
import datetime
import inspect
from collections.abc import Callable
from typing import Any

import pytest

from qaclients import runscope
from qaclients.runscope import AsyncRunscope, Runscope
from qaclients_fakes import AsyncFakeTransport, FakeTransport, RunscopeFake

BASE_URL = "https://args.runscope.test"
TOKEN = "args-token"
B, T = "abcdefabcdef", "test-id"

# name -> (call on a client, error type, what the message must say)
CLIENT_CASES: dict[str, tuple[Callable[[Any], Any], type[Exception], str]] = {
    "bucket key empty": (lambda c: c.bucket(""), ValueError, "bucket_key must not be empty"),
    "bucket key an int": (lambda c: c.bucket(7), TypeError, "bucket_key must be a str"),
    "utilization negative": (lambda c: c.bucket(B, utilization_over=-1), ValueError, "utilization_over must be >= 0"),
    "create bucket no team": (lambda c: c.create_bucket("n", None), TypeError, "team_id must be a str"),
    "delete bucket blank": (lambda c: c.delete_bucket("  "), ValueError, "bucket_key must not be empty"),
    "custom email an int": (lambda c: c.add_custom_email(B, 5, team_id="t"), TypeError, "email must be a str"),
    "tests page_size zero": (lambda c: c.tests(B, page_size=0), ValueError, "page_size must be >= 1"),
    "tests page_size a str": (lambda c: c.tests(B, page_size="5"), TypeError, "page_size must be an int"),
    "tests max_items negative": (lambda c: c.tests(B, max_items=-1), ValueError, "max_items must be >= 0"),
    "tests token an int": (lambda c: c.tests(B, continuation_token=3), TypeError, "continuation_token must be a str"),
    "test id empty": (lambda c: c.test(B, ""), ValueError, "test_id must not be empty"),
    "create test name an int": (lambda c: c.create_test(B, 1), TypeError, "name must be a str"),
    "update test name empty": (lambda c: c.update_test(B, T, name=""), ValueError, "name must not be empty"),
    "step id a list": (lambda c: c.step(B, T, ["s"]), TypeError, "step_id must be a str"),
    "delete step blank": (lambda c: c.delete_step(B, T, " "), ValueError, "step_id must not be empty"),
    "environment id an int": (lambda c: c.shared_environment(B, 9), TypeError, "environment_id must be a str"),
    "schedule interval unknown": (
        lambda c: c.create_schedule(B, T, "e", "5x"),
        ValueError,
        "interval must be one of",
    ),
    "schedule interval an int": (lambda c: c.upsert_schedule(B, T, "e", 5), TypeError, "interval must be a"),
    "results since a str": (lambda c: c.results(B, T, since="yesterday"), TypeError, "since must be a number"),
    "results page_size zero": (lambda c: c.results(B, T, page_size=0), ValueError, "page_size must be >= 1"),
    "result run id empty": (lambda c: c.result(B, T, ""), ValueError, "test_run_id must not be empty"),
    "metrics timeframe unknown": (lambda c: c.metrics(B, T, timeframe="year"), ValueError, "timeframe must be one of"),
    "metrics region an int": (lambda c: c.metrics(B, T, region=1), TypeError, "region must be a str"),
    "team id empty": (lambda c: c.team(""), ValueError, "team_id must not be empty"),
    "people page_size a float": (lambda c: c.people("t", page_size=2.5), TypeError, "page_size must be an int"),
    "person email empty": (lambda c: c.person("t", ""), ValueError, "email must not be empty"),
    "email domains a str": (lambda c: c.add_email_domains("t", "a.com"), TypeError, "domains must be a list of str"),
    "email domains an empty one": (lambda c: c.add_email_domains("t", [""]), ValueError, "domains[0] must not be"),
    "assign role user ids ints": (lambda c: c.assign_role("t", "r", [1]), TypeError, "user_ids[0] must be str"),
    "group name an int": (lambda c: c.create_group("t", 3), TypeError, "name must be a str"),
    "request count days zero": (lambda c: c.bucket_request_count(B, days=0), ValueError, "days must be >= 1"),
    "request count since a str": (
        lambda c: c.team_request_count("t", since="2024-01-01"),
        TypeError,
        "since must be a datetime.date",
    ),
    "trigger an int": (lambda c: c.trigger(5), TypeError, "target must be a Test, a Bucket or a trigger URL"),
    "trigger not a URL": (lambda c: c.trigger("https://x.test/nope"), ValueError, "not a trigger URL"),
    "trigger environment empty": (
        lambda c: c.trigger("https://api.runscope.com/radar/abc/trigger", environment=""),
        ValueError,
        "environment must not be empty",
    ),
    "trigger variables a list": (
        lambda c: c.trigger("https://api.runscope.com/radar/abc/trigger", variables=["a"]),
        TypeError,
        "variables must be a mapping",
    ),
    "trigger reserved variable": (
        lambda c: c.trigger("https://api.runscope.com/radar/abc/trigger", variables={"runscope_environment": "x"}),
        ValueError,
        "pass environment= instead",
    ),
    "begin_trigger an int": (lambda c: c.begin_trigger(None), TypeError, "target must be"),
    "recover a garbage token": (lambda c: c.recover_trigger("zzz"), ValueError, "not a Runscope trigger"),
    "recover an empty token": (lambda c: c.recover_trigger(""), ValueError, "continuation_token must not be empty"),
    "exchange code an int": (lambda c: c.exchange_code("id", "secret", 42), TypeError, "code must be a str"),
    "exchange client id empty": (lambda c: c.exchange_code("", "secret", "c"), ValueError, "client_id must not be"),
}

SYNC_ONLY: dict[str, tuple[Callable[[Any], Any], type[Exception], str]] = {
    "trigger_poller a garbage token": (lambda c: c.trigger_poller("zzz"), ValueError, "continuation token"),
    "trigger_poller an int": (lambda c: c.trigger_poller(5), TypeError, "continuation_token must be a str"),
}


@pytest.mark.parametrize("name", sorted(CLIENT_CASES | SYNC_ONLY))
def test_sync_client_refuses_a_bad_argument_before_any_request(name: str) -> None:
    call, error, fragment = (CLIENT_CASES | SYNC_ONLY)[name]
    fake = RunscopeFake(token=TOKEN)
    with Runscope(BASE_URL, TOKEN, transport=FakeTransport(fake)) as rs, pytest.raises(error) as caught:
        call(rs)
    assert fragment in str(caught.value)
    assert fake.requests == []


@pytest.mark.parametrize("name", sorted(CLIENT_CASES))
def test_async_client_refuses_a_bad_argument_before_any_request(name: str) -> None:
    call, error, fragment = CLIENT_CASES[name]
    fake = RunscopeFake(token=TOKEN)

    async def go() -> None:
        async with AsyncRunscope(BASE_URL, TOKEN, async_transport=AsyncFakeTransport(fake)) as ars:
            outcome = call(ars)
            if inspect.isawaitable(outcome):
                await outcome

    with pytest.raises(error) as caught:
        asyncio.run(go())
    assert fragment in str(caught.value)
    assert fake.requests == []


OK = runscope.assertion("response_status", "equal_number", 200)

HELPER_CASES: dict[str, tuple[Callable[[], Any], type[Exception], str]] = {
    "assertion source unknown": (lambda: runscope.assertion("nope", "equal"), ValueError, "source must be one of"),
    "assertion comparison an int": (
        lambda: runscope.assertion("response_status", 3),
        TypeError,
        "comparison must be a",
    ),
    "assertion property empty": (
        lambda: runscope.assertion("response_json", "equal", 1, property=""),
        ValueError,
        "property must not be empty",
    ),
    "variable name empty": (lambda: runscope.variable("", "response_json"), ValueError, "name must not be empty"),
    "variable source unknown": (lambda: runscope.variable("v", "somewhere"), ValueError, "source must be one of"),
    "basic auth username an int": (lambda: runscope.basic_auth(1, "p"), TypeError, "username must be a str"),
    "oauth1 consumer key empty": (lambda: runscope.oauth1_auth("", "s"), ValueError, "consumer_key must not be"),
    "oauth2 token an int": (lambda: runscope.oauth2_auth(5), TypeError, "access_token must be a str"),
    "request method an int": (lambda: runscope.request_step(3, "https://x"), TypeError, "method must be a str"),
    "request url empty": (lambda: runscope.request_step("GET", ""), ValueError, "url must not be empty"),
    "request scripts a str": (
        lambda: runscope.request_step("GET", "https://x", scripts="log(1)"),
        TypeError,
        "scripts must be a list of str",
    ),
    "request headers a list": (
        lambda: runscope.request_step("GET", "https://x", headers=[("a", "b")]),
        TypeError,
        "headers must be a mapping",
    ),
    "pause seconds a str": (lambda: runscope.pause_step("5"), TypeError, "seconds must be an int"),
    "pause too long": (lambda: runscope.pause_step(121), ValueError, "1 to 120 seconds"),
    "condition comparison unknown": (
        lambda: runscope.condition_step("{{a}}", "about"),
        ValueError,
        "comparison must be one of",
    ),
    "ghost inspector suite empty": (
        lambda: runscope.ghost_inspector_step("i", "", "t"),
        ValueError,
        "suite_id must not be empty",
    ),
    "subtest bucket key an int": (lambda: runscope.subtest_step("t", bucket_key=1), TypeError, "bucket_key must be"),
    "subtest params a list": (
        lambda: runscope.subtest_step("t", bucket_key=B, params=[1]),
        TypeError,
        "params must be a mapping",
    ),
    "authorize_url scopes a str": (
        lambda: runscope.authorize_url("c", "https://cb", scopes="api:read"),
        TypeError,
        "scopes must be a list of str",
    ),
    "authorize_url an unknown scope": (
        lambda: runscope.authorize_url("c", "https://cb", scopes=["everything"]),
        ValueError,
        "unknown scope(s) everything",
    ),
    "authorize_url client id empty": (lambda: runscope.authorize_url("", "https://cb"), ValueError, "client_id"),
}


@pytest.mark.parametrize("name", sorted(HELPER_CASES))
def test_helpers_refuse_bad_input_naming_it(name: str) -> None:
    call, error, fragment = HELPER_CASES[name]
    with pytest.raises(error) as caught:
        call()
    assert fragment in str(caught.value)


def test_good_arguments_still_pass_the_checks() -> None:
    step = runscope.request_step("GET", "https://x", assertions=[OK], headers={"A": "b"}, scripts=["log(1)"])
    assert step.method == "GET"
    assert runscope.pause_step(5).duration == 5
    fake = RunscopeFake(token=TOKEN)
    with Runscope(BASE_URL, TOKEN, transport=FakeTransport(fake)) as rs:
        bucket = fake.default_bucket.key
        assert rs.bucket(bucket, utilization_over=0).key == bucket
        assert list(rs.tests(bucket, max_items=0)) == []
        assert rs.team_request_count(fake.default_team.id, since=datetime.date(2024, 1, 1)) is not None
