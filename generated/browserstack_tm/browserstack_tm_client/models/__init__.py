# Generated from specs/browserstack_tm/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/browserstack_tm/GENERATED.json.
"""Contains all the data models used in inputs/outputs

Each model's module is imported the first time the model is read from this package (PEP 562).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_MODULES: dict[str, str] = {
    "AssignTestCasesRequest": ".assign_test_cases_request",
    "Assignment": ".assignment",
    "AsyncAccepted": ".async_accepted",
    "CloneTestRunRequest": ".clone_test_run_request",
    "CloneTestRunRequestTestCaseSelection": ".clone_test_run_request_test_case_selection",
    "ConfigurationMapEntry": ".configuration_map_entry",
    "CreateTestRunRequest": ".create_test_run_request",
    "DatasetRow": ".dataset_row",
    "Deleted": ".deleted",
    "DynamicRunFlag": ".dynamic_run_flag",
    "ErrorBody": ".error_body",
    "IssueTracker": ".issue_tracker",
    "IssueTrackerName": ".issue_tracker_name",
    "PageInfo": ".page_info",
    "PatchTestRunRequest": ".patch_test_run_request",
    "ReplaceTestRunFields": ".replace_test_run_fields",
    "ReplaceTestRunRequest": ".replace_test_run_request",
    "RunLinks": ".run_links",
    "RunState": ".run_state",
    "RunTestCase": ".run_test_case",
    "StatusCounts": ".status_counts",
    "Step": ".step",
    "Success": ".success",
    "TestCaseFilter": ".test_case_filter",
    "TestCaseFilterCustomFields": ".test_case_filter_custom_fields",
    "TestCaseMapping": ".test_case_mapping",
    "TestCaseStatus": ".test_case_status",
    "TestCaseSummary": ".test_case_summary",
    "TestCasesChange": ".test_cases_change",
    "TestCasesUpdatedEvent": ".test_cases_updated_event",
    "TestCasesUpdatedEventOperation": ".test_cases_updated_event_operation",
    "TestPlanRef": ".test_plan_ref",
    "TestRun": ".test_run",
    "TestRunEnvelope": ".test_run_envelope",
    "TestRunFields": ".test_run_fields",
    "TestRunFieldsFilterScope": ".test_run_fields_filter_scope",
    "TestRunList": ".test_run_list",
    "TestRunTestCaseList": ".test_run_test_case_list",
    "UpdateTestRunTestCasesRequest": ".update_test_run_test_cases_request",
    "Urls": ".urls",
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
