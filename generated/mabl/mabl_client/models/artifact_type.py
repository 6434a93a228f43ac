# Generated from specs/mabl/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/mabl/GENERATED.json.
from enum import StrEnum


class ArtifactType(StrEnum):
    __test__ = False  # not a pytest test class, whatever its name

    CONSOLE_LOGS = "console_logs"
    DOMS = "doms"
    HARS = "hars"
    SCREENSHOTS = "screenshots"
    TRACES = "traces"
    XRAY_JSON = "xray_json"

    def __str__(self) -> str:
        return str(self.value)
