"""Command line: ``python -m codegen generate [--check] [--force] [VENDOR ...]``, ``validate``, ``lint``, and:

``specdiff [VENDOR ...] [--base REV] [--check]`` reports what each distribution's change does to its users (see
``codegen._review``); ``changelog [towncrier build arguments]`` compiles CHANGELOG.md from ``changelog.d/``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from codegen._changelog import build as build_changelog
from codegen._config import ROOT, ConfigError, VendorConfig, load_vendors
from codegen._drift import changed_inputs, differences
from codegen._fingerprint import manifest_for, read_manifest
from codegen._lint import lint
from codegen._pipeline import GenerationFailed, generate_vendor, render_tree
from codegen._review import judge, render, review_vendor, review_wrappers, write_fragment
from codegen._validate import validate_specs


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m codegen")
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="regenerate generated/<vendor>/ from specs/<vendor>/openapi.yaml")
    gen.add_argument("vendors", nargs="*", help="only these vendors (default: all)")
    gen.add_argument("--check", action="store_true", help="fail, naming the changed input and files, on drift")
    gen.add_argument("--force", action="store_true", help="regenerate even when the inputs are unchanged")
    gen.add_argument("--out", type=Path, default=ROOT / "generated", help="where the trees live")
    check = sub.add_parser("validate", help="validate every spec (OpenAPI 3.1) and the generator settings")
    check.add_argument("vendors", nargs="*", help="only these vendors (default: all)")
    lint_parser = sub.add_parser("lint", help="lint every spec with Spectral and codegen/spectral/ruleset.yaml")
    lint_parser.add_argument("vendors", nargs="*", help="only these vendors (default: every specs/*/openapi.yaml)")
    diff = sub.add_parser("specdiff", help="what each distribution's change since its base does to its users")
    diff.add_argument("vendors", nargs="*", help="only these vendors (default: all, and the wrappers)")
    diff.add_argument(
        "--base", help="git revision to compare with (default: each distribution's last release tag, else HEAD)"
    )
    diff.add_argument("--check", action="store_true", help="write no fragment; fail on a missing bump or fragment")
    diff.add_argument("--report", type=Path, help="also write the report to this file")
    log = sub.add_parser("changelog", help="compile CHANGELOG.md from changelog.d/ with towncrier")
    log.add_argument("towncrier_args", nargs=argparse.REMAINDER, help="passed to `towncrier build`")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    args, extra = parser.parse_known_args(argv)
    if args.command == "changelog":
        return build_changelog([*extra, *args.towncrier_args])
    if extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    try:
        vendors = load_vendors()
    except ConfigError as error:
        print(error, file=sys.stderr)
        return 2
    unknown = sorted(set(args.vendors) - set(vendors))
    if unknown:
        parser.error(f"unknown vendor(s): {', '.join(unknown)}; known: {', '.join(vendors)}")
    chosen = [vendors[name] for name in args.vendors or vendors]
    if args.command == "validate":
        return validate_specs(chosen)
    if args.command == "lint":
        return lint([vendor.spec for vendor in chosen] if args.vendors else sorted(ROOT.glob("specs/*/openapi.yaml")))
    if args.command == "specdiff":
        return _specdiff(chosen, base=args.base, check=args.check, report=args.report, everything=not args.vendors)
    if args.check:
        return max((_check(vendor, args.out) for vendor in chosen), default=0)
    return max((_generate(vendor, args.out, force=args.force) for vendor in chosen), default=0)


def _check(vendor: VendorConfig, out: Path) -> int:
    try:
        with tempfile.TemporaryDirectory(prefix="codegen-check-") as tmp:
            fresh = Path(tmp) / vendor.name
            render_tree(vendor, fresh)
            drift = differences(fresh, out / vendor.name)
    except GenerationFailed as error:
        print(f"{vendor.name}: {error}", file=sys.stderr)
        return 1
    if not drift:
        print(f"{vendor.name}: generated/{vendor.name} matches {vendor.spec_relative}")
        return 0
    print(f"{vendor.name}: generated/{vendor.name} differs from what {vendor.spec_relative} produces:")
    causes = changed_inputs(read_manifest(out / vendor.name), manifest_for(vendor))
    for cause in causes or ["no recorded input changed: generated files were edited by hand"]:
        print(f"  because {cause}")
    print("\n".join(f"  {line}" for line in drift))
    print("  fix: run `nox -s generate` and commit the result")
    return 1


def _generate(vendor: VendorConfig, out: Path, *, force: bool) -> int:
    started = time.perf_counter()
    try:
        done = generate_vendor(vendor, out, force=force)
    except GenerationFailed as error:
        print(f"{vendor.name}: {error}", file=sys.stderr)
        return 1
    took = time.perf_counter() - started
    print(f"{vendor.name}: {'regenerated' if done else 'up to date, skipped'} ({took:.2f} s)")
    return 0


def _specdiff(
    chosen: list[VendorConfig], *, base: str | None, check: bool, report: Path | None, everything: bool
) -> int:
    reviews = []
    for vendor in chosen:
        review = review_vendor(vendor, base)
        if not check:
            write_fragment(review)
            judge(review, vendor)
        reviews.append(review)
    if everything:
        reviews.append(review_wrappers(base))
    output = "\n".join(render(review) for review in reviews)
    print(output, end="")
    if report is not None:
        report.write_text(output, encoding="utf-8")
    problems = [p for r in reviews for p in r.problems]
    print(f"specdiff: {len(reviews)} distribution(s), {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
