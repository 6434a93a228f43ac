"""Command line: ``python -m codegen generate [--check] [--force] [VENDOR ...]`` and ``python -m codegen validate``."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from codegen._config import ROOT, ConfigError, load_vendors
from codegen._drift import differences
from codegen._pipeline import GenerationFailed, generate_vendor, render_tree
from codegen._validate import validate_specs


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = argparse.ArgumentParser(prog="python -m codegen")
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="regenerate generated/<vendor>/ from specs/<vendor>/openapi.yaml")
    gen.add_argument("vendors", nargs="*", help="only these vendors (default: all)")
    gen.add_argument("--check", action="store_true", help="fail, listing files, if generated/ differs")
    gen.add_argument("--force", action="store_true", help="regenerate even when the inputs are unchanged")
    gen.add_argument("--out", type=Path, default=ROOT / "generated", help="where the trees live")
    check = sub.add_parser("validate", help="validate every spec (OpenAPI 3.1) and the generator settings")
    check.add_argument("vendors", nargs="*", help="only these vendors (default: all)")
    args = parser.parse_args(argv)

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
    status = 0
    for vendor in chosen:
        started = time.perf_counter()
        try:
            if args.check:
                with tempfile.TemporaryDirectory(prefix="codegen-check-") as tmp:
                    fresh = Path(tmp) / vendor.name
                    render_tree(vendor, fresh)
                    drift = differences(fresh, args.out / vendor.name)
                if drift:
                    status = 1
                    print(f"{vendor.name}: generated/{vendor.name} differs from what {vendor.spec_relative} produces:")
                    print("\n".join(f"  {line}" for line in drift))
                    print("  fix: run `nox -s generate` and commit the result")
                else:
                    print(f"{vendor.name}: generated/{vendor.name} matches {vendor.spec_relative}")
                continue
            done = generate_vendor(vendor, args.out, force=args.force)
            took = time.perf_counter() - started
            print(f"{vendor.name}: {'regenerated' if done else 'up to date, skipped'} ({took:.2f} s)")
        except GenerationFailed as error:
            print(f"{vendor.name}: {error}", file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
