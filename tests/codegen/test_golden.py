"""The template overrides, pinned: a tiny spec's generated tree is compared file by file, then type-checked.

Refresh after an intended template change with ``UPDATE_GOLDEN=1 nox -s tests -- tests/codegen/test_golden.py``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from codegen import VendorConfig, render_tree
from codegen._drift import differences

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden"

VENDOR = VendorConfig(
    name="golden",
    spec=HERE / "golden_spec.yaml",
    distribution="golden-client",
    package="golden_client",
    version="1.0.0",
)


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tree = tmp_path_factory.mktemp("golden") / "golden"
    render_tree(VENDOR, tree)
    if os.environ.get("UPDATE_GOLDEN"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        shutil.copytree(tree, GOLDEN)
    return tree


def test_generated_tree_matches_the_golden_record(fresh: Path) -> None:
    assert differences(GOLDEN, fresh) == []


def test_generated_tree_passes_mypy_strict(fresh: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", os.devnull, "golden_client"],
        cwd=fresh,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_two_runs_are_byte_identical(fresh: Path, tmp_path: Path) -> None:
    again = tmp_path / "golden"
    render_tree(VENDOR, again)
    assert differences(fresh, again) == []
