"""Checks of the arguments users pass to vendor helpers, before any request: one clear error naming the argument.

A wrong type raises :class:`TypeError`, a wrong value :class:`ValueError`, as Python's own functions do; the message
says which argument, what it takes and what it got (never a credential: these are not used on secrets)::

    project_id = positive_int("project_id", project_id)     # ValueError: project_id must be >= 1, got 0
    tags = items_of("tags", tags, str)                      # TypeError: tags must be a list of str, not str
    order = one_of("order", order, ("asc", "desc"))         # ValueError: order must be one of 'asc', 'desc', ...

A vendor with many helpers can declare the checks by argument name once and put them on its client classes with
:func:`checked_arguments`: every public method then checks the arguments it was given before it runs.
"""

from __future__ import annotations

import datetime
import functools
import inspect
from collections.abc import Callable, Collection, Iterable, Mapping
from typing import Any, TypeVar

__all__ = [
    "ArgumentCheck",
    "aware_datetime",
    "checked_arguments",
    "items_of",
    "non_empty_str",
    "one_of",
    "positive_int",
]

T = TypeVar("T")
C = TypeVar("C", bound=type)

ArgumentCheck = Callable[[str, Any], Any]
"""``check(name, value)``: the value to use (the same, or a list for an iterable), or a TypeError/ValueError."""


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


def _rule(name: str, rules: Mapping[str, ArgumentCheck], suffixes: Mapping[str, ArgumentCheck]) -> ArgumentCheck | None:
    if name in rules:
        return rules[name]
    return next((check for suffix, check in suffixes.items() if name.endswith(suffix)), None)


def _checker(
    function: Callable[..., Any], rules: Mapping[str, ArgumentCheck], suffixes: Mapping[str, ArgumentCheck]
) -> Callable[[tuple[Any, ...], dict[str, Any]], tuple[tuple[Any, ...], dict[str, Any]]] | None:
    signature = inspect.signature(function)
    names = [p.name for p in signature.parameters.values() if p.kind is not p.VAR_KEYWORD]
    if not any(_rule(n, rules, suffixes) for n in names) and not any(
        p.kind is p.VAR_KEYWORD for p in signature.parameters.values()
    ):
        return None

    def check(args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[tuple[Any, ...], dict[str, Any]]:
        bound = signature.bind(*args, **kwargs)  # a wrong call raises TypeError as it would have anyway
        for name, value in list(bound.arguments.items()):
            parameter = signature.parameters[name]
            if parameter.kind is parameter.VAR_KEYWORD:
                for key, item in list(value.items()):
                    rule = _rule(key, rules, suffixes)
                    if rule is not None and item is not None:
                        value[key] = rule(key, item)
                continue
            rule = _rule(name, rules, suffixes)
            if rule is not None and value is not None:
                bound.arguments[name] = rule(name, value)
        return bound.args, bound.kwargs

    return check


def _wrap(function: Callable[..., Any], check: Callable[..., tuple[tuple[Any, ...], dict[str, Any]]]) -> Any:
    if inspect.iscoroutinefunction(function):

        @functools.wraps(function)
        async def checked_async(*args: Any, **kwargs: Any) -> Any:
            args, kwargs = check(args, kwargs)
            return await function(*args, **kwargs)

        return checked_async

    @functools.wraps(function)
    def checked(*args: Any, **kwargs: Any) -> Any:
        args, kwargs = check(args, kwargs)
        return function(*args, **kwargs)

    return checked


def checked_arguments(
    rules: Mapping[str, ArgumentCheck], *, suffixes: Mapping[str, ArgumentCheck] | None = None
) -> Callable[[C], C]:
    """A class decorator: each public method (inherited ones too) checks the arguments it is given before it runs.

    An argument (or a ``**kwargs`` entry) named in ``rules``, or whose name ends in a key of ``suffixes``
    (``"_id"``), goes through that check; ``None`` passes (it means "not given"), defaults are not checked. An async
    method raises when awaited, as its own checks would.
    """
    ends = dict(suffixes or {})

    def decorate(cls: C) -> C:
        for name in dir(cls):
            if name.startswith("_"):
                continue
            static = inspect.getattr_static(cls, name)
            if isinstance(static, staticmethod | classmethod | property) or not inspect.isfunction(static):
                continue
            check = _checker(static, rules, ends)
            if check is not None:
                setattr(cls, name, _wrap(static, check))
        return cls

    return decorate
