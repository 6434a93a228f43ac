"""``python -m codegen specdiff``: what each distribution's change since its base does to its users, and the gate.

For every vendor (discovered from ``codegen/vendors.toml``) and for the wrappers (``qaclients``):

* the base is ``--base REV`` or the distribution's last release (the tag ``<distribution>-v<version>``), else HEAD;
* the spec diff (``codegen._specdiff``), the Python API diff (griffe) of the generated package and of the wrapper
  module, and whether any file of the distribution changed at all (a template or generator upgrade);
* the gate: a changed distribution needs a fragment under ``changelog.d/<section>/``; a breaking change needs the
  version bump (major, or minor while 0.x) over the base's version; a released version is never reused; the
  wrappers' extra for a vendor pins the vendor distribution's current version; a distribution never released (no
  tag, no CHANGELOG.md section) is described by a fragment.

Without ``--check`` it also (re)writes the vendor's "API changes" fragment, ``changelog.d/<vendor>/specdiff.api.md``.
"""

from __future__ import annotations

import re
import tempfile
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from codegen import _git
from codegen._apidiff import breakages
from codegen._config import ROOT, VendorConfig
from codegen._drift import differences
from codegen._specdiff import Change, compare

FRAGMENTS = "changelog.d"
CHANGELOG = "CHANGELOG.md"
SPECDIFF_FRAGMENT = "specdiff.api.md"
WRAPPERS = "qaclients"
WRAPPERS_PYPROJECT = "wrappers/pyproject.toml"
IGNORED_FILES = frozenset({"GENERATED.json"})  # its hashes change with inputs that may leave the code as it was


@dataclass
class Review:
    """What changed in one distribution since its base, and what the gate says about it."""

    section: str
    """The vendor's name, or ``qaclients`` for the wrappers: names the fragment folder."""
    distribution: str
    version: str
    base: str
    base_commit: str | None
    base_is_release: bool
    base_version: str | None
    """The distribution's version at the base; None when it did not exist there."""
    spec_changes: list[Change] = field(default_factory=list)
    api: dict[str, list[str]] = field(default_factory=dict)
    """griffe's breaking changes per checked package or module."""
    files_changed: list[str] = field(default_factory=list)
    fragments: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def breaking(self) -> bool:
        """Whether anything found breaks users."""
        return any(c.breaking for c in self.spec_changes) or any(self.api.values())

    @property
    def changed(self) -> bool:
        """Whether the distribution differs from its base at all."""
        return bool(self.spec_changes or self.files_changed or any(self.api.values()) or self.base_version is None)


def required_version(base: str, *, breaking: bool) -> str:
    """The smallest version that may follow ``base``: major (minor while 0.x) when breaking, else patch."""
    major, minor, patch = _git.version_tuple(base)
    if breaking:
        return f"{major + 1}.0.0" if major >= 1 else f"0.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def _fragments(section: str, root: Path) -> list[str]:
    folder = root / FRAGMENTS / section
    return sorted(p.relative_to(root).as_posix() for p in folder.glob("*.md")) if folder.is_dir() else []


def _base_for(distribution: str, base: str | None, root: Path) -> tuple[str, bool]:
    if base is not None:
        return base, False
    release = _git.last_release(distribution, root=root)
    return (release, True) if release else ("HEAD", False)


def _vendor_version_at(rev: str, name: str, root: Path) -> str | None:
    text = _git.show(rev, "codegen/vendors.toml", root=root)
    entry = tomllib.loads(text).get("vendors", {}).get(name) if text else None
    return str(entry["version"]) if entry else None


def _wrappers_at(rev: str, root: Path) -> dict[str, object] | None:
    text = _git.show(rev, WRAPPERS_PYPROJECT, root=root)
    return tomllib.loads(text) if text else None


