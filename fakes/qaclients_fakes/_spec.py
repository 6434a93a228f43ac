"""A vendor's OpenAPI 3.1 document, compiled once for its fake: operations, route matching and schema validators.

The spec ships inside the wheel (``qaclients_fakes/specs/<vendor>/openapi.yaml``, see ``fakes/pyproject.toml``);
an editable install reads the repository's ``specs/`` instead. Schemas are JSON Schema 2020-12 and are compiled
with :mod:`jsonschema_rs` against a registry holding the whole document, so ``$ref`` works anywhere::

    spec = load_spec("testmo")
    found = spec.route("POST", "/api/v1/projects/1/automation/runs")
    assert found.operation.id == "create_automation_run" and found.path_params == {"project_id": "1"}
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import jsonschema_rs
import yaml

__all__ = ["MediaType", "Operation", "Parameter", "RequestBody", "Route", "Spec", "load_spec", "spec_path"]

SPEC_URI = "urn:qaclients-fakes:spec"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

_PACKAGED = Path(__file__).resolve().parent / "specs"
_REPOSITORY = Path(__file__).resolve().parents[2] / "specs"


def spec_path(vendor: str) -> Path:
    """The vendor's ``openapi.yaml``: the copy packaged in the wheel first, then the repository's (editable install)."""
    for root in (_PACKAGED, _REPOSITORY):
        candidate = root / vendor / "openapi.yaml"
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"no spec for {vendor!r} in {_PACKAGED} or {_REPOSITORY}")


@functools.cache
def load_spec(vendor: str) -> Spec:
    """Load and compile a vendor's spec (once per process; a :class:`Spec` is immutable and shared by fakes)."""
    document = yaml.safe_load(spec_path(vendor).read_text(encoding="utf-8"))
    return Spec(document, name=vendor)


@dataclass(frozen=True, slots=True)
class Parameter:
    """A path, query or header parameter; ``types`` are its JSON types, used to read the string off the wire."""

    name: str
    location: str
    required: bool
    types: frozenset[str]
    item_types: frozenset[str]
    explode: bool
    validator: jsonschema_rs.Validator


@dataclass(frozen=True, slots=True)
class MediaType:
    """A documented media type and the validator of its schema (``None`` when the spec gives no schema)."""

    name: str
    validator: jsonschema_rs.Validator | None

    def accepts(self, content_type: str) -> bool:
        """Whether a Content-Type header value (parameters ignored) is this media type, wildcards included."""
        essence = content_type.split(";", 1)[0].strip().lower()
        kind, _, sub = self.name.lower().partition("/")
        got_kind, _, got_sub = essence.partition("/")
        return kind in ("*", got_kind) and sub in ("*", got_sub)

    @property
    def is_json(self) -> bool:
        """Whether bodies of this type are JSON (``application/json`` or ``*/*+json``)."""
        essence = self.name.lower()
        return essence == "application/json" or essence.endswith("+json")


