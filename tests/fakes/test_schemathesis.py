"""Schemathesis drives the Testmo fake with its own spec: valid and invalid requests, every response checked.

The fake is stateful: each operation gets a fresh one, seeded with open runs and threads (ids 1..40, which
generated ids hit often) and finished history, that all of the operation's examples share. Besides schemathesis'
checks, a valid request may only be refused for a reason the schema cannot express (a completed run, an unknown
sort field).
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

from qaclients_fakes import FakeASGIApp, FakeTransport, TestmoFake, spec_path
from tests.fakes._helpers import AUTH, BASE_URL

schema = schemathesis.openapi.from_path(spec_path("testmo"))
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    negative_data_rejection,
]
# Fields whose 422 a valid request can still earn: state (completed run or thread) and the free-string `sort`.
STATEFUL_REFUSALS = {"automation_run_id", "automation_run_thread_id", "sort"}


@pytest.fixture
def fake(testmo_fake: TestmoFake) -> TestmoFake:
    """The plugin's fake (it fails the test on any response violation), seeded."""
    with httpx.Client(transport=FakeTransport(testmo_fake), base_url=BASE_URL, headers=AUTH) as client:
        for index in range(40):
            run = client.post("/projects/1/automation/runs", json={"name": f"Open {index}", "source": "ci"})
            client.post(f"/automation/runs/{run.json()['id']}/threads", json={})
    testmo_fake.seed_runs(20)
    return testmo_fake


@schema.parametrize()
# One fake per operation, shared by that operation's examples: state carries over on purpose (a run completed by
# one example refuses the next one's append), so the function-scoped fixture is intended.
@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_the_fake_conforms_to_its_spec(case: schemathesis.Case[Any], fake: TestmoFake) -> None:
    response = case.call_and_validate(app=FakeASGIApp(fake), headers=AUTH, checks=CHECKS)

    assert fake.violations == []
    positive = case.meta is not None and case.meta.generation.mode.is_positive
    if positive and response.status_code in (400, 422):
        refused = set(response.json().get("errors", {}))
        assert refused, f"a valid request was refused: {response.text}"
        assert refused <= STATEFUL_REFUSALS, f"a valid request was refused: {response.text}"
