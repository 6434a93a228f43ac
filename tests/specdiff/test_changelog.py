"""CHANGELOG.md from towncrier fragments: one section per distribution, found by discovery."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

from codegen._changelog import sections, towncrier_config
from codegen._config import ROOT, load_vendors


def test_every_vendor_has_a_section_named_with_its_distribution_and_version() -> None:
    found = dict(sections())

    for vendor in load_vendors().values():
        assert found[vendor.name] == f"{vendor.distribution} {vendor.version}"
    assert found[""] == "Project" and found["qaclients"].startswith("qaclients ")


def test_the_config_lists_only_section_folders_that_exist(tmp_path: Path) -> None:
    (tmp_path / "changelog.d" / "testmo").mkdir(parents=True)
    for name in ("wrappers", "fakes"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "pyproject.toml").write_text(
            (ROOT / name / "pyproject.toml").read_text(encoding="utf-8"), encoding="utf-8"
        )

    config = tomllib.loads(towncrier_config(tmp_path))["tool"]["towncrier"]

    assert [s["path"] for s in config["section"]] == ["", "testmo"]
    assert [t["directory"] for t in config["type"]] == ["breaking", "api", "added", "changed", "fixed"]


def test_a_fragment_renders_under_its_distribution(tmp_path: Path) -> None:
    for name in ("wrappers", "fakes"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "pyproject.toml").write_text(
            (ROOT / name / "pyproject.toml").read_text(encoding="utf-8"), encoding="utf-8"
        )
    (tmp_path / "changelog.d" / "testmo").mkdir(parents=True)
    (tmp_path / "changelog.d" / "testmo" / "specdiff.api.md").write_text(
        "- **Breaking:** get_automation_run: field removed\n- list_automation_runs: filter added\n"
    )
    (tmp_path / "CHANGELOG.md").write_text("# Changelog\n\n<!-- towncrier release notes start -->\n")
    config = tmp_path / "towncrier.toml"
    config.write_text(towncrier_config(tmp_path), encoding="utf-8")

    command = [sys.executable, "-m", "towncrier", "build", "--config", str(config), "--dir", str(tmp_path)]
    subprocess.run([*command, "--version", "9.9.9", "--date", "2026-12-01", "--yes"], check=True, capture_output=True)

    text = (tmp_path / "CHANGELOG.md").read_text(encoding="utf-8")
    testmo = load_vendors()["testmo"]
    assert "## 9.9.9 (2026-12-01)" in text
    assert (
        f"### {testmo.distribution} {testmo.version}\n\n#### API changes\n\n- **Breaking:** get_automation_run" in text
    )
    assert "- list_automation_runs: filter added" in text
    assert not (tmp_path / "changelog.d" / "testmo" / "specdiff.api.md").exists()
