# Generated from specs/testmo/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/testmo/GENERATED.json.
"""Contains all the data models used in inputs/outputs

Each model's module is imported the first time the model is read from this package (PEP 562).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_MODULES: dict[str, str] = {
    "AppendAutomationRun": ".append_automation_run",
    "AppendAutomationRunThread": ".append_automation_run_thread",
    "Artifact": ".artifact",
    "AutomationRun": ".automation_run",
    "AutomationRunList": ".automation_run_list",
    "AutomationRunResponse": ".automation_run_response",
    "AutomationRunThread": ".automation_run_thread",
    "CompleteAutomationRun": ".complete_automation_run",
    "CompleteAutomationRunThread": ".complete_automation_run_thread",
    "CreateAutomationRun": ".create_automation_run",
    "CreateAutomationRunThread": ".create_automation_run_thread",
    "CreatedId": ".created_id",
    "Error": ".error",
    "ExpandedObject": ".expanded_object",
    "Expands": ".expands",
    "Field": ".field",
    "FieldMeta": ".field_meta",
    "FieldType": ".field_type",
    "Link": ".link",
    "PerPage": ".per_page",
    "RunCounters": ".run_counters",
    "RunStatus": ".run_status",
    "SortOrder": ".sort_order",
    "Test": ".test",
    "ValidationErrorBody": ".validation_error_body",
    "ValidationErrorBodyErrors": ".validation_error_body_errors",
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
