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


def _model_name(spec: dict[str, Any], schema: dict[str, Any]) -> str:
    """The model class of a named schema; for a named "object or null" union (a body that may be a literal ``null``,
    which has no class of its own) the class of its object member."""
    named = _openapi.resolve(spec, schema)
    members = [m for m in named.get("oneOf", named.get("anyOf", [])) if "$ref" in m]
    nulls = [m for m in named.get("oneOf", named.get("anyOf", [])) if m.get("type") == "null"]
    if len(members) == 1 and nulls:
        return str(members[0]["$ref"].rsplit("/", 1)[1])
    return str(schema["$ref"].rsplit("/", 1)[1])


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

    # A plain JSON array of a named schema (a vendor's unpaged list) validates and decodes item by item.
    if schema.get("type") == "array":
        assert isinstance(data, list), "a list response's example is a JSON array"
        items, schema = data, schema.get("items", {})
    else:
        items = [data]
    for item in items:
        errors = sorted(_openapi.validator(spec, schema).iter_errors(item), key=str)
        assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)
    assert "$ref" in schema, "example bodies are named component schemas (or arrays of one), so a model class exists"
    class_name = _model_name(spec, schema)
    package = load_vendors()[vendor].package
    model = getattr(importlib.import_module(f"{package}.models"), class_name)
    for item in items:
        decoded = model.from_dict(item)
        assert _leftovers(decoded) == []
        assert model.from_dict(decoded.to_dict()) == decoded, "encoding then decoding again gives the same model"


def test_every_documented_operation_of_testmo_has_its_examples() -> None:
    names = {p.name.split(".")[0] for p in EXAMPLES if p.parent.parent.name == "testmo"}
    assert names == set(_openapi.operations(_openapi.load("testmo")))
