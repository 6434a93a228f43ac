"""The checks of every public argument, by name, for both clients: one clear ``TypeError``/``ValueError`` naming the
argument before any request (the core checks do the work; this module only says which check goes with which name).

``@checked`` on a client class wraps each public method so that its arguments named in :data:`CHECKS` are checked
as bound; ``None`` passes where the parameter's default is ``None``.
"""

from __future__ import annotations

import functools
import inspect
import uuid
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from stackmoxie_client.models import Cog, Notify, Profile, Role, Scenario, ScenarioDefinition, User

from qaclients.core import PollSchedule, items_of, non_empty_str, one_of, positive_int

__all__ = ["CHECKS", "checked"]

C = TypeVar("C", bound=type)
Check = Callable[[str, Any], object]


def _instance(*kinds: type) -> Check:
    def check(name: str, value: object) -> object:
        if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
            expected = " or ".join(kind.__name__ for kind in kinds)
            raise TypeError(f"{name} must be {expected}, got {type(value).__name__}")
        return value

    return check


def _id_or(kind: type) -> Check:
    def check(name: str, value: object) -> object:
        return value if isinstance(value, kind) else positive_int(name, value)

    return check


def _uuid(name: str, value: object) -> object:
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(non_empty_str(name, value))
    except ValueError as error:
        raise ValueError(f"{name} must be a UUID, got {value!r}") from error


def _callable(name: str, value: object) -> object:
    if not callable(value):
        raise TypeError(f"{name} must be callable, got {type(value).__name__}")
    return value


def _choice(*choices: Any) -> Check:
    return lambda name, value: one_of(name, value, choices)


CHECKS: Mapping[str, Check] = {
    **dict.fromkeys(
        ("scenario_id", "run_id", "log_id", "member_id", "group_id", "connection_id", "folder_id", "schedule_id"),
        positive_int,
    ),
    "interval": positive_int,
    "max_items": lambda name, value: positive_int(name, value, minimum=0),
    "name": non_empty_str,
    "email": non_empty_str,
    "description": _instance(str),
    "continuation_token": non_empty_str,
    "job_id": _uuid,
    "role": _choice(*Role),
    "notify": _choice(*Notify),
    "cog": _choice(*Cog),
    "profile": _choice(*Profile),
    "kind": _choice("all", "linkable", "exposed"),
    "tokens": _instance(Mapping),
    "auth": _instance(Mapping),
    "definition": _instance(ScenarioDefinition, Mapping),
    "members": lambda name, value: items_of(name, value, User),
    "scenario": _id_or(Scenario),
    "with_log": _instance(bool),
    "status_page_is_public": _instance(bool),
    "progress": _callable,
    "poll_schedule": _instance(PollSchedule),
}
"""Argument name -> its check (the core's ``positive_int``, ``non_empty_str``, ``one_of``, ``items_of``, ...)."""


def _wrap(method: Callable[..., Any]) -> Callable[..., Any]:
    signature = inspect.signature(method)
    names = [name for name in signature.parameters if name in CHECKS]
    if not names:
        return method
    optional = {name for name in names if signature.parameters[name].default is None}

    def check(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        bound = signature.bind(*args, **kwargs)
        for name in names:
            if name in bound.arguments and not (name in optional and bound.arguments[name] is None):
                CHECKS[name](name, bound.arguments[name])

    if inspect.iscoroutinefunction(method):

        @functools.wraps(method)
        async def checking_coroutine(*args: Any, **kwargs: Any) -> Any:
            check(args, kwargs)
            return await method(*args, **kwargs)

        return checking_coroutine

    @functools.wraps(method)
    def checking(*args: Any, **kwargs: Any) -> Any:
        check(args, kwargs)
        return method(*args, **kwargs)

    return checking


def checked(cls: C) -> C:
    """Check the arguments of every public method of ``cls`` (see :data:`CHECKS`)."""
    for attribute, value in list(vars(cls).items()):
        if not attribute.startswith("_") and inspect.isfunction(value):
            setattr(cls, attribute, _wrap(value))
    return cls