def review_vendor(vendor: VendorConfig, base: str | None = None, root: Path = ROOT) -> Review:
    """Compare one vendor's spec, generated package and wrapper module with ``base``."""
    rev, is_release = _base_for(vendor.distribution, base, root)
    review = Review(
        section=vendor.name,
        distribution=vendor.distribution,
        version=vendor.version,
        base=rev,
        base_commit=_git.resolve(rev, root=root),
        base_is_release=is_release,
        base_version=_vendor_version_at(rev, vendor.name, root),
    )
    old_text = _git.show(rev, vendor.spec.relative_to(root).as_posix(), root=root)
    old_spec = yaml.safe_load(old_text) if old_text else None
    review.spec_changes = compare(old_spec, yaml.safe_load(vendor.spec.read_text(encoding="utf-8")))
    tree = f"generated/{vendor.name}"
    module = f"wrappers/{WRAPPERS}/{vendor.name}"
    with tempfile.TemporaryDirectory(prefix="specdiff-") as tmp:
        old = Path(tmp)
        present = _git.export(rev, [tree, module], old, root=root)
        if tree in present:
            review.api[vendor.package] = breakages(vendor.package, old / tree, root / tree)
            review.files_changed = [
                line for line in differences(old / tree, root / tree) if line.split()[-1] not in IGNORED_FILES
            ]
        if module in present and (root / module).exists():
            found = breakages(WRAPPERS, old / "wrappers", root / "wrappers", vendor.name)
            review.api[f"{WRAPPERS}.{vendor.name}"] = found
    return judge(review, vendor, root)


def judge(review: Review, vendor: VendorConfig | None = None, root: Path = ROOT) -> Review:
    """(Re)compute ``review``'s fragments and problems, e.g. after a fragment was written."""
    review.fragments = _fragments(review.section, root)
    review.problems = []
    _gate(review)
    _check_documented(review, root)
    if vendor is not None:
        _check_pin(review, vendor, root)
    return review


def review_wrappers(base: str | None = None, root: Path = ROOT) -> Review:
    """Compare the ``qaclients`` distribution (core and every vendor module) with ``base``."""
    current = tomllib.loads((root / WRAPPERS_PYPROJECT).read_text(encoding="utf-8"))["project"]
    rev, is_release = _base_for(current["name"], base, root)
    at_base = _wrappers_at(rev, root)
    review = Review(
        section=WRAPPERS,
        distribution=current["name"],
        version=current["version"],
        base=rev,
        base_commit=_git.resolve(rev, root=root),
        base_is_release=is_release,
        base_version=str(at_base["project"]["version"]) if at_base else None,  # type: ignore[index]
    )
    package = f"wrappers/{WRAPPERS}"
    with tempfile.TemporaryDirectory(prefix="specdiff-") as tmp:
        old = Path(tmp)
        if _git.export(rev, [package], old, root=root):
            review.api[WRAPPERS] = breakages(WRAPPERS, old / "wrappers", root / "wrappers")
            review.files_changed = differences(old / package, root / package)
    return judge(review, root=root)


def _gate(review: Review) -> None:
    if not review.changed:
        return
    if not review.fragments:
        review.problems.append(
            f"{review.distribution} changed but has no changelog fragment in {FRAGMENTS}/{review.section}/"
            " (`nox -s specdiff` writes the API one; see CONTRIBUTING.md for the others)"
        )
    if review.base_version is None:
        return  # a new distribution: everything is an addition, any first version will do
    if review.breaking:
        need = required_version(review.base_version, breaking=True)
        if _git.version_tuple(review.version) < _git.version_tuple(need):
            review.problems.append(
                f"{review.distribution} has breaking changes since {review.base} ({review.base_version}): "
                f"its version must be at least {need}, it is {review.version}"
            )
            return
    if review.base_is_release and review.version == review.base_version:
        need = required_version(review.base_version, breaking=False)
        review.problems.append(
            f"{review.distribution} changed since its release {review.base}: bump its version to at least {need}"
        )


