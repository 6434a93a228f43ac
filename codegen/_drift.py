"""Compares two generated trees file by file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from codegen._fingerprint import MANIFEST

# Made by tools run inside a tree (caches, editable-install metadata), never by the generator.
IGNORED_PARTS = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"})


def generated_files(tree: Path) -> list[Path]:
    """The files of a generated tree, without what tools run inside it leave behind."""
    return sorted(
        p
        for p in tree.rglob("*")
        if p.is_file() and not IGNORED_PARTS.intersection(p.parts) and not any(s.endswith(".egg-info") for s in p.parts)
    )


def _files(tree: Path) -> dict[str, bytes]:
    if not tree.exists():
        return {}
    return {p.relative_to(tree).as_posix(): p.read_bytes() for p in generated_files(tree)}


def differences(expected: Path, actual: Path) -> list[str]:
    """Lines naming every file that is missing, extra or different in ``actual`` compared with ``expected``."""
    want, have = _files(expected), _files(actual)
    lines = [f"missing   {name}" for name in sorted(want.keys() - have.keys())]
    lines += [f"unexpected {name}" for name in sorted(have.keys() - want.keys())]
    lines += [f"differs   {name}" for name in sorted(want.keys() & have.keys()) if want[name] != have[name]]
    return lines


_INPUTS = {
    "spec": "the spec's path",
    "spec_sha256": "the spec",
    "settings_sha256": "its settings in codegen/vendors.toml (distribution, package, version, generator)",
    "codegen_sha256": "codegen's templates or output-shaping modules",
}


def changed_inputs(stored: dict[str, Any] | None, current: dict[str, Any]) -> list[str]:
    """Which recorded input differs between a tree's stored manifest and what its inputs are now, one line each.

    Empty when every input matches: then the files themselves were edited after generation.
    """
    if stored is None:
        return [f"no readable {MANIFEST}: the tree was never generated, or the manifest was removed"]
    found = [f"{what} changed" for key, what in _INPUTS.items() if stored.get(key) != current.get(key)]
    old_tools, new_tools = stored.get("tools") or {}, current.get("tools") or {}
    for tool in sorted(set(old_tools) | set(new_tools)):
        if old_tools.get(tool) != new_tools.get(tool):
            found.append(f"{tool} changed: {old_tools.get(tool, 'none')} -> {new_tools.get(tool, 'none')}")
    return found
