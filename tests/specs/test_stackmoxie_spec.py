"""The Stack Moxie spec: all 43 operations of the fact sheet, an example for each, and unions that pick the type."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from stackmoxie_client.models import Folder, Run, RunLog, Scenario, Schedule, ScheduleWrite, User

from tests.specs import _openapi

SPEC = _openapi.load("stackmoxie")
EXAMPLES = Path(_openapi.SPECS / "stackmoxie" / "examples")
OPS_FILE = _openapi.ROOT.parent / "shared" / "checks" / "ops" / "stackmoxie.json"


def _method_paths() -> set[tuple[str, str]]:
    return {
        (method.upper(), path) for path, item in SPEC["paths"].items() for method in _openapi.METHODS if method in item
    }


def test_the_spec_has_the_43_operations_of_the_fact_sheet() -> None:
    assert len(_openapi.operations(SPEC)) == 43
    if OPS_FILE.exists():  # the shared checklist, when the project sits beside shared/
        expected = {(op["method"], op["path"]) for op in json.loads(OPS_FILE.read_text())["ops"]}
        assert _method_paths() == expected


def test_every_operation_has_an_example_and_every_example_an_operation() -> None:
    named = {path.name.split(".")[0] for path in EXAMPLES.glob("*.json")}
    assert named == set(_openapi.operations(SPEC))
    assert len(list(EXAMPLES.glob("*.json"))) == 59


def test_every_operation_is_tagged() -> None:
    for op_id, op in _openapi.operations(SPEC).items():
        assert op.get("tags"), op_id


def _scenario(**extra: object) -> dict[str, object]:
    return {"id": 3, "name": "Lead sync", **extra}


@pytest.mark.parametrize(
    ("value", "expected"),
    [(7, int), ({"id": 7, "name": "Nightly", "description": "all of them"}, Folder), (None, type(None))],
)
def test_a_scenario_feature_decodes_to_an_id_a_folder_or_none(value: object, expected: type) -> None:
    scenario = Scenario.from_dict(_scenario(feature=value))
    assert type(scenario.feature) is expected
    assert Scenario.from_dict(scenario.to_dict()) == scenario


def test_a_scenario_schedule_decodes_to_a_schedule_object() -> None:
    scenario = Scenario.from_dict(_scenario(schedule={"id": 2, "interval": 3600, "scheduledModel": "scenario"}))
    assert isinstance(scenario.schedule, Schedule)
    assert scenario.schedule.interval == 3600


def test_a_run_decodes_expanded_references_to_their_models() -> None:
    run = Run.from_dict(
        {
            "id": 1,
            "outcome": "Passed",
            "scenario": _scenario(),
            "log": {"id": 9, "body": [{"outcome": "Passed", "message": "ok", "cog": "a/b", "stepId": "S"}]},
            "createdBy": {"id": 4, "fullName": "Ada"},
        }
    )
    assert isinstance(run.scenario, Scenario) and run.scenario.name == "Lead sync"
    assert isinstance(run.log, RunLog) and run.log.id == 9
    assert isinstance(run.created_by, User) and run.created_by.full_name == "Ada"


def test_a_run_decodes_plain_ids_as_ints() -> None:
    run = Run.from_dict({"id": 1, "outcome": "Running", "scenario": 3, "log": 9, "createdBy": 4})
    assert (run.scenario, run.log, run.created_by) == (3, 9, 4)


def test_a_schedule_scenario_is_an_id_or_a_scenario() -> None:
    base = {"interval": 60, "scheduledModel": "scenario"}
    assert ScheduleWrite.from_dict({**base, "scheduledScenario": 3}).scheduled_scenario == 3
    expanded = ScheduleWrite.from_dict({**base, "scheduledScenario": _scenario()})
    assert isinstance(expanded.scheduled_scenario, Scenario)
