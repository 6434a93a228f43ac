"""What is particular to mabl, as data and tiny functions; :mod:`qaclients.core` does the rest."""

from __future__ import annotations

import base64
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Final, Literal

from qaclients.core import ArgumentCheck, aware_datetime, items_of, non_empty_str, one_of, positive_int

if TYPE_CHECKING:
    from qaclients.core import CursorPaging

ENV_PREFIX: Final = "MABL_"
"""``MABL_API_KEY`` (required), ``MABL_BASE_URL`` (default :data:`BASE_URL`), ``MABL_WORKSPACE_ID``."""

BASE_URL: Final = "https://api.mabl.com"
"""No version prefix (facts §1)."""

BASIC_USER: Final = "key"
"""HTTP Basic user name: the literal word ``key``; the API key is the password (facts §2)."""


def auth_headers(api_key: str) -> dict[str, str]:
    """``Authorization: Basic base64("key:<api key>")``."""
    encoded = base64.b64encode(f"{BASIC_USER}:{api_key}".encode()).decode("ascii")
    return {"Authorization": f"Basic {encoded}"}


def error_message(body: Any) -> str | None:
    """mabl's error body is undocumented (facts §4): take ``message`` (or ``error``) when there is one."""
    if isinstance(body, Mapping):
        for name in ("message", "error", "detail"):
            if isinstance(body.get(name), str):
                return str(body[name])
    return None


PAGE_SIZE: Final = 100
"""Page size asked for when the caller gives none; inside every documented range (facts §6)."""

PAGED: Final[Mapping[str, tuple[str, str]]] = {
    "queryapplications": ("applications", "unchanged"),
    "querycredentials": ("credentials", "unchanged"),
    "querydatatables": ("dataTables", "unchanged"),
    "queryscenarios": ("scenarios", "unchanged"),
    "queryenvironments": ("environments", "unchanged"),
    "querydeploymentevents": ("deployment_events", "unchanged"),
    "querydeploymenteventsbyrevision": ("deployment_events", "unchanged"),
    "queryissuesbyworkspaceid": ("issues", "unchanged"),
    "querylinkagents": ("link_agents", "unchanged"),
    "getbatchtestrunresults": ("test_results", "null"),
    "queryactivityfeed": ("entries", "unchanged"),
    "queryusers": ("users", "unchanged"),
}
"""Each paged operation's items field and end rule, as its spec operation declares in ``x-qaclients-paging``: the
general rule is "the cursor returned equals the one sent", test run summaries end on a null cursor (facts §6)."""

PAGE_LIMITS: Final[Mapping[str, int]] = {
    "querydeploymentevents": 100,
    "querydeploymenteventsbyrevision": 100,
    "getbatchtestrunresults": 2000,
    "queryactivityfeed": 200,
    "queryusers": 200,
}
"""Documented page-size maxima (facts §6); other lists document none."""


def model_attr(json_name: str) -> str:
    """The attribute the generated model gives a JSON field (``dataTables`` → ``data_tables``)."""
    return "".join("_" + c.lower() if c.isupper() else c for c in json_name)


def paging(operation_id: str, size: int = PAGE_SIZE) -> CursorPaging:
    """The cursor scheme of one paged operation, with its own end rule; an empty page always ends it too.

    Pages are decoded models, so the items are read from the model's attribute for the list's JSON field.
    """
    from qaclients.core import CursorPaging  # noqa: PLC0415 - paging is imported with the first list

    json_items, end = PAGED[operation_id]
    items = model_attr(json_items)
    size = min(size, PAGE_LIMITS.get(operation_id, size))
    end_rule: Literal["null", "unchanged"] = "null" if end == "null" else "unchanged"
    return CursorPaging("cursor", "cursor", items, end=end_rule, size_param="limit", size=size, stop_on_empty=True)


# -- deployments -----------------------------------------------------------------------------------------------------
# Their poll schedule is ``_deployment.DEPLOYMENT_POLL``, the export's ``_export.EXPORT_POLL``: both are imported with
# the first poller, as is what they are made of.

