"""Every spec is valid OpenAPI 3.1 and keeps the project's own rules."""

from __future__ import annotations

import pytest
from openapi_spec_validator import validate

from tests.specs import _openapi

VENDORS = _openapi.vendors()


def _walk(node: object, path: str = "#"):  # type: ignore[no-untyped-def]
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from _walk(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{path}/{index}")


@pytest.mark.parametrize("vendor", VENDORS)
def test_spec_is_valid_openapi_31(vendor: str) -> None:
    spec = _openapi.load(vendor)
    assert spec["openapi"].startswith("3.1")
    validate(spec)


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_operation_has_an_id_a_summary_and_error_responses(vendor: str) -> None:
    for op_id, op in _openapi.operations(_openapi.load(vendor)).items():
        assert op.get("summary"), op_id
        assert any(code.startswith("2") for code in op["responses"]), op_id
        assert any(code.startswith(("4", "5")) for code in op["responses"]), f"{op_id} documents no error response"


@pytest.mark.parametrize("vendor", VENDORS)
def test_inferred_facts_say_why(vendor: str) -> None:
    inferred = [(path, node) for path, node in _walk(_openapi.load(vendor)) if node.get("x-provenance") == "inferred"]
    assert inferred, "a spec with no inferred fact at all is suspicious: the docs always leave something open"
    for path, node in inferred:
        assert len(node.get("x-provenance-reason", "")) > 20, f"{path}: x-provenance: inferred without a reason"


def test_testmo_covers_the_eight_documented_operations() -> None:
    ops = _openapi.operations(_openapi.load("testmo"))
    assert sorted(ops) == [
        "append_automation_run",
        "append_automation_run_thread",
        "complete_automation_run",
        "complete_automation_run_thread",
        "create_automation_run",
        "create_automation_run_thread",
        "get_automation_run",
        "list_automation_runs",
    ]
