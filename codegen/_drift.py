"""Compares two generated trees file by file."""

from __future__ import annotations

from pathlib import Path


def _files(tree: Path) -> dict[str, bytes]:
    if not tree.exists():
        return {}
    return {
        p.relative_to(tree).as_posix(): p.read_bytes()
        for p in tree.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and not p.name.endswith(".egg-info")
    }


def differences(expected: Path, actual: Path) -> list[str]:
    """Lines naming every file that is missing, extra or different in ``actual`` compared with ``expected``."""
    want, have = _files(expected), _files(actual)
    lines = [f"missing   {name}" for name in sorted(want.keys() - have.keys())]
    lines += [f"unexpected {name}" for name in sorted(have.keys() - want.keys())]
    lines += [f"differs   {name}" for name in sorted(want.keys() & have.keys()) if want[name] != have[name]]
    return lines
