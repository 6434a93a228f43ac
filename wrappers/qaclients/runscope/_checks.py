"""Every public helper's arguments checked before any request, from its annotations: one ``TypeError`` or
``ValueError`` naming the argument (the core's :mod:`~qaclients.core._arguments` checks do the work).

    @checked
    def bucket(bucket_key: str, *, utilization_over: int | None = None) -> Call[Bucket]: ...

    bucket("")           # ValueError: bucket_key must not be empty
    bucket(7)            # TypeError: bucket_key must be a str, got int 7

What an annotation says is checked: ``str`` (not empty), ``int`` (>= 1; ``max_items`` and ``utilization_over``
may be 0), ``float``, dates, an enum or its value, lists of ``str``, mappings. Anything else (models, steps) is left
to the generated models.
"""

from __future__ import annotations

import datetime
import enum
import functools
import inspect
import types
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

from qaclients.core import items_of, non_empty_str, one_of, positive_int

__all__ = ["checked"]

F = TypeVar("F", bound=Callable[..., Any])
Check = Callable[[str, Any], None]


def _number(name: str, value: Any) -> None:
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise TypeError(f"{name} must be a number, got {type(value).__name__} {value!r:.60}")


def _date(name: str, value: Any) -> None:
    if not isinstance(value, datetime.date):
        raise TypeError(f"{name} must be a datetime.date, got {type(value).__name__} {value!r:.60}")


def _mapping(name: str, value: Any) -> None:
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a mapping, got {type(value).__name__}")


def _enum(kind: type[enum.Enum]) -> Check:
    values = [member.value for member in kind]

    def check(name: str, value: Any) -> None:
        if not isinstance(value, str):
            raise TypeError(f"{name} must be a {kind.__name__} or str, got {type(value).__name__} {value!r:.60}")
        one_of(name, str(value), values)

    return check


def _strings(name: str, value: Any) -> None:
    for index, item in enumerate(items_of(name, value, str)):
        non_empty_str(f"{name}[{index}]", item)


def _check_for(hint: Any) -> Check | None:
    """The check an annotation asks for (``None``: nothing to check here)."""
    if typing.get_origin(hint) in (types.UnionType, typing.Union):
        args = typing.get_args(hint)
        rest = [arg for arg in args if arg is not type(None)]
        if len(rest) < len(args):  # optional: None is fine, anything else is checked
            inner = _check_for(rest[0] if len(rest) == 1 else _union(rest))
            return None if inner is None else _or_none(inner)
        enums = [arg for arg in rest if isinstance(arg, type) and issubclass(arg, enum.Enum)]
        return _enum(enums[0]) if enums and set(rest) <= {*enums, str} else None
    simple: dict[Any, Check] = {str: _text, int: _positive, float: _number, datetime.date: _date}
    if hint in simple:
        return simple[hint]
    origin = typing.get_origin(hint)
    if origin in (Iterable, Sequence, list) and typing.get_args(hint) == (str,):
        return _strings
    return _mapping if origin is Mapping else None


def _union(args: list[Any]) -> Any:
    return functools.reduce(lambda left, right: left | right, args)


def _or_none(check: Check) -> Check:
    def either(name: str, value: Any) -> None:
        if value is not None:
            check(name, value)

    return either


def _text(name: str, value: Any) -> None:
    non_empty_str(name, value)


ZERO_ALLOWED = frozenset({"max_items", "utilization_over"})
"""The counts that may be 0 (no items; any utilization); every other count is at least 1."""


def _positive(name: str, value: Any) -> None:
    positive_int(name, value, minimum=0 if name in ZERO_ALLOWED else 1)


def checked(builder: F) -> F:
    """``builder`` checking each annotated argument first (see the module docstring)."""
    try:
        hints = typing.get_type_hints(builder)
    except (NameError, TypeError):  # an annotation only a type checker can resolve: nothing to check
        return builder
    signature = inspect.signature(builder)
    checks = {name: check for name, hint in hints.items() if name != "return" and (check := _check_for(hint))}

    @functools.wraps(builder)
    def run(*args: Any, **kwargs: Any) -> Any:
        bound = signature.bind(*args, **kwargs)
        for name, value in bound.arguments.items():
            check = checks.get(name)
            if check is not None:
                check(name, value)
        return builder(*args, **kwargs)

    return typing.cast(F, run)
