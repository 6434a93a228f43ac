"""Puts the repository's ``specs/`` inside the fakes' wheel and sdist as ``qaclients_fakes/specs``.

The specs live at the repository root (one source of truth). Built from a checkout, both the wheel and the sdist
carry a copy; a wheel built from that sdist finds the copy already inside the package. Editable installs read the
repository's ``specs/`` directly (``qaclients_fakes/_spec.py``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class SpecsHook(BuildHookInterface):  # type: ignore[type-arg]
    """Adds ``../specs`` to the artifact when it exists (a checkout, not an unpacked sdist)."""

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Called by hatchling before each build."""
        specs = Path(self.root).parent / "specs"
        if version != "editable" and specs.is_dir():
            build_data["force_include"][str(specs)] = "qaclients_fakes/specs"
