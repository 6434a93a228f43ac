"""Schemathesis drives the Runscope fake with its own spec: valid and invalid requests, every response checked.

Each operation gets a fresh fake, seeded with a few tests (steps, environments, schedules, runs) whose ids generated
requests rarely hit, so most positive cases exercise the 404 paths and validation; the per-operation tests in
``tests/runscope`` cover the state. A valid request may only be refused for a reason the schema cannot express.
"""

from __future__ import annotations

from typing import Any

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

from qaclients_fakes import FakeASGIApp, RunscopeFake, spec_path

schema = schemathesis.openapi.from_path(spec_path("runscope"))
AUTH = {"Authorization": "Bearer runscope-token"}
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    negative_data_rejection,
]
# Refusals a schema-valid request can still earn: state the schema cannot know (a pause step needs a duration, a
# reorder must name every step, a custom e-mail's domain must be whitelisted, a bucket needs a name somewhere, ...).
STATEFUL_REFUSALS = (
    "duration",
    "step id",
    "environment_id",
    "whitelisted",
    "team_uuid",
    "name and team_uuid",
    "Not members",
    "Unknown buckets",
    "needs a name",
    "owner",
    "from and to",
    "ends before",
    "authorization code",
)


@pytest.fixture
def fake(runscope_fake: RunscopeFake) -> RunscopeFake:
    """The plugin's fake (it fails the test on any response violation), seeded."""
    runscope_fake.seed(3)
    return runscope_fake


@schema.parametrize()
@settings(max_examples=4, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_the_fake_conforms_to_its_spec(case: schemathesis.Case[Any], fake: RunscopeFake) -> None:
    response = case.call_and_validate(app=FakeASGIApp(fake), headers=AUTH, checks=CHECKS)

    assert fake.violations == []
    positive = case.meta is not None and case.meta.generation.mode.is_positive
    if positive and response.status_code == 400:
        message = str(response.json().get("error"))
        assert any(reason in message for reason in STATEFUL_REFUSALS), f"a valid request was refused: {response.text}"
