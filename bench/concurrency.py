"""Waiting in parallel: async page prefetch, and Testmo submit over several threads, each against a slow fake.

The fake runs in-process (``FakeTransport`` / ``AsyncFakeTransport``) with ``Faults(latency=...)`` on the real clock,
so each request waits that long the way a distant server makes it wait, without holding the GIL or a CPU.

- prefetch: :data:`PAGES` pages of runs at :data:`PAGE_LATENCY` s each, ``AsyncTestmo.automation_runs`` with
  ``prefetch=1`` (sequential) against ``prefetch=`` :data:`PREFETCH`.
- submit: :data:`RESULTS` results in batches of 100 at :data:`APPEND_LATENCY` s per request; ``threads=1`` (the vendor
  CLI's pattern: one thread, appended in sequence) against ``threads=parallel=`` :data:`THREADS`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from testmo_client.models import Test

from qaclients.testmo import AsyncTestmo, Testmo
from qaclients_fakes import AsyncFakeTransport, FakeTransport, Faults, TestmoFake

from ._timing import Ratio, Report, measure

BASE_URL = "https://bench.testmo.net/api/v1"
TOKEN = "bench-token"  # noqa: S105 - the fake's token, nothing real
PAGES = 100
PER_PAGE = 25
PAGE_LATENCY = 0.05
PREFETCH = 10
RESULTS = 10_000
APPEND_LATENCY = 0.02
THREADS = 8


def _pages_case(fake: TestmoFake, prefetch: int) -> Callable[[], int]:
    async def fetch_all() -> int:
        async with (
            AsyncTestmo(BASE_URL, TOKEN, async_transport=AsyncFakeTransport(fake)) as atm,
            atm.automation_runs(1, per_page=PER_PAGE, prefetch=prefetch) as pager,
        ):
            return len([run.id async for run in pager])

    return lambda: asyncio.run(fetch_all())


def run_prefetch(*, repeats: int) -> Report:
    """Sequential against prefetched paging over :data:`PAGES` slow pages."""
    fake = TestmoFake(token=TOKEN, strict=False)
    fake.seed_runs(PAGES * PER_PAGE, tests_per_run=1)
    fake.faults = Faults(latency=PAGE_LATENCY, operations={"list_automation_runs"})
    cases = {"sequential (prefetch=1)": _pages_case(fake, 1), f"prefetch={PREFETCH}": _pages_case(fake, PREFETCH)}
    for label, case in cases.items():
        if case() != PAGES * PER_PAGE:
            raise AssertionError(f"{label}: runs lost")
    ideal = PAGES * PAGE_LATENCY
    return Report(
        title=f"prefetch: {PAGES} pages of {PER_PAGE} runs at {PAGE_LATENCY * 1000:.0f} ms latency (AsyncTestmo)",
        timings=measure(cases, repeats=repeats, with_gc=True),
        ratios=[Ratio("speed-up, sequential / prefetch", "sequential (prefetch=1)", f"prefetch={PREFETCH}", floor=5.0)],
        notes=[f"latency alone is {ideal:.1f} s sequential, {ideal / PREFETCH:.1f} s at {PREFETCH} in flight"],
    )


def make_tests(count: int) -> list[Test]:
    """``count`` passing results in folders of 100."""
    return [Test(key=f"k{i}", name=f"test_{i}", folder=f"folder_{i // 100}", status="passed") for i in range(count)]


def run_submit(*, repeats: int) -> Report:
    """One thread appended in sequence against :data:`THREADS` threads appended concurrently."""
    tests = make_tests(RESULTS)
    fake = TestmoFake(token=TOKEN, strict=False, faults=Faults(latency=APPEND_LATENCY))
    tm = Testmo(BASE_URL, TOKEN, transport=FakeTransport(fake))

    def submit(threads: int) -> Callable[[], int]:
        def once() -> int:
            result = tm.submit_results(1, name="bench", source="bench", tests=tests, threads=threads, parallel=threads)
            fake.runs.clear()  # keep the fake small across rounds
            fake.threads.clear()
            return result.tests_submitted

        return once

    cases = {"1 thread, in sequence": submit(1), f"{THREADS} threads in parallel": submit(THREADS)}
    for label, case in cases.items():
        if case() != RESULTS:
            raise AssertionError(f"{label}: results lost")
    with tm:
        timings = measure(cases, repeats=repeats, with_gc=True)
    return Report(
        title=f"submit: {RESULTS:,} Testmo results at {APPEND_LATENCY * 1000:.0f} ms per request, batches of 100",
        timings=timings,
        ratios=[
            Ratio("speed-up, 1 thread / several", "1 thread, in sequence", f"{THREADS} threads in parallel", floor=3.0)
        ],
        notes=[f"about {RESULTS // 100 + 4} requests for one thread, {RESULTS // 100 + 2 + 2 * THREADS} for {THREADS}"],
    )
