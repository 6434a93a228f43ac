"""``begin_run`` and ``begin_create_scenario``, sync and async: success, failure, timeout, resume from a
continuation token, and faults (5xx, 429, dropped connections) while polling."""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator
from typing import Any

import pytest

from qaclients.core import OperationFailed, ServerError, TimeoutError, TransportError
from qaclients.stackmoxie import AsyncStackMoxie, Job, JobStatus, Run, RunLog, RunOutcome, Scenario, StackMoxie
from qaclients_fakes import AsyncFakeTransport, FakeTransport, Faults, StackMoxieFake
from qaclients_fakes._stackmoxie import DEFAULT_ORG
from tests.stackmoxie.conftest import DEFINITION, STEP, TOKEN, LinkedClock, call, options

Client = StackMoxie | AsyncStackMoxie
LONG = {"steps": [STEP] * 20}  # a run of 20 steps takes 62 s on the fake


async def _scenario(client: Client, definition: dict[str, Any] = DEFINITION) -> Scenario:
    scenario: Scenario = await call(client.create_scenario("Lead sync", definition))
    return scenario


async def test_a_run_is_polled_until_it_passes(client: Client, clock: LinkedClock) -> None:
    scenario = await _scenario(client)
    seen: list[Run] = []
    poller = await call(client.begin_run(scenario.id, tokens={"email": "qa@example.com"}, progress=seen.append))
    assert not poller.done() and poller.status().outcome is RunOutcome.CREATED
    run = await call(poller.result(timeout=120))
    assert run.outcome is RunOutcome.PASSED and poller.done()
    assert [r.outcome for r in seen][-1] is RunOutcome.PASSED
    assert RunOutcome.RUNNING in {r.outcome for r in seen}
    assert clock.sleeps[:3] == [2.0, 3.0, 4.5], "the run schedule: from 2 s, growing by 1.5"


@pytest.mark.parametrize("final", [RunOutcome.FAILED, RunOutcome.ERROR])
async def test_a_failed_run_ends_the_poll_and_is_returned(
    client: Client, fake: StackMoxieFake, final: RunOutcome
) -> None:
    scenario = await _scenario(client)
    fake.script_runs(final.value)
    run = await call((await call(client.begin_run(scenario.id, notify="team", with_log=True))).result(timeout=120))
    assert run.outcome is final
    assert isinstance(run.log, RunLog)
    assert [step.outcome for step in run.log.body] == ["Passed", final.value]


async def test_a_run_that_outlasts_the_timeout_raises_with_a_token_that_resumes_it(client: Client) -> None:
    scenario = await _scenario(client, LONG)
    poller = await call(client.begin_run(scenario.id, with_log=True))
    with pytest.raises(TimeoutError) as caught:
        await call(poller.result(timeout=10))
    token = caught.value.continuation_token
    assert token == poller.continuation_token()
    assert TOKEN not in base64.urlsafe_b64decode(token + "===").decode(), "no credential in a continuation token"
    resumed = client.resume_run(token)
    run = await call(resumed.result(timeout=300))
    assert run.outcome is RunOutcome.PASSED and isinstance(run.log, RunLog) and len(run.log.body) == 20


async def test_a_token_of_another_kind_or_organization_is_refused(client: Client, fake: StackMoxieFake) -> None:
    scenario = await _scenario(client)
    token = (await call(client.begin_run(scenario.id))).continuation_token()
    with pytest.raises(ValueError, match=r"stackmoxie\.run"):
        client.resume_create_scenario(token)
    other = await call(client.create_organization("Other"))
    with (
        StackMoxie(other.uuid, TOKEN, transport=FakeTransport(fake)) as elsewhere,
        pytest.raises(ValueError, match="organization"),
    ):
        elsewhere.resume_run(token)


async def test_an_async_scenario_is_created_and_returned(client: Client) -> None:
    jobs: list[Job] = []
    poller = await call(client.begin_create_scenario("Async lead sync", DEFINITION, severity=1, progress=jobs.append))
    scenario = await call(poller.result(timeout=60))
    assert isinstance(scenario, Scenario) and scenario.name == "Async lead sync"
    assert jobs[0].status is JobStatus.PROCESSING and jobs[-1].status is JobStatus.COMPLETE
    assert (await call(client.scenario(scenario.id))).name == "Async lead sync"


