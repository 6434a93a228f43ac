"""Call builders, one per Stack Moxie operation: pure (no I/O), each returns the :class:`Call` to send (a builder
named ``create_folder_``, clear of the generated module it calls, makes the method ``create_folder``).

``StackMoxie`` and ``AsyncStackMoxie`` turn every builder into a method of the same name, parameters and docstring
(:mod:`qaclients.core._shells`); what takes more than one request (starting a run or a job, then waiting for it)
stays in each client.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal, TypeVar, Unpack

from stackmoxie_client import models
from stackmoxie_client.models import Cog, Notify, Role
from stackmoxie_client.types import Response

from qaclients.core import _shells as shells
from qaclients.core._lazy import Endpoints
from qaclients.core._shells import Listing

from . import _bodies as bodies
from . import _declarations as declared
from ._bodies import OrganizationFields, ScenarioFields
from ._requests import RunFilters, parsed, parsed_list, run_filters

if TYPE_CHECKING:
    from stackmoxie_client.models import (
        Connection,
        Folder,
        Job,
        JobReference,
        NotificationGroup,
        Organization,
        OrganizationMember,
        RegistryEntry,
        Run,
        RunCreate,
        RunLog,
        Scenario,
        ScenarioDefinition,
        ScenarioWrite,
        Schedule,
        User,
    )

__all__ = ["Call", "TemplateKind"]

T = TypeVar("T")
TemplateKind = Literal["all", "linkable", "exposed"]
_TEMPLATES: Mapping[str, str] = {"all": "list_templates", "linkable": "list_linkable_templates",
                                  "exposed": "list_exposed_templates"}  # fmt: skip
"""Each kind's endpoint in ``api.scenarios``."""


api: Any = Endpoints("stackmoxie_client.api")
"""The generated client's endpoint modules, by tag: ``api.<tag>.<operation>``."""


@dataclass(frozen=True, slots=True)
class Call(shells.Call[T]):
    """One request: the generated endpoint, its arguments after the Organization, and how to read the answer."""

    in_org: bool = True

    def path(self, org: uuid.UUID) -> tuple[Any, ...]:
        """The positional arguments: the Organization first (but to create one), then the ids."""
        return (org, *self.args) if self.in_org else self.args


def _one(model: type[T]) -> Callable[[Response[Any]], T]:
    return lambda response: parsed(response, model)


def _many(model: type[T]) -> Callable[[Response[Any]], list[T]]:
    return lambda response: parsed_list(response, model)


def _nothing(_: Response[Any]) -> None:
    return None


def _get(endpoint: ModuleType, model: type[T], *args: Any, **kwargs: Any) -> Call[T]:
    return Call(endpoint, args, kwargs, _one(model))


def _list(endpoint: ModuleType, model: type[T], *args: Any) -> Call[list[T]]:
    return Call(endpoint, args, {}, _many(model))


def _send(endpoint: ModuleType, *args: Any) -> Call[None]:
    return Call(endpoint, args, {}, _nothing)


# -- the Organization and its members ---------------------------------------------------------------------------


def create_organization_(name: str, *, status_page_is_public: bool = False) -> Call[Organization]:
    """Create another Organization (you become its admin); bind a new client to its ``uuid`` to use it."""
    body = bodies.organization(name, status_page_is_public)
    return Call(api.organizations.create_organization, (), {"body": body}, _one(models.Organization), in_org=False)


def update_organization_(**fields: Unpack[OrganizationFields]) -> Call[Organization]:
    """Change this Organization's name, status page, notification address or setting."""
    return _get(api.organizations.update_organization, models.Organization, body=bodies.organization_update(fields))


def members() -> Call[list[OrganizationMember]]:
    """Every team membership."""
    return _list(api.members.list_members, models.OrganizationMember)


def member(member_id: int) -> Call[OrganizationMember]:
    """One team membership."""
    return _get(api.members.get_member, models.OrganizationMember, member_id)


def invite_member_(email: str, role: Role | str | None = None) -> Call[OrganizationMember]:
    """Invite someone by email."""
    return _get(api.members.invite_member, models.OrganizationMember, body=bodies.invite(email, role))


def update_member_(member_id: int, role: Role | str) -> Call[OrganizationMember]:
    """Change a member's role."""
    return _get(api.members.update_member, models.OrganizationMember, member_id, body=bodies.member_update(role))


