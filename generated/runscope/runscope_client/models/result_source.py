# Generated from specs/runscope/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/runscope/GENERATED.json.
from enum import StrEnum


class ResultSource(StrEnum):
    __test__ = False  # not a pytest test class, whatever its name

    JSON = "json"
    RESPONSE_HEADERS = "response_headers"
    RESPONSE_SIZE_BYTES = "response_size_bytes"
    RESPONSE_TIME_MS = "response_time_ms"
    STATUS_CODE = "status_code"
    XML = "xml"

    def __str__(self) -> str:
        return str(self.value)
