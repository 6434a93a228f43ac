"""No credential in any repr, str, log record (DEBUG included, every logger: qaclients, httpx, httpcore, ...),
exception, traceback or continuation token, for every vendor declared in :data:`SECRET_CASES`.

A vendor joins by declaring one :class:`SecretCase`: its credential, the forms it travels in (a Basic-auth vendor
adds ``base64(user:key)``), and ``exercise``: a generator that drives the client through success and every kind of
failure against its fake and yields every object a user could print, log or store (clients, configs, results,
errors, continuation and resume tokens). The test renders each of them every way it can and searches the output
and the captured log records for each form.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import logging
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import httpx
import pytest

from qaclients.core import ClientConfig, FakeClock, QAClientError, RetryPolicy, raise_api_errors
from qaclients.testmo import AsyncTestmo, SubmitError, Testmo
from qaclients_fakes import AsyncFakeTransport, FakeTransport, Faults, TestmoFake, serve_in_thread

from . import _browserstack_tm_secrets as browserstack_tm
from ._mabl_secrets import MABL_CREDENTIAL_VALUE, MABL_SECRET, basic_form, mabl_async, mabl_loopback, mabl_sync
from ._runscope_secrets import RUNSCOPE_SECRETS
from ._stackmoxie_secrets import STACKMOXIE_SECRET, stackmoxie_async, stackmoxie_loopback, stackmoxie_sync
from ._workflows import make_results


@dataclass(frozen=True)
class SecretCase:
    """One vendor's credential and how to exercise its client."""

    name: str
    secret: str
    exercise: Callable[[str], Iterator[object]]
    extra_forms: tuple[str, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        """Every string that would give the credential away."""
        return (self.secret, *self.extra_forms)


TESTMO_SECRET = "tm-SeCrEt-7f3a9c1e5b2d4860"
BASE_URL = "https://secrets.testmo.net/api/v1"
RETRY = RetryPolicy(max_attempts=2, jitter=False)


def _expect_error(call: Callable[[], object]) -> QAClientError:
    try:
        call()
    except QAClientError as error:
        return error
    raise AssertionError("the call was expected to fail")


def _testmo_sync(secret: str) -> Iterator[object]:
    fake = TestmoFake(token=secret)
    fake.seed_runs(30)
    clock = FakeClock()
    with Testmo(BASE_URL, secret, transport=FakeTransport(fake), clock=clock, retry=RETRY) as tm:
        yield from (tm, tm.config, tm.api, tm.api.get_httpx_client())
        pager = tm.automation_runs(1, per_page=25)
        first = next(iter(pager.pages()))
        yield from (first, first.continuation_token, pager.continuation_token, tm.automation_run(1))
        yield _expect_error(lambda: tm.automation_run(999))  # 404
        yield _expect_error(lambda: list(tm.automation_runs(1, sort="automation_runs:nope")))  # 422
        fake.faults = Faults(kind="error", status=503)  # retried, then ServerError (a DEBUG retry log)
        yield _expect_error(lambda: tm.automation_run(1))
        fake.faults = Faults(kind="non_json")
        yield _expect_error(lambda: tm.automation_run(1))  # DecodeError
        fake.faults = Faults()
        runs = iter(tm.automation_runs(1, per_page=25))
        yield next(runs)
        fake.faults = Faults(kind="drop", operations={"list_automation_runs"})
        error = _expect_error(lambda: list(runs))  # stops on page 2
        yield from (error, error.continuation_token)
        fake.faults = Faults(kind="drop", processed=True, operations={"append_automation_run_thread"}, first_n=1)
        tests = make_results(120)
        submit_error = _expect_error(lambda: tm.submit_results(1, name="n", source="s", tests=tests, batch_size=50))
        assert isinstance(submit_error, SubmitError)
        yield from (submit_error, submit_error.progress, submit_error.progress.token())
        fake.faults = Faults()
        yield tm.submit_results(1, name="n", source="s", tests=tests, resume=submit_error.progress)
        fake.tokens.clear()  # the token stops working: 401
        yield _expect_error(lambda: tm.automation_run(1))
    with Testmo(BASE_URL, secret, transport=FakeTransport(TestmoFake(token="other"))) as tm:
        yield _expect_error(lambda: tm.submit_results(1, name="n", source="s", tests=make_results(3)))


def _testmo_async(secret: str) -> Iterator[object]:
    fake = TestmoFake(token=secret)
    fake.seed_runs(30)

    async def go() -> list[object]:
        out: list[object] = []
        client = AsyncTestmo(BASE_URL, secret, async_transport=AsyncFakeTransport(fake), clock=FakeClock(), retry=RETRY)
        async with client as atm:
            out += [atm, atm.config, atm.api]
            async with atm.automation_runs(1, per_page=25, prefetch=2) as pager:
                out += [run async for run in pager]
            try:
                async with atm.automation_runs(1, per_page=25) as pager:
                    async for run in pager:
                        out.append(run)
                        fake.faults = Faults(kind="drop", operations={"list_automation_runs"})
            except QAClientError as error:
                out += [error, error.continuation_token]
            fake.faults = Faults(kind="error", status=500, processed=True, first_n=1)
            try:
                await atm.submit_results(1, name="n", source="s", tests=make_results(10))
            except SubmitError as error:
                out += [error, error.progress.token()]
        return out

    yield from asyncio.run(go())


def _testmo_loopback(secret: str) -> Iterator[object]:
    """Over a real socket, so httpcore logs its connection work at DEBUG too."""
    fake = TestmoFake(token=secret)
    fake.seed_runs(3)
    with serve_in_thread(fake) as base_url, Testmo(base_url, secret, retry=RETRY) as tm:
        yield from (tm, list(tm.automation_runs(1)))
        yield tm.submit_results(1, name="n", source="s", tests=make_results(5))
        yield _expect_error(lambda: tm.automation_run(404))


def _core_query_key(secret: str) -> Iterator[object]:
    """A vendor whose key travels in the query string (as some do): httpx logs every URL at INFO."""
    config = ClientConfig(base_url="https://api.example.com/v1", token=secret, transport=_echo(), retry=RETRY)
    yield config
    with config.build_client() as client:
        yield from (client, client.get("/runs", params={"api_key": secret, "page": 2}))
        yield client.get("/runs", params={"page": 3}, headers={"X-Api-Key": secret}).request
        error = _expect_error(lambda: raise_api_errors()(client.get("/fail", params={"api_key": secret})))
        yield error


def _echo() -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(500 if request.url.path.endswith("/fail") else 200))


