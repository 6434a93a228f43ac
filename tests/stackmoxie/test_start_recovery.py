"""A run start or job submission whose answer was lost: found on the server, or a ``StartError`` whose token resumes
it; never started twice, and an ambiguity is said, not guessed."""

from __future__ import annotations

import pytest

from qaclients.core import NotFoundError
from qaclients.stackmoxie import AsyncStackMoxie, Run, Scenario, StackMoxie, StartError
from qaclients_fakes import Faults, StackMoxieFake
from qaclients_fakes._stackmoxie import DEFAULT_ORG
from tests.stackmoxie.conftest import DEFINITION, call

Client = StackMoxie | AsyncStackMoxie


async def _start_error(client: Client, fake: StackMoxieFake, scenario_id: int, **faults: object) -> StartError:
    fake.faults = Faults(operations={"create_scenario_run"}, **faults)  # type: ignore[arg-type]
    with pytest.raises(StartError) as caught:
        await call(client.begin_run(scenario_id))
    fake.faults = Faults()
    return caught.value


async def test_a_start_lost_after_the_server_acted_is_adopted(client: Client, fake: StackMoxieFake) -> None:
    scenario: Scenario = await call(client.create_scenario("s", DEFINITION))
    fake.faults = Faults(kind="drop", processed=True, operations={"create_scenario_run"}, first_n=1)
    run: Run = await call((await call(client.begin_run(scenario.id))).result(timeout=600))
    assert list(fake.orgs[DEFAULT_ORG].runs) == [run.id]


async def test_a_start_refused_says_nothing_started_and_resumes(client: Client, fake: StackMoxieFake) -> None:
    scenario: Scenario = await call(client.create_scenario("s", DEFINITION))
    error = await _start_error(client, fake, scenario.id, kind="error", status=503)
    assert "resume" in str(error) and not fake.orgs[DEFAULT_ORG].runs
    assert error.continuation_token is not None
    run: Run = await call(client.resume_run(error.continuation_token).result(timeout=600))
    assert list(fake.orgs[DEFAULT_ORG].runs) == [run.id]


async def test_two_new_runs_since_the_lost_start_are_not_guessed_between(client: Client, fake: StackMoxieFake) -> None:
    scenario: Scenario = await call(client.create_scenario("s", DEFINITION))
    error = await _start_error(client, fake, scenario.id, kind="error", status=500)
    for _ in range(2):  # a schedule and a colleague started runs meanwhile
        await call(client.create_run(scenario.id))
    assert error.continuation_token is not None
    with pytest.raises(StartError, match="cannot be known"):
        await call(client.resume_run(error.continuation_token).result(timeout=600))
    assert len(fake.orgs[DEFAULT_ORG].runs) == 2, "nothing more was started"


async def test_a_missing_scenario_stays_a_404(client: Client) -> None:
    with pytest.raises(NotFoundError):
        await call(client.begin_run(999))


async def test_a_lost_submission_is_found_as_its_scenario(client: Client, fake: StackMoxieFake) -> None:
    fake.faults = Faults(kind="drop", processed=True, operations={"create_async_scenario"}, first_n=1)
    with pytest.raises(StartError) as caught:
        await call(client.begin_create_scenario("Lost", DEFINITION))
    assert caught.value.may_have_started and caught.value.continuation_token is not None
    scenario: Scenario = await call(client.resume_create_scenario(caught.value.continuation_token).result(timeout=600))
    assert [s["name"] for s in fake.orgs[DEFAULT_ORG].scenarios.values()] == ["Lost"]
    assert scenario.name == "Lost"


async def test_a_refused_submission_is_sent_again_at_once(client: Client, fake: StackMoxieFake) -> None:
    fake.faults = Faults(kind="rate_limit", retry_after=3600, operations={"create_async_scenario"})
    with pytest.raises(StartError) as caught:
        await call(client.begin_create_scenario("Refused", DEFINITION))
    assert not caught.value.may_have_started and caught.value.continuation_token is not None
    fake.faults = Faults()
    scenario: Scenario = await call(client.resume_create_scenario(caught.value.continuation_token).result(timeout=600))
    assert scenario.name == "Refused" and len(fake.orgs[DEFAULT_ORG].scenarios) == 1
