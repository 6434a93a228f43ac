"""What a client costs when it is not sending: import time, memory while paging, and regenerating.

- import: ``import <wrapper>`` in a fresh interpreter, best CPU time of several (interpreter start-up excluded), per
  vendor declared in :mod:`bench.vendors`, next to ``import httpx`` alone and ``from <wrapper> import *`` (every
  public name, the async client included). Twice: with bytecode cached, as an installed program runs from its second
  start on (the target applies), and with none, every module compiled from source, as each start here runs when
  ``PYTHONDONTWRITEBYTECODE`` is set and nothing was installed with compiled bytecode.
- import + construct: ``import <wrapper>`` then one sync client built (no request sent), per vendor with a line in
  :data:`CONSTRUCT`: what a program pays before its first request. No target; it shows what loading on first use
  moved from the import to the first construction (and on to the first call) rather than removed.
- memory: tracemalloc's peak above the starting point while iterating :data:`ITEMS` items through
  ``qaclients.core.Pager`` (pages of 100 built on the fly), and :data:`TESTMO_RUNS` Testmo runs through
  ``Testmo.automation_runs`` over an ``httpx.MockTransport`` serving one body for every page number.
- regenerate: ``python -m codegen generate`` for every vendor in ``codegen/vendors.toml``, into an empty folder
  (full) and then again (no-op: inputs unchanged, every vendor skipped).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import httpx
import orjson

from codegen._config import ROOT, load_vendors
from qaclients.core import PageNumberPaging, Pager
from qaclients.testmo import Testmo

from ._data import list_body
from ._timing import Figure, Ratio, Report
from .vendors import VENDORS

ITEMS = 1_000_000
PAGE = 100
TESTMO_RUNS = 20_000
MEMORY_LIMIT_MB = 20.0
IMPORT_LIMIT_MS = 150.0
CONSTRUCT = {
    "testmo": "Testmo('https://bench.testmo.net', 'bench-token')",
    "runscope": "Runscope('https://api.runscope.com', 'bench-token')",
    "stackmoxie": "StackMoxie('3f2a9c1e-0000-4000-8000-000000000001', 'bench-token')",
    "browserstack_tm": "TestManagement('bench-user', 'bench-key')",
    "mabl": "Mabl('bench-key', workspace_id='bench-workspace')",
}
"""Vendor -> its sync client built from the wrapper module (named ``client``), sending nothing."""
DEPENDENCIES = "httpx, attrs, orjson"
"""What every vendor's wrapper imports from other projects; the floor under its own import time."""
# httpx imports its command line (click, rich, pygments) whenever those are installed, as they are here for the
# generator's sake; a service that installs only the client has none of them, and this hides them the same way.
_WITHOUT_DEV_TOOLS = """
import sys
class _Absent:
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in {"click", "rich", "pygments"}:
            raise ImportError(name)
sys.meta_path.insert(0, _Absent())
"""
# CPU time, not wall time: on a shared machine a process waiting for a core would otherwise be charged the wait.
_COLD = "(uncached)"
_IMPORT = "import time; t = time.process_time(); {statement}; print(time.process_time() - t)"


def import_seconds(modules: list[str], *, repeats: int, bytecode: bool = True) -> dict[str, float]:
    """Best CPU time of ``import <module>`` in a fresh interpreter each, rounds interleaved.

    An entry that is a whole statement (``from m import *``) is run as given. With ``bytecode``, every module is
    loaded from a bytecode cache of the bench's own, filled by one untimed run of each entry. Without, the environment
    is used as it is and no bytecode is written: what is not already compiled (here: everything outside the standard
    library, see the report's note) is compiled from source at each import.
    """
    best = dict.fromkeys(modules, float("inf"))
    with tempfile.TemporaryDirectory(prefix="bench-pycache-") as cache:
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
        if bytecode:
            del env["PYTHONDONTWRITEBYTECODE"]
            env["PYTHONPYCACHEPREFIX"] = cache  # the tree's own __pycache__ folders are neither read nor written
        codes = {module: _WITHOUT_DEV_TOOLS + _IMPORT.format(statement=_statement(module)) for module in modules}
        if bytecode:
            for code in codes.values():
                subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, env=env)
        for _ in range(repeats):
            for module, code in codes.items():
                out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, env=env)
                best[module] = min(best[module], float(out.stdout))
    return best


def _construct(module: str, client: str) -> str:
    """The statement importing ``module`` and building ``client`` from it."""
    return f"import {module} as _m; client = _m.{client}"


def _statement(entry: str) -> str:
    return entry if entry.startswith(("import ", "from ")) else f"import {entry}"


def peak_growth_mb(iterate: Callable[[], Iterable[Any]]) -> tuple[float, int]:
    """tracemalloc's peak above the start while consuming ``iterate()``, in MB, and how many items it gave."""
    tracemalloc.start()
    try:
        start, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        count = sum(1 for _ in iterate())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return (peak - start) / 1e6, count


def _core_pager(items: int = ITEMS) -> Pager[dict[str, int]]:
    pages = items // PAGE

    def fetch(params: dict[str, Any]) -> dict[str, Any]:
        page = int(params["page"])
        first = (page - 1) * PAGE
        items = [{"id": i, "value": i * 2} for i in range(first, first + PAGE)]
        return {"result": items, "next_page": page + 1 if page < pages else None, "last_page": pages}

    return Pager(fetch, PageNumberPaging(size=PAGE))


