"""The clients' argument checks, before any request: one ``TypeError``/``ValueError`` naming the argument.

Built on :mod:`qaclients.core`'s checks; what is particular here is which names take what (ids are strings such as
``PR-1`` and ``TR-45``, pages hold at most :data:`~._declarations.MAX_PAGE_SIZE`).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, get_args

from browserstack_tm_client.models import TestCaseMapping, TestCaseStatus

from qaclients.core import items_of, non_empty_str, one_of, positive_int

from . import _declarations as declared

__all__ = ["boolean", "clone_options", "ids", "listing", "optional_boolean", "test_cases", "token"]

SELECTIONS = ("all", "by_results")


def ids(**named: object) -> None:
    """Every named id (``project_id``, ``test_run_id``) is a non-empty str."""
    for name, value in named.items():
        non_empty_str(name, value)


def listing(page_size: object, max_items: object = None, prefetch: object = 1) -> None:
    """A pager's size and bounds."""
    positive_int("page_size", page_size)
    if isinstance(page_size, int) and page_size > declared.MAX_PAGE_SIZE:
        raise ValueError(f"page_size must be <= {declared.MAX_PAGE_SIZE}, got {page_size}")
    if max_items is not None:
        positive_int("max_items", max_items, minimum=0)
    positive_int("prefetch", prefetch)


def boolean(name: str, value: object) -> bool:
    """``value`` when it is a bool."""
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be a bool, got {type(value).__name__} {value!r:.60}")
    return value


def optional_boolean(name: str, value: object) -> bool | None:
    """``value`` when it is a bool or ``None`` (the service's default)."""
    return None if value is None else boolean(name, value)


def token(value: object) -> str:
    """A continuation token is a non-empty str (what it holds is checked when it is read)."""
    return non_empty_str("continuation_token", value)


def clone_options(options: Mapping[str, Any]) -> None:
    """The options of a clone, each checked by name."""
    if options["name"] is not None:
        non_empty_str("name", options["name"])
    selection = options["test_case_selection"]
    if selection is not None:
        one_of("test_case_selection", selection, SELECTIONS)
    statuses = options["statuses"]
    if statuses is not None:
        known = [status.value for status in TestCaseStatus]
        for index, status in enumerate(items_of("statuses", statuses, (TestCaseStatus, str))):
            one_of(f"statuses[{index}]", getattr(status, "value", status), known)
        if selection != "by_results":
            raise ValueError('statuses go with test_case_selection="by_results"')
    for name in ("copy_tc_assignee", "copy_tags", "copy_issues"):
        optional_boolean(name, options[name])


def test_cases(name: str, values: object) -> list[TestCaseMapping | Mapping[str, Any] | str]:
    """``add``/``remove``: a list of mappings, ``{"test_case_ids": ..., "configuration_ids": ...}`` or bare ids."""
    return items_of(name, values, (TestCaseMapping, Mapping, str))


def dates(filters: Mapping[str, Any]) -> None:
    """Date filters are dates (or ISO strings, as the service takes them)."""
    for name, value in filters.items():
        if name.endswith(("_before", "_after")) and not isinstance(value, datetime.date | str):
            raise TypeError(f"{name} must be a date or an ISO date str, got {type(value).__name__} {value!r:.60}")


def states(name: str, value: object, allowed: Iterable[str]) -> None:
    """One run state, or several."""
    choices = tuple(allowed)
    values = [value] if isinstance(value, str) else items_of(name, value, str)
    for state in values:
        one_of(name, state, choices)


def literal_values(kind: object) -> tuple[str, ...]:
    """The values of a ``Literal`` alias."""
    return tuple(get_args(kind))
