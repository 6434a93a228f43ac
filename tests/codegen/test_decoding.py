"""What the model template override promises at run time: typed decode errors and secret-free reprs."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from testmo_client import AuthenticatedClient
from testmo_client.errors import DecodeError
from testmo_client.models import AutomationRun, AutomationRunList, RunStatus

EXAMPLE = Path(__file__).resolve().parents[2] / "specs/testmo/examples/list_automation_runs.response.200.json"


@pytest.fixture
def page() -> dict[str, Any]:
    return json.loads(EXAMPLE.read_text())


def test_valid_page_decodes(page: dict[str, Any]) -> None:
    runs = AutomationRunList.from_dict(page)
    assert [run.status for run in runs.result] == [RunStatus.SUCCESS, RunStatus.FAILURE]
    assert runs.result[1].completed_at is not None and runs.result[1].completed_at.year == 2023


@pytest.mark.parametrize(
    ("mutate", "field", "value"),
    [
        (lambda p: p["result"][1].pop("status"), "result[1].status", "missing"),
        (lambda p: p["result"][0].__setitem__("status", 9), "result[0].status", 9),
        (lambda p: p["result"][0].__setitem__("id", "1"), "result[0].id", "'1'"),
        (lambda p: p["result"][0].__setitem__("is_completed", 0), "result[0].is_completed", 0),
        (lambda p: p["result"][0].__setitem__("created_at", "yesterday"), "result[0].created_at", "'yesterday'"),
        (lambda p: p["result"][0].__setitem__("tags", ["a", 1]), "result[0].tags[1]", 1),
        (lambda p: p.__setitem__("result", {}), "result", {}),
        (lambda p: p.__setitem__("total", None), "total", None),
    ],
)
def test_bad_members_raise_one_typed_error_naming_model_field_and_value(
    page: dict[str, Any], mutate: Any, field: str, value: object
) -> None:
    bad = copy.deepcopy(page)
    mutate(bad)
    with pytest.raises(DecodeError) as caught:
        AutomationRunList.from_dict(bad)
    error = caught.value
    assert isinstance(error, ValueError)
    assert not isinstance(error, (KeyError, TypeError))
    assert error.model == "AutomationRunList"
    assert error.field == field
    assert str(value) in str(error) or repr(value) in str(error)


def test_missing_member_is_flagged_as_missing(page: dict[str, Any]) -> None:
    del page["result"][0]["name"]
    with pytest.raises(DecodeError) as caught:
        AutomationRunList.from_dict(page)
    assert caught.value.missing
    assert "result[0].name: required member is missing" in str(caught.value)


def test_non_object_body_is_a_decode_error() -> None:
    with pytest.raises(DecodeError, match="AutomationRun: expected object"):
        AutomationRun.from_dict([1, 2])  # type: ignore[arg-type]


def test_unknown_members_are_kept_not_lost(page: dict[str, Any]) -> None:
    page["result"][0]["brand_new_field"] = {"x": 1}
    run = AutomationRunList.from_dict(page).result[0]
    assert run.additional_properties == {"brand_new_field": {"x": 1}}


def test_client_repr_never_shows_the_token() -> None:
    client = AuthenticatedClient(base_url="https://acme.testmo.net/api/v1", token="s3cr3t-token-value")
    client.get_httpx_client()  # stock code copies the token into the headers once used
    client = client.with_headers({"X-Extra": "1"})
    assert "s3cr3t-token-value" not in repr(client)
    assert "acme.testmo.net" in repr(client)
