"""The Runscope workflow against the fake, over a real loopback socket: trigger a test, wait, print each run.

Run with ``nox -s demo`` (or ``python demo/runscope_demo.py`` with qaclients[runscope] and qaclients-fakes installed).
The fake runs on the real clock with short runs (0.2 s queued, 0.5 s working), so the demo takes about two seconds.
"""

from __future__ import annotations

import asyncio
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from qaclients import runscope as rsc
from qaclients.core import OperationFailed, PollSchedule
from qaclients_fakes import RunscopeFake, serve_in_thread

TOKEN = "demo-token-not-a-secret-really"
QUICK = PollSchedule(initial=0.2, multiplier=1.5, maximum=0.5)
RECEIVED: list[bytes] = []


class _Hook(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        RECEIVED.append(self.rfile.read(int(self.headers["Content-Length"])))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *_: object) -> None:
        pass


def _print_result(result: rsc.TriggerResult) -> None:
    for run in result.runs:
        print(f"  run {run.test_run_id[:8]} {run.test_name} [{run.region}] {run.result}: "
              f"{run.assertions_passed} assertions passed, {run.assertions_failed} failed")  # fmt: skip
        for failure in run.failed_assertions:
            print(f"    failed: {failure.source} {failure.comparison} {failure.target_value!r} -> {failure.error}")


async def _async_listing(base_url: str, bucket_key: str) -> list[str]:
    async with rsc.AsyncRunscope(base_url, TOKEN) as ars:
        return [test.name async for test in ars.tests(bucket_key, page_size=2)]


def main() -> int:
    """Create tests with typed steps, trigger them, wait for every run, read results and notifications."""
    hooks = ThreadingHTTPServer(("127.0.0.1", 0), _Hook)
    threading.Thread(target=hooks.serve_forever, daemon=True).start()
    hook_url = f"http://127.0.0.1:{hooks.server_address[1]}/runscope"
    fake = RunscopeFake(token=TOKEN, queued_for=0.2, working_for=0.5, strict=False)
    try:
        with serve_in_thread(fake) as base_url, rsc.Runscope(base_url, TOKEN) as rs:
            print(f"fake Runscope listening at {base_url}; notifications go to {hook_url}")
            bucket = rs.buckets()[0]
            ok = rsc.assertion("response_status", "equal_number", 200)
            version = rsc.variable("v", "response_json", "v")
            health = rs.create_test(bucket.key, "Health", steps=[
                rsc.request_step("GET", "https://example.com/health", assertions=[ok]),
                rsc.pause_step(1),
                rsc.request_step("GET", "https://example.com/version", variables=[version]),
            ])  # fmt: skip
            prod = rsc.EnvironmentWrite(name="Prod", regions=["us1", "eu1", "jp1"], webhooks=[hook_url])
            env = rs.create_test_environment(bucket.key, health.id, prod)
            print(f"created test {health.name!r} with {len(rs.steps(bucket.key, health.id))} steps, "
                  f"environment {env.name!r} in {env.regions}")  # fmt: skip

            poller = rs.begin_trigger(
                health, environment="Prod", variables={"build": 42}, schedule=QUICK,
                progress=lambda status: print(f"  progress: {status.counts()}"),
            )  # fmt: skip
            started = poller.status()
            print(f"triggered {len(started.runs) if started else 0} runs (one per region)")
            result = poller.result(timeout=30)
            print(f"all passed: {result.passed}")
            _print_result(result)

            checkout = rsc.request_step("POST", "https://x.test/", assertions=[ok])
            broken = rs.create_test(bucket.key, "Checkout", steps=[checkout])
            fake.buckets[bucket.key].tests[broken.id].outcome = "fail"  # arrange a failure in the fake
            try:
                rs.begin_trigger(broken, schedule=QUICK).result(timeout=30)
            except OperationFailed as failed:
                print("Checkout failed, as arranged:")
                if isinstance(failed.result, rsc.TriggerResult):
                    _print_result(failed.result)

            history = [str(run.result) for run in rs.results(bucket.key, health.id)]
            print(f"results of Health, newest first: {history}")
            rs.account()  # the fake delivers notifications of runs that finished on its next request
            notes = [rsc.parse_notification(body) for body in RECEIVED]
            print(f"{len(notes)} notifications received: {sorted(str(n.region) for n in notes)}")
            print(f"async listing of tests: {asyncio.run(_async_listing(base_url, bucket.key))}")
            if len(notes) != 3 or not result.passed or len(history) != 3:
                print("unexpected outcome", file=sys.stderr)
                return 1
    finally:
        hooks.shutdown()
        hooks.server_close()
    if fake.violations:
        print(f"the fake saw {len(fake.violations)} spec violations", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
