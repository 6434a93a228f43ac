"""Stack Moxie's rows of the secrets test: the JWT through success and every kind of failure, sync, async, loopback."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator

from qaclients.core import FakeClock, QAClientError, RetryPolicy
from qaclients.stackmoxie import AsyncStackMoxie, StackMoxie, StartError
from qaclients_fakes import AsyncFakeTransport, FakeTransport, Faults, StackMoxieFake, serve_in_thread
from qaclients_fakes._stackmoxie import DEFAULT_ORG

from ._faults import FakeTime

STACKMOXIE_SECRET = "eyJhbGciOiJIUzI1NiJ9.c20tU2VDckVULXN0YWNrbW94aWU.sm-sig-4f1e2d3c"
RETRY = RetryPolicy(max_attempts=2, jitter=False)
STEP = {"cog": "automatoninc/salesforce", "stepId": "CheckRecord", "name": "Check the lead", "data": {"id": "1"}}
DEFINITION = {"steps": [STEP]}


def _expect_error(call: Callable[[], object]) -> QAClientError:
    try:
        call()
    except QAClientError as error:
        return error
    raise AssertionError("the call was expected to fail")


def stackmoxie_sync(secret: str) -> Iterator[object]:
    """Every object a sync user could print, log or store, through success and failures."""
    clock = FakeClock()
    fake = StackMoxieFake(token=secret, clock=FakeTime(clock))
    (run, *_) = fake.seed_runs(30)
    with StackMoxie(DEFAULT_ORG, secret, transport=FakeTransport(fake), clock=clock, retry=RETRY) as sm:
        yield from (sm, sm.config, sm.api, sm.api.get_httpx_client())
        pager = sm.runs(run.scenario_id)
        first = next(iter(pager.pages()))
        yield from (first, first.continuation_token, pager.continuation_token, sm.run(run.scenario_id, run.id))
        yield _expect_error(lambda: sm.run(run.scenario_id, 99_999))  # 404
        fake.faults = Faults(kind="error", status=503)  # retried, then ServerError
        yield _expect_error(sm.scenarios)
        fake.faults = Faults(kind="non_json")
        yield _expect_error(sm.scenarios)  # DecodeError
        fake.faults = Faults()
        runs = iter(sm.runs(run.scenario_id))
        yield next(runs)
        fake.faults = Faults(kind="drop", operations={"list_scenario_runs"})
        error = _expect_error(lambda: list(runs))  # stops on page 2
        yield from (error, error.continuation_token)
        fake.faults = Faults(kind="drop", processed=True, operations={"create_scenario_run"}, first_n=1)
        poller = sm.begin_run(run.scenario_id, with_log=True)  # the lost start is found on the server
        yield from (poller, poller.continuation_token(), poller.result(timeout=600))
        fake.faults = Faults(kind="error", status=503, operations={"create_scenario_run"})
        start = _expect_error(lambda: sm.begin_run(run.scenario_id))
        assert isinstance(start, StartError)
        yield from (start, start.continuation_token)
        fake.faults = Faults(kind="drop", processed=True, operations={"create_async_scenario"}, first_n=1)
        submit = _expect_error(lambda: sm.begin_create_scenario("Secret check", DEFINITION))
        yield from (submit, submit.continuation_token)
        fake.faults = Faults()
        assert submit.continuation_token is not None
        yield sm.resume_create_scenario(submit.continuation_token).result(timeout=600)
        job = sm.begin_create_scenario("Slow", DEFINITION)
        yield from (job, job.continuation_token(), _expect_error(lambda: job.result(timeout=0.5)))  # TimeoutError
        fake.tokens.clear()  # the token stops working: 401
        yield _expect_error(sm.scenarios)


def stackmoxie_async(secret: str) -> Iterator[object]:
    """The same through the async client."""
    clock = FakeClock()
    fake = StackMoxieFake(token=secret, clock=FakeTime(clock))
    (run, *_) = fake.seed_runs(30)

    async def go() -> list[object]:
        out: list[object] = []
        transport = AsyncFakeTransport(fake)
        async with AsyncStackMoxie(DEFAULT_ORG, secret, async_transport=transport, clock=clock, retry=RETRY) as sm:
            out += [sm, sm.config, sm.api]
            async with sm.runs(run.scenario_id) as pager:
                out += [item async for item in pager]
            fake.faults = Faults(kind="error", status=500, processed=True, operations={"create_scenario_run"})
            try:
                await sm.begin_run(run.scenario_id)
            except StartError as error:
                out += [error, error.continuation_token]
                fake.faults = Faults()
                poller = sm.resume_run(str(error.continuation_token))
                out += [poller, await poller.result(timeout=600)]
            fake.faults = Faults(kind="error", status=503, operations={"get_async_job"})
            job = await sm.begin_create_scenario("Secret check", DEFINITION)
            try:
                await job.result(timeout=600)
            except QAClientError as error:
                out += [error, error.continuation_token, job.continuation_token()]
        return out

    yield from asyncio.run(go())


def stackmoxie_loopback(secret: str) -> Iterator[object]:
    """Over a real socket, so httpcore logs its connection work at DEBUG too."""
    fake = StackMoxieFake(token=secret)
    (run, *_) = fake.seed_runs(3)
    with serve_in_thread(fake) as base_url, StackMoxie(DEFAULT_ORG, secret, base_url=base_url, retry=RETRY) as sm:
        yield from (sm, list(sm.runs(run.scenario_id)), sm.scenarios())
        yield _expect_error(lambda: sm.run(run.scenario_id, 404))
