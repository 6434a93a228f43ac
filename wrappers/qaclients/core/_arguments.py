"""Checks of the arguments users pass to vendor helpers, before any request: one clear error naming the argument.

A wrong type raises :class:`TypeError`, a wrong value :class:`ValueError`, as Python's own functions do; the message
says which argument, what it takes and what it got (never a credential: these are not used on secrets)::

    project_id = positive_int("project_id", project_id)     # ValueError: project_id must be >= 1, got 0
    tags = items_of("tags", tags, str)                      # TypeError: tags must be a list of str, not str
    order = one_of("order", order, ("asc", "desc"))         # ValueError: order must be one of 'asc', 'desc', ...

A vendor with many helpers can declare the checks by argument name once and put them on its client classes (or on
single functions) with :func:`checked_arguments`: every public method then checks the arguments it was given before
it runs. With ``by_annotation=True`` an argument no rule names is checked by its annotation (:func:`annotation_check`).
"""

from __future__ import annotations

import builtins
import datetime
import enum
import functools
import inspect
import types
import typing
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import Any, Literal, TypeVar

__all__ = [
    "ArgumentCheck",
    "annotation_check",
    "aware_datetime",
    "boolean",
    "checked_arguments",
    "enum_or_value",
    "instance_of",
    "items_of",
    "mapping",
    "non_empty_str",
    "non_empty_strs",
    "number",
    "one_of",
    "plain_date",
    "positive_int",
]

T = TypeVar("T")
C = TypeVar("C", bound=Callable[..., Any])
NonePolicy = Literal["passes", "if_optional"]

ArgumentCheck = Callable[[str, Any], Any]
"""``check(name, value)``: the value to use (the same, or a list for an iterable), or a TypeError/ValueError."""


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def positive_int(name: str, value: object, *, minimum: int = 1, maximum: int | None = None) -> int:
    """``value`` when it is an ``int`` (not a ``bool``) of at least ``minimum`` (and at most ``maximum``)."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{name} must be an int, got {type(value).__name__} {_shown(value)}")
    if value < minimum:
        raise ValueError(f"{name} must be >= {minimum}, got {value}")
    if maximum is not None and value > maximum:
        raise ValueError(f"{name} must be <= {maximum}, got {value}")
    return value


def boolean(name: str, value: object) -> bool:
    """``value`` when it is a ``bool`` (not ``1`` or ``"yes"``)."""
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be a bool, got {type(value).__name__} {_shown(value)}")
    return value


def number(name: str, value: object) -> float:
    """``value`` when it is an ``int`` or a ``float`` (not a ``bool``)."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise TypeError(f"{name} must be a number, got {type(value).__name__} {_shown(value)}")
    return value


def plain_date(name: str, value: object) -> datetime.date:
    """``value`` when it is a :class:`datetime.date` (a ``datetime`` is one too)."""
    if not isinstance(value, datetime.date):
        raise TypeError(f"{name} must be a datetime.date, got {type(value).__name__} {_shown(value)}")
    return value


def mapping(name: str, value: object) -> Mapping[Any, Any]:
    """``value`` when it is a mapping (a ``dict`` or the like)."""
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a mapping, got {type(value).__name__}")
    return value


def instance_of(*kinds: type) -> ArgumentCheck:
    """A check passing a value of one of ``kinds`` (a ``bool`` only where ``bool`` is one of them)."""
    expected = " or ".join(kind.__name__ for kind in kinds)

    def check(name: str, value: object) -> object:
        if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
            raise TypeError(f"{name} must be {expected}, got {type(value).__name__}")
        return value

    return check


def enum_or_value(kind: type[enum.Enum]) -> ArgumentCheck:
    """A check passing a member of the str enum ``kind``, or one of its values as a ``str``."""
    values = [member.value for member in kind]

    def check(name: str, value: object) -> object:
        if not isinstance(value, str):
            raise TypeError(f"{name} must be a {kind.__name__} or str, got {type(value).__name__} {_shown(value)}")
        one_of(name, str(value), values)
        return value

    return check


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


def non_empty_strs(name: str, values: object) -> list[str]:
    """``values`` as a list, when it is an iterable of non-empty ``str`` (``name[i]`` names a bad item)."""
    return [non_empty_str(f"{name}[{index}]", item) for index, item in enumerate(items_of(name, values, str))]


