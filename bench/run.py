"""Run every benchmark, print a table, save the results as JSON, and exit non-zero when a target is missed.

Usage, from the repository root::

    python bench/run.py                        # what `nox -s bench` runs; results in bench/results.json
    python bench/run.py --no-floors            # only print and save
    python bench/run.py --repeats 3            # fewer rounds, for a quick look
    python bench/run.py --only decode --json /tmp/decode.json

Every ratio compares cases timed in this process, in interleaved rounds, keeping each case's best time; absolute
milliseconds are printed for information. Figures (import time, memory, regeneration) are absolute by nature.
"""

from __future__ import annotations

import sys
from pathlib import Path

_BENCH = Path(__file__).resolve().parent
# `python bench/run.py` puts bench/ first on sys.path; the benchmarks import each other as the `bench` package,
# so the repository root takes its place.
if sys.path and Path(sys.path[0]).resolve() == _BENCH:
    sys.path[0] = str(_BENCH.parent)

import argparse  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Sequence  # noqa: E402

from bench import concurrency, decode, footprint, listing, overhead  # noqa: E402
from bench._stock import stock_client  # noqa: E402
from bench._timing import Report  # noqa: E402
from bench.vendors import VENDORS  # noqa: E402

DEFAULT_REPEATS = {
    "decode": 7,
    "listing": 15,
    "overhead": 7,
    "prefetch": 3,
    "submit": 5,
    "imports": 7,
    "memory": 1,
    "regenerate": 1,
}
DEFAULT_JSON = _BENCH / "results.json"


def _decode_all(repeats: int) -> list[Report]:
    reports = []
    for vendor in VENDORS:
        with stock_client(vendor.name) as stock:
            reports.append(decode.run(vendor, stock, repeats=repeats))
    return reports


def _listing(repeats: int) -> list[Report]:
    with stock_client("testmo") as stock:
        return [listing.run(stock, repeats=repeats)]


BENCHMARKS: dict[str, Callable[[int], list[Report]]] = {
    "decode": _decode_all,
    "listing": _listing,
    "overhead": lambda repeats: [overhead.run(repeats=repeats)],
    "prefetch": lambda repeats: [concurrency.run_prefetch(repeats=repeats)],
    "submit": lambda repeats: [concurrency.run_submit(repeats=repeats)],
    "imports": lambda repeats: [footprint.run_imports(repeats=repeats)],
    "memory": lambda _: [footprint.run_memory()],
    "regenerate": lambda _: [footprint.run_regenerate()],
}


def _print_report(report: Report, repeats: int) -> None:
    print(f"\n{report.title}; best of {repeats} round(s)")
    if report.timings:
        width = max(len(label) for label in report.timings) + 2
        for label, seconds in report.timings.items():
            print(f"  {label:<{width}}{seconds * 1000:10.1f} ms")
    if report.ratios:
        width = max(len(ratio.name) for ratio in report.ratios) + 2
        for ratio in report.ratios:
            value = report.value(ratio)
            line = f"  {ratio.name:<{width}}{value:7.2f}x"
            if ratio.target():
                line += f"   target {ratio.target()}  {'ok' if ratio.met(value) else 'MISSED'}"
            print(line)
    for figure in report.figures:
        line = f"  {figure.name:<60}{figure.value:9.1f} {figure.unit}"
        if figure.target():
            line += f"   target {figure.target()}  {'ok' if figure.met() else 'MISSED'}"
        print(line)
    for note in report.notes:
        print(f"  note: {note}")


def _summary(reports: list[Report]) -> list[str]:
    """The table of every target: measure, value, target, verdict."""
    rows = [("measure", "value", "target", "")]
    for report in reports:
        rows += [
            (r.name, f"{report.value(r):.2f}x", r.target(), "ok" if r.met(report.value(r)) else "MISSED")
            for r in report.ratios
            if r.target()
        ]
        rows += [
            (f.name, f"{f.value:.1f} {f.unit}", f.target(), "ok" if f.met() else "MISSED")
            for f in report.figures
            if f.target()
        ]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = ["| " + " | ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)) + " |" for row in rows]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmarks; the exit status is 1 when a target is missed (unless ``--no-floors``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--no-floors", action="store_true", help="print the results without checking targets")
    parser.add_argument("--repeats", type=int, help="timed rounds per benchmark (default: per benchmark)")
    parser.add_argument("--only", action="append", choices=sorted(BENCHMARKS), help="run only these (repeatable)")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help="where to save results (%(default)s)")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    print(f"Python {platform.python_version()} on {platform.machine()} {platform.system()}; ratios are what count")
    reports: list[Report] = []
    for name in args.only or BENCHMARKS:
        repeats = args.repeats or DEFAULT_REPEATS[name]
        for report in BENCHMARKS[name](repeats):
            _print_report(report, repeats)
            reports.append(report)

    took = time.perf_counter() - started
    print(f"\n{len(reports)} benchmarks in {took:.1f} s\n")
    print("\n".join(_summary(reports)))
    document = {
        "python": platform.python_version(),
        "machine": f"{platform.machine()} {platform.system()}",
        "seconds": round(took, 1),
        "reports": [report.as_json() for report in reports],
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    print(f"\nsaved to {args.json}")
    missed = [line for report in reports for line in report.missed()]
    for line in missed:
        print(f"target missed: {line}")
    return 1 if missed and not args.no_floors else 0


if __name__ == "__main__":
    sys.exit(main())
