"""Reading specs in tests: load one, find an operation's schemas, validate JSON against them (JSON Schema 2020-12)."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import jsonschema
import referencing
import yaml

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


@functools.cache
def load(vendor: str) -> dict[str, Any]:
    return yaml.safe_load((SPECS / vendor / "openapi.yaml").read_text(encoding="utf-8"))


def vendors() -> list[str]:
    return sorted(p.parent.name for p in SPECS.glob("*/openapi.yaml"))


def operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every operation by operationId."""
    found = {}
    for item in spec["paths"].values():
        for method in METHODS:
            if method in item:
                found[item[method]["operationId"]] = item[method]
    return found


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        path = node["$ref"].removeprefix("#/").split("/")
        node = functools.reduce(lambda acc, key: acc[key], path, spec)
    return node


def body_schema(spec: dict[str, Any], operation_id: str, kind: str, status: str | None = None) -> dict[str, Any]:
    """The JSON schema (possibly a $ref) of a request body or of the response with ``status``."""
    op = operations(spec)[operation_id]
    holder = op["requestBody"] if kind == "request" else op["responses"][status]
    return resolve(spec, holder)["content"]["application/json"]["schema"]


def validator(spec: dict[str, Any], schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    resource = referencing.Resource.from_contents(spec, default_specification=referencing.jsonschema.DRAFT202012)
    registry = referencing.Registry().with_resource("urn:spec", resource)
    # An inline schema (an array of a named one, say) points into the spec too: its local refs go to the registry.
    wrapped = json.loads(json.dumps(schema).replace('"#/components/', '"urn:spec#/components/'))
    return jsonschema.Draft202012Validator(
        wrapped, registry=registry, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
