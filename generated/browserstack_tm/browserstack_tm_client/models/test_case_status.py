# Generated from specs/browserstack_tm/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/browserstack_tm/GENERATED.json.
from enum import StrEnum


class TestCaseStatus(StrEnum):
    __test__ = False  # not a pytest test class, whatever its name

    BLOCKED = "blocked"
    FAILED = "failed"
    IN_PROGRESS = "in_progress"
    PASSED = "passed"
    RETEST = "retest"
    SKIPPED = "skipped"
    UNTESTED = "untested"

    def __str__(self) -> str:
        return str(self.value)
