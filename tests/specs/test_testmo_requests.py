"""Testmo request schemas accept what real clients send (facts, Request bodies): optional fields, [] and {}."""

from __future__ import annotations

from typing import Any

import pytest

from tests.specs import _openapi

SPEC = _openapi.load("testmo")
ARTIFACT = {"name": "a.png", "url": "https://x/a.png", "mime_type": "image/png", "size": 1, "note": "n"}
FIELD = {"name": "F", "type": 4, "value": "v", "meta": {"k": "v"}, "is_highlight": True, "note": "n"}
LINK = {"name": "L", "url": "https://x", "note": "n"}
TEST = {
    "key": "a" * 64, "name": "t", "status": "error", "folder": "f", "elapsed": 1, "file": "f.py", "line": 3,
    "assertions": 2, "artifacts": [ARTIFACT], "fields": [FIELD],
}  # fmt: skip


def _errors(operation_id: str, body: Any) -> list[str]:
    schema = _openapi.body_schema(SPEC, operation_id, "request")
    return [e.message for e in _openapi.validator(SPEC, schema).iter_errors(body)]


@pytest.mark.parametrize(
    ("operation_id", "body"),
    [
        ("create_automation_run", {"name": "r", "source": "s", "config": "c", "config_id": 1, "milestone": "m",
                                   "milestone_id": 2, "tags": [], "artifacts": [ARTIFACT], "fields": [FIELD],
                                   "links": [LINK]}),
        ("create_automation_run", {"name": "r", "source": "s", "tags": [], "artifacts": [], "fields": [], "links": []}),
        ("append_automation_run", {}),
        ("append_automation_run", {"artifacts": [], "fields": [], "links": []}),
        ("complete_automation_run", {}),
        ("complete_automation_run", {"measure_elapsed": False}),
        ("create_automation_run_thread", {}),
        ("create_automation_run_thread", {"elapsed_observed": 5, "elapsed_computed": 6, "artifacts": [], "fields": []}),
        ("append_automation_run_thread", {}),
        ("append_automation_run_thread", {"elapsed_observed": 1, "tests": [TEST, {**TEST, "key": "b"}]}),
        ("complete_automation_run_thread", {}),
        ("complete_automation_run_thread", {"elapsed_observed": 1, "elapsed_computed": 2}),
    ],
)  # fmt: skip
def test_real_client_bodies_are_accepted(operation_id: str, body: dict[str, Any]) -> None:
    assert _errors(operation_id, body) == []


@pytest.mark.parametrize(
    ("operation_id", "body", "problem"),
    [
        ("create_automation_run", {"name": "r"}, "'source' is a required property"),
        ("append_automation_run_thread", {"tests": [{**TEST, "key": "UPPER"}]}, "does not match"),
        ("append_automation_run_thread", {"tests": [{**TEST, "key": "a" * 65}]}, "does not match"),
        ("append_automation_run", {"fields": [{**FIELD, "type": 6}]}, "is not one of"),
        ("append_automation_run", {"links": [{**LINK, "note": "x" * 81}]}, "is too long"),
    ],
)
def test_what_the_vendor_refuses_is_refused(operation_id: str, body: dict[str, Any], problem: str) -> None:
    assert any(problem in message for message in _errors(operation_id, body))
