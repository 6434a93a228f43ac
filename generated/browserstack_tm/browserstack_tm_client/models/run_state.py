# Generated from specs/browserstack_tm/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/browserstack_tm/GENERATED.json.
from enum import StrEnum


class RunState(StrEnum):
    __test__ = False  # not a pytest test class, whatever its name

    CLOSED = "closed"
    DONE = "done"
    IN_PROGRESS = "in_progress"
    NEW_RUN = "new_run"
    REJECTED = "rejected"
    UNDER_REVIEW = "under_review"

    def __str__(self) -> str:
        return str(self.value)