def aware_datetime(name: str, value: object) -> datetime.datetime:
    """``value`` when it is a timezone-aware :class:`datetime.datetime` (a naive one has no defined instant)."""
    if not isinstance(value, datetime.datetime):
        raise TypeError(f"{name} must be a datetime, got {type(value).__name__} {_shown(value)}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware (e.g. datetime(..., tzinfo=UTC)), got {value.isoformat()}")
    return value


def annotation_check(hint: Any) -> ArgumentCheck | None:
    """The check an annotation asks for, ``None`` when it asks for none (models and the like are left to the code).

    ``str`` is a non-empty str, ``int`` an int >= 1, ``float`` a number, ``datetime.date`` a date, a str enum (or
    ``Enum | str``) a member or its value, an iterable or list of ``str`` non-empty strs, a ``Mapping`` a mapping.
    ``X | None`` asks for the check of ``X`` (whether ``None`` passes is the caller's :data:`NonePolicy`).
    """
    if typing.get_origin(hint) in (types.UnionType, typing.Union):
        args = typing.get_args(hint)
        rest = [arg for arg in args if arg is not type(None)]
        if len(rest) < len(args):
            return annotation_check(rest[0] if len(rest) == 1 else functools.reduce(lambda a, b: a | b, rest))
        enums = [arg for arg in rest if isinstance(arg, type) and issubclass(arg, enum.Enum)]
        return enum_or_value(enums[0]) if enums and set(rest) <= {*enums, str} else None
    simple: dict[Any, ArgumentCheck] = {str: non_empty_str, int: positive_int, float: number, datetime.date: plain_date}
    if hint in simple:
        return simple[hint]
    origin = typing.get_origin(hint)
    if origin in (Iterable, Sequence, list) and typing.get_args(hint) == (str,):
        return non_empty_strs
    return mapping if origin is Mapping else None


class _Unknown(type):
    def __getattr__(cls, name: str) -> Any:  # ``module.Name`` of a module imported for the type checker only
        return cls

    def __getitem__(cls, item: Any) -> Any:  # ``Name[...]``
        return cls


class _Unresolved(metaclass=_Unknown):
    """What a name only a type checker sees (one imported under ``TYPE_CHECKING``) stands for: it asks for no check."""


class _TypeCheckingNames(dict[str, Any]):
    """The function's globals, where a name they lack is :class:`_Unresolved` rather than a ``NameError``."""

    def __missing__(self, name: str) -> Any:
        if name.startswith("__"):  # what tools look up in a frame (``__tracebackhide__``, ...) is not a type's name
            raise KeyError(name)
        return getattr(builtins, name, _Unresolved)


def _hints(function: Callable[..., Any]) -> dict[str, Any]:
    try:
        return typing.get_type_hints(function)
    except NameError:  # a model imported for the type checker only: the other annotations still say what to check
        try:
            return typing.get_type_hints(function, localns=_TypeCheckingNames(getattr(function, "__globals__", {})))
        except Exception:  # whatever else such an annotation does wrong, it asks for no check
            return {}
    except TypeError:  # an annotation only a type checker can resolve: nothing to learn from it
        return {}


def _admits_none(hint: Any) -> bool:
    return hint is None or hint is type(None) or type(None) in typing.get_args(hint)


def _rule(name: str, rules: Mapping[str, ArgumentCheck], suffixes: Mapping[str, ArgumentCheck]) -> ArgumentCheck | None:
    if name in rules:
        return rules[name]
    return next((check for suffix, check in suffixes.items() if name.endswith(suffix)), None)


