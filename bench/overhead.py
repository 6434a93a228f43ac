"""Per-request overhead: ``Testmo.automation_run`` against raw httpx, both over a real 127.0.0.1 socket.

The Testmo fake is served by uvicorn in a background thread (``qaclients_fakes.serve_in_thread``) and holds one run
with one thread. Cases, :data:`CALLS` requests each, on keep-alive connections:

- ``raw httpx``: ``httpx.Client.get(...)`` and ``response.json()``; the baseline.
- ``generated sync_detailed``: ``get_automation_run.sync_detailed`` of our generated client, no wrapper.
- ``qaclients Testmo``: ``Testmo.automation_run(run_id)`` as users get it (retry transport, error hook, typed result).

The server's own time is in every case alike (it validates each request and response against the spec), so the ratio
is what a caller pays on top of httpx against a local server; against a real vendor, network time dilutes it further.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx
from testmo_client import AuthenticatedClient
from testmo_client.api.automation_runs import get_automation_run
from testmo_client.models import AutomationRunResponse

from qaclients.testmo import Testmo
from qaclients_fakes import TestmoFake, serve_in_thread

from ._timing import Ratio, Report, measure

TOKEN = "bench-token"  # noqa: S105 - the fake's token, nothing real
CALLS = 200
CEILING = 1.10


def run(*, repeats: int) -> Report:
    """Time :data:`CALLS` reads of one run through each case, interleaved, on one fake server."""
    fake = TestmoFake(token=TOKEN, strict=False)
    run_id = fake.seed_runs(1, tests_per_run=10)[0].id
    with (
        serve_in_thread(fake) as base_url,
        httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {TOKEN}"}) as raw,
        Testmo(base_url, TOKEN) as tm,
    ):
        generated = AuthenticatedClient(base_url=base_url, token=TOKEN)

        def raw_calls() -> int:
            return sum(raw.get(f"/automation/runs/{run_id}").json()["result"]["id"] for _ in range(CALLS))

        def generated_calls() -> int:
            total = 0
            for _ in range(CALLS):
                parsed = get_automation_run.sync_detailed(run_id, client=generated).parsed
                assert isinstance(parsed, AutomationRunResponse)
                total += parsed.result.id
            return total

        def wrapped_calls() -> int:
            return sum(tm.automation_run(run_id).id for _ in range(CALLS))

        cases: dict[str, Callable[[], object]] = {
            "raw httpx": raw_calls,
            "generated sync_detailed": generated_calls,
            "qaclients Testmo": wrapped_calls,
        }
        for label, case in cases.items():
            if case() != run_id * CALLS:
                raise AssertionError(f"{label}: read the wrong run")
        timings = measure(cases, repeats=repeats, with_gc=True)
        generated.get_httpx_client().close()
    per_call = (timings["qaclients Testmo"] - timings["raw httpx"]) / CALLS * 1e6
    return Report(
        title=f"overhead: {CALLS} reads of one Testmo run over 127.0.0.1 (uvicorn fake in a thread)",
        timings=timings,
        ratios=[
            Ratio("qaclients Testmo / raw httpx", "qaclients Testmo", "raw httpx", ceiling=CEILING),
            Ratio("generated sync_detailed / raw httpx", "generated sync_detailed", "raw httpx"),
        ],
        notes=[f"the wrapper adds {per_call:.0f} us per call over raw httpx"],
    )
