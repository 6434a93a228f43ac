# Generated from specs/runscope/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/runscope/GENERATED.json.
"""Contains all the data models used in inputs/outputs

Each model's module is imported the first time the model is read from this package (PEP 562).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account
    from .account_envelope import AccountEnvelope
    from .account_team import AccountTeam
    from .agent import Agent
    from .agent_list_envelope import AgentListEnvelope
    from .assertion import Assertion
    from .assertion_comparison import AssertionComparison
    from .assertion_result import AssertionResult
    from .assertion_result_comparison import AssertionResultComparison
    from .assertion_source import AssertionSource
    from .auth_type import AuthType
    from .auth_write import AuthWrite
    from .basic_auth import BasicAuth
    from .bucket import Bucket
    from .bucket_envelope import BucketEnvelope
    from .bucket_list_envelope import BucketListEnvelope
    from .bucket_locations_utilization import BucketLocationsUtilization
    from .bucket_request_count import BucketRequestCount
    from .bucket_request_count_envelope import BucketRequestCountEnvelope
    from .bucket_run import BucketRun
    from .bucket_run_envelope import BucketRunEnvelope
    from .bucket_write import BucketWrite
    from .client_authentication import ClientAuthentication
    from .client_certificate_auth import ClientCertificateAuth
    from .code_challenge_method import CodeChallengeMethod
    from .condition_order import ConditionOrder
    from .condition_step import ConditionStep
    from .custom_email import CustomEmail
    from .custom_email_delete import CustomEmailDelete
    from .custom_email_list_envelope import CustomEmailListEnvelope
    from .custom_email_write import CustomEmailWrite
    from .email_domains import EmailDomains
    from .email_domains_envelope import EmailDomainsEnvelope
    from .email_domains_write import EmailDomainsWrite
    from .emails import Emails
    from .envelope import Envelope
    from .environment import Environment
    from .environment_envelope import EnvironmentEnvelope
    from .environment_integration import EnvironmentIntegration
    from .environment_list_envelope import EnvironmentListEnvelope
    from .environment_write import EnvironmentWrite
    from .error_detail import ErrorDetail
    from .ghost_inspector_step import GhostInspectorStep
    from .grant_type import GrantType
    from .group import Group
    from .group_create import GroupCreate
    from .group_envelope import GroupEnvelope
    from .group_list_envelope import GroupListEnvelope
    from .group_update import GroupUpdate
    from .group_user import GroupUser
    from .header_map import HeaderMap
    from .initial_variables import InitialVariables
    from .integration import Integration
    from .integration_list_envelope import IntegrationListEnvelope
    from .invitation import Invitation
    from .invitation_result import InvitationResult
    from .invitation_result_envelope import InvitationResultEnvelope
    from .meta import Meta
    from .metrics import Metrics
    from .metrics_envelope import MetricsEnvelope
    from .metrics_timeframe import MetricsTimeframe
    from .multi_value_map import MultiValueMap
    from .no_auth import NoAuth
    from .notification_request import NotificationRequest
    from .notification_request_assertions_type_0 import NotificationRequestAssertionsType0
    from .notification_request_scripts_type_0 import NotificationRequestScriptsType0
    from .notification_request_variables_type_0 import NotificationRequestVariablesType0
    from .notify_on import NotifyOn
    from .o_auth_1_auth import OAuth1Auth
    from .o_auth_2_auth import OAuth2Auth
    from .o_auth_2_grant_type import OAuth2GrantType
    from .o_auth_token import OAuthToken
    from .pause_step import PauseStep
    from .percentiles import Percentiles
    from .permission import Permission
    from .person import Person
    from .person_envelope import PersonEnvelope
    from .person_list_envelope import PersonListEnvelope
    from .recorded_request import RecordedRequest
    from .recorded_response import RecordedResponse
    from .region import Region
    from .regions import Regions
    from .regions_envelope import RegionsEnvelope
    from .remote_agent import RemoteAgent
    from .request_result import RequestResult
    from .request_step import RequestStep
    from .response_time_point import ResponseTimePoint
    from .result_source import ResultSource
    from .revision import Revision
    from .role import Role
    from .role_assignment import RoleAssignment
    from .role_envelope import RoleEnvelope
    from .role_list_envelope import RoleListEnvelope
    from .role_write import RoleWrite
    from .root import Root
    from .root_envelope import RootEnvelope
    from .run_notification import RunNotification
    from .run_result import RunResult
    from .schedule import Schedule
    from .schedule_envelope import ScheduleEnvelope
    from .schedule_interval import ScheduleInterval
    from .schedule_list_envelope import ScheduleListEnvelope
    from .schedule_write import ScheduleWrite
    from .script_result import ScriptResult
    from .signature_type import SignatureType
    from .step_created_envelope import StepCreatedEnvelope
    from .step_envelope import StepEnvelope
    from .step_list_envelope import StepListEnvelope
    from .step_result import StepResult
    from .step_result_envelope import StepResultEnvelope
    from .step_type import StepType
    from .step_write import StepWrite
    from .subtest_detail import SubtestDetail
    from .subtest_param import SubtestParam
    from .subtest_step import SubtestStep
    from .team import Team
    from .team_envelope import TeamEnvelope
    from .team_request_count import TeamRequestCount
    from .team_request_count_envelope import TeamRequestCountEnvelope
    from .test import Test
    from .test_envelope import TestEnvelope
    from .test_list_envelope import TestListEnvelope
    from .test_revisions import TestRevisions
    from .test_revisions_env_revisions import TestRevisionsEnvRevisions
    from .test_revisions_envelope import TestRevisionsEnvelope
    from .test_run import TestRun
    from .test_run_envelope import TestRunEnvelope
    from .test_run_list_envelope import TestRunListEnvelope
    from .test_write import TestWrite
    from .tests_created_envelope import TestsCreatedEnvelope
    from .timings import Timings
    from .token_location import TokenLocation
    from .trigger import Trigger
    from .trigger_bucket_post_variables import TriggerBucketPostVariables
    from .trigger_bucket_variables import TriggerBucketVariables
    from .trigger_envelope import TriggerEnvelope
    from .trigger_run import TriggerRun
    from .trigger_test_post_variables import TriggerTestPostVariables
    from .trigger_test_variables import TriggerTestVariables
    from .variable import Variable
    from .variable_result import VariableResult
    from .variable_source import VariableSource

__all__ = (
    "Account",
    "AccountEnvelope",
    "AccountTeam",
    "Agent",
    "AgentListEnvelope",
    "Assertion",
    "AssertionComparison",
    "AssertionResult",
    "AssertionResultComparison",
    "AssertionSource",
    "AuthType",
    "AuthWrite",
    "BasicAuth",
    "Bucket",
    "BucketEnvelope",
    "BucketListEnvelope",
    "BucketLocationsUtilization",
    "BucketRequestCount",
    "BucketRequestCountEnvelope",
    "BucketRun",
    "BucketRunEnvelope",
    "BucketWrite",
    "ClientAuthentication",
    "ClientCertificateAuth",
    "CodeChallengeMethod",
    "ConditionOrder",
    "ConditionStep",
    "CustomEmail",
    "CustomEmailDelete",
    "CustomEmailListEnvelope",
    "CustomEmailWrite",
    "EmailDomains",
    "EmailDomainsEnvelope",
    "EmailDomainsWrite",
    "Emails",
    "Envelope",
    "Environment",
    "EnvironmentEnvelope",
    "EnvironmentIntegration",
    "EnvironmentListEnvelope",
    "EnvironmentWrite",
    "ErrorDetail",
    "GhostInspectorStep",
    "GrantType",
    "Group",
    "GroupCreate",
    "GroupEnvelope",
    "GroupListEnvelope",
    "GroupUpdate",
    "GroupUser",
    "HeaderMap",
    "InitialVariables",
    "Integration",
    "IntegrationListEnvelope",
    "Invitation",
    "InvitationResult",
    "InvitationResultEnvelope",
    "Meta",
    "Metrics",
    "MetricsEnvelope",
    "MetricsTimeframe",
    "MultiValueMap",
    "NoAuth",
    "NotificationRequest",
    "NotificationRequestAssertionsType0",
    "NotificationRequestScriptsType0",
    "NotificationRequestVariablesType0",
    "NotifyOn",
    "OAuth1Auth",
    "OAuth2Auth",
    "OAuth2GrantType",
    "OAuthToken",
    "PauseStep",
    "Percentiles",
    "Permission",
    "Person",
    "PersonEnvelope",
    "PersonListEnvelope",
    "RecordedRequest",
    "RecordedResponse",
    "Region",
    "Regions",
    "RegionsEnvelope",
    "RemoteAgent",
    "RequestResult",
    "RequestStep",
    "ResponseTimePoint",
    "ResultSource",
    "Revision",
    "Role",
    "RoleAssignment",
    "RoleEnvelope",
    "RoleListEnvelope",
    "RoleWrite",
    "Root",
    "RootEnvelope",
    "RunNotification",
    "RunResult",
    "Schedule",
    "ScheduleEnvelope",
    "ScheduleInterval",
    "ScheduleListEnvelope",
    "ScheduleWrite",
    "ScriptResult",
    "SignatureType",
    "StepCreatedEnvelope",
    "StepEnvelope",
    "StepListEnvelope",
    "StepResult",
    "StepResultEnvelope",
    "StepType",
    "StepWrite",
    "SubtestDetail",
    "SubtestParam",
    "SubtestStep",
    "Team",
    "TeamEnvelope",
    "TeamRequestCount",
    "TeamRequestCountEnvelope",
    "Test",
    "TestEnvelope",
    "TestListEnvelope",
    "TestRevisions",
    "TestRevisionsEnvelope",
    "TestRevisionsEnvRevisions",
    "TestRun",
    "TestRunEnvelope",
    "TestRunListEnvelope",
    "TestsCreatedEnvelope",
    "TestWrite",
    "Timings",
    "TokenLocation",
    "Trigger",
    "TriggerBucketPostVariables",
    "TriggerBucketVariables",
    "TriggerEnvelope",
    "TriggerRun",
    "TriggerTestPostVariables",
    "TriggerTestVariables",
    "Variable",
    "VariableResult",
    "VariableSource",
)

_MODULES: dict[str, str] = {
    "Account": ".account",
    "AccountEnvelope": ".account_envelope",
    "AccountTeam": ".account_team",
    "Agent": ".agent",
    "AgentListEnvelope": ".agent_list_envelope",
    "Assertion": ".assertion",
    "AssertionComparison": ".assertion_comparison",
    "AssertionResult": ".assertion_result",
    "AssertionResultComparison": ".assertion_result_comparison",
    "AssertionSource": ".assertion_source",
    "AuthType": ".auth_type",
    "AuthWrite": ".auth_write",
    "BasicAuth": ".basic_auth",
    "Bucket": ".bucket",
    "BucketEnvelope": ".bucket_envelope",
    "BucketListEnvelope": ".bucket_list_envelope",
    "BucketLocationsUtilization": ".bucket_locations_utilization",
    "BucketRequestCount": ".bucket_request_count",
    "BucketRequestCountEnvelope": ".bucket_request_count_envelope",
    "BucketRun": ".bucket_run",
    "BucketRunEnvelope": ".bucket_run_envelope",
    "BucketWrite": ".bucket_write",
    "ClientAuthentication": ".client_authentication",
    "ClientCertificateAuth": ".client_certificate_auth",
    "CodeChallengeMethod": ".code_challenge_method",
    "ConditionOrder": ".condition_order",
    "ConditionStep": ".condition_step",
    "CustomEmail": ".custom_email",
    "CustomEmailDelete": ".custom_email_delete",
    "CustomEmailListEnvelope": ".custom_email_list_envelope",
    "CustomEmailWrite": ".custom_email_write",
    "EmailDomains": ".email_domains",
    "EmailDomainsEnvelope": ".email_domains_envelope",
    "EmailDomainsWrite": ".email_domains_write",
    "Emails": ".emails",
    "Envelope": ".envelope",
    "Environment": ".environment",
    "EnvironmentEnvelope": ".environment_envelope",
    "EnvironmentIntegration": ".environment_integration",
    "EnvironmentListEnvelope": ".environment_list_envelope",
    "EnvironmentWrite": ".environment_write",
    "ErrorDetail": ".error_detail",
    "GhostInspectorStep": ".ghost_inspector_step",
    "GrantType": ".grant_type",
    "Group": ".group",
    "GroupCreate": ".group_create",
    "GroupEnvelope": ".group_envelope",
    "GroupListEnvelope": ".group_list_envelope",
    "GroupUpdate": ".group_update",
    "GroupUser": ".group_user",
    "HeaderMap": ".header_map",
    "InitialVariables": ".initial_variables",
    "Integration": ".integration",
    "IntegrationListEnvelope": ".integration_list_envelope",
    "Invitation": ".invitation",
    "InvitationResult": ".invitation_result",
    "InvitationResultEnvelope": ".invitation_result_envelope",
    "Meta": ".meta",
    "Metrics": ".metrics",
    "MetricsEnvelope": ".metrics_envelope",
    "MetricsTimeframe": ".metrics_timeframe",
    "MultiValueMap": ".multi_value_map",
    "NoAuth": ".no_auth",
    "NotificationRequest": ".notification_request",
    "NotificationRequestAssertionsType0": ".notification_request_assertions_type_0",
    "NotificationRequestScriptsType0": ".notification_request_scripts_type_0",
    "NotificationRequestVariablesType0": ".notification_request_variables_type_0",
    "NotifyOn": ".notify_on",
    "OAuth1Auth": ".o_auth_1_auth",
    "OAuth2Auth": ".o_auth_2_auth",
    "OAuth2GrantType": ".o_auth_2_grant_type",
    "OAuthToken": ".o_auth_token",
    "PauseStep": ".pause_step",
    "Percentiles": ".percentiles",
    "Permission": ".permission",
    "Person": ".person",
    "PersonEnvelope": ".person_envelope",
    "PersonListEnvelope": ".person_list_envelope",
    "RecordedRequest": ".recorded_request",
    "RecordedResponse": ".recorded_response",
    "Region": ".region",
    "Regions": ".regions",
    "RegionsEnvelope": ".regions_envelope",
    "RemoteAgent": ".remote_agent",
    "RequestResult": ".request_result",
    "RequestStep": ".request_step",
    "ResponseTimePoint": ".response_time_point",
    "ResultSource": ".result_source",
    "Revision": ".revision",
    "Role": ".role",
    "RoleAssignment": ".role_assignment",
    "RoleEnvelope": ".role_envelope",
    "RoleListEnvelope": ".role_list_envelope",
    "RoleWrite": ".role_write",
    "Root": ".root",
    "RootEnvelope": ".root_envelope",
    "RunNotification": ".run_notification",
    "RunResult": ".run_result",
    "Schedule": ".schedule",
    "ScheduleEnvelope": ".schedule_envelope",
    "ScheduleInterval": ".schedule_interval",
    "ScheduleListEnvelope": ".schedule_list_envelope",
    "ScheduleWrite": ".schedule_write",
    "ScriptResult": ".script_result",
    "SignatureType": ".signature_type",
    "StepCreatedEnvelope": ".step_created_envelope",
    "StepEnvelope": ".step_envelope",
    "StepListEnvelope": ".step_list_envelope",
    "StepResult": ".step_result",
    "StepResultEnvelope": ".step_result_envelope",
    "StepType": ".step_type",
    "StepWrite": ".step_write",
    "SubtestDetail": ".subtest_detail",
    "SubtestParam": ".subtest_param",
    "SubtestStep": ".subtest_step",
    "Team": ".team",
    "TeamEnvelope": ".team_envelope",
    "TeamRequestCount": ".team_request_count",
    "TeamRequestCountEnvelope": ".team_request_count_envelope",
    "Test": ".test",
    "TestEnvelope": ".test_envelope",
    "TestListEnvelope": ".test_list_envelope",
    "TestRevisions": ".test_revisions",
    "TestRevisionsEnvRevisions": ".test_revisions_env_revisions",
    "TestRevisionsEnvelope": ".test_revisions_envelope",
    "TestRun": ".test_run",
    "TestRunEnvelope": ".test_run_envelope",
    "TestRunListEnvelope": ".test_run_list_envelope",
    "TestWrite": ".test_write",
    "TestsCreatedEnvelope": ".tests_created_envelope",
    "Timings": ".timings",
    "TokenLocation": ".token_location",
    "Trigger": ".trigger",
    "TriggerBucketPostVariables": ".trigger_bucket_post_variables",
    "TriggerBucketVariables": ".trigger_bucket_variables",
    "TriggerEnvelope": ".trigger_envelope",
    "TriggerRun": ".trigger_run",
    "TriggerTestPostVariables": ".trigger_test_post_variables",
    "TriggerTestVariables": ".trigger_test_variables",
    "Variable": ".variable",
    "VariableResult": ".variable_result",
    "VariableSource": ".variable_source",
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
