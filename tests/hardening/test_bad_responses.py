"""Malformed responses for every Testmo model: each refused with one typed error naming the model and the place.

- Every generated model refuses a body that is not an object, and one missing its first required member.
- Every leaf of every documented response example is replaced by a value of another JSON type (and every member is
  removed in turn): when the spec (JSON Schema) refuses the result, the decoder must refuse it too, naming exactly
  that place (``result[0].artifacts[1].size``); when the spec allows it, the decoder must take it.
- Through the client: a wrong member, a body that is not JSON, a truncated body, each one typed
  :mod:`qaclients.core` error.
"""

from __future__ import annotations

import copy
import importlib
import inspect
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest

from qaclients.core import DecodeError, TransportError
from qaclients.testmo import Testmo
from qaclients_fakes import FakeTransport, Faults, TestmoFake
from tests.specs import _openapi

from ._runscope_decoder_gaps import RUNSCOPE_DECODER_GAPS

VENDOR_PACKAGES = {
    "testmo": "testmo_client",
    "runscope": "runscope_client",
    "stackmoxie": "stackmoxie_client",
    "browserstack_tm": "browserstack_tm_client",
    "mabl": "mabl_client",
}
"""Vendors whose every model and response example is checked; the others are added as they land."""

LEFT_TO_THE_WRAPPER: set[tuple[str, str]] = set()
"""(model, place) whose removal the spec refuses through a rule the generated decoder does not enforce (``not``),
and the vendor's wrapper does; each vendor proves that refusal through its client in its own test."""
LEFT_TO_THE_WRAPPER |= {("TestRunEnvelope", "test_run"), ("TestRunEnvelope", "testrun")}  # browserstack_tm: run_of


def _models(package: str) -> list[type[Any]]:
    models = importlib.import_module(f"{package}.models")
    return [cls for _, cls in inspect.getmembers(models, inspect.isclass) if hasattr(cls, "from_dict")]


MODELS = [(package, cls) for package in VENDOR_PACKAGES.values() for cls in _models(package)]


@pytest.mark.parametrize(("package", "model"), MODELS, ids=lambda value: getattr(value, "__name__", value))
def test_every_model_refuses_what_is_not_an_object(package: str, model: type[Any]) -> None:
    error_type = importlib.import_module(f"{package}.errors").DecodeError
    for body in ([], "text", 7, None, True):
        with pytest.raises(error_type) as caught:
            model.from_dict(body)
        assert caught.value.model == model.__name__
        assert model.__name__ in str(caught.value) and "object" in str(caught.value)


@pytest.mark.parametrize(("package", "model"), MODELS, ids=lambda value: getattr(value, "__name__", value))
def test_every_model_names_a_missing_required_member(package: str, model: type[Any]) -> None:
    error_type = importlib.import_module(f"{package}.errors").DecodeError
    required = [f for f in attrs.fields(model) if f.default is attrs.NOTHING and f.init]
    if not required:
        assert model.from_dict({}) is not None
        return
    with pytest.raises(error_type) as caught:
        model.from_dict({})
    assert caught.value.missing and caught.value.field
    assert f"{model.__name__}.{caught.value.field}: required member is missing" in str(caught.value)


def _examples() -> Iterator[tuple[str, Path]]:
    for vendor in VENDOR_PACKAGES:
        for path in sorted((_openapi.SPECS / vendor / "examples").glob("*.response.2*.json")):
            yield vendor, path


def _place(path: tuple[Any, ...]) -> str:
    """A JSON path as a DecodeError names it: ``result[0].artifacts[1].size``."""
    text = ""
    for key in path:
        text += f"[{key}]" if isinstance(key, int) else (f".{key}" if text else key)
    return text


def _other_type(value: Any) -> Any:
    if isinstance(value, bool):
        return "yes"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        return 12
    if isinstance(value, list):
        return {"not": "a list"}
    if isinstance(value, dict):
        return ["not", "an object"]
    return {"not": "null"}


def _mutations(document: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], str, Any]]:
    """(path, what was done, the mutated document) for every place in ``document``."""
    node = document
    for key in path:
        node = node[key]
    children = list(node.items()) if isinstance(node, dict) else list(enumerate(node)) if isinstance(node, list) else []
    for key, value in children:
        changed = copy.deepcopy(document)
        target = changed
        for step in path:
            target = target[step]
        target[key] = _other_type(value)
        yield (*path, key), f"{type(value).__name__} -> {type(target[key]).__name__}", changed
        if isinstance(node, dict):
            removed = copy.deepcopy(document)
            holder = removed
            for step in path:
                holder = holder[step]
            del holder[key]
            yield (*path, key), "removed", removed
        yield from _mutations(document, (*path, key))


