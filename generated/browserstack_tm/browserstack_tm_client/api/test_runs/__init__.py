# Generated from specs/browserstack_tm/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/browserstack_tm/GENERATED.json.
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
                "assign_test_run_test_cases",
                "clone_test_run",
                "close_test_run",
                "create_test_run",
                "delete_test_run",
                "get_test_run",
                "list_test_run_test_cases",
                "list_test_runs",
                "patch_test_run",
                "patch_test_run_test_cases",
                "replace_test_run",
                "update_test_run_test_cases",
            }
        ),
    )
