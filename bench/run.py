"""Run every benchmark, print a table, and exit non-zero when a declared floor is missed.

Usage, from the repository root::

    python bench/run.py              # what `nox -s bench` runs
    python bench/run.py --no-floors  # only print
    python bench/run.py --repeats 3  # fewer rounds, for a quick look

Every ratio compares cases timed in this process, in interleaved rounds, keeping each case's best time; absolute
milliseconds are printed for information only and are never checked.
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
import platform  # noqa: E402
import time  # noqa: E402
from collections.abc import Sequence  # noqa: E402

from bench import decode, listing  # noqa: E402
from bench._stock import stock_client  # noqa: E402
from bench._timing import Report  # noqa: E402

DEFAULT_REPEATS = {"decode": 7, "listing": 15}


def _print_report(report: Report, repeats: int) -> None:
    print(f"\n{report.title}; best of {repeats} rounds after 1 warm-up")
    width = max(len(label) for label in report.timings) + 2
    for label, seconds in report.timings.items():
        print(f"  {label:<{width}}{seconds * 1000:10.1f} ms")
    width = max(len(ratio.name) for ratio in report.ratios) + 2
    for ratio in report.ratios:
        line = f"  {ratio.name:<{width}}{report.value(ratio):7.2f}x"
        if ratio.floor is not None:
            verdict = "ok" if report.value(ratio) >= ratio.floor else "MISSED"
            line += f"   floor {ratio.floor:.2f}x  {verdict}"
        print(line)
    for note in report.notes:
        print(f"  note: {note}")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmarks; the exit status is 1 when a floor is missed (unless ``--no-floors``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--no-floors", action="store_true", help="print the results without checking floors")
    parser.add_argument("--repeats", type=int, help="timed rounds per benchmark (default: %(default)s per benchmark)")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    print(f"Python {platform.python_version()} on {platform.machine()} {platform.system()}; ratios are what count")
    reports: list[Report] = []
    with stock_client() as stock:
        for name, module in (("decode", decode), ("listing", listing)):
            repeats = args.repeats or DEFAULT_REPEATS[name]
            report = module.run(stock, repeats=repeats)
            _print_report(report, repeats)
            reports.append(report)

    missed = [(report, ratio) for report in reports for ratio in report.missed_floors()]
    print(f"\n{len(reports)} benchmarks in {time.perf_counter() - started:.1f} s")
    for report, ratio in missed:
        print(f"floor missed: {ratio.name} is {report.value(ratio):.2f}x, needs {ratio.floor:.2f}x ({ratio.why})")
    if missed and not args.no_floors:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
