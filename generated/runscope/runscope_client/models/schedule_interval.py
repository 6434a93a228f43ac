# Generated from specs/runscope/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/runscope/GENERATED.json.
from enum import StrEnum


class ScheduleInterval(StrEnum):
    __test__ = False  # not a pytest test class, whatever its name

    DAILY = "1d"
    EVERY_15_MINUTES = "15m"
    EVERY_30_MINUTES = "30m"
    EVERY_5_MINUTES = "5m"
    EVERY_6_HOURS = "6h"
    EVERY_MINUTE = "1m"
    HOURLY = "1h"

    def __str__(self) -> str:
        return str(self.value)
