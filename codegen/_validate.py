"""Validates specs: OpenAPI 3.1 structure (openapi-spec-validator) and an operationId on every operation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import yaml

from codegen._config import VendorConfig

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def problems_in(spec: dict[str, Any]) -> list[str]:
    """What is wrong with one loaded spec, one line each; empty when it is fine."""
    from openapi_spec_validator import OpenAPIV31SpecValidator  # noqa: PLC0415 - only this command needs it

    found = [
        f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
        for e in OpenAPIV31SpecValidator(spec).iter_errors()
    ]
    for path, item in (spec.get("paths") or {}).items():
        for method in METHODS:
            operation = (item or {}).get(method)
            if operation is not None and not operation.get("operationId"):
                found.append(f"{method.upper()} {path}: no operationId (generated function names come from it)")
    return found


def validate_specs(vendors: Sequence[VendorConfig]) -> int:
    """Print each vendor's verdict; returns 1 when any spec has a problem."""
    status = 0
    for vendor in vendors:
        spec = yaml.safe_load(vendor.spec.read_text(encoding="utf-8"))
        problems = problems_in(spec)
        operations = sum(1 for item in spec.get("paths", {}).values() for m in METHODS if m in (item or {}))
        if problems:
            status = 1
            print(f"{vendor.spec_relative}: {len(problems)} problem(s)")
            print("\n".join(f"  {line}" for line in problems))
        else:
            print(f"{vendor.spec_relative}: valid OpenAPI 3.1, {operations} operations")
    return status
