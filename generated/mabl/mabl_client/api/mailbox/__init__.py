# Generated from specs/mabl/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/mabl/GENERATED.json.
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
                "createpermanentmailbox",
                "deletemailboxaddress",
                "getmailboxaddress",
                "querymailboxesinworkspace",
                "updatemailboxaddress",
                "updatemailboxstatus",
            }
        ),
    )
