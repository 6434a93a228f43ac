# Generated from specs/stackmoxie/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/stackmoxie/GENERATED.json.
"""Contains all the data models used in inputs/outputs

Each model's module is imported the first time the model is read from this package (PEP 562).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cog import Cog
    from .connection import Connection
    from .connection_auth import ConnectionAuth
    from .connection_create import ConnectionCreate
    from .connection_update import ConnectionUpdate
    from .dashboard_setting import DashboardSetting
    from .error import Error
    from .folder import Folder
    from .folder_write import FolderWrite
    from .invitation_resent import InvitationResent
    from .job import Job
    from .job_reference import JobReference
    from .job_status import JobStatus
    from .job_type import JobType
    from .linked_scenario import LinkedScenario
    from .member_invite import MemberInvite
    from .member_update import MemberUpdate
    from .notification_group import NotificationGroup
    from .notification_group_write import NotificationGroupWrite
    from .notification_setting import NotificationSetting
    from .notify import Notify
    from .organization import Organization
    from .organization_create import OrganizationCreate
    from .organization_member import OrganizationMember
    from .organization_update import OrganizationUpdate
    from .profile import Profile
    from .registry_entry import RegistryEntry
    from .registry_entry_auth_fields_list_item import RegistryEntryAuthFieldsListItem
    from .registry_entry_step_definitions_list_item import RegistryEntryStepDefinitionsListItem
    from .role import Role
    from .run import Run
    from .run_create import RunCreate
    from .run_create_tokens import RunCreateTokens
    from .run_log import RunLog
    from .run_outcome import RunOutcome
    from .scenario import Scenario
    from .scenario_definition import ScenarioDefinition
    from .scenario_definition_linked_scenarios import ScenarioDefinitionLinkedScenarios
    from .scenario_type import ScenarioType
    from .scenario_write import ScenarioWrite
    from .schedule import Schedule
    from .schedule_write import ScheduleWrite
    from .scheduled_model import ScheduledModel
    from .severity import Severity
    from .step import Step
    from .step_data import StepData
    from .step_result import StepResult
    from .step_result_step_data import StepResultStepData
    from .user import User

__all__ = (
    "Cog",
    "Connection",
    "ConnectionAuth",
    "ConnectionCreate",
    "ConnectionUpdate",
    "DashboardSetting",
    "Error",
    "Folder",
    "FolderWrite",
    "InvitationResent",
    "Job",
    "JobReference",
    "JobStatus",
    "JobType",
    "LinkedScenario",
    "MemberInvite",
    "MemberUpdate",
    "NotificationGroup",
    "NotificationGroupWrite",
    "NotificationSetting",
    "Notify",
    "Organization",
    "OrganizationCreate",
    "OrganizationMember",
    "OrganizationUpdate",
    "Profile",
    "RegistryEntry",
    "RegistryEntryAuthFieldsListItem",
    "RegistryEntryStepDefinitionsListItem",
    "Role",
    "Run",
    "RunCreate",
    "RunCreateTokens",
    "RunLog",
    "RunOutcome",
    "Scenario",
    "ScenarioDefinition",
    "ScenarioDefinitionLinkedScenarios",
    "ScenarioType",
    "ScenarioWrite",
    "Schedule",
    "ScheduledModel",
    "ScheduleWrite",
    "Severity",
    "Step",
    "StepData",
    "StepResult",
    "StepResultStepData",
    "User",
)

_MODULES: dict[str, str] = {
    "Cog": ".cog",
    "Connection": ".connection",
    "ConnectionAuth": ".connection_auth",
    "ConnectionCreate": ".connection_create",
    "ConnectionUpdate": ".connection_update",
    "DashboardSetting": ".dashboard_setting",
    "Error": ".error",
    "Folder": ".folder",
    "FolderWrite": ".folder_write",
    "InvitationResent": ".invitation_resent",
    "Job": ".job",
    "JobReference": ".job_reference",
    "JobStatus": ".job_status",
    "JobType": ".job_type",
    "LinkedScenario": ".linked_scenario",
    "MemberInvite": ".member_invite",
    "MemberUpdate": ".member_update",
    "NotificationGroup": ".notification_group",
    "NotificationGroupWrite": ".notification_group_write",
    "NotificationSetting": ".notification_setting",
    "Notify": ".notify",
    "Organization": ".organization",
    "OrganizationCreate": ".organization_create",
    "OrganizationMember": ".organization_member",
    "OrganizationUpdate": ".organization_update",
    "Profile": ".profile",
    "RegistryEntry": ".registry_entry",
    "RegistryEntryAuthFieldsListItem": ".registry_entry_auth_fields_list_item",
    "RegistryEntryStepDefinitionsListItem": ".registry_entry_step_definitions_list_item",
    "Role": ".role",
    "Run": ".run",
    "RunCreate": ".run_create",
    "RunCreateTokens": ".run_create_tokens",
    "RunLog": ".run_log",
    "RunOutcome": ".run_outcome",
    "Scenario": ".scenario",
    "ScenarioDefinition": ".scenario_definition",
    "ScenarioDefinitionLinkedScenarios": ".scenario_definition_linked_scenarios",
    "ScenarioType": ".scenario_type",
    "ScenarioWrite": ".scenario_write",
    "Schedule": ".schedule",
    "ScheduleWrite": ".schedule_write",
    "ScheduledModel": ".scheduled_model",
    "Severity": ".severity",
    "Step": ".step",
    "StepData": ".step_data",
    "StepResult": ".step_result",
    "StepResultStepData": ".step_result_step_data",
    "User": ".user",
}


# Hidden from type checkers: they see the imports above, so an unknown name stays an error rather than Any.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value  # read once: later reads are plain attribute lookups
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
