"""Bad arguments to every public BrowserStack Test Management helper: one clear error naming the argument, before
any request is sent, from the sync and the async client alike (the fake must have seen nothing)."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from typing import Any

import pytest

from qaclients.browserstack_tm import AsyncTestManagement, TestManagement, parse_completion_event
from qaclients.core import ConfigError, DecodeError, QAClientError
from qaclients_fakes import AsyncFakeTransport, BrowserStackTMFake, FakeTransport

BASE_URL = "https://args.browserstack.test/api/v2"
USERNAME, ACCESS_KEY = "args-user", "args-key"

Case = tuple[Callable[[Any], Any], type[Exception], str]

CLIENT_CASES: dict[str, Case] = {
    "project_id an int": (lambda c: c.test_runs(1), TypeError, "project_id must be a str"),
    "project_id empty": (lambda c: c.test_runs(" "), ValueError, "project_id must not be empty"),
    "page_size zero": (lambda c: c.test_runs("PR-1", page_size=0), ValueError, "page_size must be >= 1"),
    "page_size a str": (lambda c: c.test_runs("PR-1", page_size="30"), TypeError, "page_size must be an int"),
    "page_size past the cap": (lambda c: c.test_runs("PR-1", page_size=500), ValueError, "page_size must be <= 100"),
    "max_items negative": (lambda c: c.test_runs("PR-1", max_items=-1), ValueError, "max_items"),
    "an unknown filter": (lambda c: c.test_runs("PR-1", colour="red"), TypeError, "unknown filter(s) colour"),
    "run_state unknown": (lambda c: c.test_runs("PR-1", run_state="sideways"), ValueError, "run_state"),
    "created_after a number": (lambda c: c.test_runs("PR-1", created_after=5), TypeError, "created_after"),
    "a foreign token": (lambda c: c.test_runs("PR-1", continuation_token="x!"), ValueError, "continuation token"),
    "test_run id an int": (lambda c: c.test_run("PR-1", 45), TypeError, "test_run_id must be a str"),
    "test_run id empty": (lambda c: c.test_run("PR-1", ""), ValueError, "test_run_id must not be empty"),
    "cases page_size zero": (
        lambda c: c.test_run_test_cases("PR-1", "TR-1", page_size=0),
        ValueError,
        "page_size must be >= 1",
    ),
    "cases run id None": (lambda c: c.test_run_test_cases("PR-1", None), TypeError, "test_run_id must be a str"),
    "create project_id None": (lambda c: c.create_test_run(None, name="n"), TypeError, "project_id must be a str"),
    "create an unknown field": (lambda c: c.create_test_run("PR-1", colour="red"), TypeError, "colour"),
    "create test_cases a str": (
        lambda c: c.create_test_run("PR-1", name="n", test_cases="TC-1"),
        TypeError,
        "test_cases",
    ),
    "update run id an int": (lambda c: c.update_test_run("PR-1", 3, name="n"), TypeError, "test_run_id must be a str"),
    "replace name empty": (
        lambda c: c.replace_test_run("PR-1", "TR-1", name="", run_state="new_run"),
        ValueError,
        "name must not be empty",
    ),
    "replace run_state unknown": (
        lambda c: c.replace_test_run("PR-1", "TR-1", name="n", run_state="sideways"),
        ValueError,
        "run_state must be one of",
    ),
    "assign a str": (lambda c: c.assign_test_cases("PR-1", "TR-1", "qa@example.com"), TypeError, "assignments"),
    "close run id empty": (lambda c: c.close_test_run("PR-1", " "), ValueError, "test_run_id must not be empty"),
    "delete project_id an int": (lambda c: c.delete_test_run(7, "TR-1"), TypeError, "project_id must be a str"),
    "clone source an int": (lambda c: c.begin_clone("PR-1", 3), TypeError, "test_run_id must be a str"),
    "clone name empty": (lambda c: c.begin_clone("PR-1", "TR-1", name=" "), ValueError, "name must not be empty"),
    "clone selection unknown": (
        lambda c: c.begin_clone("PR-1", "TR-1", test_case_selection="some"),
        ValueError,
        "test_case_selection must be one of",
    ),
    "clone statuses a str": (
        lambda c: c.begin_clone("PR-1", "TR-1", test_case_selection="by_results", statuses="failed"),
        TypeError,
        "statuses must be a list",
    ),
    "clone statuses without by_results": (
        lambda c: c.begin_clone("PR-1", "TR-1", statuses=["failed"]),
        ValueError,
        'statuses go with test_case_selection="by_results"',
    ),
    "clone copy_tags a str": (lambda c: c.begin_clone("PR-1", "TR-1", copy_tags="yes"), TypeError, "copy_tags"),
    "resume_clone garbage": (lambda c: c.resume_clone("zzz"), ValueError, "continuation token"),
    "resume_clone an int": (lambda c: c.resume_clone(5), TypeError, "continuation_token must be a str"),
    "update nothing": (lambda c: c.begin_update_test_cases("PR-1", "TR-1"), ValueError, "to add or to remove"),
    "update add a str": (lambda c: c.begin_update_test_cases("PR-1", "TR-1", add="TC-1"), TypeError, "add must be"),
    "update remove of ints": (
        lambda c: c.begin_update_test_cases("PR-1", "TR-1", remove=[1]),
        TypeError,
        "remove[0] must be",
    ),
    "update run id None": (
        lambda c: c.begin_update_test_cases("PR-1", None, add=["TC-1"]),
        TypeError,
        "test_run_id must be a str",
    ),
    "update preserve a str": (
        lambda c: c.begin_update_test_cases("PR-1", "TR-1", add=["TC-1"], preserve_existing_results="yes"),
        TypeError,
        "preserve_existing_results must be a bool",
    ),
    "resume_update garbage": (lambda c: c.resume_update_test_cases("zzz"), ValueError, "continuation token"),
}


def _fake() -> BrowserStackTMFake:
    return BrowserStackTMFake(username=USERNAME, access_key=ACCESS_KEY)


@pytest.mark.parametrize("name", sorted(CLIENT_CASES))
def test_sync_client_refuses_a_bad_argument_before_any_request(name: str) -> None:
    call, error, fragment = CLIENT_CASES[name]
    fake = _fake()
    with TestManagement(USERNAME, ACCESS_KEY, base_url=BASE_URL, transport=FakeTransport(fake)) as tm:
        with pytest.raises(error) as caught:
            call(tm)  # a pager checks its arguments when built, before it is iterated
        assert fragment in str(caught.value)
    assert fake.requests == []


@pytest.mark.parametrize("name", sorted(CLIENT_CASES))
def test_async_client_refuses_a_bad_argument_before_any_request(name: str) -> None:
    call, error, fragment = CLIENT_CASES[name]
    fake = _fake()

    async def go() -> None:
        client = AsyncTestManagement(USERNAME, ACCESS_KEY, base_url=BASE_URL, async_transport=AsyncFakeTransport(fake))
        async with client as atm:
            outcome = call(atm)
            if inspect.isawaitable(outcome):
                await outcome

    with pytest.raises(error) as caught:
        asyncio.run(go())
    assert fragment in str(caught.value)
    assert fake.requests == []


def test_async_prefetch_zero_is_refused() -> None:
    fake = _fake()
    client = AsyncTestManagement(USERNAME, ACCESS_KEY, base_url=BASE_URL, async_transport=AsyncFakeTransport(fake))
    with pytest.raises(ValueError, match="prefetch must be >= 1"):
        client.test_runs("PR-1", prefetch=0)
    with pytest.raises(ValueError, match="prefetch must be >= 1"):
        client.test_run_test_cases("PR-1", "TR-1", prefetch=0)
    assert fake.requests == []


OTHER_CASES: dict[str, tuple[Callable[[], Any], type[Exception], str]] = {
    "an unknown region": (lambda: TestManagement(USERNAME, ACCESS_KEY, region="mars"), ValueError, "region"),
    "region and base_url": (
        lambda: TestManagement(USERNAME, ACCESS_KEY, region="eu", base_url=BASE_URL),
        ConfigError,
        "region",
    ),
    "no access key": (lambda: TestManagement(USERNAME, None, base_url=BASE_URL), QAClientError, "access_key="),
    "from_env without variables": (lambda: TestManagement.from_env(env={}), ConfigError, "BROWSERSTACK_"),
    "an event not an object": (lambda: parse_completion_event([1]), DecodeError, "TestCasesUpdatedEvent"),
}


@pytest.mark.parametrize("name", sorted(OTHER_CASES))
def test_construction_and_helpers_refuse_bad_input_naming_it(name: str) -> None:
    call, error, fragment = OTHER_CASES[name]
    with pytest.raises(error) as caught:
        call()
    assert fragment in str(caught.value)
