"""The pure parts both clients share: filters, request bodies, reading a job; and one workflow over a real socket."""

from __future__ import annotations

import datetime

import pytest
from stackmoxie_client.models import Job, JobStatus

from qaclients.core import DecodeError
from qaclients.stackmoxie import RunOutcome, ScenarioType, Severity, StackMoxie
from qaclients.stackmoxie._bodies import scenario_write
from qaclients.stackmoxie._requests import job_failure, run_filters, scenario_from_job
from qaclients_fakes import FakeServer, ManualClock, StackMoxieFake
from tests.stackmoxie.conftest import DEFINITION, LinkedClock

JOB = {"jobId": "004a4f42-0000-4000-8000-000000000001", "id": 1, "type": "Scenario"}


def test_run_filters_send_outcome_names_and_epoch_milliseconds() -> None:
    after = datetime.datetime(2020, 6, 9, 11, 38, 18, 140000, tzinfo=datetime.UTC)
    params = run_filters({"outcome": [RunOutcome.PASSED, "Error"], "ran_after": after, "ran_before": 1591702698141})
    assert params == {"outcome": "Passed,Error", "ran_after": 1591702698140, "ran_before": 1591702698141}


def test_a_naive_datetime_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        run_filters({"ran_after": datetime.datetime(2020, 6, 9)})


def test_scenario_fields_become_the_generated_body() -> None:
    body = scenario_write("S", DEFINITION, {"type_": "template", "severity": 4, "is_linkable": True})
    assert (body.type_, body.severity, body.is_linkable) == (ScenarioType.TEMPLATE, Severity.LOW, True)
    assert body.to_dict()["definition"]["steps"][0]["cog"] == "automatoninc/salesforce"
    with pytest.raises(TypeError, match="unknown scenario field"):
        scenario_write("S", DEFINITION, {"colour": "red"})  # type: ignore[typeddict-unknown-key]


def test_a_complete_job_holds_the_scenario_as_a_json_string() -> None:
    job = Job.from_dict({**JOB, "status": "Complete", "data": '{"id": 5, "name": "Made"}'})
    assert scenario_from_job(job).name == "Made"


@pytest.mark.parametrize("data", [None, "not json", '{"name": "no id"}'])
def test_a_job_without_a_readable_scenario_is_a_decode_error(data: str | None) -> None:
    with pytest.raises(DecodeError):
        scenario_from_job(Job.from_dict({**JOB, "status": "Complete", "data": data}))


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ('{"name": "ScenarioCreationFailed", "message": "step 1 is bad"}', "step 1 is bad"),
        ("plain words", "plain words"),
        (None, "no reason given"),
    ],
)
def test_a_failed_jobs_reason_is_read_from_its_data(data: str | None, reason: str) -> None:
    job = Job.from_dict({**JOB, "status": "Failed", "data": data})
    assert job.status is JobStatus.FAILED and job_failure(job) == reason


def test_a_run_is_started_and_awaited_over_a_real_socket(stackmoxie_fake_server: FakeServer[StackMoxieFake]) -> None:
    fake = stackmoxie_fake_server.fake
    assert isinstance(fake.clock, ManualClock)
    clock = LinkedClock(fake.clock)
    with StackMoxie(fake.default_org, "stackmoxie-token", base_url=stackmoxie_fake_server.base_url, clock=clock) as sm:
        scenario = sm.begin_create_scenario("Over the wire", DEFINITION).result(timeout=60)
        run = sm.begin_run(scenario.id, with_log=True).result(timeout=60)
    assert run.outcome is RunOutcome.PASSED
    assert [r.operation_id for r in fake.requests][:2] == ["create_async_scenario", "get_async_job"]
