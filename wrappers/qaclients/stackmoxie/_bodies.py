"""Request bodies, built from plain arguments, none of it I/O: what both clients send."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypedDict

from stackmoxie_client import models
from stackmoxie_client.models import Cog, DashboardSetting, NotificationSetting, Notify, Role, ScenarioType, Severity
from stackmoxie_client.types import UNSET

from qaclients.core import one_of

if TYPE_CHECKING:
    from stackmoxie_client.models import (
        ConnectionCreate,
        ConnectionUpdate,
        Folder,
        FolderWrite,
        MemberInvite,
        MemberUpdate,
        NotificationGroupWrite,
        OrganizationCreate,
        OrganizationUpdate,
        RunCreate,
        Scenario,
        ScenarioDefinition,
        ScenarioWrite,
        Schedule,
        ScheduleWrite,
        User,
    )

__all__ = [
    "OrganizationFields",
    "ScenarioFields",
    "connection",
    "connection_update",
    "definition_of",
    "folder",
    "invite",
    "job_uuid",
    "member_update",
    "notification_group",
    "organization",
    "organization_update",
    "run_create",
    "scenario_write",
    "schedule",
]


class ScenarioFields(TypedDict, total=False):
    """What a scenario may carry besides its name and definition (the docs' request fields)."""

    description: str
    type_: ScenarioType | str
    severity: Severity | int
    dashboard_setting: DashboardSetting | str
    feature: int | Folder | None
    schedule: int | Schedule | None
    notification_groups: Sequence[NotificationGroupWrite] | None
    instructions: str
    exposed_to_apis: bool
    is_linkable: bool


_ENUMS: Mapping[str, Any] = {"type_": ScenarioType, "severity": Severity, "dashboard_setting": DashboardSetting}


def definition_of(definition: ScenarioDefinition | Mapping[str, Any]) -> ScenarioDefinition:
    """A definition as given, or decoded (and checked) from its JSON."""
    return (
        definition
        if isinstance(definition, models.ScenarioDefinition)
        else models.ScenarioDefinition.from_dict(definition)
    )


def scenario_write(
    name: str, definition: ScenarioDefinition | Mapping[str, Any], fields: ScenarioFields
) -> ScenarioWrite:
    """The body creating or updating a scenario; fields not given are left out of the JSON."""
    unknown = sorted(set(fields) - set(ScenarioFields.__annotations__))
    if unknown:
        known = ", ".join(ScenarioFields.__annotations__)
        raise TypeError(f"unknown scenario field(s) {', '.join(unknown)}; a scenario takes {known}")
    given: dict[str, Any] = dict(fields)
    for key, enum in _ENUMS.items():
        if key in given:
            given[key] = enum(one_of(key, given[key], list(enum)))
    if given.get("notification_groups") is not None:
        given["notification_groups"] = list(given["notification_groups"])
    return models.ScenarioWrite(name=name, definition=definition_of(definition), **given)


class OrganizationFields(TypedDict, total=False):
    """What updating an Organization may change (the docs' request fields)."""

    name: str
    status_page_is_public: bool
    notification_email_address: str
    notification_setting: NotificationSetting | str


def organization_update(fields: OrganizationFields) -> OrganizationUpdate:
    """The body updating an Organization."""
    unknown = sorted(set(fields) - set(OrganizationFields.__annotations__))
    if unknown:
        raise TypeError(f"unknown organization field(s) {', '.join(unknown)}")
    given: dict[str, Any] = dict(fields)
    if "notification_setting" in given:
        setting = one_of("notification_setting", given["notification_setting"], list(models.NotificationSetting))
        given["notification_setting"] = models.NotificationSetting(setting)
    return models.OrganizationUpdate(**given)


def organization(name: str, status_page_is_public: bool) -> OrganizationCreate:
    """The body creating an Organization."""
    return models.OrganizationCreate(name=name, status_page_is_public=status_page_is_public)


def invite(email: str, role: Role | str | None) -> MemberInvite:
    """The body inviting a team member."""
    return models.MemberInvite(email=email, role=UNSET if role is None else models.Role(role))


def member_update(role: Role | str) -> MemberUpdate:
    """The body changing a member's role."""
    return models.MemberUpdate(role=models.Role(role))


def notification_group(name: str, email: str | None, members: Sequence[User] | None) -> NotificationGroupWrite:
    """The body creating or updating a Notification Group."""
    return models.NotificationGroupWrite(
        name=name, email=UNSET if email is None else email, members=UNSET if members is None else list(members)
    )


def connection(cog: Cog | str, auth: Mapping[str, Any], profile: str) -> ConnectionCreate:
    """The body creating a Connection."""
    return models.ConnectionCreate(
        cog=models.Cog(cog), auth=models.ConnectionAuth.from_dict(dict(auth)), profile=models.Profile(profile)
    )


def connection_update(auth: Mapping[str, Any]) -> ConnectionUpdate:
    """The body replacing a Connection's auth details."""
    return models.ConnectionUpdate(auth=models.ConnectionAuth.from_dict(dict(auth)))


def folder(name: str, description: str | None) -> FolderWrite:
    """The body creating or updating a Folder."""
    return models.FolderWrite(name=name, description=UNSET if description is None else description)


def schedule(scenario: int | Scenario, interval: int) -> ScheduleWrite:
    """The body creating or updating a Schedule of a Scenario (sent by id)."""
    scenario_id = scenario.id if isinstance(scenario, models.Scenario) else scenario
    return models.ScheduleWrite(
        interval=interval, scheduled_model=models.ScheduledModel.SCENARIO, scheduled_scenario=scenario_id
    )


def run_create(tokens: Mapping[str, Any] | None, notify: Notify | str | None) -> RunCreate:
    """The body starting a run; ``notify`` left out means the API's default, ``me``."""
    return models.RunCreate(
        tokens=UNSET if tokens is None else models.RunCreateTokens.from_dict(dict(tokens)),
        notify=UNSET if notify is None else models.Notify(notify),
    )


def job_uuid(job_id: str | uuid.UUID) -> uuid.UUID:
    """A job id as the path wants it."""
    return job_id if isinstance(job_id, uuid.UUID) else uuid.UUID(job_id)
