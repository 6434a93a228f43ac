"""What is particular to BrowserStack Test Management, as data and tiny functions; :mod:`qaclients.core` does the
rest."""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final, Literal

from qaclients.core import APIError

if TYPE_CHECKING:
    from qaclients.core import PageNumberPaging

Region = Literal["us", "eu", "in"]

REGIONS: Final[Mapping[Region, str]] = {
    "us": "https://test-management.browserstack.com/api/v2",
    "eu": "https://test-management-eu.browserstack.com/api/v2",
    "in": "https://test-management-in.browserstack.com/api/v2",
}
"""The API root per region (facts, Transport; the spec's ``servers``, named by ``x-qaclients-region``)."""

ENV_PREFIX = "BROWSERSTACK_"
"""``BROWSERSTACK_USERNAME``, ``BROWSERSTACK_ACCESS_KEY``, then ``BROWSERSTACK_TM_REGION`` or
``BROWSERSTACK_TM_BASE_URL``."""

PAGE_SIZE = 30
"""Items per page, the service's own default for a run's test cases (facts); runs page the same way."""

MAX_PAGE_SIZE = 100
"""The largest page asked for when a poller reads a whole run (the spec's bound on ``page_size``, inferred)."""


def run_paging(page_size: int = PAGE_SIZE, items_field: str = "test_runs") -> PageNumberPaging:
    """``p``/``page_size`` in; ``info.next`` (null on the last page) and ``info.count`` out (facts).

    The generated model names the field ``next_`` (``next`` is a builtin), hence the field path.
    """
    from qaclients.core import PageNumberPaging  # noqa: PLC0415 - paging is imported with the first list

    return PageNumberPaging(
        page_param="p",
        size_param="page_size",
        size=page_size,
        next_field="info.next_",
        last_field=None,
        items_field=items_field,
        total_field="info.count",
    )


def auth_headers(username: str, access_key: str) -> dict[str, str]:
    """HTTP Basic ``username:access_key`` (facts, Transport)."""
    encoded = base64.b64encode(f"{username}:{access_key}".encode()).decode("ascii")
    return {"Authorization": f"Basic {encoded}"}


def error_message(body: Any) -> str | None:
    """A readable message out of every error shape the facts list.

    ``{success: false}`` and ``null`` carry none (the reason phrase is used); ``message`` wins, with the ``error``
    code after it when both are there; ``details`` are joined after ``error``; ``errors`` may be a plain string.
    """
    if not isinstance(body, Mapping):
        return body if isinstance(body, str) and body.strip() else None
    message, error, details, errors = (body.get(key) for key in ("message", "error", "details", "errors"))
    if isinstance(details, list) and details:
        listed = "; ".join(str(item) for item in details)
        head = message if isinstance(message, str) and message else error
        return f"{head}: {listed}" if isinstance(head, str) and head else listed
    if isinstance(message, str) and message.strip():
        return f"{message} ({error})" if isinstance(error, str) and error and error != message else message
    for value in (error, errors):
        if isinstance(value, str) and value.strip():
            return value
    if isinstance(errors, list) and errors:
        return "; ".join(str(item) for item in errors)
    return None


def error_code(error: APIError) -> str | None:
    """The machine-readable ``error`` of a refusal (e.g. ``duplicate_test_case_id``), when the body has one."""
    try:
        body = json.loads(error.body) if error.body else None
    except ValueError:
        return None
    code = body.get("error") if isinstance(body, Mapping) else None
    return code if isinstance(code, str) and code and " " not in code else None
