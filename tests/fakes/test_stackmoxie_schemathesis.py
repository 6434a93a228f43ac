"""Schemathesis drives the Stack Moxie fake with its own spec: valid and invalid requests, every response checked.

Each operation gets a fresh fake, seeded with objects of every kind (the fake numbers all objects from one counter,
so ids 1..60 hit something often). Valid requests are sent to the fake's own organization: a random UUID is an
organization nobody may see (403), which would leave the handlers untested.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)

from qaclients_fakes import FakeASGIApp, FakeTransport, StackMoxieFake, spec_path
from qaclients_fakes._stackmoxie import DEFAULT_ORG

schema = schemathesis.openapi.from_path(spec_path("stackmoxie"))
# Scenario and Schedule refer to each other (an expanded schedule holds its scenario, and so on), and generating such
# recursive bodies is slow; their five operations get fewer examples so the whole test stays near half a minute.
RECURSIVE = ["create_scenario", "update_scenario", "create_async_scenario", "create_schedule", "update_schedule"]
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    negative_data_rejection,
]
AUTH = {"Authorization": "Bearer stackmoxie-token"}
STEP = {"cog": "automatoninc/salesforce", "stepId": "CheckRecord", "name": "Check"}


@pytest.fixture
def fake(stackmoxie_fake: StackMoxieFake) -> StackMoxieFake:
    """The plugin's fake (it fails the test on any response violation), with objects of every kind."""
    base = f"https://app.stackmoxie.com/api/v1/organizations/{DEFAULT_ORG}"
    with httpx.Client(transport=FakeTransport(stackmoxie_fake), base_url=base, headers=AUTH) as client:
        for index in range(6):
            scenario = client.post("/scenarios", json={"name": f"S{index}", "definition": {"steps": [STEP]}}).json()
            client.post(f"/scenarios/{scenario['id']}/runs", json={})
            client.post("/folders", json={"name": f"F{index}"})
            client.post("/notification-groups", json={"name": f"G{index}"})
            client.post("/schedules", json={"interval": 3600, "scheduledModel": "scenario", "scheduledScenario": 3})
            client.post("/members", json={"email": f"m{index}@example.com"})
            client.post("/asyncScenario", json={"name": f"A{index}", "definition": {"steps": [STEP]}})
        client.post("/connections", json={"cog": "stackmoxie/hubspot", "auth": {"accessToken": "t"}})
    stackmoxie_fake.seed_runs(10)
    return stackmoxie_fake


def _check(case: schemathesis.Case[Any], fake: StackMoxieFake) -> None:
    positive = case.meta is not None and case.meta.generation.mode.is_positive
    if positive and case.path_parameters and "org" in case.path_parameters:
        case.path_parameters["org"] = DEFAULT_ORG
    case.call_and_validate(app=FakeASGIApp(fake), headers=AUTH, checks=CHECKS)
    assert fake.violations == []


@schema.exclude(operation_id=RECURSIVE).parametrize()
@settings(max_examples=6, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_the_fake_conforms_to_its_spec(case: schemathesis.Case[Any], fake: StackMoxieFake) -> None:
    _check(case, fake)


@schema.include(operation_id=RECURSIVE).parametrize()
@settings(max_examples=2, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_the_fake_conforms_to_its_spec_with_recursive_bodies(
    case: schemathesis.Case[Any], fake: StackMoxieFake
) -> None:
    _check(case, fake)
