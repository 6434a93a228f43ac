# Generated from specs/runscope/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/runscope/GENERATED.json.
from enum import StrEnum


class AssertionResultComparison(StrEnum):
    __test__ = False  # not a pytest test class, whatever its name

    CONTAINS = "contains"
    DOES_NOT_CONTAIN = "does_not_contain"
    DOES_NOT_EQUAL = "does_not_equal"
    EQUALS = "equals"
    EQUALS_NUMBER = "equals_number"
    GREATER_THAN = "greater_than"
    GREATER_THAN_OR_EQUAL = "greater_than_or_equal"
    HAS_KEY = "has_key"
    HAS_VALUE = "has_value"
    IS_EMPTY = "is_empty"
    IS_NOT_EMPTY = "is_not_empty"
    LESS_THAN = "less_than"
    LESS_THAN_OR_EQUAL = "less_than_or_equal"

    def __str__(self) -> str:
        return str(self.value)
