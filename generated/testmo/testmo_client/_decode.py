# Generated from specs/testmo/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/testmo/GENERATED.json.
"""Checked decoding helpers used by every model's ``from_dict``.

Every failure raises :class:`testmo_client.errors.DecodeError`, naming the model, the field path and the value.
"""

from __future__ import annotations

import datetime
import gc
import sys
import threading
import uuid
from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any, Protocol, TypeVar

import orjson

from .errors import MISSING, DecodeError

E = TypeVar("E", bound=Enum)
M = TypeVar("M")
M_co = TypeVar("M_co", covariant=True)
V = TypeVar("V")


class _Decodable(Protocol[M_co]):
    def from_dict(self, src_dict: Mapping[str, Any], /) -> M_co: ...


GC_PAUSE_BYTES = 1 << 20
"""Bodies at least this large are decoded with the cyclic garbage collector paused (see :class:`gc_paused_for`)."""

_gc_lock = threading.Lock()
_gc_pauses = 0
_gc_was_enabled = False


class gc_paused_for:  # noqa: N801 - used like a function: ``with gc_paused_for(response.content): ...``
    """Pause the cyclic garbage collector while a large body (``GC_PAUSE_BYTES`` or more) is decoded.

    Decoding a big page builds hundreds of thousands of objects, none of them garbage; each young-generation
    collection that this triggers walks the whole growing tree again, and on CPython 3.11 that costs as much as the
    decoding itself. Paused sections nest and may overlap across threads: the collector is re-enabled (if it was
    enabled before the first) when the last one ends, and any cycles made meanwhile are collected then.
    """

    __slots__ = ("_pause",)

    def __init__(self, body: bytes) -> None:
        self._pause = len(body) >= GC_PAUSE_BYTES

    def __enter__(self) -> None:
        global _gc_pauses, _gc_was_enabled  # noqa: PLW0603 - one process-wide collector, one counter
        if self._pause:
            with _gc_lock:
                if _gc_pauses == 0:
                    _gc_was_enabled = gc.isenabled()
                    gc.disable()
                _gc_pauses += 1

    def __exit__(self, *_: object) -> None:
        global _gc_pauses  # noqa: PLW0603
        if self._pause:
            with _gc_lock:
                _gc_pauses -= 1
                if _gc_pauses == 0 and _gc_was_enabled:
                    gc.enable()


def parsed_keys(*names: str) -> tuple[str, ...]:
    """``names`` as the str objects that ``orjson.loads`` makes the keys of the objects it parses.

    orjson hands out one str object per key text (from its key cache), and its objects look a key up by identity
    before comparing text: ``from_dict`` reading a member with the very object skips a string comparison per member.
    Should the cache hold another object later, lookups compare text again: as fast as with literals, and as right.
    """
    return tuple(orjson.loads(orjson.dumps(dict.fromkeys(names, 0))))


def fail(model: str, field: str, value: Any, expected: str) -> DecodeError:
    """The error for ``model.field`` holding ``value`` where ``expected`` was due."""
    return DecodeError(model, field, value, expected)


def check_object(model: str, value: Any) -> Mapping[str, Any]:
    """``value`` itself, when it is a JSON object."""
    if isinstance(value, Mapping):
        return value
    raise DecodeError(model, "", value, "object")


parse_datetime = datetime.datetime.fromisoformat
"""What generated code calls for a date-time inline (``TypeError`` on a non-string, ``ValueError`` on a bad one)."""
parse_date = datetime.date.fromisoformat
"""What generated code calls for a date inline (``TypeError`` on a non-string, ``ValueError`` on a bad one)."""


def as_datetime(model: str, field: str, value: Any) -> datetime.datetime:
    """An ISO 8601 timestamp (``Z`` accepted, as Python 3.11's ``fromisoformat`` does)."""
    if value.__class__ is str:
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            pass
    raise DecodeError(model, field, value, "ISO 8601 date-time")


