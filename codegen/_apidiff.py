"""The Python API diff: griffe's breaking-change finder over two copies of a package."""

from __future__ import annotations

import logging
import re
from pathlib import Path

_COLOUR = re.compile(r"\x1b\[[0-9;]*m")


def breakages(package: str, old_root: Path, new_root: Path, member: str | None = None) -> list[str]:
    """One line per breaking change griffe finds from ``old_root``'s ``package`` to ``new_root``'s.

    ``member`` narrows the check to one submodule (a vendor module of ``qaclients``). Sources are parsed, never
    imported, so a base revision's dependencies need not be installed.
    """
    import griffe  # noqa: PLC0415 - only the specdiff command needs it

    logging.getLogger("griffe").setLevel(logging.ERROR)  # docstring-style notes are the docs build's business
    old = griffe.load(package, search_paths=[old_root], allow_inspection=False)
    new = griffe.load(package, search_paths=[new_root], allow_inspection=False)
    if member is not None:
        if member not in old.members:
            return []
        if member not in new.members:
            return [f"{package}.{member}: module removed"]
        old, new = old.members[member], new.members[member]
    found = [b.explain(style=griffe.ExplanationStyle.ONE_LINE) for b in griffe.find_breaking_changes(old, new)]
    prefixes = (f"{old_root}/", f"{new_root}/")
    lines = []
    for line in found:
        text = _COLOUR.sub("", line)
        for prefix in prefixes:
            text = text.replace(prefix, "")
        lines.append(text)
    return sorted(lines)
