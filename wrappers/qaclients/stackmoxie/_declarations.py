"""What is particular to Stack Moxie, as data and tiny functions; :mod:`qaclients.core` does the rest."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from stackmoxie_client import models
from stackmoxie_client.models import Cog, Notify, Profile, Role

from qaclients.core import items_of, non_empty_str, one_of, positive_int
from qaclients.core._arguments import ArgumentCheck, boolean, checked_arguments, instance_of

if TYPE_CHECKING:
    from qaclients.core import PageNumberPaging

ENV_PREFIX = "STACKMOXIE_"
"""``STACKMOXIE_TOKEN`` (the JWT), ``STACKMOXIE_ORG`` (the Organization's UUID), optional ``STACKMOXIE_BASE_URL``."""

DEFAULT_BASE_URL = "https://app.stackmoxie.com/api"
"""The API root (facts); every path starts with ``/v1/``."""

RUN_TOKEN = "stackmoxie.run"  # noqa: S105 - the kind of a continuation token, not a secret
JOB_TOKEN = "stackmoxie.job"  # noqa: S105
RUN_START_TOKEN = "stackmoxie.run-start"  # noqa: S105
JOB_SUBMIT_TOKEN = "stackmoxie.job-submit"  # noqa: S105

JOB_SETTLE = 120.0
"""Inferred: the docs give no job duration and list no jobs, so a submission whose answer was lost is looked for as
a new scenario of its name for this long (seconds) before it is sent again."""

CLOCK_SKEW_MS = 300_000
"""Inferred: how far the server's clock may be behind ours when looking for a scenario a lost submission created."""

FIRST_PAGE = 1
"""Inferred: the docs give ``page`` without its base; the runs list is read from page 1 until an empty page."""


def run_paging() -> PageNumberPaging:
    """The runs list: ``page`` in, a plain JSON array out, no page count; the first empty page ends it (facts)."""
    from qaclients.core import PageNumberPaging  # noqa: PLC0415 - imported when the runs are first paged

    return PageNumberPaging(size_param=None, next_field=None, last_field=None, items_field=None, first_page=FIRST_PAGE)


def auth_headers(token: str) -> dict[str, str]:
    """``Authorization: Bearer <JWT>`` on every operation (facts)."""
    return {"Authorization": f"Bearer {token}"}


def error_message(body: Any) -> str | None:
    """Stack Moxie errors are ``{"name": ..., "message": ...}`` (facts)."""
    if not isinstance(body, Mapping):
        return None
    message, name = body.get("message"), body.get("name")
    if message is None:
        return str(name) if name is not None else None
    return str(message)


# -- argument checks -------------------------------------------------------------------------------------------------


def _id_or(model: str) -> ArgumentCheck:
    """An id, or an instance of the generated model named (looked up on first use: none is built at import)."""
    return lambda name, value: value if isinstance(value, getattr(models, model)) else positive_int(name, value)


def _definition(name: str, value: Any) -> Any:
    return instance_of(models.ScenarioDefinition, Mapping)(name, value)


def _uuid(name: str, value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return value
    try:
        uuid.UUID(non_empty_str(name, value))
    except ValueError as error:
        raise ValueError(f"{name} must be a UUID, got {value!r}") from error
    return value


def _callable(name: str, value: Any) -> Any:
    if not callable(value):
        raise TypeError(f"{name} must be callable, got {type(value).__name__}")
    return value


def _poll_schedule(name: str, value: Any) -> Any:
    from qaclients.core import PollSchedule  # noqa: PLC0415 - polling is imported when a poller is first asked for

    return instance_of(PollSchedule)(name, value)


def _choice(*choices: Any) -> ArgumentCheck:
    return lambda name, value: one_of(name, value, choices)


ARGUMENT_RULES: Mapping[str, ArgumentCheck] = {
    **dict.fromkeys(
        ("scenario_id", "run_id", "log_id", "member_id", "group_id", "connection_id", "folder_id", "schedule_id"),
        positive_int,
    ),
    "interval": positive_int,
    "max_items": lambda name, value: positive_int(name, value, minimum=0),
    "name": non_empty_str,
    "email": non_empty_str,
    "description": instance_of(str),
    "continuation_token": non_empty_str,
    "job_id": _uuid,
    "role": _choice(*Role),
    "notify": _choice(*Notify),
    "cog": _choice(*Cog),
    "profile": _choice(*Profile),
    "kind": _choice("all", "linkable", "exposed"),
    "tokens": instance_of(Mapping),
    "auth": instance_of(Mapping),
    "definition": _definition,
    "members": lambda name, value: items_of(name, value, models.User),
    "scenario": _id_or("Scenario"),
    "with_log": boolean,
    "status_page_is_public": boolean,
    "progress": _callable,
    "poll_schedule": _poll_schedule,
}
"""Every public method's arguments, by name, checked before any request (``None`` passes where it may be given)."""

checked = checked_arguments(ARGUMENT_RULES, none="if_optional", inherited=False, keywords=False)
"""The class decorator of both clients: each method they define checks its arguments by :data:`ARGUMENT_RULES`."""