def as_date(model: str, field: str, value: Any) -> datetime.date:
    """An ISO 8601 calendar date."""
    if value.__class__ is str:
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
    raise DecodeError(model, field, value, "ISO 8601 date")


def as_uuid(model: str, field: str, value: Any) -> uuid.UUID:
    """A UUID in any form ``uuid.UUID`` accepts."""
    if value.__class__ is str:
        try:
            return uuid.UUID(value)
        except ValueError:
            pass
    raise DecodeError(model, field, value, "UUID")


def as_float(model: str, field: str, value: Any) -> float:
    """A JSON number; integers widen to float, booleans are refused."""
    cls = value.__class__
    if cls is float:
        return value  # type: ignore[no-any-return]
    if cls is int:
        return float(value)
    raise DecodeError(model, field, value, "number")


class _MembersByValue(dict[type[Enum], dict[Any, Any]]):
    """Each enum's value-to-member map, read once (on first use): looking it up on the enum class costs more."""

    def __missing__(self, enum: type[Enum]) -> dict[Any, Any]:
        members = self[enum] = dict(enum._value2member_map_)
        return members


ENUM_MEMBERS = _MembersByValue()
"""``ENUM_MEMBERS[enum][value]`` is the member of ``enum`` whose value is ``value`` (what generated code looks up)."""


def as_enum(enum: type[E], model: str, field: str, value: Any) -> E:
    """The member of ``enum`` whose value is ``value`` (exact JSON type, so ``true`` is not ``1``)."""
    try:
        member = ENUM_MEMBERS[enum].get(value)
    except TypeError:  # an unhashable JSON value (array, object)
        member = None
    # _value_ is a plain attribute; Enum.value is a descriptor, several times slower on this hot path.
    if member is not None and value.__class__ is member._value_.__class__:
        return member  # type: ignore[no-any-return]
    raise enum_failure(enum, model, field, value)


def enum_failure(enum: type[Enum], model: str, field: str, value: Any) -> DecodeError:
    """The error for ``model.field`` holding ``value``, which is not a value of ``enum``."""
    return DecodeError(model, field, value, f"one of {[m.value for m in enum]}")


def as_literal(values: frozenset[Any], model: str, field: str, value: Any) -> Any:
    """``value`` when it is one of the allowed literal ``values``, of the same JSON type (so ``true`` is not ``1``)."""
    try:
        if value in values and any(value.__class__ is allowed.__class__ and value == allowed for allowed in values):
            return value
    except TypeError:  # an unhashable JSON value (array, object)
        pass
    raise DecodeError(model, field, value, f"one of {sorted(values, key=str)}")


def as_model(cls: _Decodable[M], model: str, field: str, value: Any) -> M:
    """A nested model; errors inside it are reported under ``model.field``."""
    try:
        return cls.from_dict(value)
    except DecodeError as error:
        raise error.within(model, field) from None


def resemblance(value: Any, cls: type, constants: Mapping[str, Any]) -> int:
    """How much ``value`` looks like a ``cls`` object, for a union whose every variant refused it.

    2: an object holding every constant member of ``cls`` (its discriminator, e.g. ``step_type: request``) with its
    value; 1: an object with a member ``cls`` knows (any object, when ``cls`` names no members: a map); 0: neither.
    """
    if value.__class__ is not dict:
        return 0
    if constants and all(value.get(key, MISSING) == const for key, const in constants.items()):
        return 2
    # The member names are the model module's _KNOWN_KEYS; read only here, once decoding has failed.
    known: frozenset[str] = getattr(sys.modules[cls.__module__], "_KNOWN_KEYS", frozenset())
    return 1 if not known or not known.isdisjoint(value) else 0