def remove_member_(member_id: int) -> Call[None]:
    """Remove a member from the Organization."""
    return _send(api.members.remove_member, member_id)


def reinvite_member_(member_id: int) -> Call[None]:
    """Send the invitation again (a 400 :class:`~qaclients.core.BadRequestError` once they activated)."""
    return _send(api.members.reinvite_member, member_id)


# -- notification groups, connections, the cog registry ---------------------------------------------------------


def notification_groups() -> Call[list[NotificationGroup]]:
    """Every Notification Group."""
    return _list(api.notification_groups.list_notification_groups, models.NotificationGroup)


def create_notification_group_(
    name: str, *, email: str | None = None, members: Sequence[User] | None = None
) -> Call[NotificationGroup]:
    """Create a Notification Group."""
    body = bodies.notification_group(name, email, members)
    return _get(api.notification_groups.create_notification_group, models.NotificationGroup, body=body)


def update_notification_group_(
    group_id: int, name: str, *, email: str | None = None, members: Sequence[User] | None = None
) -> Call[NotificationGroup]:
    """Update a Notification Group (its name is required, as for creating one)."""
    body = bodies.notification_group(name, email, members)
    return _get(api.notification_groups.update_notification_group, models.NotificationGroup, group_id, body=body)


def delete_notification_group_(group_id: int) -> Call[None]:
    """Delete a Notification Group."""
    return _send(api.notification_groups.delete_notification_group, group_id)


def connections() -> Call[list[Connection]]:
    """Every Connection to another platform."""
    return _list(api.connections.list_connections, models.Connection)


def connection(connection_id: int) -> Call[Connection]:
    """One Connection."""
    return _get(api.connections.get_connection, models.Connection, connection_id)


def create_connection_(cog: Cog | str, auth: Mapping[str, Any], *, profile: str = "default") -> Call[Connection]:
    """Connect a cog; ``auth`` holds the fields its registry entry asks for (422 when they do not fit)."""
    return _get(api.connections.create_connection, models.Connection, body=bodies.connection(cog, auth, profile))


def update_connection_(connection_id: int, auth: Mapping[str, Any]) -> Call[Connection]:
    """Replace a Connection's authentication details."""
    body = bodies.connection_update(auth)
    return _get(api.connections.update_connection, models.Connection, connection_id, body=body)


def delete_connection_(connection_id: int) -> Call[None]:
    """Delete a Connection."""
    return _send(api.connections.delete_connection, connection_id)


def cog_registry() -> Call[list[RegistryEntry]]:
    """The Crank Cog Registry entries this Organization may use."""
    return _list(api.registry.get_cog_registry, models.RegistryEntry)


# -- folders and schedules --------------------------------------------------------------------------------------


def folders() -> Call[list[Folder]]:
    """Every Folder."""
    return _list(api.folders.list_folders, models.Folder)


def folder(folder_id: int) -> Call[Folder]:
    """One Folder."""
    return _get(api.folders.get_folder, models.Folder, folder_id)


def create_folder_(name: str, *, description: str | None = None) -> Call[Folder]:
    """Create a Folder."""
    return _get(api.folders.create_folder, models.Folder, body=bodies.folder(name, description))


def update_folder_(folder_id: int, name: str, *, description: str | None = None) -> Call[Folder]:
    """Update a Folder (its name is required)."""
    return _get(api.folders.update_folder, models.Folder, folder_id, body=bodies.folder(name, description))


def delete_folder_(folder_id: int) -> Call[None]:
    """Delete a Folder."""
    return _send(api.folders.delete_folder, folder_id)


def schedules() -> Call[list[Schedule]]:
    """Every Schedule."""
    return _list(api.schedules.list_schedules, models.Schedule)


def schedule(schedule_id: int) -> Call[Schedule]:
    """One Schedule."""
    return _get(api.schedules.get_schedule, models.Schedule, schedule_id)


def create_schedule_(scenario: int | Scenario, interval: int) -> Call[Schedule]:
    """Run ``scenario`` every ``interval`` seconds."""
    return _get(api.schedules.create_schedule, models.Schedule, body=bodies.schedule(scenario, interval))


