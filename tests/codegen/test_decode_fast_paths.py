"""The model template's fast paths decode exactly what the one-member-at-a-time path does, and keep its errors.

``from_dict`` reads members with the key objects orjson hands out (``_d.parsed_keys``), all members in one call when
the object has as many as the schema names, and the required ones by subscript; each has a fallback. These tests
drive every fallback with a mabl test run (16 members, 3 required).
"""

from __future__ import annotations

import copy
import json
import types
from pathlib import Path
from typing import Any

import orjson
import pytest
from mabl_client.errors import DecodeError
from mabl_client.models import ExecutionResult, JourneyExecution
from mabl_client.models import journey_execution as journey_execution_module
from mabl_client.types import UNSET

EXAMPLE = (
    Path(__file__).resolve().parents[2]
    / "specs/mabl/examples/getexecutionresultforevent.response.200.complete-after-retry.json"
)


@pytest.fixture
def run() -> dict[str, Any]:
    """A test run with every member the schema names."""
    body = json.loads(EXAMPLE.read_text())
    run: dict[str, Any] = body["executions"][0]["journey_executions"][0]
    assert run.keys() == journey_execution_module._KNOWN_KEYS
    return run


def test_member_names_are_the_objects_orjson_parses_keys_to(run: dict[str, Any]) -> None:
    parsed = orjson.loads(orjson.dumps(run))
    keys = {key: key for key in parsed}
    assert keys["journey_id"] is journey_execution_module._k_journey_id
    assert keys["failure_summary"] is journey_execution_module._k_failure_summary


@pytest.mark.parametrize("load", [json.loads, orjson.loads], ids=["json", "orjson"])
def test_any_parser_and_any_mapping_decode_alike(run: dict[str, Any], load: Any) -> None:
    text = json.dumps(run)
    expected = JourneyExecution.from_dict(run).to_dict()
    assert JourneyExecution.from_dict(load(text)).to_dict() == expected
    assert JourneyExecution.from_dict(types.MappingProxyType(load(text))).to_dict() == expected


def test_as_many_members_but_not_the_same_ones(run: dict[str, Any]) -> None:
    del run["browser_type"]
    run["browser"] = "firefox"  # 16 members again, one the schema does not name
    decoded = JourneyExecution.from_dict(orjson.loads(orjson.dumps(run)))
    assert decoded.browser_type is UNSET
    assert decoded.additional_properties == {"browser": "firefox"}
    assert decoded.status == run["status"] and decoded.failure_summary is not UNSET


@pytest.mark.parametrize("count", ["as many", "fewer"])
def test_missing_required_member_is_named_on_every_path(run: dict[str, Any], count: str) -> None:
    del run["journey_execution_id"]
    if count == "as many":
        run["unnamed"] = 1
    with pytest.raises(DecodeError) as caught:
        JourneyExecution.from_dict(orjson.loads(orjson.dumps(run)))
    assert caught.value.missing
    assert str(caught.value) == "JourneyExecution.journey_execution_id: required member is missing (expected string)"


@pytest.mark.parametrize(
    ("member", "value", "expected"),
    [("journey_id", 7, "string"), ("run_multiplier_index", "0", "integer"), ("success", 1, "boolean")],
)
def test_wrong_member_of_a_full_object_is_named(run: dict[str, Any], member: str, value: Any, expected: str) -> None:
    run[member] = value
    with pytest.raises(DecodeError) as caught:
        JourneyExecution.from_dict(orjson.loads(orjson.dumps(run)))
    assert (caught.value.field, caught.value.value, caught.value.expected) == (member, value, expected)


def test_big_result_decodes_like_the_plain_json_one() -> None:
    body = json.loads(EXAMPLE.read_text())
    many = copy.deepcopy(body)
    many["executions"] = body["executions"] * 50
    raw = orjson.dumps(many)
    decoded = ExecutionResult.from_dict(orjson.loads(raw))
    assert decoded.to_dict() == ExecutionResult.from_dict(json.loads(raw)).to_dict()
