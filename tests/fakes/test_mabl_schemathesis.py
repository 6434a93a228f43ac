"""Schemathesis drives the mabl fake with its own spec: valid and invalid requests, every response checked.

Each operation gets a fresh fake, seeded with history and a deployment, that all of its examples share. Generated
ids are random strings, so most valid requests meet an unknown id (404) or a workspace the key does not reach (403);
besides schemathesis' checks, a valid request may only be refused for a reason the schema cannot express.
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

from qaclients_fakes import FakeASGIApp, FakeTransport, MablFake, spec_path
from qaclients_fakes._mabl import APPLICATION, ENVIRONMENT

schema = schemathesis.openapi.from_path(spec_path("mabl"))
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    negative_data_rejection,
]
AUTH = {"Authorization": "Basic a2V5Om1hYmwta2V5"}  # key:mabl-key
# 400s a valid request can still earn, by what the fake says: state or rules the schema cannot express.
STATEFUL_REFUSALS = (
    "environment_id or application_id",
    "cursor is not one",
    "time range",
    "already has a variable",
    "has no variable",
    "Unknown variable",
    "workspace_id is required",
    "needs a name",
)


@pytest.fixture
def fake(mabl_fake: MablFake) -> MablFake:
    """The plugin's fake (it fails the test on any response violation), seeded with history and a deployment."""
    mabl_fake.seed(30)
    with httpx.Client(transport=FakeTransport(mabl_fake), base_url="https://api.mabl.com", headers=AUTH) as client:
        event = client.post("/events/deployment", json={"application_id": APPLICATION, "environment_id": ENVIRONMENT})
        assert event.status_code == 201, event.text
    return mabl_fake


@schema.parametrize()
@settings(max_examples=5, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_the_fake_conforms_to_its_spec(case: schemathesis.Case[Any], fake: MablFake) -> None:
    response = case.call_and_validate(app=FakeASGIApp(fake), headers=AUTH, checks=CHECKS)

    assert fake.violations == []
    positive = case.meta is not None and case.meta.generation.mode.is_positive
    if positive and response.status_code == 400:
        message = response.json().get("message", "")
        assert any(reason in message for reason in STATEFUL_REFUSALS), f"a valid request was refused: {message}"
