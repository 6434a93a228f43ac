"""Bad arguments to every public Testmo helper: one clear error naming the argument, before any request is sent.

Wrong types raise ``TypeError``, wrong values ``ValueError`` (configuration: ``ConfigError``, itself a ValueError),
as Python's own functions do. Each case runs against the sync and the async client, and the fake must have seen
nothing.
"""

from __future__ import annotations

import asyncio
import datetime
import inspect
from collections.abc import Callable
from typing import Any

import pytest

from qaclients import testmo
from qaclients.core import ConfigError, QAClientError
from qaclients.testmo import AsyncTestmo, JUnitError, SubmitProgress, Testmo, parse_junit, read_junit
from qaclients_fakes import AsyncFakeTransport, FakeTransport, TestmoFake

BASE_URL = "https://args.testmo.net/api/v1"
TOKEN = "args-token"
ONE = [testmo.Test(key="a", name="a", folder="f", status="passed")]
NAIVE = datetime.datetime(2024, 1, 1)

# name -> (call on a client, error type, what the message must say)
CLIENT_CASES: dict[str, tuple[Callable[[Any], Any], type[Exception], str]] = {
    "project_id a str": (lambda c: c.automation_runs("one"), TypeError, "project_id must be an int"),
    "project_id zero": (lambda c: c.automation_runs(0), ValueError, "project_id must be >= 1"),
    "project_id a bool": (lambda c: c.automation_runs(True), TypeError, "project_id must be an int"),
    "per_page not served": (lambda c: c.automation_runs(1, per_page=7), ValueError, "per_page must be one of"),
    "an unknown filter": (lambda c: c.automation_runs(1, colour="red"), TypeError, "unknown filter(s) colour"),
    "order sideways": (lambda c: c.automation_runs(1, order="sideways"), ValueError, "order must be one of"),
    "status unknown": (lambda c: c.automation_runs(1, status=[99]), ValueError, "status[0] must be one of 2, 3, 4"),
    "status a str": (lambda c: c.automation_runs(1, status="failed"), TypeError, "status must be a list"),
    "tags a str": (lambda c: c.automation_runs(1, tags="nightly"), TypeError, "tags must be a list of str"),
    "created_by a str": (lambda c: c.automation_runs(1, created_by=["me"]), TypeError, "created_by[0] must be"),
    "config_id zero": (lambda c: c.automation_runs(1, config_id=[0]), ValueError, "config_id[0] must be >= 1"),
    "created_after a str": (lambda c: c.automation_runs(1, created_after="now"), TypeError, "created_after must be"),
    "created_after naive": (lambda c: c.automation_runs(1, created_after=NAIVE), ValueError, "timezone-aware"),
    "expands unknown": (lambda c: c.automation_runs(1, expands=["nope"]), ValueError, "expands[0] must be one of"),
    "sort empty": (lambda c: c.automation_runs(1, sort=""), ValueError, "sort must not be empty"),
    "max_items negative": (lambda c: c.automation_runs(1, max_items=-1), ValueError, "max_items"),
    "a foreign token": (lambda c: c.automation_runs(1, continuation_token="x!"), ValueError, "continuation token"),
    "run id a str": (lambda c: c.automation_run("abc"), TypeError, "automation_run_id must be an int"),
    "run id negative": (lambda c: c.automation_run(-5), ValueError, "automation_run_id must be >= 1"),
    "run expands a str": (lambda c: c.automation_run(1, expands="users"), TypeError, "expands must be a list"),
    "submit project_id": (lambda c: c.submit_results("1", name="n", source="s", tests=ONE), TypeError, "project_id"),
    "submit name empty": (lambda c: c.submit_results(1, name=" ", source="s", tests=ONE), ValueError, "name must not"),
    "submit source int": (lambda c: c.submit_results(1, name="n", source=3, tests=ONE), TypeError, "source must be"),
    "submit tests dicts": (
        lambda c: c.submit_results(1, name="n", source="s", tests=[{"key": "a"}]),
        TypeError,
        "tests[0] must be Test",
    ),
    "submit tests one Test": (lambda c: c.submit_results(1, name="n", source="s", tests=ONE[0]), TypeError, "tests"),
    "submit duplicate keys": (
        lambda c: c.submit_results(1, name="n", source="s", tests=ONE * 2),
        ValueError,
        "appears twice",
    ),
    "submit threads zero": (
        lambda c: c.submit_results(1, name="n", source="s", tests=ONE, threads=0),
        ValueError,
        "threads must be >= 1",
    ),
    "submit parallel zero": (
        lambda c: c.submit_results(1, name="n", source="s", tests=ONE, parallel=0),
        ValueError,
        "parallel must be >= 1",
    ),
    "submit batch_size zero": (
        lambda c: c.submit_results(1, name="n", source="s", tests=ONE, batch_size=0),
        ValueError,
        "batch_size must be >= 1",
    ),
    "submit an unknown option": (
        lambda c: c.submit_results(1, name="n", source="s", tests=ONE, colour="x"),
        TypeError,
        "unknown run option(s) colour",
    ),
    "submit tags a str": (
        lambda c: c.submit_results(1, name="n", source="s", tests=ONE, tags="ci"),
        TypeError,
        "tags must be a list of str",
    ),
    "submit config_id a str": (
        lambda c: c.submit_results(1, name="n", source="s", tests=ONE, config_id="7"),
        TypeError,
        "config_id must be an int",
    ),
    "submit a garbage resume": (
        lambda c: c.submit_results(1, name="n", source="s", tests=ONE, resume="zzz"),
        ValueError,
        "not a Testmo submission token",
    ),
    "submit a resume of other threads": (
        lambda c: c.submit_results(1, name="n", source="s", tests=ONE, threads=2, resume=SubmitProgress(threads=1)),
        ValueError,
        "resume has 1 thread(s) but threads=2",
    ),
}


