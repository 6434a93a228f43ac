# Generated from tests/codegen/golden_spec.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/golden/GENERATED.json.
from enum import StrEnum


class Kind(StrEnum):
    __test__ = False  # not a pytest test class, whatever its name

    LARGE = "large"
    SMALL = "small"

    def __str__(self) -> str:
        return str(self.value)
