"""Checks of the arguments users pass to vendor helpers, before any request: one clear error naming the argument.

A wrong type raises :class:`TypeError`, a wrong value :class:`ValueError`, as Python's own functions do; the message
says which argument, what it takes and what it got (never a credential: these are not used on secrets)::

    project_id = positive_int("project_id", project_id)     # ValueError: project_id must be >= 1, got 0
    tags = items_of("tags", tags, str)                      # TypeError: tags must be a list of str, not str
    order = one_of("order", order, ("asc", "desc"))         # ValueError: order must be one of 'asc', 'desc', ...
"""

from __future__ import annotations

import datetime
from collections.abc import Collection, Iterable
from typing import Any, TypeVar

__all__ = ["aware_datetime", "items_of", "non_empty_str", "one_of", "positive_int"]

T = TypeVar("T")


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def positive_int(name: str, value: object, *, minimum: int = 1) -> int:
    """``value`` when it is an ``int`` (not a ``bool``) of at least ``minimum``."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{name} must be an int, got {type(value).__name__} {_shown(value)}")
    if value < minimum:
        raise ValueError(f"{name} must be >= {minimum}, got {value}")
    return value


def non_empty_str(name: str, value: object) -> str:
    """``value`` when it is a ``str`` with something in it besides spaces."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, got {type(value).__name__} {_shown(value)}")
    if not value.strip():
        raise ValueError(f"{name} must not be empty")
    return value


def one_of(name: str, value: T, choices: Collection[Any]) -> T:
    """``value`` when it is one of ``choices`` (compared by equality, so an ``IntEnum`` member matches its value)."""
    try:
        found = value in choices
    except TypeError:  # unhashable
        found = False
    if not found or isinstance(value, bool):
        listed = ", ".join(repr(getattr(choice, "value", choice)) for choice in choices)
        raise ValueError(f"{name} must be one of {listed}; got {_shown(value)}")
    return value


def items_of(name: str, values: object, kind: type[T] | tuple[type[T], ...]) -> list[T]:
    """``values`` as a list, when it is an iterable (not a lone ``str`` or ``bytes``) of ``kind`` items."""
    kinds = kind if isinstance(kind, tuple) else (kind,)
    expected = " or ".join(k.__name__ for k in kinds)
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise TypeError(f"{name} must be a list of {expected}, not {type(values).__name__}")
    items = list(values)
    for index, item in enumerate(items):
        if not isinstance(item, kinds) or (isinstance(item, bool) and bool not in kinds):
            raise TypeError(f"{name}[{index}] must be {expected}, got {type(item).__name__} {_shown(item)}")
    return items


def aware_datetime(name: str, value: object) -> datetime.datetime:
    """``value`` when it is a timezone-aware :class:`datetime.datetime` (a naive one has no defined instant)."""
    if not isinstance(value, datetime.datetime):
        raise TypeError(f"{name} must be a datetime, got {type(value).__name__} {_shown(value)}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware (e.g. datetime(..., tzinfo=UTC)), got {value.isoformat()}")
    return value
