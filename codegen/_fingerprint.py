"""What produced a generated tree: the inputs' hashes and the tool versions, with no timestamps."""

from __future__ import annotations

import hashlib
import json
from importlib import metadata
from pathlib import Path
from typing import Any

from codegen._config import CODEGEN_DIR, VendorConfig

MANIFEST = "GENERATED.json"
PINNED_TOOLS = ("openapi-python-client", "ruff")
# The modules whose code decides what a generated tree contains; a change to any other module cannot change output.
OUTPUT_SHAPING_MODULES = ("_pipeline.py", "_stamp.py", "_fingerprint.py")


def _hash_files(paths: list[Path], base: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.relative_to(base).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def tool_versions() -> dict[str, str]:
    """The installed versions of the tools that shape the output."""
    return {tool: metadata.version(tool) for tool in PINNED_TOOLS}


def manifest_for(vendor: VendorConfig) -> dict[str, Any]:
    """The manifest a tree generated now from ``vendor``'s inputs would carry."""
    templates = [*(CODEGEN_DIR / "templates").rglob("*.jinja"), *(CODEGEN_DIR / "extra_templates").rglob("*.jinja")]
    templates += [CODEGEN_DIR / name for name in OUTPUT_SHAPING_MODULES]
    settings = {
        "distribution": vendor.distribution,
        "package": vendor.package,
        "version": vendor.version,
        "generator": dict(vendor.generator),
    }
    inputs = {
        "spec": vendor.spec_relative,
        "spec_sha256": hashlib.sha256(vendor.spec.read_bytes()).hexdigest(),
        "settings_sha256": hashlib.sha256(json.dumps(settings, sort_keys=True).encode()).hexdigest(),
        "codegen_sha256": _hash_files(templates, CODEGEN_DIR),
        "tools": tool_versions(),
    }
    fingerprint = hashlib.sha256(json.dumps(inputs, sort_keys=True).encode()).hexdigest()
    return {
        "comment": f"Generated from {vendor.spec_relative} by qaclients codegen. Do not edit.",
        **inputs,
        "fingerprint": fingerprint,
    }


def read_manifest(tree: Path) -> dict[str, Any] | None:
    """The manifest stored in a generated tree, or None when there is none or it is unreadable."""
    try:
        data = json.loads((tree / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def write_manifest(tree: Path, manifest: dict[str, Any]) -> None:
    """Store ``manifest`` in ``tree`` (sorted keys, trailing newline: byte-identical across runs)."""
    text = json.dumps(manifest, indent=2, sort_keys=True) + "\n"
    (tree / MANIFEST).write_text(text, encoding="utf-8")
