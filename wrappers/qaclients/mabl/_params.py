"""Request parameters and bodies built from friendly arguments, shared by ``Mabl`` and ``AsyncMabl``; no I/O."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from mabl_client import models
from mabl_client.types import UNSET, Response, Unset

from qaclients.core import DecodeError

from ._requests import When, body_of, check_concurrency_window, check_usage_window, epoch_ms, opt

if TYPE_CHECKING:
    from mabl_client.models import CreateArtifactExport, CreateScenario, ScenarioFields

    from ._export import ExportState

__all__ = [
    "ExportProgress",
    "activity_filters",
    "batch_filters",
    "concurrency_params",
    "deployment_body",
    "export_body",
    "invitation_body",
    "link_agent_filters",
    "location_of",
    "new_scenario_body",
    "scenario_update_body",
    "table_body",
    "usage_params",
]

T = TypeVar("T")
ExportProgress = Callable[["ExportState"], None]
"""Called with the export's state after every read."""


def _ms(value: When | None) -> int | Unset:
    return UNSET if value is None else epoch_ms(value)


def activity_filters(start: When | None, end: When | None, filters: Mapping[str, Any]) -> dict[str, Any]:
    """A time window (``start_time``/``end_time`` in epoch ms) plus the other filters, as given."""
    return {"start_time": _ms(start), "end_time": _ms(end), **filters}


def batch_filters(
    since: When | None,
    until: When | None,
    outcomes: Iterable[str] | None,
    advanced_metrics: bool,
    filters: Mapping[str, Any],
) -> dict[str, Any]:
    """The batch test run results' filters: a start-time window, outcomes, and the id and label filters."""
    known = {"application_id", "environment_id", "test_id", "test_label", "plan_id", "plan_label"}
    if unknown := sorted(set(filters) - known):
        raise TypeError(f"unknown filter(s) {', '.join(unknown)}; test run summaries take {', '.join(sorted(known))}")
    return {
        "earliest_run_start_time": _ms(since),
        "latest_run_start_time": _ms(until),
        "outcomes": UNSET if outcomes is None else list(outcomes),
        "advanced_metrics": advanced_metrics or UNSET,
        **filters,
    }


def usage_params(
    start: When, end: When, granularity: str, filters: Mapping[str, Any], *, account: bool
) -> dict[str, Any]:
    """A usage report's parameters, the window checked against its cap first (:class:`UsageWindowError`)."""
    low, high, grain = check_usage_window(start, end, granularity)
    known = {"group_by", "application_id", "plan_id", "test_type"} | ({"workspace_id"} if account else set())
    if unknown := sorted(set(filters) - known):
        raise TypeError(f"unknown filter(s) {', '.join(unknown)}; usage reports take {', '.join(sorted(known))}")
    params: dict[str, Any] = {"start_time": low, "end_time": high, "granularity": grain, **filters}
    if "group_by" in filters:
        params["group_by"] = (models.AccountGroupBy if account else models.GroupBy)(filters["group_by"])
    if "test_type" in filters:
        params["test_type"] = models.TestType(filters["test_type"])
    return params


def concurrency_params(start: When | None, end: When | None, test_type: str | None) -> dict[str, Any]:
    """The concurrency report's parameters, its 90-day cap checked first."""
    low, high = check_concurrency_window(start, end)
    return {
        "start_time": low,
        "end_time": high,
        "test_type": UNSET if test_type is None else models.TestType(test_type),
    }


def link_agent_filters(label: str | None, max_heartbeat_age: float | None) -> dict[str, Any]:
    """Link Agent filters; the heartbeat age is whole seconds."""
    age = UNSET if max_heartbeat_age is None else int(max_heartbeat_age)
    return {"label": opt(label), "max_heartbeat_age_sec": age}


def location_of(response: Response[Any]) -> str:
    """The ``Location`` of a redirect."""
    location = response.headers.get("location")
    if location is None:
        raise DecodeError(
            f"expected a redirect with a Location header, got status {int(response.status_code)}", model=""
        )
    return str(location)


def table_body(
    model: type[T],
    workspace_id: str,
    name: str,
    description: str | None,
    scenarios: Mapping[str, Mapping[str, str]] | None,
) -> T:
    """A new DataTable's body: ``{workspace_id, data_table: {name, description}, scenarios: [...]}``."""
    table: dict[str, Any] = {"name": name} | ({"description": description} if description is not None else {})
    body: dict[str, Any] = {"workspace_id": workspace_id, "data_table": table}
    if scenarios:
        body["scenarios"] = [
            {"name": scenario, "variables": [{"name": k, "value": v} for k, v in values.items()]}
            for scenario, values in scenarios.items()
        ]
    return body_of(model, body)


def _variables(variables: Mapping[str, str]) -> list[dict[str, str]]:
    return [{"name": k, "value": v} for k, v in variables.items()]


def new_scenario_body(name: str, variables: Mapping[str, str] | None) -> CreateScenario:
    """A new scenario; variables as ``[{name, value}]``."""
    return body_of(models.CreateScenario, {"name": name, "variables": _variables(variables or {})})


def scenario_update_body(name: str | None, variables: Mapping[str, str] | None) -> ScenarioFields:
    """A scenario update: the name and/or some variable values."""
    fields: dict[str, Any] = {} if name is None else {"name": name}
    if variables is not None:
        fields["variables"] = _variables(variables)
    return body_of(models.ScenarioFields, fields)


def invitation_body(model: type[T], emails: Iterable[str], role: str, link: bool) -> T:
    """An invitation: email invites, or a link invite limited to these addresses."""
    kind = models.InviteType.LINK if link else models.InviteType.EMAIL
    return body_of(model, {"emails": list(emails), "role": models.WorkspaceRole(role).value, "invite_type": kind.value})


def deployment_body(
    model: type[T],
    environment_id: str | None,
    application_id: str | None,
    plan_labels: Iterable[str] | None,
    event: Mapping[str, Any],
) -> T:
    """A deployment event; at least one of environment and application is required (facts §7.1)."""
    if environment_id is None and application_id is None:
        raise TypeError("a deployment needs environment_id or application_id (or both)")
    known = {"revision", "source_control_tag", "event_time", "properties", "plan_overrides", "actions", "branch"}
    if unknown := sorted(set(event) - known):
        raise TypeError(f"unknown deployment field(s) {', '.join(unknown)}; an event takes {', '.join(sorted(known))}")
    fields: dict[str, Any] = {"environment_id": environment_id, "application_id": application_id, **event}
    if plan_labels is not None:
        fields["plan_labels"] = list(plan_labels)
    if "event_time" in fields and fields["event_time"] is not None:
        fields["event_time"] = epoch_ms(fields["event_time"])
    return body_of(model, {k: v for k, v in fields.items() if v is not None})


def export_body(types: Iterable[str] | None) -> CreateArtifactExport | Unset:
    """What to export; mabl's default (screenshots) when not given."""
    if types is None:
        return UNSET
    return models.CreateArtifactExport(artifact_types=[models.ArtifactType(kind) for kind in types])
