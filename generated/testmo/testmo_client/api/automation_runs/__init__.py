# Generated from specs/testmo/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/testmo/GENERATED.json.
"""Contains endpoint functions for accessing the API

Each operation's module, imported from here, is run when it is first used (PEP 562).
"""

from typing import TYPE_CHECKING

# Hidden from type checkers: they resolve each operation to its module.
if not TYPE_CHECKING:
    from .. import lazy_operations

    __getattr__, __dir__ = lazy_operations(
        __name__,
        globals(),
        frozenset(
            {
                "append_automation_run",
                "append_automation_run_thread",
                "complete_automation_run",
                "complete_automation_run_thread",
                "create_automation_run",
                "create_automation_run_thread",
                "get_automation_run",
                "list_automation_runs",
            }
        ),
    )