def _sync(fake: TestmoFake) -> Testmo:
    return Testmo(BASE_URL, TOKEN, transport=FakeTransport(fake))


@pytest.mark.parametrize("name", sorted(CLIENT_CASES))
def test_sync_client_refuses_a_bad_argument_before_any_request(name: str) -> None:
    call, error, fragment = CLIENT_CASES[name]
    fake = TestmoFake(token=TOKEN)
    with _sync(fake) as tm, pytest.raises(error) as caught:
        call(tm)
    assert fragment in str(caught.value)
    assert fake.requests == []


@pytest.mark.parametrize("name", sorted(CLIENT_CASES))
def test_async_client_refuses_a_bad_argument_before_any_request(name: str) -> None:
    call, error, fragment = CLIENT_CASES[name]
    fake = TestmoFake(token=TOKEN)

    async def go() -> None:
        async with AsyncTestmo(BASE_URL, TOKEN, async_transport=AsyncFakeTransport(fake)) as atm:
            outcome = call(atm)
            if inspect.isawaitable(outcome):
                await outcome

    with pytest.raises(error) as caught:
        asyncio.run(go())
    assert fragment in str(caught.value)
    assert fake.requests == []


CONSTRUCTION_CASES: dict[str, tuple[Callable[[], Any], type[Exception], str]] = {
    "no base_url": (lambda: Testmo(None, TOKEN), QAClientError, "Testmo needs base_url"),
    "no token": (lambda: Testmo(BASE_URL, None), QAClientError, "needs an API token"),
    "a relative base_url": (lambda: Testmo("args.testmo.net/api/v1", TOKEN), ConfigError, "base_url must be"),
    "an ftp base_url": (lambda: Testmo("ftp://args/api", TOKEN), ConfigError, "base_url must be"),
    "a token not a str": (lambda: Testmo(BASE_URL, 12345), ConfigError, "token must be a str"),
    "a negative timeout": (lambda: Testmo(BASE_URL, TOKEN, timeout=-1), ConfigError, "timeout must be a positive"),
    "a timeout not a number": (lambda: Testmo(BASE_URL, TOKEN, timeout="30"), ConfigError, "timeout must be"),
    "an unknown option": (lambda: Testmo(BASE_URL, TOKEN, bogus=1), TypeError, "bogus"),
    "async: a token not a str": (lambda: AsyncTestmo(BASE_URL, 12345), ConfigError, "token must be a str"),
    "from_env without variables": (lambda: Testmo.from_env(env={}), ConfigError, "TESTMO_"),
}


@pytest.mark.parametrize("name", sorted(CONSTRUCTION_CASES))
def test_construction_refuses_bad_settings(name: str) -> None:
    call, error, fragment = CONSTRUCTION_CASES[name]
    with pytest.raises(error) as caught:
        call()
    assert fragment in str(caught.value)


HELPER_CASES: dict[str, tuple[Callable[[], Any], type[Exception], str]] = {
    "parse_junit of an int": (lambda: parse_junit(5), TypeError, "parse_junit takes the XML document as str or bytes"),
    "parse_junit of broken XML": (lambda: parse_junit("<testsuite"), JUnitError, "<string>:1: malformed XML"),
    "parse_junit of another document": (lambda: parse_junit("<html/>"), JUnitError, "not a JUnit report"),
    "parse_junit of an entity bomb": (
        lambda: parse_junit('<!DOCTYPE x [<!ENTITY a "aaaa">]><testsuite>&a;</testsuite>'),
        JUnitError,
        "unsafe XML refused",
    ),
    "read_junit of a missing file": (lambda: read_junit("/nonexistent/report.xml"), JUnitError, "cannot read"),
    "test_key of an int": (lambda: testmo.test_key(1, "x"), TypeError, "folder must be a str"),
    "a garbage progress token": (lambda: SubmitProgress.from_token("!!"), ValueError, "not a Testmo submission"),
}


@pytest.mark.parametrize("name", sorted(HELPER_CASES))
def test_helpers_refuse_bad_input_naming_it(name: str) -> None:
    call, error, fragment = HELPER_CASES[name]
    with pytest.raises(error) as caught:
        call()
    assert fragment in str(caught.value)
