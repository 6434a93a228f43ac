"""The release gate over real git history: base resolution, version bumps, fragments, the wrappers' pins, griffe."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from codegen._config import ROOT, VendorConfig, load_vendors
from codegen._review import fragment_text, render, required_version, review_vendor, review_wrappers, write_fragment

TESTMO = load_vendors()["testmo"]
LIST = "/projects/{project_id}/automation/runs"


def git(root: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=root, check=True, capture_output=True)


def write_vendors(root: Path, version: str = TESTMO.version, extra: str = "") -> None:
    (root / "codegen").mkdir(exist_ok=True)
    (root / "codegen/vendors.toml").write_text(
        f'[vendors.testmo]\nspec = "specs/testmo/openapi.yaml"\ndistribution = "{TESTMO.distribution}"\n'
        f'package = "{TESTMO.package}"\nversion = "{version}"\n{extra}',
        encoding="utf-8",
    )


def vendor(root: Path, name: str = "testmo") -> VendorConfig:
    return load_vendors(root / "codegen/vendors.toml", root)[name]


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository holding Testmo's spec, generated client and the wrappers, released as 0.1.0."""
    shutil.copytree(ROOT / "specs/testmo", tmp_path / "specs/testmo")
    shutil.copytree(ROOT / "generated/testmo", tmp_path / "generated/testmo", ignore=shutil.ignore_patterns("*.pyc"))
    shutil.copytree(
        ROOT / "wrappers/qaclients", tmp_path / "wrappers/qaclients", ignore=shutil.ignore_patterns("*.pyc")
    )
    shutil.copy(ROOT / "wrappers/pyproject.toml", tmp_path / "wrappers/pyproject.toml")
    write_vendors(tmp_path)
    git(tmp_path, "init", "-q")
    git(tmp_path, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-qam", "x", "--allow-empty")
    git(tmp_path, "add", "-A")
    git(tmp_path, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-qm", "release")
    git(tmp_path, "tag", f"{TESTMO.distribution}-v{TESTMO.version}")
    return tmp_path


def edit_spec(root: Path, old: str, new: str) -> None:
    spec = root / "specs/testmo/openapi.yaml"
    text = spec.read_text(encoding="utf-8")
    assert old in text
    spec.write_text(text.replace(old, new, 1), encoding="utf-8")


def remove_run_elapsed(root: Path) -> None:
    field = '            elapsed:\n              type: [integer, "null"]\n'
    edit_spec(root, field, field.replace("elapsed:", "elapsed_gone:"))


def add_optional_filter(root: Path) -> None:
    tags = "        - name: tags\n          in: query\n"
    edit_spec(
        root, tags, "        - name: is_completed\n          in: query\n          schema: {type: boolean}\n" + tags
    )


@pytest.mark.parametrize(
    ("base", "breaking", "need"),
    [("0.1.0", True, "0.2.0"), ("0.1.0", False, "0.1.1"), ("1.4.2", True, "2.0.0"), ("1.4.2", False, "1.4.3")],
)
def test_required_version_is_major_or_minor_while_0x(base: str, breaking: bool, need: str) -> None:
    assert required_version(base, breaking=breaking) == need


def test_unchanged_since_the_release_passes(repo: Path) -> None:
    review = review_vendor(vendor(repo), root=repo)

    assert review.base == "testmo-client-v0.1.0" and review.base_is_release
    assert not review.changed and review.problems == []


def test_without_a_release_tag_the_base_is_head_and_the_never_released_need_a_fragment(repo: Path) -> None:
    git(repo, "tag", "-d", "testmo-client-v0.1.0")

    review = review_vendor(vendor(repo), root=repo)

    assert review.base == "HEAD" and not review.base_is_release and not review.changed
    assert review.problems == [
        "testmo-client was never released (no tag testmo-client-v*, no section in CHANGELOG.md) and has no fragment"
        " in changelog.d/testmo/: add one, e.g. changelog.d/testmo/+testmo.added.md"
    ]
    (repo / "changelog.d/testmo").mkdir(parents=True)
    (repo / "changelog.d/testmo/+testmo.added.md").write_text("- The Testmo client.\n")
    assert review_vendor(vendor(repo), root=repo).problems == []


def test_a_changelog_section_counts_as_a_release_when_tags_are_missing(repo: Path) -> None:
    git(repo, "tag", "-d", "testmo-client-v0.1.0")
    (repo / "CHANGELOG.md").write_text("# Changelog\n\n## 2026.12.1 (2026-12-01)\n\n### testmo-client 0.1.0\n\n- x\n")

    assert review_vendor(vendor(repo), root=repo).problems == []


def test_a_breaking_change_needs_the_minor_bump_and_a_fragment(repo: Path) -> None:
    remove_run_elapsed(repo)

    review = review_vendor(vendor(repo), root=repo)

    assert review.breaking
    assert any("no changelog fragment in changelog.d/testmo/" in p for p in review.problems)
    assert any("its version must be at least 0.2.0, it is 0.1.0" in p for p in review.problems)
    assert "FAIL: testmo-client has breaking changes" in render(review)

    written = write_fragment(review, root=repo)
    assert written == repo / "changelog.d/testmo/specdiff.api.md"
    assert "- **Breaking:** get_automation_run" in written.read_text(encoding="utf-8")
    write_vendors(repo, "0.2.0")
    review = review_vendor(vendor(repo), root=repo)
    assert review.problems == [
        "wrappers/pyproject.toml: extra `testmo` pins testmo-client==0.1.0, but the version is testmo-client==0.2.0"
    ]

    pyproject = repo / "wrappers/pyproject.toml"
    pyproject.write_text(pyproject.read_text().replace("testmo-client==0.1.0", "testmo-client==0.2.0"))
    assert review_vendor(vendor(repo), root=repo).problems == []


def test_a_compatible_change_after_a_release_needs_a_patch_bump_and_a_fragment(repo: Path) -> None:
    add_optional_filter(repo)

    review = review_vendor(vendor(repo), root=repo)

    assert not review.breaking and review.changed
    assert [c.kind for c in review.spec_changes] == ["parameter.added.optional"]
    assert len(review.problems) == 2
    assert "bump its version to at least 0.1.1" in review.problems[1]


def test_an_explicit_base_that_is_not_a_release_needs_no_bump_for_a_compatible_change(repo: Path) -> None:
    add_optional_filter(repo)
    write_fragment(review_vendor(vendor(repo), root=repo), root=repo)

    assert review_vendor(vendor(repo), base="HEAD", root=repo).problems == []


def test_a_vendor_new_since_the_base_is_all_additions_and_needs_only_a_fragment(repo: Path) -> None:
    shutil.copytree(repo / "specs/testmo", repo / "specs/acme")
    write_vendors(
        repo,
        extra='\n[vendors.acme]\nspec = "specs/acme/openapi.yaml"\ndistribution = "acme-client"\n'
        'package = "acme_client"\nversion = "0.1.0"\n',
    )

    review = review_vendor(vendor(repo, "acme"), root=repo)

    assert review.base == "HEAD" and review.base_version is None
    assert {c.kind for c in review.spec_changes} == {"operation.added"} and not review.breaking
    assert review.problems == [
        "acme-client changed but has no changelog fragment in changelog.d/acme/"
        " (`nox -s specdiff` writes the API one; see CONTRIBUTING.md for the others)"
    ]
    (repo / "changelog.d/acme").mkdir(parents=True)
    (repo / "changelog.d/acme/acme.added.md").write_text("- The acme client.\n")
    assert review_vendor(vendor(repo, "acme"), root=repo).problems == []


def test_griffe_reports_a_python_api_break_that_no_spec_change_explains(repo: Path) -> None:
    model = repo / "generated/testmo/testmo_client/models/automation_run.py"
    text = model.read_text(encoding="utf-8")
    model.write_text(text.replace("def to_dict(self)", "def to_json(self)", 1), encoding="utf-8")

    review = review_vendor(vendor(repo), root=repo)

    assert review.spec_changes == []
    assert any("AutomationRun.to_dict" in line for line in review.api["testmo_client"])
    assert review.breaking
    assert "- **Breaking:** testmo_client/models/automation_run.py" in (fragment_text(review) or "")


def test_the_wrappers_are_gated_too(repo: Path) -> None:
    client = repo / "wrappers/qaclients/testmo/_client.py"
    text = client.read_text(encoding="utf-8")
    client.write_text(text.replace("def automation_runs(", "def runs(", 1), encoding="utf-8")

    review = review_wrappers(root=repo)

    assert review.base == "HEAD"  # qaclients was never tagged in this repository
    assert any("Testmo.automation_runs" in line for line in review.api["qaclients"]), review.api
    assert any("its version must be at least 0.2.0" in p for p in review.problems)
    assert any(
        "qaclients changed but has no changelog fragment in changelog.d/qaclients/" in p for p in review.problems
    )
