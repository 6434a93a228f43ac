"""Per-request overhead: ``Testmo.automation_run`` against raw httpx, both over a real 127.0.0.1 socket.

The Testmo fake holds one seeded run and is served by uvicorn twice: in its own process (the CLI,
``python -m qaclients_fakes._cli testmo --port 0``; the target applies here) and in a thread of this process
(``qaclients_fakes.serve_in_thread``, for information). In a thread the server shares the GIL with the client, so a
client doing more Python per call can be charged some of the server's waits for the GIL; no real server costs that.
Cases, interleaved call by call on keep-alive connections, each timed by the median of its calls:

- ``raw httpx``: ``httpx.Client.get(...)`` and ``response.json()``; the baseline.
- ``generated sync_detailed``: ``get_automation_run.sync_detailed`` of our generated client, no wrapper.
- ``qaclients Testmo``: ``Testmo.automation_run(run_id)`` as users get it (retry transport, error hook, typed result).

The server's own time is in every case alike (it validates each request and response against the spec), so the ratio
is what a caller pays on top of httpx against a local server; against a real vendor, network time dilutes it further.
"""

from __future__ import annotations

import contextlib
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator

import httpx
from testmo_client import AuthenticatedClient
from testmo_client.api.automation_runs import get_automation_run
from testmo_client.models import AutomationRunResponse

from qaclients.testmo import Testmo
from qaclients_fakes import TestmoFake, serve_in_thread

from ._timing import Ratio, Report

TOKEN = "bench-token"  # noqa: S105 - the fake's token, nothing real
CALLS = 100
CEILING = 1.10


@contextlib.contextmanager
def _own_process() -> Iterator[str]:
    """The Testmo fake served by the CLI in a child process; yields its base URL."""
    command = [sys.executable, "-m", "qaclients_fakes._cli", "testmo", "--port", "0", "--token", TOKEN]
    child = subprocess.Popen([*command, "--seed-runs", "1"], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        yield child.stdout.readline().strip()
    finally:
        child.terminate()
        child.wait(10)


@contextlib.contextmanager
def _this_process() -> Iterator[str]:
    fake = TestmoFake(token=TOKEN, strict=False)
    fake.seed_runs(1)
    with serve_in_thread(fake) as base_url:
        yield base_url


def _measure(base_url: str, repeats: int) -> dict[str, float]:
    """Per case, the median time of one call, in seconds, over ``repeats`` x :data:`CALLS` calls.

    Calls are interleaved one by one (raw, generated, wrapped, then rotated), so a busy spell of a shared machine
    (scheduler delays, another process on the core) falls on every case alike; the median then ignores the spells.
    """
    run_id = 1
    with (
        httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {TOKEN}"}) as raw,
        Testmo(base_url, TOKEN) as tm,
    ):
        generated = AuthenticatedClient(base_url=base_url, token=TOKEN)

        def raw_call() -> int:
            return int(raw.get(f"/automation/runs/{run_id}").json()["result"]["id"])

        def generated_call() -> int:
            parsed = get_automation_run.sync_detailed(run_id, client=generated).parsed
            assert isinstance(parsed, AutomationRunResponse)
            return parsed.result.id

        def wrapped_call() -> int:
            return tm.automation_run(run_id).id

        cases: dict[str, Callable[[], int]] = {
            "raw httpx": raw_call,
            "generated sync_detailed": generated_call,
            "qaclients Testmo": wrapped_call,
        }
        samples: dict[str, list[float]] = {label: [] for label in cases}
        order = list(cases.items())
        for label, call in order * 20:  # warm-up: connections open, code paths hot
            if call() != run_id:
                raise AssertionError(f"{label}: read the wrong run")
        for index in range(repeats * CALLS):
            shift = index % len(order)
            for label, call in order[shift:] + order[:shift]:
                started = time.perf_counter()
                call()
                samples[label].append(time.perf_counter() - started)
        generated.get_httpx_client().close()
    return {label: statistics.median(times) for label, times in samples.items()}


def run(*, repeats: int) -> Report:
    """Time :data:`CALLS` reads of one run through each case, interleaved, against each server."""
    with _own_process() as base_url:
        timings = _measure(base_url, repeats)
    with _this_process() as base_url:
        timings |= {f"{label}, server in a thread": t for label, t in _measure(base_url, repeats).items()}
    per_call = (timings["qaclients Testmo"] - timings["raw httpx"]) * 1e6
    return Report(
        title="overhead: median of one read of a Testmo run over 127.0.0.1 (uvicorn fake in its own process)",
        timings=timings,
        ratios=[
            Ratio("qaclients Testmo / raw httpx", "qaclients Testmo", "raw httpx", ceiling=CEILING),
            Ratio("generated sync_detailed / raw httpx", "generated sync_detailed", "raw httpx"),
            Ratio(
                "qaclients Testmo / raw httpx, server in a thread",
                "qaclients Testmo, server in a thread",
                "raw httpx, server in a thread",
            ),
        ],
        notes=[f"the wrapper adds {per_call:.0f} us per call over raw httpx (server in its own process)"],
    )
