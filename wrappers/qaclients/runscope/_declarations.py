"""What is particular to BlazeMeter API Monitoring (Runscope), as data and tiny functions; core does the rest."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from qaclients.core import RetryPolicy, positive_int
from qaclients.core._arguments import checked_arguments

if TYPE_CHECKING:  # the paging strategies are imported when a list is first paged
    from qaclients.core import OffsetPaging, PageNumberPaging, TimeWindowPaging

ENV_PREFIX = "RUNSCOPE_"
"""``RUNSCOPE_TOKEN`` (an OAuth 2 access token) and, optionally, ``RUNSCOPE_BASE_URL``."""

BASE_URL = "https://api.runscope.com"
OAUTH_BASE_URL = "https://www.runscope.com"
"""The OAuth host: the authorize page and the code exchange live there, not on the API host (facts, Transport)."""
AUTHORIZE_PATH = "/signin/oauth/authorize"
SCOPES = ("api:read", "bucket:auth_token", "bucket:write", "message:write", "account:email", "team:read", "test:read",
          "test:write")  # fmt: skip
"""The scopes the reference lists (Available Scopes)."""

TEST_PAGE = 50
"""Tests per page (``count``; the reference gives the default, 10, but no maximum; 50 keeps requests few, inferred)."""
RESULT_PAGE = 50
"""Results per page: the documented maximum (facts, Lists), so runs sharing one ``started_at`` fit in one page."""
PEOPLE_PAGE = 200
"""Team members per page: the documented maximum (reference, Team Members List)."""


def list_paging(count: int = TEST_PAGE) -> OffsetPaging:
    """The test list: ``offset``/``count``, offset += count until a short page (facts, Lists)."""
    from qaclients.core import OffsetPaging  # noqa: PLC0415 - see the TYPE_CHECKING import above

    return OffsetPaging(offset_param="offset", limit_param="count", limit=count, items_field="data")


def result_paging(count: int = RESULT_PAGE) -> TimeWindowPaging:
    """Test results: newest first, ``before`` = the oldest ``started_at`` seen, until an empty page (facts, Lists);
    tie-safe on ``test_run_id``."""
    from qaclients.core import TimeWindowPaging  # noqa: PLC0415

    return TimeWindowPaging(
        before_param="before", timestamp_field="started_at", count_param="count", count=count, items_field="data",
        id_field="test_run_id", end="empty",
    )  # fmt: skip


def people_paging(count: int = PEOPLE_PAGE) -> PageNumberPaging:
    """Team members: ``page``/``count``, page += 1 until ``data`` is empty (reference, Team Members List)."""
    from qaclients.core import PageNumberPaging  # noqa: PLC0415

    return PageNumberPaging(
        page_param="page", size_param="count", size=count, next_field=None, last_field=None, items_field="data"
    )


TRIGGER_RETRY = RetryPolicy(max_attempts=6, statuses=frozenset({429}), retry_after_cap=60.0)
"""A trigger refused with 429 (more than 10 per 10 s on one URL, facts) waits as Retry-After says and tries again.
Only 429: any other failure of a trigger may have started runs, so it is never resent."""

TRIGGER_CLOCK_MARGIN = 30.0
"""Seconds before the trigger still searched when recovering its runs from the results: the service's clock may be
behind ours (inferred: the docs say nothing of clock skew; a scheduled run is never taken, its ``source`` differs)."""


def auth_headers(token: str) -> dict[str, str]:
    """``Authorization: Bearer <access token>`` (facts, Transport)."""
    return {"Authorization": f"Bearer {token}"}


def error_message(body: Any) -> str | None:
    """The envelope's ``error``: an object with a ``message`` (usually), or a plain string (facts, Transport)."""
    if not isinstance(body, Mapping):
        return None
    error = body.get("error")
    if isinstance(error, str):
        return error
    if isinstance(error, Mapping):
        message = error.get("message") or error.get("description")
        return str(message) if message is not None else None
    message = body.get("message")
    return str(message) if message is not None else None


def envelope_bare_body(body: Any) -> Any:
    """Wrap a bare body in the ``{data, meta, error}`` envelope, for the client's decoders (``None``: keep it).

    About ten reference examples show a bare body (environments, metrics, team people, integrations, roles): the
    facts call that abbreviation but ask the client to cope, so a 2xx body with none of the envelope's members is
    taken as its ``data``.
    """
    if isinstance(body, Mapping) and not {"data", "meta", "error"} & set(body):
        return {"data": body, "meta": {"status": "success"}, "error": None}
    if isinstance(body, list):
        return {"data": body, "meta": {"status": "success"}, "error": None}
    return None


ZERO_ALLOWED = frozenset({"max_items", "utilization_over"})
"""The counts that may be 0 (no items; any utilization); every other count is at least 1."""

checked = checked_arguments(
    dict.fromkeys(ZERO_ALLOWED, lambda name, value: positive_int(name, value, minimum=0)),
    none="if_optional",
    by_annotation=True,
    keywords=False,
)
"""Every public helper's arguments checked before any request, from its annotations: ``str`` (not empty), ``int``
(>= 1; the :data:`ZERO_ALLOWED` counts may be 0), ``float``, dates, an enum or its value, lists of ``str``, mappings
(see :func:`qaclients.core._arguments.annotation_check`); models and steps are left to the generated code."""
