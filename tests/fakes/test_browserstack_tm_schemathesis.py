"""Schemathesis drives the BrowserStack Test Management fake with its own spec: valid and invalid requests, every
response checked.

Each operation gets a fresh fake whose project PR-1 holds runs TR-1..TR-40 (generated ids hit those often) and whose
background changes apply at once. Besides schemathesis' checks, a valid request may only be refused for a reason the
schema cannot express: an unknown project, run, test case, configuration, folder or plan, or a rule spanning fields.
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

from qaclients_fakes import BrowserStackTMFake, FakeASGIApp, spec_path
from tests.fakes._browserstack_tm_helpers import AUTH

schema = schemathesis.openapi.from_path(spec_path("browserstack_tm"))
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    negative_data_rejection,
]
# What a schema-valid request can still be refused for (the `error` code of a 400, or a 404).
STATEFUL_REFUSALS = {
    "validation_failed",
    "invalid_test_case_id",
    "invalid_configuration_ids",
    "duplicate_test_case_id",
    "operation_required",
    "invalid_entry_shape",
}


@pytest.fixture
def fake(browserstack_tm_fake: BrowserStackTMFake) -> BrowserStackTMFake:
    """The plugin's fake (it fails the test on any response violation), with 40 runs and no background delay."""
    browserstack_tm_fake.seed_runs(40)
    browserstack_tm_fake.clone_delay = browserstack_tm_fake.update_delay = 0.0
    return browserstack_tm_fake


@schema.parametrize()
@settings(max_examples=20, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_the_fake_conforms_to_its_spec(case: schemathesis.Case[Any], fake: BrowserStackTMFake) -> None:
    response = case.call_and_validate(app=FakeASGIApp(fake), headers=AUTH, checks=CHECKS)

    assert fake.violations == []
    positive = case.meta is not None and case.meta.generation.mode.is_positive
    if positive and response.status_code == 400:
        assert response.json().get("error") in STATEFUL_REFUSALS, f"a valid request was refused: {response.text}"