SECRET_CASES: tuple[SecretCase, ...] = (
    SecretCase("core: a key in the query string", "qk-9d8c7b6a5f4e3d2c1b0a", _core_query_key),
    SecretCase("testmo sync", TESTMO_SECRET, _testmo_sync),
    SecretCase("testmo async", TESTMO_SECRET, _testmo_async),
    SecretCase("testmo loopback", TESTMO_SECRET, _testmo_loopback),
    *(SecretCase(*case) for case in RUNSCOPE_SECRETS),
    *(
        SecretCase(f"stackmoxie {how}", STACKMOXIE_SECRET, run)
        for how, run in (("sync", stackmoxie_sync), ("async", stackmoxie_async), ("loopback", stackmoxie_loopback))
    ),
    *(
        SecretCase(f"browserstack_tm {mode}", browserstack_tm.SECRET, exercise, browserstack_tm.FORMS)
        for mode, exercise in (
            ("sync", browserstack_tm.exercise_sync),
            ("async", browserstack_tm.exercise_async),
            ("loopback", browserstack_tm.exercise_loopback),
        )
    ),
    *(
        SecretCase(f"mabl {how}", MABL_SECRET, run, (basic_form(MABL_SECRET), MABL_CREDENTIAL_VALUE))
        for how, run in (("sync", mabl_sync), ("async", mabl_async), ("loopback", mabl_loopback))
    ),
)
"""Every vendor's credential cases; the other vendors' are declared here as they land."""


def renderings(thing: object) -> Iterator[str]:
    """Every way a user might turn ``thing`` into text."""
    yield repr(thing)
    yield str(thing)
    if isinstance(thing, BaseException):
        yield "".join(traceback.format_exception(thing))
        yield repr(thing.args)
        yield " ".join(getattr(thing, "__notes__", []))
        yield repr(vars(thing))
    if isinstance(thing, str):
        yield from _decoded(thing)


def _decoded(text: str) -> Iterator[str]:
    """A token's payload, when it is base64 (as continuation and resume tokens are)."""
    try:
        payload = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        return
    yield payload.decode("utf-8", "replace")


@pytest.mark.parametrize("case", SECRET_CASES, ids=lambda case: case.name)
def test_the_credential_never_shows(case: SecretCase, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # the root logger: every library's records propagate to it
    for name in ("httpx", "httpcore", "qaclients", "qaclients.retry"):
        caplog.set_level(logging.DEBUG, logger=name)  # restored after the test
    things = list(case.exercise(case.secret))
    assert any(isinstance(thing, BaseException) for thing in things), "the exercise must include failures"
    for thing in things:
        for text in renderings(thing):
            for form in case.forms:
                assert form not in text, f"{case.name}: the credential shows in {type(thing).__name__}: {text[:300]}"
    assert caplog.records, "nothing was logged: the check would prove nothing"
    for record in caplog.records:
        rendered = f"{record.getMessage()} {record.__dict__!r}"
        for form in case.forms:
            assert form not in rendered, f"{case.name}: the credential shows in a log record of {record.name}"


def test_the_check_finds_a_credential_when_one_leaks() -> None:
    leaky = QAClientError(f"token {TESTMO_SECRET}")
    assert any(TESTMO_SECRET in text for text in renderings(leaky))
    token = base64.urlsafe_b64encode(f'{{"t": "{TESTMO_SECRET}"}}'.encode()).decode().rstrip("=")
    assert any(TESTMO_SECRET in text for text in renderings(token))