def _checker(
    function: Callable[..., Any],
    rules: Mapping[str, ArgumentCheck],
    suffixes: Mapping[str, ArgumentCheck],
    *,
    none: NonePolicy = "passes",
    by_annotation: bool = False,
    keywords: bool = True,
) -> Callable[[tuple[Any, ...], dict[str, Any]], tuple[tuple[Any, ...], dict[str, Any]]] | None:
    signature = inspect.signature(function)
    variadic = (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD)
    named = {
        p.name: rule
        for p in signature.parameters.values()
        if p.kind not in variadic and (rule := _rule(p.name, rules, suffixes)) is not None
    }
    extra = next((p.name for p in signature.parameters.values() if p.kind is p.VAR_KEYWORD), None) if keywords else None
    if not named and extra is None and not by_annotation:
        return None
    plan: list[tuple[dict[str, ArgumentCheck], set[str]]] = []

    def prepare() -> tuple[dict[str, ArgumentCheck], set[str]]:
        """The checks and the parameters that may be ``None``: worked out on the first call, not at import."""
        hints = _hints(function) if by_annotation or none == "if_optional" else {}
        checks = dict(named)
        if by_annotation:
            for p in signature.parameters.values():
                if p.kind not in variadic and p.name not in checks and p.name in hints:
                    found = annotation_check(hints[p.name])
                    if found is not None:
                        checks[p.name] = found
        may_be_none = {
            p.name
            for p in signature.parameters.values()
            if none == "passes" or p.default is None or (p.name in hints and _admits_none(hints[p.name]))
        }
        return checks, may_be_none

    def check(args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[tuple[Any, ...], dict[str, Any]]:
        if not plan:
            plan.append(prepare())
        checks, may_be_none = plan[0]
        if not checks and extra is None:
            return args, kwargs
        bound = signature.bind(*args, **kwargs)  # a wrong call raises TypeError as it would have anyway
        arguments = bound.arguments
        for name, value in list(arguments.items()):
            if name == extra:
                for key, item in list(value.items()):
                    rule = _rule(key, rules, suffixes)
                    if rule is not None and item is not None:
                        value[key] = rule(key, item)
                continue
            rule = checks.get(name)
            if rule is not None and (value is not None or name not in may_be_none):
                arguments[name] = rule(name, value)
        return bound.args, bound.kwargs

    return check


_Check = Callable[[tuple[Any, ...], dict[str, Any]], tuple[tuple[Any, ...], dict[str, Any]]]


def _wrap(function: Callable[..., Any], make_check: Callable[[], _Check | None]) -> Any:
    """``function`` checking its arguments first, with the check ``make_check()`` builds on the first call (it reads
    the signature, which is slow to ask for every method of a client at import); ``None``: nothing to check."""
    check: _Check | None = None
    unchecked = False

    def arguments(args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[tuple[Any, ...], dict[str, Any]]:
        nonlocal check, unchecked
        if check is None and not unchecked:
            check = make_check()
            unchecked = check is None
        return (args, kwargs) if check is None else check(args, kwargs)

    if inspect.iscoroutinefunction(function):

        @functools.wraps(function)
        async def checked_async(*args: Any, **kwargs: Any) -> Any:
            args, kwargs = arguments(args, kwargs)
            return await function(*args, **kwargs)

        return checked_async

    @functools.wraps(function)
    def checked(*args: Any, **kwargs: Any) -> Any:
        args, kwargs = arguments(args, kwargs)
        return function(*args, **kwargs)

    return checked


def checked_arguments(
    rules: Mapping[str, ArgumentCheck],
    *,
    suffixes: Mapping[str, ArgumentCheck] | None = None,
    none: NonePolicy = "passes",
    by_annotation: bool = False,
    inherited: bool = True,
    keywords: bool = True,
) -> Callable[[C], C]:
    """A class decorator: each public method (inherited ones too) checks the arguments it is given before it runs;
    on a function, that function does.

    An argument (or a ``**kwargs`` entry) named in ``rules``, or whose name ends in a key of ``suffixes``
    (``"_id"``), goes through that check; defaults are not checked. An async method raises when awaited, as its own
    checks would. What to check is worked out from the signature on a method's first call, not at decoration.

    Args:
        rules: Argument name -> its check.
        suffixes: Name ending -> the check of every argument so named that ``rules`` does not name.
        none: ``"passes"``: ``None`` is never checked (it means "not given"); ``"if_optional"``: only where the
            parameter may be ``None`` (its default is ``None`` or its annotation admits it); elsewhere the check
            sees it, and refuses it. ``**kwargs`` entries that are ``None`` always pass.
        by_annotation: An argument no rule names is checked by its annotation (see :func:`annotation_check`).
        inherited: On a class, ``False`` wraps only the methods the class itself defines.
        keywords: ``False`` leaves ``**kwargs`` entries to the method.
    """
    ends = dict(suffixes or {})
    options: dict[str, Any] = {"none": none, "by_annotation": by_annotation, "keywords": keywords}

    def decorate(target: C) -> C:
        if not isinstance(target, type):
            return typing.cast(C, _wrap(target, functools.partial(_checker, target, rules, ends, **options)))
        for name in dir(target) if inherited else list(vars(target)):
            if name.startswith("_"):
                continue
            static = inspect.getattr_static(target, name)
            if isinstance(static, staticmethod | classmethod | property) or not inspect.isfunction(static):
                continue
            setattr(target, name, _wrap(static, functools.partial(_checker, static, rules, ends, **options)))
        return target

    return decorate
