# Generated from specs/testmo/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/testmo/GENERATED.json.
from enum import IntEnum


class FieldType(IntEnum):
    __test__ = False  # not a pytest test class, whatever its name

    STRING = 1
    TEXT = 2
    HTML = 3
    CONSOLE = 4
    URL = 5

    def __str__(self) -> str:
        return str(self.value)
