"""Runscope's discriminated unions decode each variant to its own class; the envelope takes every error shape."""

from __future__ import annotations

from typing import Any

import pytest
from runscope_client import models
from runscope_client.errors import DecodeError
from runscope_client.models import (
    BasicAuth,
    ClientCertificateAuth,
    ConditionStep,
    EnvironmentEnvelope,
    ErrorDetail,
    GhostInspectorStep,
    NoAuth,
    OAuth1Auth,
    OAuth2Auth,
    PauseStep,
    Regions,
    RegionsEnvelope,
    RequestStep,
    StepEnvelope,
    SubtestStep,
)

STEPS: list[tuple[dict[str, Any], type]] = [
    ({"step_type": "request", "id": "s1", "method": "GET", "url": "https://x/"}, RequestStep),
    ({"step_type": "pause", "id": "s2", "duration": 5}, PauseStep),
    ({"step_type": "condition", "id": "s3", "left_value": "1", "comparison": "equal", "right_value": "1",
      "steps": [{"step_type": "pause", "duration": 1}]}, ConditionStep),
    ({"step_type": "ghost-inspector", "id": "s4", "suite_id": "a", "test_id": "b"}, GhostInspectorStep),
    ({"step_type": "subtest", "id": "s5", "test_uuid": "t", "bucket_key": "abcdefghijkl"}, SubtestStep),
]  # fmt: skip
AUTHS: list[tuple[dict[str, Any], type]] = [
    ({"auth_type": "basic", "username": "u", "password": "p"}, BasicAuth),
    ({"auth_type": "oauth_1", "consumer_key": "k", "signature_type": "query"}, OAuth1Auth),
    ({"auth_type": "oauth_2", "access_token": "t", "token_location": "auth_header", "grant_type": None}, OAuth2Auth),
    ({"auth_type": "client_certificate"}, ClientCertificateAuth),
    ({}, NoAuth),
]


def _envelope(data: Any, error: Any = None) -> dict[str, Any]:
    return {"data": data, "meta": {"status": "success" if error is None else "error"}, "error": error}


@pytest.mark.parametrize(("step", "cls"), STEPS, ids=[cls.__name__ for _, cls in STEPS])
def test_each_step_type_decodes_to_its_own_class(step: dict[str, Any], cls: type) -> None:
    decoded = StepEnvelope.from_dict(_envelope(step)).data
    assert type(decoded) is cls
    assert decoded.to_dict() == step


def test_a_condition_step_holds_typed_steps() -> None:
    condition = StepEnvelope.from_dict(_envelope(STEPS[2][0])).data
    assert isinstance(condition, ConditionStep)
    assert [type(step) for step in condition.steps] == [PauseStep]


@pytest.mark.parametrize(("auth", "cls"), AUTHS, ids=[cls.__name__ for _, cls in AUTHS])
def test_each_auth_type_decodes_to_its_own_class(auth: dict[str, Any], cls: type) -> None:
    step = {"step_type": "request", "auth": auth}
    decoded = StepEnvelope.from_dict(_envelope(step)).data
    assert isinstance(decoded, RequestStep)
    assert type(decoded.auth) is cls
    environment = EnvironmentEnvelope.from_dict(_envelope({"id": "e", "auth": auth})).data
    assert type(environment.auth) is cls


def test_an_unknown_step_type_is_refused() -> None:
    with pytest.raises(DecodeError):
        StepEnvelope.from_dict(_envelope({"step_type": "teleport"}))


def test_an_auth_type_with_another_types_fields_stays_its_own_type() -> None:
    decoded = StepEnvelope.from_dict(_envelope({"step_type": "request", "auth": {"auth_type": "basic"}})).data
    assert isinstance(decoded, RequestStep) and type(decoded.auth) is BasicAuth


@pytest.mark.parametrize(
    ("error", "expected"),
    [(None, type(None)), ("Email x@y is not part of the bucket", str), ({"status": 404, "message": "no"}, ErrorDetail)],
)
def test_the_envelope_error_is_null_a_string_or_an_object(error: Any, expected: type) -> None:
    decoded = models.TestEnvelope.from_dict(_envelope({"id": "t", "name": "n"}, error))
    assert type(decoded.error) is expected


def test_a_property_named_like_its_model_does_not_clobber_the_instance() -> None:
    regions = RegionsEnvelope.from_dict(_envelope({"regions": [{"region_code": "us1"}]})).data
    assert isinstance(regions, Regions)
    assert [region.region_code for region in regions.regions] == ["us1"]
    assert regions.to_dict() == {"regions": [{"region_code": "us1"}]}
