# Generated from specs/runscope/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/runscope/GENERATED.json.
from enum import StrEnum


class AssertionComparison(StrEnum):
    __test__ = False  # not a pytest test class, whatever its name

    CONTAINS = "contains"
    DOES_NOT_CONTAIN = "does_not_contain"
    EMPTY = "empty"
    EQUAL = "equal"
    EQUAL_NUMBER = "equal_number"
    HAS_KEY = "has_key"
    HAS_VALUE = "has_value"
    IS_A_NUMBER = "is_a_number"
    IS_GREATER_THAN = "is_greater_than"
    IS_GREATER_THAN_OR_EQUAL = "is_greater_than_or_equal"
    IS_LESS_THAN = "is_less_than"
    IS_LESS_THAN_OR_EQUAL = "is_less_than_or_equal"
    IS_NULL = "is_null"
    NOT_EMPTY = "not_empty"
    NOT_EQUAL = "not_equal"

    def __str__(self) -> str:
        return str(self.value)