def update_schedule_(schedule_id: int, scenario: int | Scenario, interval: int) -> Call[Schedule]:
    """Change what a Schedule runs and how often."""
    return _get(api.schedules.update_schedule, models.Schedule, schedule_id, body=bodies.schedule(scenario, interval))


def delete_schedule_(schedule_id: int) -> Call[None]:
    """Delete a Schedule."""
    return _send(api.schedules.delete_schedule, schedule_id)


# -- scenarios and templates ------------------------------------------------------------------------------------


def scenarios() -> Call[list[Scenario]]:
    """Every test Scenario."""
    return _list(api.scenarios.list_scenarios, models.Scenario)


def scenario(scenario_id: int) -> Call[Scenario]:
    """One Scenario."""
    return _get(api.scenarios.get_scenario, models.Scenario, scenario_id)


def templates(kind: TemplateKind = "all") -> Call[list[Scenario]]:
    """Template Scenarios: ``all``, the ``linkable`` ones, or those ``exposed`` to external APIs."""
    return _list(getattr(api.scenarios, _TEMPLATES[kind]), models.Scenario)


def create_scenario_(
    name: str, definition: ScenarioDefinition | Mapping[str, Any], **fields: Unpack[ScenarioFields]
) -> Call[Scenario]:
    """Create a Scenario at once (a malformed definition is a 422 :class:`~qaclients.core.ValidationError`)."""
    return _get(api.scenarios.create_scenario, models.Scenario, body=bodies.scenario_write(name, definition, fields))


def update_scenario_(
    scenario_id: int,
    name: str,
    definition: ScenarioDefinition | Mapping[str, Any],
    **fields: Unpack[ScenarioFields],
) -> Call[Scenario]:
    """Update a Scenario (name and definition are required, as the docs say)."""
    body = bodies.scenario_write(name, definition, fields)
    return _get(api.scenarios.update_scenario, models.Scenario, scenario_id, body=body)


def delete_scenario_(scenario_id: int) -> Call[None]:
    """Delete a Scenario."""
    return _send(api.scenarios.delete_scenario, scenario_id)


def job(job_id: str | uuid.UUID) -> Call[Job]:
    """An async job's status."""
    return _get(api.scenarios.get_async_job, models.Job, bodies.job_uuid(job_id))


def submit_job(body: ScenarioWrite) -> Call[JobReference]:
    """The submission of a scenario-creation job (``begin_create_scenario``'s first request)."""
    return _get(api.scenarios.create_async_scenario, models.JobReference, body=body)


# -- runs -------------------------------------------------------------------------------------------------------


def create_run(
    scenario_id: int, *, tokens: Mapping[str, Any] | None = None, notify: Notify | str | None = None
) -> Call[Run]:
    """Start a run and return it as created (see :meth:`begin_run` to wait for it)."""
    return start_run(scenario_id, bodies.run_create(tokens, notify))


def start_run(scenario_id: int, body: RunCreate) -> Call[Run]:
    """The start of a run with a ready body."""
    return _get(api.runs.create_scenario_run, models.Run, scenario_id, body=body)


def run(scenario_id: int, run_id: int) -> Call[Run]:
    """One Run."""
    return _get(api.runs.get_scenario_run, models.Run, scenario_id, run_id)


def run_log(scenario_id: int, run_id: int, log_id: int) -> Call[RunLog]:
    """A Run's log (its ``log`` id)."""
    return _get(api.runs.get_run_log, models.RunLog, scenario_id, run_id, log_id)


def latest_run(scenario_id: int) -> Call[Run]:
    """The Scenario's most recent Run."""
    return _get(api.runs.get_most_recent_run, models.Run, scenario_id)


def runs(
    scenario_id: int,
    *,
    continuation_token: str | None = None,
    max_items: int | None = None,
    **filters: Unpack[RunFilters],
) -> Listing[Run]:
    """A Scenario's runs, newest first, fetched page by page as you iterate.

    Filters (:class:`RunFilters`): ``outcome`` (e.g. ``["Failed", "Error"]``), ``ran_after`` and ``ran_before``
    (aware datetimes or epoch milliseconds).
    """
    return Listing(
        lambda params: Call(api.runs.list_scenario_runs, (scenario_id,), params, _many(models.Run)),
        declared.run_paging(),
        continuation_token=continuation_token,
        max_items=max_items,
        params=run_filters(filters),
    )