def released_in_changelog(distribution: str, root: Path = ROOT) -> bool:
    """Whether CHANGELOG.md has a compiled section for ``distribution`` (towncrier writes ``### <name> <version>``)."""
    path = root / CHANGELOG
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    return re.search(rf"^### {re.escape(distribution)} \d", text, flags=re.MULTILINE) is not None


def _check_documented(review: Review, root: Path) -> None:
    """A distribution never released (no tag, no CHANGELOG.md section) must be described by a fragment.

    This holds on a clean checkout too, where the base is HEAD and nothing else can be compared: a vendor merged
    without its fragment fails here.
    """
    if review.fragments or review.base_is_release or any("no changelog fragment" in p for p in review.problems):
        return
    if _git.last_release(review.distribution, root=root) or released_in_changelog(review.distribution, root):
        return
    tags = _git.TAG_FORMAT.format(distribution=review.distribution, version="*")
    review.problems.append(
        f"{review.distribution} was never released (no tag {tags}, no section in {CHANGELOG}) and has no fragment"
        f" in {FRAGMENTS}/{review.section}/: add one, e.g. {FRAGMENTS}/{review.section}/+{review.section}.added.md"
    )


def _check_pin(review: Review, vendor: VendorConfig, root: Path) -> None:
    data = tomllib.loads((root / WRAPPERS_PYPROJECT).read_text(encoding="utf-8"))
    extra = data.get("project", {}).get("optional-dependencies", {}).get(vendor.name)
    if extra is None:
        return
    pins = [d for d in extra if d.split("==")[0].strip() == vendor.distribution]
    want = f"{vendor.distribution}=={vendor.version}"
    if pins and pins[0].replace(" ", "") != want:
        review.problems.append(f"{WRAPPERS_PYPROJECT}: extra `{vendor.name}` pins {pins[0]}, but the version is {want}")


def fragment_text(review: Review) -> str | None:
    """The "API changes" fragment for a vendor's review, or None when there is nothing to say."""
    lines = [f"- **Breaking:** {c.line()}" if c.breaking else f"- {c.line()}" for c in review.spec_changes]
    if not lines:  # no spec change, yet the Python API broke: a template or generator upgrade did it
        lines = [f"- **Breaking:** {line}" for found in review.api.values() for line in found]
    return "\n".join(lines) + "\n" if lines else None


def write_fragment(review: Review, root: Path = ROOT) -> Path | None:
    """(Re)write, or remove when the spec no longer differs, ``changelog.d/<vendor>/specdiff.api.md``."""
    path = root / FRAGMENTS / review.section / SPECDIFF_FRAGMENT
    text = fragment_text(review)
    if text is None:
        path.unlink(missing_ok=True)
        return None
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def render(review: Review) -> str:
    """The readable report for one distribution."""
    where = f"{review.base} ({review.base_commit or 'unknown'})"
    if review.base_is_release:
        where = f"release {where}"
    head = f"## {review.section}: {review.distribution} {review.version}, base {where}"
    lines = [head, ""]
    if review.base_version is None:
        lines.append(f"New since the base: {review.distribution} did not exist there; every change is an addition.")
    if review.section != WRAPPERS:
        breaking = sum(1 for c in review.spec_changes if c.breaking)
        compatible = len(review.spec_changes) - breaking
        lines.append(f"Spec changes: {breaking} breaking, {compatible} compatible")
        lines += [f"  {'BREAKING  ' if c.breaking else 'compatible'} {c.line()}" for c in review.spec_changes]
    for package, found in review.api.items():
        lines.append(f"Python API (griffe) of {package}: {len(found)} breaking")
        lines += [f"  BREAKING   {line}" for line in found]
    if review.files_changed:
        lines.append(f"Files changed in the distribution: {len(review.files_changed)}")
    verdict = "breaking" if review.breaking else "compatible" if review.changed else "unchanged"
    lines.append(f"Verdict: {verdict}; fragments: {', '.join(review.fragments) or 'none'}")
    lines += [f"  FAIL: {problem}" for problem in review.problems]
    return "\n".join(lines) + "\n"
