"""Every example from the vendor docs validates against the spec and decodes with nothing left over."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import attrs
import pytest

from codegen import load_vendors
from tests.specs import _openapi

EXAMPLES = sorted(_openapi.SPECS.glob("*/examples/*.json"))


def _leftovers(value: Any, path: str = "") -> list[str]:
    """Paths of every ``additional_properties`` entry anywhere inside a decoded model."""
    found: list[str] = []
    if attrs.has(type(value)):
        declared = [f for f in attrs.fields(type(value)) if f.name != "additional_properties"]
        if declared:  # a model without declared fields is a map: its members all live in additional_properties
            found += [f"{path}.{key}" for key in getattr(value, "additional_properties", {})]
        for field in attrs.fields(type(value)):
            if field.name != "additional_properties":
                found += _leftovers(getattr(value, field.name), f"{path}.{field.name}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _leftovers(item, f"{path}[{index}]")
    return found


def _parse_name(example: Path) -> tuple[str, str, str | None]:
    parts = example.name.removesuffix(".json").split(".")
    operation_id, kind = parts[0], parts[1]
    return operation_id, kind, parts[2] if kind == "response" else None


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_example_validates_and_decodes_completely(example: Path) -> None:
    vendor = example.parent.parent.name
    spec = _openapi.load(vendor)
    operation_id, kind, status = _parse_name(example)
    schema = _openapi.body_schema(spec, operation_id, kind, status)
    data = json.loads(example.read_text(encoding="utf-8"))

    errors = sorted(_openapi.validator(spec, schema).iter_errors(data), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)

    named = schema.get("items", {}) if schema.get("type") == "array" else schema
    assert "$ref" in named, "example bodies are named component schemas (or arrays of one), so a model class exists"
    models = importlib.import_module(f"{load_vendors()[vendor].package}.models")
    decoded = _decode(spec, models, schema, data)
    assert _leftovers(decoded) == []
    assert _encode(decoded) == _encode(_decode(spec, models, schema, _encode(decoded))), "decoding is stable"


def _decode(spec: dict[str, Any], models: Any, node: dict[str, Any], data: Any) -> Any:
    """``data`` decoded by the generated model of ``node``; a union or array component (no class of its own) is
    decoded member by member, each union choosing the first variant that decodes with nothing left over."""
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[1]
        model = getattr(models, name, None)
        return model.from_dict(data) if model is not None else _decode(spec, models, _openapi.resolve(spec, node), data)
    variants = node.get("anyOf") or node.get("oneOf")
    if variants:
        for variant in variants:
            try:
                decoded = _decode(spec, models, variant, data)
            except (ValueError, TypeError, AssertionError):
                continue
            if not _leftovers(decoded):
                return decoded
        raise AssertionError(f"no variant of {node} decodes {data!r} completely")
    if node.get("type") == "array":
        assert isinstance(data, list)
        return [_decode(spec, models, node.get("items", {}), item) for item in data]
    if node.get("type") == "string":
        assert isinstance(data, str)
    return data


def _encode(value: Any) -> Any:
    if attrs.has(type(value)):
        return value.to_dict()
    if isinstance(value, list):
        return [_encode(item) for item in value]
    return value


def test_every_documented_operation_of_testmo_has_its_examples() -> None:
    names = {p.name.split(".")[0] for p in EXAMPLES if p.parent.parent.name == "testmo"}
    assert names == set(_openapi.operations(_openapi.load("testmo")))
