# Generated from specs/testmo/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/testmo/GENERATED.json.
from enum import IntEnum


class PerPage(IntEnum):
    __test__ = False  # not a pytest test class, whatever its name

    PER_PAGE_15 = 15
    PER_PAGE_25 = 25
    PER_PAGE_50 = 50
    PER_PAGE_100 = 100

    def __str__(self) -> str:
        return str(self.value)
