# Generated from specs/mabl/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/mabl/GENERATED.json.
"""Contains all the data models used in inputs/outputs

Each model's module is imported the first time the model is read from this package (PEP 562).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .accessibility_violations import AccessibilityViolations
    from .account_group_by import AccountGroupBy
    from .account_max_test_run_concurrency import AccountMaxTestRunConcurrency
    from .activity_entry import ActivityEntry
    from .activity_feed import ActivityFeed
    from .application import Application
    from .application_fields import ApplicationFields
    from .application_list import ApplicationList
    from .artifact_export import ArtifactExport
    from .artifact_export_status import ArtifactExportStatus
    from .artifact_type import ArtifactType
    from .audit import Audit
    from .batch_test_run_results import BatchTestRunResults
    from .boolean_map import BooleanMap
    from .connection_override import ConnectionOverride
    from .connection_properties import ConnectionProperties
    from .create_application import CreateApplication
    from .create_artifact_export import CreateArtifactExport
    from .create_credentials import CreateCredentials
    from .create_data_table import CreateDataTable
    from .create_database_connection import CreateDatabaseConnection
    from .create_deployment_event import CreateDeploymentEvent
    from .create_environment import CreateEnvironment
    from .create_invitation import CreateInvitation
    from .create_mailbox import CreateMailbox
    from .create_scenario import CreateScenario
    from .create_variable_name import CreateVariableName
    from .credentials import Credentials
    from .credentials_fields import CredentialsFields
    from .credentials_list import CredentialsList
    from .daily_concurrency import DailyConcurrency
    from .data_table import DataTable
    from .data_table_list import DataTableList
    from .database_connection import DatabaseConnection
    from .database_connection_fields import DatabaseConnectionFields
    from .database_connection_list import DatabaseConnectionList
    from .deployment_actions import DeploymentActions
    from .deployment_event import DeploymentEvent
    from .deployment_event_list import DeploymentEventList
    from .device_config import DeviceConfig
    from .device_emulation import DeviceEmulation
    from .environment import Environment
    from .environment_fields import EnvironmentFields
    from .environment_list import EnvironmentList
    from .error import Error
    from .event_status import EventStatus
    from .execution_result import ExecutionResult
    from .execution_seconds import ExecutionSeconds
    from .execution_seconds_bucket import ExecutionSecondsBucket
    from .failure_summary import FailureSummary
    from .flow_metadata import FlowMetadata
    from .flow_metadata_fields import FlowMetadataFields
    from .flow_run_metrics import FlowRunMetrics
    from .granularity import Granularity
    from .group_by import GroupBy
    from .http_header_override import HttpHeaderOverride
    from .invitation import Invitation
    from .invite_type import InviteType
    from .issue import Issue
    from .issue_fields import IssueFields
    from .issue_list import IssueList
    from .journey_execution import JourneyExecution
    from .journey_execution_metrics import JourneyExecutionMetrics
    from .label import Label
    from .link_agent import LinkAgent
    from .link_agent_list import LinkAgentList
    from .link_labels import LinkLabels
    from .linked_resource import LinkedResource
    from .mailbox import Mailbox
    from .mailbox_status import MailboxStatus
    from .max_test_run_concurrency import MaxTestRunConcurrency
    from .metadata import Metadata
    from .new_data_table import NewDataTable
    from .plan_execution import PlanExecution
    from .plan_execution_metrics import PlanExecutionMetrics
    from .plan_overrides import PlanOverrides
    from .plan_run_execution import PlanRunExecution
    from .plan_run_result import PlanRunResult
    from .remove_variable_name import RemoveVariableName
    from .rename_variable_name import RenameVariableName
    from .run_metrics import RunMetrics
    from .scenario import Scenario
    from .scenario_fields import ScenarioFields
    from .scenario_list import ScenarioList
    from .scenario_variable import ScenarioVariable
    from .screen import Screen
    from .screen_size import ScreenSize
    from .snapshot import Snapshot
    from .ssl_options import SslOptions
    from .string_map import StringMap
    from .test_case_ref import TestCaseRef
    from .test_metadata import TestMetadata
    from .test_metadata_fields import TestMetadataFields
    from .test_run_count_bucket import TestRunCountBucket
    from .test_run_counts import TestRunCounts
    from .test_run_result import TestRunResult
    from .test_run_summary import TestRunSummary
    from .test_type import TestType
    from .totp_pin import TotpPin
    from .triggered_plan_run import TriggeredPlanRun
    from .update_data_table import UpdateDataTable
    from .update_mailbox import UpdateMailbox
    from .update_mailbox_status import UpdateMailboxStatus
    from .usage_bucket import UsageBucket
    from .user import User
    from .user_list import UserList
    from .variable_name_list import VariableNameList
    from .workspace_mailboxes import WorkspaceMailboxes
    from .workspace_role import WorkspaceRole

__all__ = (
    "AccessibilityViolations",
    "AccountGroupBy",
    "AccountMaxTestRunConcurrency",
    "ActivityEntry",
    "ActivityFeed",
    "Application",
    "ApplicationFields",
    "ApplicationList",
    "ArtifactExport",
    "ArtifactExportStatus",
    "ArtifactType",
    "Audit",
    "BatchTestRunResults",
    "BooleanMap",
    "ConnectionOverride",
    "ConnectionProperties",
    "CreateApplication",
    "CreateArtifactExport",
    "CreateCredentials",
    "CreateDatabaseConnection",
    "CreateDataTable",
    "CreateDeploymentEvent",
    "CreateEnvironment",
    "CreateInvitation",
    "CreateMailbox",
    "CreateScenario",
    "CreateVariableName",
    "Credentials",
    "CredentialsFields",
    "CredentialsList",
    "DailyConcurrency",
    "DatabaseConnection",
    "DatabaseConnectionFields",
    "DatabaseConnectionList",
    "DataTable",
    "DataTableList",
    "DeploymentActions",
    "DeploymentEvent",
    "DeploymentEventList",
    "DeviceConfig",
    "DeviceEmulation",
    "Environment",
    "EnvironmentFields",
    "EnvironmentList",
    "Error",
    "EventStatus",
    "ExecutionResult",
    "ExecutionSeconds",
    "ExecutionSecondsBucket",
    "FailureSummary",
    "FlowMetadata",
    "FlowMetadataFields",
    "FlowRunMetrics",
    "Granularity",
    "GroupBy",
    "HttpHeaderOverride",
    "Invitation",
    "InviteType",
    "Issue",
    "IssueFields",
    "IssueList",
    "JourneyExecution",
    "JourneyExecutionMetrics",
    "Label",
    "LinkAgent",
    "LinkAgentList",
    "LinkedResource",
    "LinkLabels",
    "Mailbox",
    "MailboxStatus",
    "MaxTestRunConcurrency",
    "Metadata",
    "NewDataTable",
    "PlanExecution",
    "PlanExecutionMetrics",
    "PlanOverrides",
    "PlanRunExecution",
    "PlanRunResult",
    "RemoveVariableName",
    "RenameVariableName",
    "RunMetrics",
    "Scenario",
    "ScenarioFields",
    "ScenarioList",
    "ScenarioVariable",
    "Screen",
    "ScreenSize",
    "Snapshot",
    "SslOptions",
    "StringMap",
    "TestCaseRef",
    "TestMetadata",
    "TestMetadataFields",
    "TestRunCountBucket",
    "TestRunCounts",
    "TestRunResult",
    "TestRunSummary",
    "TestType",
    "TotpPin",
    "TriggeredPlanRun",
    "UpdateDataTable",
    "UpdateMailbox",
    "UpdateMailboxStatus",
    "UsageBucket",
    "User",
    "UserList",
    "VariableNameList",
    "WorkspaceMailboxes",
    "WorkspaceRole",
)

_MODULES: dict[str, str] = {
    "AccessibilityViolations": ".accessibility_violations",
    "AccountGroupBy": ".account_group_by",
    "AccountMaxTestRunConcurrency": ".account_max_test_run_concurrency",
    "ActivityEntry": ".activity_entry",
    "ActivityFeed": ".activity_feed",
    "Application": ".application",
    "ApplicationFields": ".application_fields",
    "ApplicationList": ".application_list",
    "ArtifactExport": ".artifact_export",
    "ArtifactExportStatus": ".artifact_export_status",
    "ArtifactType": ".artifact_type",
    "Audit": ".audit",
    "BatchTestRunResults": ".batch_test_run_results",
    "BooleanMap": ".boolean_map",
    "ConnectionOverride": ".connection_override",
    "ConnectionProperties": ".connection_properties",
    "CreateApplication": ".create_application",
    "CreateArtifactExport": ".create_artifact_export",
    "CreateCredentials": ".create_credentials",
    "CreateDataTable": ".create_data_table",
    "CreateDatabaseConnection": ".create_database_connection",
    "CreateDeploymentEvent": ".create_deployment_event",
    "CreateEnvironment": ".create_environment",
    "CreateInvitation": ".create_invitation",
    "CreateMailbox": ".create_mailbox",
    "CreateScenario": ".create_scenario",
    "CreateVariableName": ".create_variable_name",
    "Credentials": ".credentials",
    "CredentialsFields": ".credentials_fields",
    "CredentialsList": ".credentials_list",
    "DailyConcurrency": ".daily_concurrency",
    "DataTable": ".data_table",
    "DataTableList": ".data_table_list",
    "DatabaseConnection": ".database_connection",
    "DatabaseConnectionFields": ".database_connection_fields",
    "DatabaseConnectionList": ".database_connection_list",
    "DeploymentActions": ".deployment_actions",
    "DeploymentEvent": ".deployment_event",
    "DeploymentEventList": ".deployment_event_list",
    "DeviceConfig": ".device_config",
    "DeviceEmulation": ".device_emulation",
    "Environment": ".environment",
    "EnvironmentFields": ".environment_fields",
    "EnvironmentList": ".environment_list",
    "Error": ".error",
    "EventStatus": ".event_status",
    "ExecutionResult": ".execution_result",
    "ExecutionSeconds": ".execution_seconds",
    "ExecutionSecondsBucket": ".execution_seconds_bucket",
    "FailureSummary": ".failure_summary",
    "FlowMetadata": ".flow_metadata",
    "FlowMetadataFields": ".flow_metadata_fields",
    "FlowRunMetrics": ".flow_run_metrics",
    "Granularity": ".granularity",
    "GroupBy": ".group_by",
    "HttpHeaderOverride": ".http_header_override",
    "Invitation": ".invitation",
    "InviteType": ".invite_type",
    "Issue": ".issue",
    "IssueFields": ".issue_fields",
    "IssueList": ".issue_list",
    "JourneyExecution": ".journey_execution",
    "JourneyExecutionMetrics": ".journey_execution_metrics",
    "Label": ".label",
    "LinkAgent": ".link_agent",
    "LinkAgentList": ".link_agent_list",
    "LinkLabels": ".link_labels",
    "LinkedResource": ".linked_resource",
    "Mailbox": ".mailbox",
    "MailboxStatus": ".mailbox_status",
    "MaxTestRunConcurrency": ".max_test_run_concurrency",
    "Metadata": ".metadata",
    "NewDataTable": ".new_data_table",
    "PlanExecution": ".plan_execution",
    "PlanExecutionMetrics": ".plan_execution_metrics",
    "PlanOverrides": ".plan_overrides",
    "PlanRunExecution": ".plan_run_execution",
    "PlanRunResult": ".plan_run_result",
    "RemoveVariableName": ".remove_variable_name",
    "RenameVariableName": ".rename_variable_name",
    "RunMetrics": ".run_metrics",
    "Scenario": ".scenario",
    "ScenarioFields": ".scenario_fields",
    "ScenarioList": ".scenario_list",
    "ScenarioVariable": ".scenario_variable",
    "Screen": ".screen",
    "ScreenSize": ".screen_size",
    "Snapshot": ".snapshot",
    "SslOptions": ".ssl_options",
    "StringMap": ".string_map",
    "TestCaseRef": ".test_case_ref",
    "TestMetadata": ".test_metadata",
    "TestMetadataFields": ".test_metadata_fields",
    "TestRunCountBucket": ".test_run_count_bucket",
    "TestRunCounts": ".test_run_counts",
    "TestRunResult": ".test_run_result",
    "TestRunSummary": ".test_run_summary",
    "TestType": ".test_type",
    "TotpPin": ".totp_pin",
    "TriggeredPlanRun": ".triggered_plan_run",
    "UpdateDataTable": ".update_data_table",
    "UpdateMailbox": ".update_mailbox",
    "UpdateMailboxStatus": ".update_mailbox_status",
    "UsageBucket": ".usage_bucket",
    "User": ".user",
    "UserList": ".user_list",
    "VariableNameList": ".variable_name_list",
    "WorkspaceMailboxes": ".workspace_mailboxes",
    "WorkspaceRole": ".workspace_role",
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
