"""The pipeline: headers, manifest, skipping unchanged vendors, drift check, warnings as errors, settings."""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from dataclasses import replace
from pathlib import Path

import pytest

from codegen import GenerationFailed, load_vendors, render_tree
from codegen.__main__ import main
from codegen._drift import differences, generated_files
from codegen._pipeline import generate_vendor, is_up_to_date

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated"
VENDORS = load_vendors()


@pytest.mark.parametrize("vendor", sorted(VENDORS))
def test_every_generated_file_opens_with_the_header(vendor: str) -> None:
    tree = GENERATED / vendor
    spec = VENDORS[vendor].spec_relative
    files = [p for p in generated_files(tree) if p.name != "GENERATED.json"]
    assert len(files) > 10
    for path in files:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert f"Generated from {spec} by qaclients codegen" in first, path
        assert "Do not edit." in first, path
    manifest = json.loads((tree / "GENERATED.json").read_text())
    assert manifest["comment"].startswith(f"Generated from {spec}")


@pytest.mark.parametrize("vendor", sorted(VENDORS))
def test_manifest_records_the_inputs(vendor: str) -> None:
    config = VENDORS[vendor]
    manifest = json.loads((GENERATED / vendor / "GENERATED.json").read_text())
    assert manifest["spec_sha256"] == hashlib.sha256(config.spec.read_bytes()).hexdigest()
    assert set(manifest["tools"]) == {"openapi-python-client", "ruff"}
    assert "time" not in json.dumps(manifest).lower()


@pytest.mark.parametrize("vendor", sorted(VENDORS))
def test_committed_tree_is_what_the_spec_produces(vendor: str) -> None:
    assert is_up_to_date(VENDORS[vendor], GENERATED / vendor), "run `nox -s generate` and commit"


def test_unchanged_vendor_is_skipped_quickly(tmp_path: Path) -> None:
    vendor = VENDORS["testmo"]
    shutil.copytree(GENERATED / "testmo", tmp_path / "testmo")
    started = time.perf_counter()
    assert generate_vendor(vendor, tmp_path) is False
    assert time.perf_counter() - started < 2.0


def test_changed_spec_is_regenerated_and_drift_is_listed(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(VENDORS["testmo"].spec.read_text().replace("Returns a single automation run.", "One run."))
    vendor = replace(VENDORS["testmo"], spec=spec)
    shutil.copytree(GENERATED / "testmo", tmp_path / "out" / "testmo")
    assert not is_up_to_date(vendor, tmp_path / "out" / "testmo")
    fresh = tmp_path / "fresh" / "testmo"
    render_tree(vendor, fresh)
    drift = differences(fresh, GENERATED / "testmo")
    assert "differs   testmo_client/api/automation_runs/get_automation_run.py" in drift
    assert "differs   GENERATED.json" in drift


def test_check_mode_passes_on_the_committed_tree(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["generate", "--check", "testmo"]) == 0
    assert "matches" in capsys.readouterr().out


def test_check_mode_fails_listing_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copytree(GENERATED / "testmo", tmp_path / "testmo")
    (tmp_path / "testmo" / "testmo_client" / "client.py").write_text("# edited by hand\n")
    (tmp_path / "testmo" / "stray.py").write_text("")
    assert main(["generate", "--check", "--out", str(tmp_path), "testmo"]) == 1
    out = capsys.readouterr().out
    assert "differs   testmo_client/client.py" in out
    assert "unexpected stray.py" in out


def test_generator_warnings_fail_the_run_naming_spec_and_schema(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(
        """
openapi: 3.1.0
info: {title: Broken, version: "1"}
paths:
  /things:
    get:
      operationId: list_things
      parameters:
        - {name: filter, in: query, schema: {$ref: "#/components/schemas/Nowhere"}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {type: object}}}}
"""
    )
    vendor = replace(VENDORS["testmo"], spec=spec)
    with pytest.raises(GenerationFailed) as caught:
        render_tree(vendor, tmp_path / "out")
    message = str(caught.value)
    assert str(spec.relative_to(spec.parents[0])) in message or "openapi.yaml" in message
    assert "list_things" in message
    assert not (tmp_path / "out").exists(), "nothing half-generated is left behind"


def test_every_generator_setting_needs_a_reason(tmp_path: Path) -> None:
    config = tmp_path / "vendors.toml"
    config.write_text(
        '[vendors.x]\nspec = "s.yaml"\ndistribution = "x-client"\npackage = "x_client"\nversion = "1"\n'
        "[vendors.x.generator]\nliteral_enums = true\n"
    )
    with pytest.raises(ValueError, match="no reason for literal_enums"):
        load_vendors(config, root=tmp_path)
