"""Requests and responses checked against an :class:`~qaclients_fakes._spec.Operation`. Pure: bytes in, verdict out.

A request either passes (:class:`Checked`, parameters read into their JSON types) or is refused (:class:`Invalid`,
``malformed`` when it cannot be read at all, ``invalid`` when it breaks the schema; the fake turns those into the
vendor's 400 and 422). Field names in ``errors`` are dotted paths (``tests.0.key``), as Laravel-style APIs report
them. A response yields a list of problems, empty when it conforms.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import jsonschema_rs

from ._spec import MediaType, Operation, Parameter

__all__ = ["Checked", "Invalid", "check_request", "check_response"]

_INTEGER = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
_MESSAGE_LIMIT = 200


@dataclass(frozen=True, slots=True)
class Checked:
    """A request that conforms: parameters in their JSON types, the decoded JSON body (``None`` if there is none)."""

    path_params: dict[str, Any]
    query: dict[str, Any]
    json: Any = None


@dataclass(frozen=True, slots=True)
class Invalid:
    """A refused request: ``malformed`` (unreadable) or ``invalid`` (breaks the spec), with messages per field."""

    kind: Literal["malformed", "invalid"]
    message: str
    errors: dict[str, list[str]] = field(default_factory=dict)


def check_request(
    op: Operation,
    path_params: Mapping[str, str],
    query: Sequence[tuple[str, str]],
    headers: Mapping[str, str],
    body: bytes,
    *,
    reject_unknown_query: bool = True,
) -> Checked | Invalid:
    """Check one request. ``headers`` have lower-case names; ``query`` is the decoded pairs in order.

    An undocumented query parameter is refused unless ``reject_unknown_query`` is false: real servers often ignore
    one, but a fake that refuses it catches a misspelled filter that would silently filter nothing.
    """
    errors: dict[str, list[str]] = {}
    read: dict[str, dict[str, Any]] = {"path": {}, "query": {}, "header": {}}
    sources: dict[str, Mapping[str, list[str]]] = {
        "path": {name: [value] for name, value in path_params.items()},
        "query": _multi(query),
        "header": {name.lower(): [value] for name, value in headers.items()},
    }
    documented = {param.name for param in op.parameters if param.location == "query"}
    for param in op.parameters:
        if param.location not in sources:
            continue  # cookie parameters: no vendor of ours uses them
        if param.location == "query" and "object" in param.types and param.explode:
            # A free-form object (style form, explode): every undocumented query pair is one of its members.
            members = {name: values[-1] for name, values in sources["query"].items() if name not in documented}
            problems = [
                f"The {param.name} fields are invalid: {_short(e.message)}."
                for e in param.validator.iter_errors(members)
            ]
            if problems:
                errors[param.name] = problems
            elif members:
                read["query"][param.name] = members
            continue
        key = param.name.lower() if param.location == "header" else param.name
        values = sources[param.location].get(key)
        if not values:
            if param.required:
                errors[param.name] = [f"The {param.name} field is required."]
            continue
        value, problems = _read(param, values)
        if problems:
            errors[param.name] = problems
        else:
            read[param.location][param.name] = value
    free_form = any(p.location == "query" and "object" in p.types and p.explode for p in op.parameters)
    if reject_unknown_query and not free_form:
        for name in sources["query"].keys() - documented:
            errors[name or "(empty)"] = [f"The query parameter {name!r} is not documented for this operation."]
    document: Any = None
    if op.body is not None:
        outcome = _body(op, headers.get("content-type"), body)
        if isinstance(outcome, Invalid):
            if outcome.kind == "malformed":
                return outcome
            errors.update(outcome.errors)
        else:
            document = outcome
    if errors:
        return Invalid("invalid", _summary(errors), errors)
    return Checked(read["path"], read["query"], document)


def check_response(op: Operation, status: int, content_type: str | None, body: bytes) -> list[str]:
    """Every way a response breaks the operation's documented responses (status, media type, body schema)."""
    documented = op.response(status)
    if documented is None:
        return [f"status {status} is not documented for {op.id} (documented: {', '.join(op.responses)})"]
    if not documented:
        return [f"status {status} of {op.id} documents no body, but {len(body)} bytes were sent"] if body else []
    if content_type is None:
        return [f"status {status} of {op.id} documents a body but the response has no Content-Type"]
    media = _media_for(documented, content_type)
    if media is None:
        names = ", ".join(m.name for m in documented)
        return [f"Content-Type {content_type!r} is not documented for {op.id} {status} (documented: {names})"]
    if not media.is_json or media.validator is None:
        return []
    try:
        document = _loads(body)
    except ValueError as exc:
        return [f"{op.id} {status}: body is not JSON ({exc})"]
    return [
        f"{op.id} {status}: {_path(e) or '(root)'}: {_short(e.message)}" for e in media.validator.iter_errors(document)
    ]


