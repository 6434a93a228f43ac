"""The BrowserStack Test Management spec: every documented operation, both envelopes, every error shape of the facts,
and the request bodies real clients send."""

from __future__ import annotations

import json
from typing import Any

import pytest
from browserstack_tm_client import models  # imported whole: pytest would collect its Test* classes

from tests.specs import _openapi

SPEC = _openapi.load("browserstack_tm")
EXAMPLES = _openapi.SPECS / "browserstack_tm" / "examples"
ERROR_SHAPES: list[Any] = [
    {"success": False},
    {"success": False, "message": "Test run not found"},
    {"error": "invalid_test_case_id", "message": "One or more test case IDs are invalid."},
    {"error": "Bad request", "details": ["name is too long"]},
    {"status": 500, "error": "Internal Server Error"},
    {"errors": "Project not found"},
]
ERROR_OPERATIONS = sorted(_openapi.operations(SPEC))


def _absolute(node: Any) -> Any:
    """An inline schema with its local ``$ref`` pointing into the registry ``_openapi.validator`` builds."""
    if isinstance(node, dict):
        return {k: "urn:spec" + v if k == "$ref" else _absolute(v) for k, v in node.items()}
    return [_absolute(v) for v in node] if isinstance(node, list) else node


def _errors(schema: dict[str, Any], body: Any) -> list[str]:
    schema = schema if "$ref" in schema else _absolute(schema)
    return [e.message for e in _openapi.validator(SPEC, schema).iter_errors(body)]


def test_every_documented_operation_is_there() -> None:
    assert sorted(_openapi.operations(SPEC)) == [
        "assign_test_run_test_cases",
        "clone_test_run",
        "close_test_run",
        "create_test_run",
        "delete_test_run",
        "get_test_run",
        "list_test_run_test_cases",
        "list_test_runs",
        "patch_test_run",
        "patch_test_run_test_cases",
        "replace_test_run",
        "update_test_run_test_cases",
    ]


def test_every_operation_but_the_facts_alias_has_an_example() -> None:
    named = {path.name.split(".")[0] for path in EXAMPLES.glob("*.json")}
    assert named == set(_openapi.operations(SPEC)) - {"patch_test_run_test_cases"}
    assert len(list(EXAMPLES.glob("*.json"))) == 20


@pytest.mark.parametrize("operation_id", ERROR_OPERATIONS)
@pytest.mark.parametrize("shape", ERROR_SHAPES, ids=",".join)
def test_every_error_shape_fits_every_error_response(operation_id: str, shape: dict[str, Any]) -> None:
    op = _openapi.operations(SPEC)[operation_id]
    for status in (code for code in op["responses"] if code.startswith(("4", "5"))):
        assert _errors(_openapi.body_schema(SPEC, operation_id, "response", status), shape) == []
    decoded = models.ErrorBody.from_dict(shape)
    assert decoded.additional_properties == {}


@pytest.mark.parametrize("operation_id", ERROR_OPERATIONS)
def test_a_literal_null_fits_every_error_response(operation_id: str) -> None:
    op = _openapi.operations(SPEC)[operation_id]
    for status in (code for code in op["responses"] if code.startswith(("4", "5"))):
        assert _errors(_openapi.body_schema(SPEC, operation_id, "response", status), None) == []
    assert _errors(_openapi.body_schema(SPEC, operation_id, "response", "400"), "a string") != []


@pytest.mark.parametrize("key", ["test_run", "testrun"])
def test_either_envelope_key_validates_and_decodes(key: str) -> None:
    body = {"success": True, key: {"identifier": "TR-1", "name": "n"}}
    assert _errors(_openapi.body_schema(SPEC, "create_test_run", "response", "200"), body) == []
    envelope = models.TestRunEnvelope.from_dict(body)
    assert getattr(envelope, key).identifier == "TR-1"


def test_an_envelope_without_a_run_is_refused() -> None:
    assert _errors(_openapi.body_schema(SPEC, "close_test_run", "response", "200"), {"success": True})


@pytest.mark.parametrize(
    ("operation_id", "body"),
    [
        ("clone_test_run", {}),
        ("create_test_run", {"test_run": {}}),
        ("create_test_run", {"test_run": {"name": "n", "test_cases": ["TC-1"], "assignee": None, "tags": []}}),
        ("patch_test_run", {"test_run": {"assignee": None, "configuration_map": [{"test_case_id": "TC-1",
                                                                               "configuration_ids": []}]}}),
        ("patch_test_run", {"test_run": {"filter_scope": "within_folders", "folder_ids": [1],
                                         "filter_test_cases": {"custom_fields": {"x": ["a", 1]}}}}),
        ("update_test_run_test_cases", {"test_run": {"add_test_cases": [{"test_case_ids": ["TC-1"]}]}}),
        ("assign_test_run_test_cases", {"assign_to": [{"test_case_id": "TC-1", "assignee": "a@b.c"}]}),
    ],
)  # fmt: skip
def test_real_client_bodies_are_accepted(operation_id: str, body: dict[str, Any]) -> None:
    assert _errors(_openapi.body_schema(SPEC, operation_id, "request"), body) == []


@pytest.mark.parametrize(
    ("operation_id", "body", "problem"),
    [
        ("create_test_run", {"test_run": {"test_cases": [{"id": "TC-1"}]}}, "is not of type 'string'"),
        ("create_test_run", {"name": "not wrapped"}, "'test_run' is a required property"),
        ("replace_test_run", {"test_run": {"name": "n"}}, "'description' is a required property"),
        ("clone_test_run", {"test_case_selection": "some"}, "is not one of"),
        ("clone_test_run", {"statuses": ["exploded"]}, "is not one of"),
        ("create_test_run", {"test_run": {"run_state": "new"}}, "is not one of"),
        ("update_test_run_test_cases", {"test_run": {"add_test_cases": [{}]}}, "'test_case_ids' is a required"),
    ],
)
def test_what_the_docs_refuse_is_refused(operation_id: str, body: dict[str, Any], problem: str) -> None:
    assert any(problem in message for message in _errors(_openapi.body_schema(SPEC, operation_id, "request"), body))


def test_configuration_map_takes_one_id_or_several() -> None:
    body = json.loads((EXAMPLES / "patch_test_run.request.json").read_text())
    fields = models.TestRunFields.from_dict(body["test_run"])
    assert fields.configuration_map
    assert [entry.test_case_id for entry in fields.configuration_map] == [["TC-11", "TC-15"], "TC-1103745"]


def test_add_and_remove_entries_decode() -> None:
    request = json.loads((EXAMPLES / "update_test_run_test_cases.request.json").read_text())
    change = models.UpdateTestRunTestCasesRequest.from_dict(request).test_run
    assert change.preserve_existing_results is True
    assert change.add_test_cases
    assert [m.test_case_ids for m in change.add_test_cases] == [["TC-101", "TC-102"], ["TC-103"]]


def test_regional_servers_are_named() -> None:
    assert {server["x-qaclients-region"]: server["url"] for server in SPEC["servers"]} == {
        "us": "https://test-management.browserstack.com/api/v2",
        "eu": "https://test-management-eu.browserstack.com/api/v2",
        "in": "https://test-management-in.browserstack.com/api/v2",
    }