def _decoder(vendor: str, example: Path) -> tuple[Any, Any, type[Exception], bool]:
    """The validator, the model and its DecodeError; and whether the body is a plain array of that model (each
    item is then decoded, and checked, on its own)."""
    operation_id, _, status = example.name.removesuffix(".json").split(".")[:3]  # a variant may follow
    spec = _openapi.load(vendor)
    schema = _openapi.body_schema(spec, operation_id, "response", status)
    is_array = schema.get("type") == "array" and "$ref" in schema.get("items", {})
    if is_array:
        schema = schema["items"]
    package = VENDOR_PACKAGES[vendor]
    model = getattr(importlib.import_module(f"{package}.models"), schema["$ref"].rsplit("/", 1)[1])
    return _openapi.validator(spec, schema), model, importlib.import_module(f"{package}.errors").DecodeError, is_array


KNOWN_GAPS: dict[tuple[str, str], str] = {
    **{("runscope", name): why for name, why in RUNSCOPE_DECODER_GAPS.items()},
}
"""(vendor, example) → a decoder gap found and not fixed yet: a strict xfail (a fix shows as XPASS, and fails)."""


def _example_cases() -> list[Any]:
    return [
        pytest.param(
            vendor,
            path,
            marks=[pytest.mark.xfail(reason=why, strict=True)] if (why := KNOWN_GAPS.get((vendor, path.name))) else [],
        )
        for vendor, path in _examples()
    ]


@pytest.mark.parametrize(("vendor", "example"), _example_cases(), ids=lambda value: getattr(value, "name", value))
def test_the_decoder_refuses_exactly_what_the_spec_refuses_naming_the_place(vendor: str, example: Path) -> None:
    validator, model, error_type, is_array = _decoder(vendor, example)
    body = json.loads(example.read_text(encoding="utf-8"))
    refused = places = 0
    for path, change, mutated in (m for document in (body if is_array else [body]) for m in _mutations(document)):
        places += 1
        place = _place(path)
        if validator.is_valid(mutated):
            model.from_dict(mutated)  # the spec allows it: so must the decoder
            continue
        if change == "removed" and (model.__name__, place) in LEFT_TO_THE_WRAPPER:
            continue
        refused += 1
        with pytest.raises(error_type) as caught:
            model.from_dict(mutated)
        assert caught.value.model == model.__name__, f"{place} ({change})"
        assert caught.value.field == place, f"{place} ({change}): the error names {caught.value.field!r}"
    assert refused > 0 or places == 0, "nothing the spec refuses: the check proved nothing"


BASE_URL = "https://bad.testmo.net/api/v1"
RUN = json.loads((_openapi.SPECS / "testmo" / "examples" / "get_automation_run.response.200.json").read_text())


def _client(body: bytes) -> Testmo:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    return Testmo(BASE_URL, "token", transport=httpx.MockTransport(handler), retry=None)


def test_through_the_client_a_wrong_member_is_a_decode_error_naming_it() -> None:
    broken = copy.deepcopy(RUN)
    broken["result"]["status1_count"] = "ninety"
    with pytest.raises(DecodeError) as caught, _client(json.dumps(broken).encode()) as tm:
        tm.automation_run(1)
    assert caught.value.model == "AutomationRunResponse"
    assert caught.value.field == "result.status1_count"
    assert "AutomationRunResponse.result.status1_count" in str(caught.value)


def test_through_the_client_a_body_that_is_not_json_is_a_decode_error_naming_the_model() -> None:
    with pytest.raises(DecodeError) as caught, _client(b"<html>502 Bad Gateway</html>") as tm:
        tm.automation_run(1)
    assert caught.value.model == "AutomationRunResponse"
    assert "not JSON" in str(caught.value)


def test_through_the_client_a_truncated_body_is_a_transport_error() -> None:
    fake = TestmoFake(token="token", faults=Faults(kind="truncate"))
    fake.seed_runs(1)
    with pytest.raises(TransportError) as caught, Testmo(BASE_URL, "token", transport=FakeTransport(fake)) as tm:
        tm.automation_run(1)
    assert "complete message body" in str(caught.value)
