"""The mabl spec covers the index, declares each list's end rule, and has an example for every body it returns."""

from __future__ import annotations

import pytest

from tests.specs import _openapi

SPEC = _openapi.load("mabl")
OPERATIONS = _openapi.operations(SPEC)
EXAMPLES = {p.name for p in (_openapi.SPECS / "mabl" / "examples").glob("*.json")}


def _json_success(op: dict[str, object]) -> list[str]:
    responses = op["responses"]
    assert isinstance(responses, dict)
    return [
        code
        for code, holder in responses.items()
        if code.startswith("2") and "application/json" in _openapi.resolve(SPEC, holder).get("content", {})
    ]


def test_all_72_operations_of_the_index_with_their_groups_as_tags() -> None:
    assert len(OPERATIONS) == 72
    assert {tag for op in OPERATIONS.values() for tag in op["tags"]} == {tag["name"] for tag in SPEC["tags"]}
    assert len(SPEC["tags"]) == 14


def test_basic_auth_on_every_operation() -> None:
    assert SPEC["components"]["securitySchemes"]["apiKey"] == {
        **SPEC["components"]["securitySchemes"]["apiKey"],
        "type": "http",
        "scheme": "basic",
    }
    assert SPEC["security"] == [{"apiKey": []}]
    assert SPEC["servers"][0]["url"] == "https://api.mabl.com"


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_every_json_body_has_an_example(operation_id: str) -> None:
    codes = _json_success(OPERATIONS[operation_id])
    if codes:
        assert any(name.startswith(f"{operation_id}.response.") for name in EXAMPLES), operation_id


def test_the_deployment_result_examples_cover_its_three_states() -> None:
    states = {name.split(".")[3] for name in EXAMPLES if name.startswith("getexecutionresultforevent.response.200.")}
    assert states == {"scheduled", "retrying", "complete-after-retry"}


def test_every_paged_list_declares_its_end_rule() -> None:
    paged = {op_id: op for op_id, op in OPERATIONS.items() if "cursor" in _query_names(op)}
    assert len(paged) == 12
    for op_id, op in paged.items():
        declared = op.get("x-qaclients-paging")
        assert declared is not None, op_id
        assert declared["scheme"] == "cursor" and declared["cursor"] == "cursor"
        assert declared["end"] == ("null" if op_id == "getbatchtestrunresults" else "unchanged"), op_id
        schema = _openapi.resolve(SPEC, op["responses"]["200"])["content"]["application/json"]["schema"]
        wrapper = _openapi.resolve(SPEC, schema)
        assert declared["items"] in wrapper["properties"], op_id
        assert "cursor" in wrapper["properties"], op_id


def _query_names(op: dict[str, object]) -> set[str]:
    params = op.get("parameters", [])
    assert isinstance(params, list)
    return {_openapi.resolve(SPEC, p)["name"] for p in params if _openapi.resolve(SPEC, p)["in"] == "query"}


def test_the_six_operations_known_only_by_inference_say_so() -> None:
    inferred = {op_id for op_id, op in OPERATIONS.items() if op.get("x-provenance") == "inferred"}
    assert inferred == {
        "createdatabaseconnection",
        "querydeploymenteventsbyrevision",
        "createorganizationinvitation",
        "queryaccountexecutionseconds",
        "queryaccountmaxtestrunconcurrency",
        "queryaccounttestruncounts",
    }


def test_every_success_status_the_facts_leave_open_is_marked() -> None:
    for op_id, op in OPERATIONS.items():
        for code, holder in op["responses"].items():
            if code.startswith("2") and op_id not in {
                "getapplication",
                "getexecutionresultforevent",
                "getworkspaceuser",
                "ondeploy",
            }:
                resolved = _openapi.resolve(SPEC, holder)
                assert resolved.get("x-provenance") == "inferred", f"{op_id} {code}"
