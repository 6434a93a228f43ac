"""Runscope request schemas accept what real clients send (facts, Behaviour) and refuse what the vendor refuses."""

from __future__ import annotations

from typing import Any

import pytest

from tests.specs import _openapi

SPEC = _openapi.load("runscope")
EXTRAS = {"list_test_steps", "get_team", "get_bucket_result"}

_STEP_FIELDS = (
    "method url body form headers auth assertions variables scripts before_scripts note skipped duration "
    "left_value comparison right_value steps integration_id suite_id test_id is_custom_start_url start_url "
    "test_uuid environment_uuid bucket_key params"
)
NULL_STEP = dict.fromkeys(_STEP_FIELDS.split(" "))
ZERO_STEP = {
    "step_type": "request", "method": "", "url": "", "body": "", "form": {}, "headers": {}, "auth": {},
    "assertions": [], "variables": [], "scripts": [], "before_scripts": [], "note": "", "skipped": False,
    "duration": 0, "left_value": "", "comparison": "", "right_value": "", "steps": [], "integration_id": "",
    "suite_id": "", "test_id": "", "is_custom_start_url": False, "start_url": "", "test_uuid": "",
    "environment_uuid": "", "bucket_key": "", "params": [],
}  # fmt: skip
ECHOED_TEST = {
    "id": "t1", "name": "n", "description": None, "created_at": "2024-01-01T00:00:00Z", "default_environment_id": "e",
    "created_by": {"id": "u", "name": "U", "email": "u@x"}, "environments": [{"id": "e"}], "last_run": None,
    "schedules": [], "trigger_url": "https://api.runscope.com/radar/x/trigger",
    "steps": [{**ZERO_STEP, "id": "s1", "headers": {"Accept": "*/*", "X-Many": ["a", "b"]},
               "assertions": [{"source": "response_status", "comparison": "equal_number", "value": "200"}]}],
}  # fmt: skip


def _errors(operation_id: str, body: Any) -> list[str]:
    schema = _openapi.body_schema(SPEC, operation_id, "request")
    return [e.message for e in _openapi.validator(SPEC, schema).iter_errors(body)]


def test_the_spec_has_the_67_documented_operations_the_v1_schedule_and_three_inferred_extras() -> None:
    operations = _openapi.operations(SPEC)
    assert len(operations) == 67 + 1 + len(EXTRAS)
    assert {op for op, node in operations.items() if node.get("x-provenance") == "inferred"} == EXTRAS


@pytest.mark.parametrize(
    ("operation_id", "body"),
    [
        ("create_test_step", NULL_STEP),
        ("create_test_step", ZERO_STEP),
        ("update_test_step", {"method": "GET", "url": "https://x", "id": "echoed"}),
        ("create_test_step", {"step_type": "pause", "duration": "5"}),
        ("create_test_step", {"step_type": "request", "auth": {"auth_type": "", "username": None}}),
        ("update_test", ECHOED_TEST),
        ("create_tests", ECHOED_TEST),
        ("create_tests", [ECHOED_TEST, {"name": "second"}]),
        ("create_tests", {}),
        ("replace_shared_environment", {"id": "e", "test_id": None, "name": "E", "webhooks": None, "regions": None,
                                        "headers": {"A": "b"}, "http_version_support": "h2", "force_h2c": False,
                                        "initial_variables": {"n": 1, "s": "x", "b": True, "z": None}}),
        ("reorder_test_steps", ["a", {"id": "c", "steps": ["d"]}, "b"]),
        ("invite_team_people", {"emails": "a@x,b@x"}),
        ("upsert_test_schedule", {"environment_id": "e", "interval": "1m", "note": None, "id": "echoed"}),
        ("update_role", {"permissions": ["team:people:view", "team:something:new"]}),
        ("create_bucket", {"name": "b", "team_uuid": "t"}),
    ],
)  # fmt: skip
def test_real_client_bodies_are_accepted(operation_id: str, body: Any) -> None:
    assert _errors(operation_id, body) == []


@pytest.mark.parametrize(
    ("operation_id", "body", "problem"),
    [
        ("upsert_test_schedule", {"environment_id": "e", "interval": "2m"}, "is not one of"),
        ("create_test_schedule", {"interval": "1m"}, "'environment_id' is a required property"),
        ("create_test_step", {"step_type": "teleport"}, "is not valid"),
        ("reorder_test_steps", [{"id": "c"}], "is not valid"),
        ("delete_bucket_custom_email", {}, "'email' is a required property"),
        ("create_group", {}, "'name' is a required property"),
    ],
)
def test_what_the_vendor_refuses_is_refused(operation_id: str, body: Any, problem: str) -> None:
    assert any(problem in message for message in _errors(operation_id, body)), _errors(operation_id, body)
