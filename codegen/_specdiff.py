"""What changed between two versions of one spec, each change classified for users of the generated client.

The comparison runs over parsed specs with every local ``$ref`` followed and ``allOf`` merged, so moving a field
into a shared component is no change while removing it from one is. Operations are matched by ``operationId`` (the
generated function's name), then by method and path. Whether a change breaks users is data: :data:`RULES`, one
entry per change kind, with the reason a reviewer reads in the report.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
Spec = Mapping[str, Any]

# kind -> (breaking, why). "Readers" use response data, "writers" build requests (DESIGN's vocabulary for clients).
RULES: dict[str, tuple[bool, str]] = {
    "operation.added": (False, "a new generated function"),
    "operation.removed": (True, "the generated function is gone"),
    "operation.renamed": (True, "the operationId names the generated function"),
    "operation.moved": (False, "same function, the client calls the new method or path"),
    "parameter.added.optional": (False, "a new keyword argument with a default"),
    "parameter.added.required": (True, "callers must now pass it"),
    "parameter.removed": (True, "callers that pass it break"),
    "parameter.renamed": (True, "the keyword argument has a new name"),
    "parameter.required": (True, "callers must now pass it"),
    "parameter.optional": (False, "callers may now leave it out"),
    "parameter.retyped": (True, "values of the old type no longer fit"),
    "parameter.enum.added": (False, "one more accepted value"),
    "parameter.enum.removed": (True, "callers that send it break"),
    "request.body.added.required": (True, "callers must now send a body"),
    "request.body.added.optional": (False, "callers may send a body"),
    "request.body.removed": (True, "callers that send a body break"),
    "request.body.required": (True, "callers must now send a body"),
    "request.body.optional": (False, "callers may now leave the body out"),
    "request.media.added": (False, "one more accepted content type"),
    "request.media.removed": (True, "callers that send it break"),
    "request.field.added.optional": (False, "writers may leave it out"),
    "request.field.added.required": (True, "writers must now set it"),
    "request.field.removed": (True, "writers that set it break"),
    "request.field.required": (True, "writers must now set it"),
    "request.field.optional": (False, "writers may now leave it out"),
    "request.field.retyped": (True, "values of the old type no longer fit"),
    "request.field.nullable": (False, "writers may now send null"),
    "request.field.non_nullable": (True, "writers that send null break"),
    "request.enum.added": (False, "one more accepted value"),
    "request.enum.removed": (True, "writers that send it break"),
    "response.field.added": (False, "readers get one more attribute"),
    "response.field.removed": (True, "readers of it break"),
    "response.field.required": (False, "readers always get it now"),
    "response.field.optional": (True, "readers may now get Unset"),
    "response.field.retyped": (True, "readers get values of another type"),
    "response.field.nullable": (True, "readers may now get None"),
    "response.field.non_nullable": (False, "readers never get None now"),
    "response.enum.added": (False, "one more enum member (exhaustive matches should handle it)"),
    "response.enum.removed": (True, "code naming the enum member breaks"),
    "response.media.added": (False, "one more content type"),
    "response.media.removed": (True, "readers of that content type break"),
    "status.success.added": (True, "readers may get a body of another shape"),
    "status.success.removed": (False, "one fewer shape to handle"),
    "status.error.added": (False, "a newly documented error, raised as its typed error"),
    "status.error.removed": (False, "an error no longer documented"),
    "webhook.added": (False, "parse_webhook knows one more payload"),
    "webhook.removed": (True, "parse_webhook no longer knows it"),
    "auth.alternative.added": (False, "one more accepted credential"),
    "auth.changed": (True, "the credentials that used to work are no longer accepted"),
    "auth.scheme.changed": (True, "a credential is sent differently"),
    "auth.scheme.removed": (True, "a credential is no longer accepted"),
}


@dataclass(frozen=True, order=True)
class Change:
    """One difference between the base and the new spec."""

    operation: str
    """``operationId (METHOD /path)``, ``webhook <name> (METHOD)``, or ``security`` for spec-wide changes."""
    kind: str
    """A key of :data:`RULES`."""
    detail: str
    """What changed, in words."""

    @property
    def breaking(self) -> bool:
        """Whether users of the generated client may have to change their code."""
        return RULES[self.kind][0]

    @property
    def why(self) -> str:
        """Why it is (or is not) breaking."""
        return RULES[self.kind][1]

    def line(self) -> str:
        """The change as one report line."""
        return f"{self.operation}: {self.detail} — {self.why}"


@dataclass
class _Node:
    """A schema with its ``$ref``s followed and ``allOf`` merged: only what the comparison looks at."""

    types: frozenset[str] = frozenset()
    format: str | None = None
    nullable: bool = False
    enum: tuple[Any, ...] | None = None
    properties: dict[str, Any] = field(default_factory=dict)
    required: frozenset[str] = frozenset()
    items: Any = None
    additional: Any = None
    variants: tuple[str, ...] = ()
    refs: frozenset[str] = frozenset()


def _resolve(spec: Spec, node: Any, refs: set[str] | None = None) -> Any:
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if refs is not None:
            refs.add(ref)
        target: Any = spec
        for part in ref.removeprefix("#/").split("/"):
            target = target.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(target, Mapping) else {}
        node = target
    return node


def _node(spec: Spec, schema: Any) -> _Node:
    refs: set[str] = set()
    schema = _resolve(spec, schema, refs)
    out = _Node()
    if not isinstance(schema, Mapping):
        return out
    kinds = schema.get("type")
    types = set(kinds if isinstance(kinds, list) else [kinds] if kinds else [])
    out.nullable = "null" in types or schema.get("nullable") is True or ("enum" in schema and None in schema["enum"])
    types.discard("null")
    out.format = schema.get("format")
    if "enum" in schema:
        out.enum = tuple(v for v in schema["enum"] if v is not None)
    elif "const" in schema and schema["const"] is not None:
        out.enum = (schema["const"],)
    out.properties = dict(schema.get("properties") or {})
    out.required = frozenset(schema.get("required") or ())
    out.items = schema.get("items")
    extra = schema.get("additionalProperties")
    out.additional = extra if isinstance(extra, Mapping) else None
    for part in schema.get("allOf") or ():
        merged = _node(spec, part)
        types |= merged.types
        out.nullable = out.nullable or merged.nullable
        out.format = out.format or merged.format
        out.enum = out.enum if out.enum is not None else merged.enum
        out.properties = {**merged.properties, **out.properties}
        out.required |= merged.required
        out.items = out.items if out.items is not None else merged.items
        out.additional = out.additional if out.additional is not None else merged.additional
        refs |= merged.refs
    variants = [_node(spec, v) for v in (schema.get("anyOf") or schema.get("oneOf") or ())]
    real = [v for v in variants if v.types or v.properties or v.items is not None or v.enum]
    if any(v.nullable and not v.types for v in variants):
        out.nullable = True
    if len(real) == 1 and not types:  # `anyOf: [X, {type: null}]` is a nullable X
        only = real[0]
        only.nullable = out.nullable or only.nullable
        only.refs |= frozenset(refs)
        return only
    out.variants = tuple(sorted(_signature(v) for v in real))
    if out.properties and not types:
        types.add("object")
    out.types = frozenset(types)
    out.refs = frozenset(refs)
    return out


def _signature(node: _Node) -> str:
    kind = "|".join(sorted(node.types)) or "any"
    if node.format:
        kind += f"<{node.format}>"
    if node.refs:
        kind += "=" + ",".join(sorted(r.rsplit("/", 1)[-1] for r in node.refs))
    return kind


def _type_text(node: _Node) -> str:
    if node.variants:
        return " | ".join(node.variants)
    text = "|".join(sorted(node.types)) or "any"
    return f"{text} ({node.format})" if node.format else text


def _retyped(old: _Node, new: _Node) -> bool:
    if old.variants or new.variants:
        return old.variants != new.variants or old.types != new.types
    if not old.types or not new.types:  # an untyped schema accepts anything; typing it is a change of type
        return old.types != new.types
    return old.types != new.types or (old.format or None) != (new.format or None)


class _Differ:
    def __init__(self, old: Spec, new: Spec) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []

    def add(self, operation: str, kind: str, detail: str) -> None:
        assert kind in RULES, kind
        self.changes.append(Change(operation, kind, detail))

    # --- schemas -------------------------------------------------------------------------------------------------
    def schema(
        self, op: str, direction: str, label: str, *, path: str, old: Any, new: Any, seen: frozenset[Any]
    ) -> None:
        a, b = _node(self.old, old), _node(self.new, new)
        key = (a.refs, b.refs, direction)
        if a.refs and key in seen:
            return
        seen = seen | {key}
        where = f"{label} field `{path}`" if path else label
        if _retyped(a, b):
            self.add(op, f"{direction}.field.retyped", f"{where} retyped: {_type_text(a)} -> {_type_text(b)}")
            return
        if a.nullable != b.nullable:
            made = "nullable" if b.nullable else "non_nullable"
            self.add(op, f"{direction}.field.{made}", f"{where} made {'nullable' if b.nullable else 'non-nullable'}")
        if a.enum is not None and b.enum is not None:
            for value in [v for v in b.enum if v not in a.enum]:
                self.add(op, f"{direction}.enum.added", f"{where} enum value {value!r} added")
            for value in [v for v in a.enum if v not in b.enum]:
                self.add(op, f"{direction}.enum.removed", f"{where} enum value {value!r} removed")
        dotted = f"{path}." if path else ""
        for name in sorted(a.properties.keys() - b.properties.keys()):
            self.add(op, f"{direction}.field.removed", f"{label} field `{dotted}{name}` removed")
        for name in sorted(b.properties.keys() - a.properties.keys()):
            if direction == "request":
                required = name in b.required
                kind = "request.field.added.required" if required else "request.field.added.optional"
                self.add(op, kind, f"{label} field `{dotted}{name}` added ({'required' if required else 'optional'})")
            else:
                self.add(op, "response.field.added", f"{label} field `{dotted}{name}` added")
        for name in sorted(a.properties.keys() & b.properties.keys()):
            was, now = name in a.required, name in b.required
            if was != now:
                made = "required" if now else "optional"
                self.add(op, f"{direction}.field.{made}", f"{label} field `{dotted}{name}` made {made}")
            self.schema(
                op, direction, label, path=f"{dotted}{name}", old=a.properties[name], new=b.properties[name], seen=seen
            )
        if a.items is not None and b.items is not None:
            self.schema(op, direction, label, path=f"{path}[]", old=a.items, new=b.items, seen=seen)
        if a.additional is not None and b.additional is not None:
            self.schema(op, direction, label, path=f"{path}{{}}", old=a.additional, new=b.additional, seen=seen)

    # --- operations ----------------------------------------------------------------------------------------------
    def parameters(self, op: str, old: tuple[Spec, Spec], new: tuple[Spec, Spec]) -> None:
        before, after = _parameters(self.old, *old), _parameters(self.new, *new)
        removed = [k for k in before if k not in after]
        added = [k for k in after if k not in before]
        for gone in list(removed):
            twin = next(
                (
                    k
                    for k in added
                    if k[0] == gone[0]
                    and _signature(_node(self.new, after[k].get("schema")))
                    == _signature(_node(self.old, before[gone].get("schema")))
                ),
                None,
            )
            if twin is not None and len(removed) == len(added):
                self.add(op, "parameter.renamed", f"{gone[0]} parameter `{gone[1]}` renamed to `{twin[1]}`")
                removed.remove(gone)
                added.remove(twin)
        for where, name in removed:
            self.add(op, "parameter.removed", f"{where} parameter `{name}` removed")
        for where, name in added:
            required = bool(after[(where, name)].get("required"))
            kind = "parameter.added.required" if required else "parameter.added.optional"
            self.add(op, kind, f"{where} parameter `{name}` added ({'required' if required else 'optional'})")
        for key in [k for k in before if k in after]:
            where, name = key
            was, now = bool(before[key].get("required")), bool(after[key].get("required"))
            if was != now:
                made = "required" if now else "optional"
                self.add(op, f"parameter.{made}", f"{where} parameter `{name}` made {made}")
            a = _node(self.old, before[key].get("schema"))
            b = _node(self.new, after[key].get("schema"))
            if _retyped(a, b):
                retyped = f"{_type_text(a)} -> {_type_text(b)}"
                self.add(op, "parameter.retyped", f"{where} parameter `{name}` retyped: {retyped}")
            elif a.enum is not None and b.enum is not None:
                for value in [v for v in b.enum if v not in a.enum]:
                    self.add(op, "parameter.enum.added", f"{where} parameter `{name}` enum value {value!r} added")
                for value in [v for v in a.enum if v not in b.enum]:
                    self.add(op, "parameter.enum.removed", f"{where} parameter `{name}` enum value {value!r} removed")

    def request_body(self, op: str, old: Any, new: Any) -> None:
        a, b = _resolve(self.old, old), _resolve(self.new, new)
        if not a and not b:
            return
        if not b:
            self.add(op, "request.body.removed", "request body removed")
            return
        if not a:
            required = bool(b.get("required"))
            kind = "request.body.added.required" if required else "request.body.added.optional"
            self.add(op, kind, f"request body added ({'required' if required else 'optional'})")
            return
        if bool(a.get("required")) != bool(b.get("required")):
            made = "required" if b.get("required") else "optional"
            self.add(op, f"request.body.{made}", f"request body made {made}")
        self.media(op, "request", "request body", a.get("content") or {}, b.get("content") or {})

    def media(self, op: str, direction: str, label: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        for media in sorted(old.keys() - new.keys()):
            self.add(op, f"{direction}.media.removed", f"{label} content type {media} removed")
        for media in sorted(new.keys() - old.keys()):
            self.add(op, f"{direction}.media.added", f"{label} content type {media} added")
        for media in sorted(old.keys() & new.keys()):
            suffix = "" if media == "application/json" or len(old) == 1 else f" ({media})"
            schema_a, schema_b = (old[media] or {}).get("schema"), (new[media] or {}).get("schema")
            if schema_a is not None or schema_b is not None:
                self.schema(op, direction, label + suffix, path="", old=schema_a, new=schema_b, seen=frozenset())

    def responses(self, op: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        for status in sorted(old.keys() - new.keys()):
            kind = "status.success.removed" if str(status).startswith("2") else "status.error.removed"
            self.add(op, kind, f"status {status} removed")
        for status in sorted(new.keys() - old.keys()):
            kind = "status.success.added" if str(status).startswith("2") else "status.error.added"
            self.add(op, kind, f"status {status} added")
        for status in sorted(old.keys() & new.keys()):
            a, b = _resolve(self.old, old[status]) or {}, _resolve(self.new, new[status]) or {}
            self.media(op, "response", f"response {status}", a.get("content") or {}, b.get("content") or {})

    def security(self, op: str, old: Spec, new: Spec) -> None:
        before, after = _security(self.old, old), _security(self.new, new)
        if before == after:
            return
        if before <= after:
            for alternative in sorted(after - before, key=sorted):
                self.add(op, "auth.alternative.added", f"auth alternative {_auth_text(alternative)} added")
        else:
            was = " or ".join(_auth_text(a) for a in sorted(before, key=sorted)) or "none"
            now = " or ".join(_auth_text(a) for a in sorted(after, key=sorted)) or "none"
            self.add(op, "auth.changed", f"auth changed: {was} -> {now}")

    def schemes(self) -> None:
        old = (self.old.get("components") or {}).get("securitySchemes") or {}
        new = (self.new.get("components") or {}).get("securitySchemes") or {}
        for name in sorted(old.keys() - new.keys()):
            self.add("security", "auth.scheme.removed", f"security scheme `{name}` removed")
        for name in sorted(old.keys() & new.keys()):
            a, b = _resolve(self.old, old[name]), _resolve(self.new, new[name])
            for key in ("type", "scheme", "in", "name", "bearerFormat"):
                if a.get(key) != b.get(key):
                    change = f"{a.get(key)} -> {b.get(key)}"
                    self.add("security", "auth.scheme.changed", f"security scheme `{name}` {key}: {change}")

    def webhooks(self) -> None:
        """Webhook payloads are read like responses (``parse_webhook`` decodes them with the same models)."""
        before, after = _webhooks(self.old), _webhooks(self.new)
        for key in sorted(before.keys() - after.keys()):
            self.add(f"webhook {key}", "webhook.removed", "webhook removed")
        for key in sorted(after.keys() - before.keys()):
            self.add(f"webhook {key}", "webhook.added", "webhook added")
        for key in sorted(before.keys() & after.keys()):
            a = (_resolve(self.old, before[key].get("requestBody")) or {}).get("content") or {}
            b = (_resolve(self.new, after[key].get("requestBody")) or {}).get("content") or {}
            self.media(f"webhook {key}", "response", "payload", a, b)

    def run(self) -> list[Change]:
        before, after = _operations(self.old), _operations(self.new)
        by_route_new = {(m, _route(p)): oid for oid, (m, p, _, _) in after.items()}
        pairs: list[tuple[str, str]] = [(oid, oid) for oid in before if oid in after]
        for oid, (method, path, _, _) in before.items():
            twin = by_route_new.get((method, _route(path)))
            if oid not in after and twin is not None and twin not in before:
                pairs.append((oid, twin))
        matched_old = {a for a, _ in pairs}
        matched_new = {b for _, b in pairs}
        for oid in sorted(before.keys() - matched_old):
            method, path, _, _ = before[oid]
            self.add(f"{oid} ({method.upper()} {path})", "operation.removed", "operation removed")
        for oid in sorted(after.keys() - matched_new):
            method, path, _, _ = after[oid]
            self.add(f"{oid} ({method.upper()} {path})", "operation.added", "operation added")
        for old_id, new_id in sorted(pairs):
            m1, p1, item1, op1 = before[old_id]
            m2, p2, item2, op2 = after[new_id]
            name = f"{new_id} ({m2.upper()} {p2})"
            if old_id != new_id:
                self.add(name, "operation.renamed", f"operationId `{old_id}` renamed to `{new_id}`")
            if (m1, p1) != (m2, p2):
                self.add(name, "operation.moved", f"moved from {m1.upper()} {p1}")
            self.parameters(name, (item1, op1), (item2, op2))
            self.request_body(name, op1.get("requestBody"), op2.get("requestBody"))
            self.responses(name, op1.get("responses") or {}, op2.get("responses") or {})
            self.security(name, op1, op2)
        self.schemes()
        self.webhooks()
        return sorted(set(self.changes), key=lambda c: (not c.breaking, c.operation, c.kind, c.detail))


def _route(path: str) -> str:
    parts = path.split("/")
    return "/".join("{}" if part.startswith("{") else part for part in parts)


def _operations(spec: Spec) -> dict[str, tuple[str, str, Spec, Spec]]:
    found: dict[str, tuple[str, str, Spec, Spec]] = {}
    for path, item in (spec.get("paths") or {}).items():
        resolved = _resolve(spec, item) or {}
        for method in METHODS:
            op = resolved.get(method)
            if isinstance(op, Mapping):
                found[op.get("operationId") or f"{method} {path}"] = (method, path, resolved, op)
    return found


def _webhooks(spec: Spec) -> dict[str, Spec]:
    found: dict[str, Spec] = {}
    for name, item in (spec.get("webhooks") or {}).items():
        resolved = _resolve(spec, item) or {}
        for method in METHODS:
            if isinstance(resolved.get(method), Mapping):
                found[f"{name} ({method.upper()})"] = resolved[method]
    return found


def _parameters(spec: Spec, item: Spec, op: Spec) -> dict[tuple[str, str], Spec]:
    found: dict[tuple[str, str], Spec] = {}
    for raw in [*(item.get("parameters") or ()), *(op.get("parameters") or ())]:
        param = _resolve(spec, raw)
        if isinstance(param, Mapping) and "name" in param:
            found[(param.get("in", "query"), param["name"])] = param
    return found


def _security(spec: Spec, op: Spec) -> frozenset[frozenset[str]]:
    requirements = op.get("security", spec.get("security")) or []
    return frozenset(
        frozenset(f"{name}{'[' + ','.join(sorted(scopes)) + ']' if scopes else ''}" for name, scopes in req.items())
        for req in requirements
    )


def _auth_text(alternative: frozenset[str]) -> str:
    return " + ".join(sorted(alternative)) or "anonymous"


def compare(old: Spec | None, new: Spec) -> list[Change]:
    """Every change from ``old`` to ``new``, breaking ones first; ``old=None`` (a new vendor) adds everything."""
    if old is None:
        old = {"openapi": new.get("openapi"), "paths": {}, "components": {}}
    return _Differ(old, new).run()


def count(changes: list[Change]) -> tuple[int, int]:
    """How many of ``changes`` are breaking and how many compatible."""
    breaking = sum(1 for c in changes if c.breaking)
    return breaking, len(changes) - breaking


def iter_kinds() -> Iterator[str]:
    """Every change kind the comparison reports."""
    yield from RULES
