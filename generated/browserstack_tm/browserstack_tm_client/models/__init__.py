# Generated from specs/browserstack_tm/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/browserstack_tm/GENERATED.json.
"""Contains all the data models used in inputs/outputs"""

from .assign_test_cases_request import AssignTestCasesRequest
from .assignment import Assignment
from .async_accepted import AsyncAccepted
from .clone_test_run_request import CloneTestRunRequest
from .clone_test_run_request_test_case_selection import CloneTestRunRequestTestCaseSelection
from .configuration_map_entry import ConfigurationMapEntry
from .create_test_run_request import CreateTestRunRequest
from .dataset_row import DatasetRow
from .deleted import Deleted
from .dynamic_run_flag import DynamicRunFlag
from .error_body import ErrorBody
from .issue_tracker import IssueTracker
from .issue_tracker_name import IssueTrackerName
from .page_info import PageInfo
from .patch_test_run_request import PatchTestRunRequest
from .replace_test_run_fields import ReplaceTestRunFields
from .replace_test_run_request import ReplaceTestRunRequest
from .run_links import RunLinks
from .run_state import RunState
from .run_test_case import RunTestCase
from .status_counts import StatusCounts
from .step import Step
from .success import Success
from .test_case_filter import TestCaseFilter
from .test_case_filter_custom_fields import TestCaseFilterCustomFields
from .test_case_mapping import TestCaseMapping
from .test_case_status import TestCaseStatus
from .test_case_summary import TestCaseSummary
from .test_cases_change import TestCasesChange
from .test_cases_updated_event import TestCasesUpdatedEvent
from .test_cases_updated_event_operation import TestCasesUpdatedEventOperation
from .test_plan_ref import TestPlanRef
from .test_run import TestRun
from .test_run_envelope import TestRunEnvelope
from .test_run_fields import TestRunFields
from .test_run_fields_filter_scope import TestRunFieldsFilterScope
from .test_run_list import TestRunList
from .test_run_test_case_list import TestRunTestCaseList
from .update_test_run_test_cases_request import UpdateTestRunTestCasesRequest
from .urls import Urls

__all__ = (
    "Assignment",
    "AssignTestCasesRequest",
    "AsyncAccepted",
    "CloneTestRunRequest",
    "CloneTestRunRequestTestCaseSelection",
    "ConfigurationMapEntry",
    "CreateTestRunRequest",
    "DatasetRow",
    "Deleted",
    "DynamicRunFlag",
    "ErrorBody",
    "IssueTracker",
    "IssueTrackerName",
    "PageInfo",
    "PatchTestRunRequest",
    "ReplaceTestRunFields",
    "ReplaceTestRunRequest",
    "RunLinks",
    "RunState",
    "RunTestCase",
    "StatusCounts",
    "Step",
    "Success",
    "TestCaseFilter",
    "TestCaseFilterCustomFields",
    "TestCaseMapping",
    "TestCasesChange",
    "TestCaseStatus",
    "TestCaseSummary",
    "TestCasesUpdatedEvent",
    "TestCasesUpdatedEventOperation",
    "TestPlanRef",
    "TestRun",
    "TestRunEnvelope",
    "TestRunFields",
    "TestRunFieldsFilterScope",
    "TestRunList",
    "TestRunTestCaseList",
    "UpdateTestRunTestCasesRequest",
    "Urls",
)
