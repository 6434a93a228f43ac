# Generated from tests/codegen/golden_spec.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/golden/GENERATED.json.
"""Contains all the data models used in inputs/outputs"""

from .ack import Ack
from .kind import Kind
from .level import Level
from .problem import Problem
from .thing import Thing
from .thing_changed import ThingChanged
from .thing_changed_change import ThingChangedChange
from .thing_meta import ThingMeta

__all__ = (
    "Ack",
    "Kind",
    "Level",
    "Problem",
    "Thing",
    "ThingChanged",
    "ThingChangedChange",
    "ThingMeta",
)
