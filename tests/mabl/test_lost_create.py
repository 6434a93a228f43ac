"""A create whose answer never came: looked for before it is made again, and an honest error when it cannot know."""

from __future__ import annotations

import pytest

from qaclients.core import NotFoundError, ServerError, TransportError
from qaclients.mabl import DeploymentCreateError, ExportCreateError, Mabl
from qaclients_fakes import Faults, MablFake
from qaclients_fakes._mabl import ENVIRONMENT
from tests.mabl._helpers import SharedClock


def _lost_create(fake: MablFake, mabl: Mabl, **event: object) -> DeploymentCreateError:
    fake.faults = Faults(kind="drop", processed=True, operations={"ondeploy"}, first_n=1)
    with pytest.raises(DeploymentCreateError) as failed:
        mabl.begin_deployment(environment_id=ENVIRONMENT, **event)
    fake.faults = Faults()
    return failed.value


def test_the_event_created_without_an_answer_is_found_not_created_again(fake: MablFake, mabl: Mabl) -> None:
    error = _lost_create(fake, mabl, revision="r1")
    assert isinstance(error.cause, TransportError) and len(fake.items["deployment_events"]) == 1
    assert "looks for it in the deployment events list" in str(error)
    result = mabl.resume_deployment(str(error.continuation_token)).result(timeout=3600)
    (event_id,) = fake.items["deployment_events"]
    assert result.event_id == event_id and result.succeeded
    assert [r.operation_id for r in fake.requests].count("ondeploy") == 1


def test_an_event_that_was_never_created_is_created_on_resume(fake: MablFake, mabl: Mabl) -> None:
    fake.faults = Faults(kind="error", status=503, operations={"ondeploy"}, first_n=1)
    with pytest.raises(DeploymentCreateError) as failed:
        mabl.begin_deployment(environment_id=ENVIRONMENT)
    assert isinstance(failed.value.cause, ServerError) and fake.items["deployment_events"] == {}
    fake.faults = Faults()
    assert mabl.resume_deployment(str(failed.value.continuation_token)).result(timeout=3600).succeeded
    assert len(fake.items["deployment_events"]) == 1


def test_two_matching_events_are_not_guessed_between(fake: MablFake, mabl: Mabl, clock: SharedClock) -> None:
    error = _lost_create(fake, mabl)
    clock.advance(5)
    other = mabl.begin_deployment(environment_id=ENVIRONMENT)  # another pipeline deploys the same meanwhile
    with pytest.raises(DeploymentCreateError) as ambiguous:
        mabl.resume_deployment(str(error.continuation_token))
    assert {event.id for event in ambiguous.value.candidates} == set(fake.items["deployment_events"])
    assert "cannot know" in str(ambiguous.value)
    assert len(fake.items["deployment_events"]) == 2 and other is not None


def test_an_older_event_of_the_same_environment_is_not_taken_for_ours(
    fake: MablFake, mabl: Mabl, clock: SharedClock
) -> None:
    mabl.begin_deployment(environment_id=ENVIRONMENT, revision="r0")
    clock.advance(3600)
    fake.faults = Faults(kind="error", status=500, operations={"ondeploy"}, first_n=1)
    with pytest.raises(DeploymentCreateError) as failed:
        mabl.begin_deployment(environment_id=ENVIRONMENT, revision="r0")
    fake.faults = Faults()
    result = mabl.resume_deployment(str(failed.value.continuation_token)).result(timeout=3600)
    assert len(fake.items["deployment_events"]) == 2 and result.succeeded


def test_a_search_that_fails_keeps_the_token(fake: MablFake, mabl: Mabl) -> None:
    error = _lost_create(fake, mabl)
    fake.faults = Faults(kind="error", status=500, operations={"querydeploymentevents"})
    with pytest.raises(DeploymentCreateError) as failed:
        mabl.resume_deployment(str(error.continuation_token))
    assert failed.value.step == "looking for the deployment event"
    assert failed.value.continuation_token == error.continuation_token
    assert len(fake.items["deployment_events"]) == 1


def test_a_clear_refusal_is_raised_as_it_is(fake: MablFake, mabl: Mabl) -> None:
    with pytest.raises(NotFoundError) as refused:  # surely not created: raised as it is, nothing to resume
        mabl.begin_deployment(environment_id="unknownEnv0001-e")
    assert not isinstance(refused.value, DeploymentCreateError)


def test_a_lost_export_create_resumes_by_asking_again(fake: MablFake, mabl: Mabl) -> None:
    fake.faults = Faults(kind="truncate", operations={"createtestrunartifactexport"}, first_n=1)
    with pytest.raises(ExportCreateError) as failed:
        mabl.begin_export_artifacts(str(fake.history[0]["test_run_id"]))
    fake.faults = Faults()
    export = mabl.resume_export(str(failed.value.continuation_token)).result(timeout=600)
    assert export.export_id in fake.exports
