# Generated from specs/testmo/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/testmo/GENERATED.json.
"""Contains all the data models used in inputs/outputs"""

from .append_automation_run import AppendAutomationRun
from .append_automation_run_thread import AppendAutomationRunThread
from .artifact import Artifact
from .automation_run import AutomationRun
from .automation_run_list import AutomationRunList
from .automation_run_response import AutomationRunResponse
from .automation_run_thread import AutomationRunThread
from .complete_automation_run import CompleteAutomationRun
from .complete_automation_run_thread import CompleteAutomationRunThread
from .create_automation_run import CreateAutomationRun
from .create_automation_run_thread import CreateAutomationRunThread
from .created_id import CreatedId
from .error import Error
from .expanded_object import ExpandedObject
from .expands import Expands
from .field import Field
from .field_meta import FieldMeta
from .field_type import FieldType
from .link import Link
from .per_page import PerPage
from .run_counters import RunCounters
from .run_status import RunStatus
from .sort_order import SortOrder
from .test import Test
from .validation_error_body import ValidationErrorBody
from .validation_error_body_errors import ValidationErrorBodyErrors

__all__ = (
    "AppendAutomationRun",
    "AppendAutomationRunThread",
    "Artifact",
    "AutomationRun",
    "AutomationRunList",
    "AutomationRunResponse",
    "AutomationRunThread",
    "CompleteAutomationRun",
    "CompleteAutomationRunThread",
    "CreateAutomationRun",
    "CreateAutomationRunThread",
    "CreatedId",
    "Error",
    "ExpandedObject",
    "Expands",
    "Field",
    "FieldMeta",
    "FieldType",
    "Link",
    "PerPage",
    "RunCounters",
    "RunStatus",
    "SortOrder",
    "Test",
    "ValidationErrorBody",
    "ValidationErrorBodyErrors",
)
