# Generated from specs/stackmoxie/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/stackmoxie/GENERATED.json.
"""Contains all the data models used in inputs/outputs"""

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