def items_resemblance(value: Any, cls: type, constants: Mapping[str, Any]) -> int:
    """For a variant that is an array of ``cls``: 1 when ``value`` is an array with an item resembling ``cls``."""
    if value.__class__ is not list:
        return 0
    return 1 if any(resemblance(item, cls, constants) for item in value) else 0


def _depth(path: str) -> int:
    return path.count(".") + path.count("[")


def union_failure(
    refusals: list[tuple[int, DecodeError]], model: str, field: str, value: Any, expected: str
) -> DecodeError:
    """The error for ``model.field`` when every variant of a oneOf/anyOf (or of ``X | null``) refused ``value``.

    ``refusals`` holds, per variant in order, how much ``value`` resembles it (:func:`resemblance`) and the
    variant's error. Reported is the error of the first variant named by its constants; else the deepest one of a
    variant ``value`` resembles (the one it was meant to be, wrong inside); else one naming every variant, here.
    """
    for rank, error in refusals:
        if rank == 2:
            return error
    alike = [error for rank, error in refusals if rank == 1 and _depth(error.field) > _depth(field)]
    if alike:
        return max(alike, key=lambda error: _depth(error.field))
    return DecodeError(model, field, value, expected)


def as_list(model: str, field: str, value: Any) -> list[Any]:
    """``value`` itself, when it is a JSON array."""
    if value.__class__ is list:
        return value
    raise DecodeError(model, field, value, "array")


def list_of_models(cls: _Decodable[M], model: str, field: str, value: Any) -> list[M]:
    """A JSON array of objects decoded with ``cls.from_dict``."""
    if value.__class__ is not list:
        raise DecodeError(model, field, value, "array")
    try:
        return [*map(cls.from_dict, value)]
    except DecodeError:
        raise item_failure(cls, model, field, value) from None


def item_failure(cls: _Decodable[Any], model: str, field: str, value: list[Any]) -> DecodeError:
    """The error of the first item of ``value`` that ``cls.from_dict`` refuses, named ``model.field[index]``.

    Called only once decoding the array has failed, to find and name the culprit.
    """
    for index, item in enumerate(value):
        try:
            cls.from_dict(item)
        except DecodeError as error:
            return error.within(model, f"{field}[{index}]")
    raise AssertionError("unreachable")  # pragma: no cover


def list_of(kind: type, expected: str, model: str, field: str, value: Any) -> list[Any]:
    """A JSON array whose items all have the exact JSON type ``kind``."""
    if value.__class__ is not list:
        raise DecodeError(model, field, value, "array")
    for item in value:
        if item.__class__ is not kind:
            break
    else:
        return value
    index = next(i for i, item in enumerate(value) if item.__class__ is not kind)  # only on failure: name it
    raise DecodeError(model, f"{field}[{index}]", value[index], expected)


def list_map(decode: Callable[[str, str, Any], V], model: str, field: str, value: Any) -> list[V]:
    """A JSON array whose items are each decoded by ``decode(model, field, item)``."""
    if value.__class__ is not list:
        raise DecodeError(model, field, value, "array")
    return [decode(model, f"{field}[{index}]", item) for index, item in enumerate(value)]


def extra_keys(src: Mapping[str, Any], known: frozenset[str]) -> dict[str, Any]:
    """The members of ``src`` that the schema does not name."""
    if len(src) <= len(known) and src.keys() <= known:
        return {}
    return {key: src[key] for key in src.keys() - known}


__all__ = [
    "ENUM_MEMBERS",
    "GC_PAUSE_BYTES",
    "MISSING",
    "as_date",
    "as_datetime",
    "as_enum",
    "as_float",
    "as_list",
    "as_literal",
    "as_model",
    "as_uuid",
    "check_object",
    "enum_failure",
    "extra_keys",
    "fail",
    "gc_paused_for",
    "item_failure",
    "items_resemblance",
    "list_map",
    "list_of",
    "list_of_models",
    "parse_date",
    "parse_datetime",
    "parsed_keys",
    "resemblance",
    "union_failure",
]