async def test_a_failed_job_raises_with_its_reason(client: Client) -> None:
    poller = await call(client.begin_create_scenario("Broken", {"steps": [{**STEP, "cog": "nobody/nothing"}]}))
    with pytest.raises(OperationFailed, match="unknown cog nobody/nothing") as caught:
        await call(poller.result(timeout=60))
    assert isinstance(caught.value.status, Job) and caught.value.status.status is JobStatus.FAILED


async def test_a_scripted_job_failure_is_reported(client: Client, fake: StackMoxieFake) -> None:
    fake.script_jobs("the CRM refused the definition")
    poller = await call(client.begin_create_scenario("Refused", DEFINITION))
    with pytest.raises(OperationFailed, match="the CRM refused the definition"):
        await call(poller.result(timeout=60))


async def test_a_job_wait_times_out_and_resumes(client: Client) -> None:
    poller = await call(client.begin_create_scenario("Slow", DEFINITION))
    with pytest.raises(TimeoutError) as caught:
        await call(poller.result(timeout=1))
    assert caught.value.continuation_token is not None
    scenario = await call(client.resume_create_scenario(caught.value.continuation_token).result(timeout=60))
    assert scenario.name == "Slow"


# -- faults while polling -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "faults",
    [
        Faults(kind="error", status=503, first_n=2, operations={"get_scenario_run"}),
        Faults(kind="error", status=500, first_n=1, operations={"get_scenario_run"}),
        Faults(kind="drop", first_n=2, operations={"get_scenario_run"}),
    ],
    ids=["503-twice", "500-once", "dropped-twice"],
)
async def test_server_errors_and_drops_while_polling_a_run_are_retried(
    client: Client, fake: StackMoxieFake, faults: Faults
) -> None:
    scenario = await _scenario(client)
    poller = await call(client.begin_run(scenario.id))
    fake.faults = faults
    run = await call(poller.result(timeout=120))
    assert run.outcome is RunOutcome.PASSED
    assert fake.faults.injected == faults.first_n


async def test_a_429_while_polling_is_waited_out_as_retry_after_says(
    client: Client, fake: StackMoxieFake, clock: LinkedClock
) -> None:
    poller = await call(client.begin_create_scenario("Throttled", DEFINITION))
    fake.faults = Faults(kind="rate_limit", retry_after=7, first_n=1, operations={"get_async_job"})
    scenario = await call(poller.result(timeout=60))
    assert scenario.name == "Throttled"
    assert 7.0 in clock.sleeps


@pytest.fixture(params=["sync", "async"])
async def fragile(request: pytest.FixtureRequest, fake: StackMoxieFake, clock: LinkedClock) -> AsyncIterator[Client]:
    """A client without retries, so a fault reaches the poller."""
    if request.param == "sync":
        with StackMoxie(DEFAULT_ORG, TOKEN, transport=FakeTransport(fake), **options(clock, retry=None)) as sm:
            yield sm
    else:
        transport = AsyncFakeTransport(fake)
        async with AsyncStackMoxie(DEFAULT_ORG, TOKEN, async_transport=transport, **options(clock, retry=None)) as asm:
            yield asm


async def test_a_server_error_without_retries_stops_the_poll_with_a_token_to_resume(
    fragile: Client, fake: StackMoxieFake
) -> None:
    scenario = await _scenario(fragile)
    poller = await call(fragile.begin_run(scenario.id))
    fake.faults = Faults(kind="error", status=502, first_n=1, operations={"get_scenario_run"})
    with pytest.raises(ServerError) as caught:
        await call(poller.result(timeout=120))
    assert caught.value.status == 502 and caught.value.continuation_token == poller.continuation_token()
    run = await call(fragile.resume_run(caught.value.continuation_token).result(timeout=120))
    assert run.outcome is RunOutcome.PASSED


async def test_a_dropped_connection_without_retries_stops_the_job_poll_with_a_token(
    fragile: Client, fake: StackMoxieFake
) -> None:
    poller = await call(fragile.begin_create_scenario("Dropped", DEFINITION))
    fake.faults = Faults(kind="drop", first_n=1, operations={"get_async_job"})
    with pytest.raises(TransportError) as caught:
        await call(poller.result(timeout=60))
    assert caught.value.continuation_token is not None
    scenario = await call(fragile.resume_create_scenario(caught.value.continuation_token).result(timeout=60))
    assert scenario.name == "Dropped"
    assert len([s for s in fake.orgs[DEFAULT_ORG].scenarios.values() if s["name"] == "Dropped"]) == 1