def _testmo_runs(runs: int = TESTMO_RUNS) -> Iterable[Any]:
    pages = runs // PAGE
    template = orjson.loads(list_body(page=1, per_page=PAGE, pages=pages))

    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        body = {**template, "page": page, "next_page": page + 1 if page < pages else None}
        return httpx.Response(200, content=orjson.dumps(body), headers={"content-type": "application/json"})

    tm = Testmo("https://bench.testmo.net/api/v1", "bench-token", transport=httpx.MockTransport(handler))
    return tm.automation_runs(1)


def run_memory() -> Report:
    """Peak memory growth while paging through many items, and through fewer (flat: the same peak)."""
    core_mb, core_count = peak_growth_mb(_core_pager)
    testmo_mb, testmo_count = peak_growth_mb(_testmo_runs)
    core_small, _ = peak_growth_mb(lambda: _core_pager(ITEMS // 10))
    testmo_small, _ = peak_growth_mb(lambda: _testmo_runs(TESTMO_RUNS // 2))
    if core_count != ITEMS or testmo_count != TESTMO_RUNS:
        raise AssertionError(f"items lost: {core_count} of {ITEMS}, {testmo_count} of {TESTMO_RUNS}")
    return Report(
        title="memory: tracemalloc peak growth while iterating over pages of 100",
        timings={},
        ratios=[],
        figures=[
            Figure(f"{ITEMS:,} items through core Pager", core_mb, "MB", MEMORY_LIMIT_MB),
            Figure(f"{ITEMS // 10:,} items through core Pager", core_small, "MB"),
            Figure(f"{TESTMO_RUNS:,} Testmo runs through Testmo.automation_runs", testmo_mb, "MB", MEMORY_LIMIT_MB),
            Figure(f"{TESTMO_RUNS // 2:,} Testmo runs through Testmo.automation_runs", testmo_small, "MB"),
        ],
        notes=[
            "flat: more items, the same peak. The Testmo peak is the client, the page the mock server holds, one page "
            "of 100 runs in flight and the garbage awaiting the collector's next pass; it is reached within about "
            "10,000 runs (2,000 runs: 5.2 MB) and then stays (40,000 runs: 7.2 MB)"
        ],
    )


def run_imports(*, repeats: int) -> Report:
    """Import time of each declared vendor's wrapper package, with bytecode cached (the target) and without."""
    wrappers = [vendor.wrapper for vendor in VENDORS]
    everything = [f"from {module} import *" for module in wrappers]
    others = ["qaclients.core", "httpx", DEPENDENCIES]
    constructed = {
        vendor.wrapper: _construct(vendor.wrapper, CONSTRUCT[vendor.name])
        for vendor in VENDORS
        if vendor.name in CONSTRUCT
    }
    cases = [*wrappers, *everything, *others, *constructed.values()]
    cached = import_seconds(cases, repeats=repeats)
    cold = import_seconds([*wrappers, *others], repeats=repeats, bytecode=False)
    timings = {**cached, **{f"{case} {_COLD}": seconds for case, seconds in cold.items()}}
    figures = [Figure(_statement(case), cached[case] * 1000, "ms", IMPORT_LIMIT_MS) for case in wrappers]
    figures += [Figure(_statement(case), cached[case] * 1000, "ms") for case in [*everything, *others]]
    figures += [
        Figure(f"import {module} + construct the client", cached[case] * 1000, "ms")
        for module, case in constructed.items()
    ]
    figures += [Figure(f"{_statement(case)} {_COLD}", seconds * 1000, "ms") for case, seconds in cold.items()]
    ratios = [Ratio(f"import {module} / import httpx", module, "httpx") for module in wrappers]
    ratios += [Ratio(f"import {module} / its dependencies alone", module, DEPENDENCIES) for module in wrappers]
    ratios += [
        Ratio(f"import {module} / its dependencies alone {_COLD}", f"{module} {_COLD}", f"{DEPENDENCIES} {_COLD}")
        for module in wrappers
    ]
    ratios += [
        Ratio(f"import {module} + construct / import {module}", case, module) for module, case in constructed.items()
    ]
    return Report(
        title="import: CPU time in a fresh interpreter each, start-up excluded, no httpx CLI dependencies",
        timings=timings,
        ratios=ratios,
        figures=figures,
        notes=[
            "bytecode cached, unless marked: how an installed program starts from its second run on (pip compiles "
            f"at install time). {_COLD}: the environment as it is, writing none; here (PYTHONDONTWRITEBYTECODE=1, "
            "packages installed by uv, which does not compile) every module outside the standard library, ours and "
            "httpx's alike, is compiled from source at each start; this benchmark measured only that before",
            "the wrapper's own share is its time minus its dependencies alone",
            "+ construct: the import, then one sync client built, nothing sent: what a program pays before its first "
            "request (what loads on first use is paid here or at the first call, not saved)",
        ],
    )


def _generate(out: Path) -> float:
    started = time.perf_counter()
    command = [sys.executable, "-m", "codegen", "generate", "--out", str(out)]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    return time.perf_counter() - started


def run_regenerate() -> Report:
    """Full and no-op regeneration of every vendor in codegen/vendors.toml."""
    vendors = list(load_vendors())
    with tempfile.TemporaryDirectory(prefix="bench-generate-") as tmp:
        full = _generate(Path(tmp))
        noop = min(_generate(Path(tmp)) for _ in range(3))
    return Report(
        title=f"regenerate: {len(vendors)} vendor(s) in codegen/vendors.toml ({', '.join(vendors)})",
        timings={},
        ratios=[],
        figures=[Figure("no-op regenerate", noop, "s", 2.0), Figure("full regenerate", full, "s", 20.0)],
        notes=[f"targets are for five vendors; {len(vendors)} measured ({full / len(vendors):.1f} s each, full)"],
    )