def _multi(pairs: Sequence[tuple[str, str]]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for name, value in pairs:
        found.setdefault(name, []).append(value)
    return found


def _read(param: Parameter, values: list[str]) -> tuple[Any, list[str]]:
    """Read a parameter off the wire into its JSON type, then validate it."""
    value: Any
    if "array" in param.types:
        raw = values if param.explode else [part for text in values for part in text.split(",")]
        value = [_scalar(text, param.item_types) for text in raw]
    elif len(values) > 1:
        return None, [f"The {param.name} field must be given once."]
    else:
        value = _scalar(values[0], param.types)
    problems = [f"The {param.name} field is invalid: {_short(e.message)}." for e in param.validator.iter_errors(value)]
    return value, problems


def _scalar(text: str, types: frozenset[str]) -> Any:
    """The JSON value a string stands for, given the types the schema allows; left as a string when none fits."""
    if "integer" in types and _INTEGER.fullmatch(text):
        return int(text)
    if "number" in types and _NUMBER.fullmatch(text):
        number = float(text)
        if math.isfinite(number):
            return int(number) if number.is_integer() and _INTEGER.fullmatch(text) else number
    if "boolean" in types and text in ("true", "false"):
        return text == "true"
    if "null" in types and text == "null":
        return None
    return text


def _body(op: Operation, content_type: str | None, body: bytes) -> Any:
    assert op.body is not None
    if not body:
        if op.body.required:
            return Invalid("invalid", "A request body is required.", {"body": ["A request body is required."]})
        return None
    media = _media_for(op.body.media, content_type) if content_type else None
    if media is None:
        expected = " or ".join(m.name for m in op.body.media)
        return Invalid("malformed", f"Unsupported Content-Type {content_type!r}: send {expected}.")
    if not media.is_json:
        return None
    try:
        document = _loads(body)
    except ValueError as exc:
        return Invalid("malformed", f"The request body is not valid JSON: {exc}.")
    if media.validator is None:
        return document
    errors: dict[str, list[str]] = {}
    for error in media.validator.iter_errors(document):
        key = _path(error) or "body"
        if isinstance(error.kind, jsonschema_rs.ValidationErrorKind.Required):
            errors.setdefault(key, []).append(f"The {key} field is required.")
        else:
            errors.setdefault(key, []).append(f"The {key} field is invalid: {_short(error.message)}.")
    return Invalid("invalid", _summary(errors), errors) if errors else document


def _media_for(documented: Sequence[MediaType], content_type: str | None) -> MediaType | None:
    return next((m for m in documented if content_type and m.accepts(content_type)), None)


def _loads(body: bytes) -> Any:
    def refuse(constant: str) -> Any:
        raise ValueError(f"{constant} is not JSON")

    try:
        return json.loads(body.decode("utf-8"), parse_constant=refuse)
    except UnicodeDecodeError as exc:
        raise ValueError("not UTF-8") from exc


def _path(error: jsonschema_rs.ValidationError) -> str:
    """The dotted path of the failing value; for a missing property, the property's own path."""
    parts = [str(part) for part in error.instance_path]
    if isinstance(error.kind, jsonschema_rs.ValidationErrorKind.Required):
        parts.append(error.kind.property)
    return ".".join(parts)


def _summary(errors: Mapping[str, list[str]]) -> str:
    messages = [message for problems in errors.values() for message in problems]
    more = len(messages) - 1
    return messages[0] + (f" (and {more} more error{'s' if more > 1 else ''})" if more else "")


def _short(message: str) -> str:
    return message if len(message) <= _MESSAGE_LIMIT else message[: _MESSAGE_LIMIT - 1] + "…"
