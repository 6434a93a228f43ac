# Generated from tests/codegen/golden_spec.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/golden/GENERATED.json.
"""Contains all the data models used in inputs/outputs

Each model's module is imported the first time the model is read from this package (PEP 562).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_MODULES: dict[str, str] = {
    "Ack": ".ack",
    "Kind": ".kind",
    "Level": ".level",
    "Problem": ".problem",
    "Thing": ".thing",
    "ThingChanged": ".thing_changed",
    "ThingChangedChange": ".thing_changed_change",
    "ThingMeta": ".thing_meta",
}


# Hidden from type checkers: they see the imports above, so an unknown name stays an error rather than Any.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value  # read once: later reads are plain attribute lookups
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
