"""The Testmo workflow against the fake, over a real loopback socket: what an internal service does, printed.

Run with ``nox -s demo`` (or ``python demo/testmo_demo.py`` with qaclients[testmo] and qaclients-fakes installed).
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from qaclients import testmo
from qaclients.core import RetryPolicy
from qaclients_fakes import Faults, TestmoFake, serve_in_thread

HERE = Path(__file__).resolve().parent
TOKEN = "demo-token-not-a-secret-really"


def main() -> int:
    """Submit a JUnit report (surviving a failure midway), then list runs sync and async."""
    fake = TestmoFake(token=TOKEN)
    fake.seed_runs(120)
    with serve_in_thread(fake) as base_url:
        print(f"fake Testmo listening at {base_url}")
        tests = testmo.read_junit(HERE / "report.xml")
        # Multiply the report so batching and threads have something to do.
        tests = [
            testmo.Test(
                key=testmo.test_key(t.folder, f"{t.name}[{i}]"), name=f"{t.name}[{i}]", folder=t.folder,
                status=t.status, elapsed=t.elapsed, file=t.file, line=t.line, fields=t.fields,
            )
            for i in range(50)
            for t in tests
        ]  # fmt: skip
        print(f"read {len(tests)} tests from report.xml (x50)")

        with testmo.Testmo(base_url, TOKEN, retry=RetryPolicy(backoff_initial=0.01)) as tm:
            fake.faults = Faults(
                kind="error", status=422, every_nth=4, first_n=4, operations={"append_automation_run_thread"}
            )
            try:
                tm.submit_results(
                    1, name="CI #42", source="checkout", tests=tests, threads=3, parallel=3, batch_size=25
                )
            except testmo.SubmitError as error:
                print(f"first attempt stopped: {error}")
                progress = error.progress
            else:
                print("unexpected: the injected failure did not happen")
                return 1
            fake.faults = Faults()
            result = tm.submit_results(
                1, name="CI #42", source="checkout", tests=tests, threads=3, parallel=3, batch_size=25, resume=progress
            )
            print(f"resumed: run {result.run_id}, threads {result.thread_ids}, {result.tests_submitted} tests accepted")
            appended = [
                t["key"]
                for r in fake.requests
                if r.operation_id == "append_automation_run_thread" and r.status == 204
                for t in r.json["tests"]
            ]
            print(f"tests appended in all: {len(appended)}, distinct: {len(set(appended))}")

            run = tm.automation_run(result.run_id)
            print(
                f"run {run.id}: status {run.status.name}, completed={run.is_completed}, total {run.total_count}, "
                f"passed {run.success_count}, failed {run.failure_count}, threads {run.thread_completed_count}/"
                f"{run.thread_count} completed"
            )
            failed = list(tm.automation_runs(1, status=[testmo.RunStatus.FAILURE], max_items=5))
            print(f"latest failed runs: {[r.id for r in failed]}")

        async def count_async() -> int:
            async with (
                testmo.AsyncTestmo(base_url, TOKEN) as atm,
                atm.automation_runs(1, per_page=25, prefetch=4) as pager,
            ):
                return len([run async for run in pager])

        print(f"async listing with 4 pages in flight: {asyncio.run(count_async())} runs")
    ok = len(appended) == len(set(appended)) == len(tests) and run.total_count == len(tests) and run.is_completed
    print("demo OK" if ok else "demo FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