@dataclass(frozen=True, slots=True)
class RequestBody:
    """A documented request body."""

    required: bool
    media: tuple[MediaType, ...]


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation of the spec, ready for validation."""

    id: str
    method: str
    path: str
    parameters: tuple[Parameter, ...]
    body: RequestBody | None
    responses: Mapping[str, tuple[MediaType, ...]]
    secured: bool

    def response(self, status: int) -> tuple[MediaType, ...] | None:
        """The documented media types for ``status`` (exact code, then ``4XX``-style range, then ``default``)."""
        for key in (str(status), f"{status // 100}XX", "default"):
            if key in self.responses:
                return self.responses[key]
        return None


@dataclass(frozen=True, slots=True)
class Route:
    """The result of matching a request line: an operation with its raw path parameters, or why there is none."""

    operation: Operation | None
    path_params: Mapping[str, str]
    allowed: tuple[str, ...] = ()


class Spec:
    """A compiled OpenAPI 3.1 document.

    Args:
        document: The parsed document.
        name: A label (the vendor) for messages.
    """

    def __init__(self, document: Mapping[str, Any], *, name: str = "spec") -> None:
        self.name = name
        self.document: dict[str, Any] = _absolute_refs(document)
        self.registry = jsonschema_rs.Registry([(SPEC_URI, self.document)], draft=jsonschema_rs.Draft202012)
        servers = self.document.get("servers") or [{"url": "/"}]
        self.prefix = urlsplit(_server_url(servers[0])).path.rstrip("/")
        self.operations: dict[str, Operation] = {}
        self._templates: list[tuple[re.Pattern[str], tuple[str, ...], dict[str, Operation]]] = []
        for template, item in self.document.get("paths", {}).items():
            by_method = {}
            for method in HTTP_METHODS:
                if method in item:
                    op = self._operation(template, method, item, item[method])
                    self.operations[op.id] = op
                    by_method[op.method] = op
            pattern, names = _compile_template(template)
            self._templates.append((pattern, names, by_method))
        # OpenAPI: a concrete segment wins over a template segment at the same place (/runs/threads before /runs/{id}).
        self._templates.sort(key=lambda entry: tuple(name != "" for name in entry[1]))

    def route(self, method: str, path: str) -> Route:
        """Match a request: ``path`` is the URL path as sent (percent-encoded), prefix included."""
        if not path.startswith(self.prefix + "/"):
            return Route(None, {})
        relative = path[len(self.prefix) :]
        allowed: tuple[str, ...] = ()
        for pattern, names, by_method in self._templates:
            found = pattern.fullmatch(relative)
            if found is None:
                continue
            if method.upper() in by_method:
                values = dict(zip([n for n in names if n], (unquote(v) for v in found.groups()), strict=True))
                return Route(by_method[method.upper()], values)
            allowed = allowed or tuple(by_method)
        return Route(None, {}, allowed)

    def resolve(self, node: Any) -> Any:
        """Follow ``$ref`` (within this document) until a node without one."""
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            node = _pointer(self.document, node["$ref"].removeprefix(SPEC_URI).removeprefix("#"))
        return node

    def validator(self, schema: Any) -> jsonschema_rs.Validator:
        """Compile a schema of this document (its ``$ref`` resolve through the registry; formats are checked)."""
        return jsonschema_rs.Draft202012Validator(schema, validate_formats=True, registry=self.registry)

    def _operation(self, template: str, method: str, item: Mapping[str, Any], raw: Mapping[str, Any]) -> Operation:
        params: dict[tuple[str, str], Parameter] = {}
        for node in [*item.get("parameters", []), *raw.get("parameters", [])]:  # operation-level ones override
            param = self._parameter(self.resolve(node))
            params[(param.location, param.name)] = param
        body = None
        if "requestBody" in raw:
            holder = self.resolve(raw["requestBody"])
            body = RequestBody(bool(holder.get("required", False)), self._media(holder))
        responses = {str(code): self._media(self.resolve(holder)) for code, holder in raw.get("responses", {}).items()}
        security = raw.get("security", self.document.get("security", []))
        return Operation(
            id=raw.get("operationId") or f"{method} {template}",
            method=method.upper(),
            path=template,
            parameters=tuple(params.values()),
            body=body,
            responses=responses,
            secured=bool(security) and all(requirement for requirement in security),
        )

    def _parameter(self, node: Mapping[str, Any]) -> Parameter:
        schema = node.get("schema", {})
        resolved = self.resolve(schema)
        items = self.resolve(resolved.get("items", {})) if isinstance(resolved, Mapping) else {}
        location = node["in"]
        return Parameter(
            name=node["name"],
            location=location,
            required=bool(node.get("required", location == "path")),
            types=self._types(resolved),
            item_types=self._types(items),
            explode=bool(node.get("explode", node.get("style", "form") == "form")),
            validator=self.validator(schema),
        )

    def _types(self, schema: Any) -> frozenset[str]:
        if not isinstance(schema, Mapping):
            return frozenset()
        declared = schema.get("type")
        if isinstance(declared, str):
            return frozenset([declared])
        if isinstance(declared, list):
            return frozenset(declared)
        if "enum" in schema:
            return frozenset(_json_type(value) for value in schema["enum"])
        found: frozenset[str] = frozenset()
        for key in ("allOf", "anyOf", "oneOf"):
            for member in schema.get(key, []):
                found |= self._types(self.resolve(member))
        return found

    def _media(self, holder: Mapping[str, Any]) -> tuple[MediaType, ...]:
        content = holder.get("content", {})
        return tuple(
            MediaType(name, self.validator(media["schema"]) if "schema" in media else None)
            for name, media in content.items()
        )


def _server_url(server: Mapping[str, Any]) -> str:
    url = str(server.get("url", "/"))
    for name, variable in server.get("variables", {}).items():
        url = url.replace("{" + name + "}", str(variable.get("default", "")))
    return url


def _compile_template(template: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """``/runs/{id}/append`` → a pattern with one group per template segment; names are ``""`` for literal ones.

    A template segment matches the empty string too, so ``/runs//append`` reaches the operation and is refused as
    an invalid parameter (a 4xx the operation documents) rather than an unexplained 404.
    """
    parts, names = [], []
    for segment in template.strip("/").split("/"):
        whole = re.fullmatch(r"\{([^}]+)\}", segment)
        names.append(whole.group(1) if whole else "")
        parts.append("([^/]*)" if whole else re.escape(segment))
    return re.compile("/" + "/".join(parts)), tuple(names)


def _absolute_refs(node: Any) -> Any:
    """A copy of the document with every local ``$ref`` made absolute, so any sub-schema compiles on its own."""
    if isinstance(node, Mapping):
        return {
            str(key): SPEC_URI + value
            if key == "$ref" and isinstance(value, str) and value.startswith("#")
            else _absolute_refs(value)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_absolute_refs(value) for value in node]
    return node


def _pointer(document: Any, pointer: str) -> Any:
    node = document
    for token in filter(None, unquote(pointer).split("/")):
        key = token.replace("~1", "/").replace("~0", "~")
        node = node[int(key)] if isinstance(node, list) else node[key]
    return node


def _json_type(value: object) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if value is None:
        return "null"
    return "string"
