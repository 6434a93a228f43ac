# Generated from specs/testmo/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/testmo/GENERATED.json.
from enum import IntEnum


class RunStatus(IntEnum):
    __test__ = False  # not a pytest test class, whatever its name

    SUCCESS = 2
    FAILURE = 3
    RUNNING = 4

    def __str__(self) -> str:
        return str(self.value)