PLAN_FINAL: Final = frozenset({"succeeded", "failed", "cancelled", "terminated", "completed"})
"""Final plan-run statuses; ``completed`` is a test's "passed" but clients treat it as final too (facts §7.1)."""

PLAN_PASSED: Final = frozenset({"succeeded", "completed"})
TEST_PASSED: Final = frozenset({"completed", "succeeded", "passed"})
TEST_FINAL: Final = frozenset({"completed", "succeeded", "passed", "failed", "skipped", "terminated", "cancelled"})

CREATE_SEARCH_SLACK: Final = timedelta(minutes=10)
"""How far before a lost create's first attempt resume still takes a matching event as its own: room for the skew
between this machine's clock and mabl's ``received_time`` (inferred: no figure documented)."""

# -- usage reports ---------------------------------------------------------------------------------------------------

WINDOW_CAPS: Final[Mapping[str, timedelta]] = {
    "day": timedelta(days=90),
    "week": timedelta(days=400),
    "month": timedelta(days=400),
}
"""Usage-report windows by granularity: 90 days daily, 400 days weekly or monthly (facts §5)."""

CONCURRENCY_CAP: Final = timedelta(days=90)
"""The daily-maximum-concurrency report spans at most 90 days (facts §5)."""

# -- argument checks -------------------------------------------------------------------------------------------------


def _when(name: str, value: Any) -> Any:
    """An instant: a timezone-aware datetime or epoch milliseconds."""
    if isinstance(value, int) and not isinstance(value, bool):
        return positive_int(name, value, minimum=0)
    if not isinstance(value, datetime):
        raise TypeError(f"{name} must be a datetime or epoch milliseconds (int), got {type(value).__name__}")
    return aware_datetime(name, value)


def _flag(name: str, value: Any) -> Any:
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be a bool, got {type(value).__name__} {value!r:.40}")
    return value


def _strs(name: str, value: Any) -> Any:
    return [non_empty_str(f"{name}[{i}]", item) for i, item in enumerate(items_of(name, value, str))]


def _choice(choices: tuple[str, ...]) -> ArgumentCheck:
    return lambda name, value: one_of(name, non_empty_str(name, value), choices)


def _artifact_types(name: str, value: Any) -> Any:
    return [one_of(f"{name}[{i}]", item, ARTIFACT_TYPES) for i, item in enumerate(items_of(name, value, str))]


ARTIFACT_TYPES: Final = ("console_logs", "doms", "hars", "screenshots", "traces", "xray_json")
GRANULARITIES: Final = ("day", "week", "month")
ROLES: Final = ("owner", "editor", "viewer")

ARGUMENT_RULES: Final[Mapping[str, ArgumentCheck]] = {
    "page_size": positive_int,
    "max_items": lambda name, value: positive_int(name, value, minimum=0),
    "continuation_token": non_empty_str,
    "token": non_empty_str,
    "revision": non_empty_str,
    "name": non_empty_str,
    "new_name": non_empty_str,
    "label": non_empty_str,
    "email": non_empty_str,
    "start": _when,
    "end": _when,
    "since": _when,
    "until": _when,
    "event_time": _when,
    "plan_labels": _strs,
    "emails": _strs,
    "outcomes": _strs,
    "types": _artifact_types,
    "granularity": _choice(GRANULARITIES),
    "role": _choice(ROLES),
    "preview": _flag,
    "advanced_metrics": _flag,
    "by_flow": _flag,
    "link": _flag,
    "enabled": _flag,
    "include_historic": _flag,
    "with_secrets": _flag,
    "auto_update": _flag,
    "branch": non_empty_str,
}
"""Every public helper's arguments, checked by name before any request (``checked_arguments``)."""

ARGUMENT_SUFFIXES: Final[Mapping[str, ArgumentCheck]] = {"_id": non_empty_str}
"""Any ``…_id`` argument is a non-empty string (mabl ids are strings: ``…-a``, ``…-v``, ``…-w``)."""
