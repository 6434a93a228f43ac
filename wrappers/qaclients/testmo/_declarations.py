"""What is particular to Testmo, as data and tiny functions; :mod:`qaclients.core` does the rest."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported when the runs are first paged
    from qaclients.core import PageNumberPaging

ENV_PREFIX = "TESTMO_"
"""``TESTMO_BASE_URL`` (``https://<instance>.testmo.net/api/v1``) and ``TESTMO_TOKEN`` (facts, Transport)."""

PER_PAGE = 100
"""The largest page the list endpoint serves (facts: per_page is one of 15, 25, 50, 100)."""

BATCH_TESTS = 100
"""Tests per thread append. The docs give no limit; Testmo's own CLI sends results in batches of this order, so a
request stays well under any body-size limit a proxy may enforce (inferred)."""

BATCH_BYTES = 2 * 1024 * 1024
"""Serialized tests per append, at most (inferred, as BATCH_TESTS): a batch is cut early when it would pass this."""


def run_paging(per_page: int = PER_PAGE) -> PageNumberPaging:
    """Testmo's list scheme: ``page``/``per_page`` in, ``next_page`` (null on the last page) and ``last_page`` out."""
    from qaclients.core import PageNumberPaging  # noqa: PLC0415 - see the TYPE_CHECKING import above

    return PageNumberPaging(size=per_page, items_field="result", next_field="next_page", last_field="last_page")


def auth_headers(token: str) -> dict[str, str]:
    """``Authorization: Bearer <api token>`` (facts, Transport)."""
    return {"Authorization": f"Bearer {token}"}


def error_message(body: Any) -> str | None:
    """Testmo errors carry ``message``; a 422 adds ``errors: {field: [messages]}`` (facts, Transport)."""
    if not isinstance(body, Mapping):
        return None
    message = body.get("message")
    errors = body.get("errors")
    if isinstance(errors, Mapping) and errors:
        details = "; ".join(
            f"{field}: {', '.join(map(str, problems)) if isinstance(problems, list) else problems}"
            for field, problems in errors.items()
        )
        return f"{message} ({details})" if message else details
    return str(message) if message is not None else None
