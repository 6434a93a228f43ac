"""Per-vendor generator settings, read from ``codegen/vendors.toml``."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CODEGEN_DIR = Path(__file__).resolve().parent
ROOT = CODEGEN_DIR.parent
VENDORS_FILE = CODEGEN_DIR / "vendors.toml"


REQUIRED_KEYS = ("spec", "distribution", "package", "version")
OPTIONAL_KEYS = ("generator", "why")


class ConfigError(ValueError):
    """``codegen/vendors.toml`` is malformed; the message names the file, the table and the key."""


@dataclass(frozen=True)
class VendorConfig:
    """What the pipeline needs to know about one vendor."""

    name: str
    spec: Path
    distribution: str
    package: str
    version: str
    generator: Mapping[str, Any] = field(default_factory=dict)
    why: Mapping[str, str] = field(default_factory=dict)

    @property
    def spec_relative(self) -> str:
        """The spec's path from the repository root, as headers show it."""
        try:
            return self.spec.relative_to(ROOT).as_posix()
        except ValueError:  # a spec outside the repository (tests, a maintainer's scratch copy)
            return self.spec.as_posix()

    def settings_without_reason(self) -> list[str]:
        """Generator settings that lack a reason (the config file requires one for each)."""
        return sorted(set(self.generator) - set(self.why))


def load_vendors(path: Path = VENDORS_FILE, root: Path = ROOT) -> dict[str, VendorConfig]:
    """Every vendor in the settings file, by name, in file order."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path.name}: not valid TOML ({error})") from error
    vendors: dict[str, VendorConfig] = {}
    for name, entry in data.get("vendors", {}).items():
        _check_entry(path, name, entry)
        vendor = VendorConfig(
            name=name,
            spec=(root / entry["spec"]).resolve(),
            distribution=entry["distribution"],
            package=entry["package"],
            version=entry["version"],
            generator=dict(entry.get("generator", {})),
            why=dict(entry.get("why", {})),
        )
        missing = vendor.settings_without_reason()
        if missing:
            raise ConfigError(f"{path.name}: [vendors.{name}.why] gives no reason for {', '.join(missing)}")
        vendors[name] = vendor
    return vendors


def _check_entry(path: Path, name: str, entry: Any) -> None:
    """One ``[vendors.<name>]`` table: the required keys, as strings, and nothing unknown."""
    where = f"{path.name}: [vendors.{name}]"
    if not isinstance(entry, dict):
        raise ConfigError(f"{where} must be a table")
    missing = [key for key in REQUIRED_KEYS if key not in entry]
    if missing:
        raise ConfigError(f"{where} lacks {', '.join(missing)}")
    unknown = sorted(set(entry) - set(REQUIRED_KEYS) - set(OPTIONAL_KEYS))
    if unknown:
        raise ConfigError(
            f"{where} has unknown key(s) {', '.join(unknown)}; known: {', '.join(REQUIRED_KEYS + OPTIONAL_KEYS)}"
        )
    wrong = [key for key in REQUIRED_KEYS if not isinstance(entry[key], str) or not entry[key]]
    wrong += [key for key in OPTIONAL_KEYS if key in entry and not isinstance(entry[key], dict)]
    if wrong:
        raise ConfigError(f"{where}: {', '.join(wrong)} must be a non-empty string (generator, why: tables)")
