"""The folder boundaries of DESIGN.md, kept by reading every import (STYLE habit 2).

generated/ imports nothing of ours; qaclients.core imports no generated package and no vendor module; a vendor module
imports only its own generated client; the fakes never import the wrappers.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
VENDORS = sorted(p.name for p in (ROOT / "generated").iterdir() if (p / "pyproject.toml").exists())
GENERATED = {f"{vendor}_client" for vendor in VENDORS}


def imports(folder: Path) -> Iterator[tuple[Path, str]]:
    for module in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                yield from ((module, alias.name) for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                yield module, node.module


def top(name: str) -> str:
    return name.split(".", maxsplit=1)[0]


@pytest.mark.parametrize("vendor", VENDORS)
def test_generated_imports_nothing_of_ours(vendor: str) -> None:
    ours = {"qaclients", "qaclients_fakes", "codegen", *(GENERATED - {f"{vendor}_client"})}
    assert [(m.name, n) for m, n in imports(ROOT / "generated" / vendor) if top(n) in ours] == []


def test_core_imports_no_generated_package_and_no_vendor_module() -> None:
    core = ROOT / "wrappers" / "qaclients" / "core"
    bad = [
        (m.name, n)
        for m, n in imports(core)
        if top(n) in GENERATED or (n.startswith("qaclients.") and not n.startswith("qaclients.core"))
    ]
    assert bad == []


@pytest.mark.parametrize("vendor", VENDORS)
def test_vendor_module_imports_only_its_own_generated_client(vendor: str) -> None:
    folder = ROOT / "wrappers" / "qaclients" / vendor
    others = (GENERATED - {f"{vendor}_client"}) | {f"qaclients.{v}" for v in VENDORS if v != vendor}
    bad = [(m.name, n) for m, n in imports(folder) if top(n) in others or any(n.startswith(o) for o in others)]
    assert bad == []


def test_fakes_never_import_the_wrappers() -> None:
    assert [(m.name, n) for m, n in imports(ROOT / "fakes") if top(n) == "qaclients"] == []
