"""Compares two generated trees file by file."""

from __future__ import annotations

from pathlib import Path

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
