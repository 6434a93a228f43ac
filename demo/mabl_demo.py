"""The mabl workflow against the fake, over a real loopback socket: deploy-and-wait, artifacts, reports, printed.

Run with ``nox -s demo`` (or ``python demo/mabl_demo.py`` with qaclients[mabl] and qaclients-fakes installed). The
fake plays plan runs out on a manual clock that the client's poll waits move on, so minutes of mabl time pass
in well under a second.
"""

from __future__ import annotations

import asyncio
import datetime
import tempfile
import zipfile
from pathlib import Path

from qaclients import mabl
from qaclients.core import FakeClock, ForbiddenError, OperationFailed
from qaclients_fakes import MablFake, ManualClock, PlanScript, serve_in_thread
from qaclients_fakes._mabl import DEFAULT_KEY, DEFAULT_WORKSPACE, ENVIRONMENT, REGRESSION_PLAN, SMOKE_PLAN

VIEWER_KEY = "demo-viewer-key-not-a-secret"


class SharedClock(FakeClock):
    """The client's clock, moving the fake server's clock with it (nothing really sleeps)."""

    def __init__(self, server: ManualClock) -> None:
        super().__init__()
        self.server = server

    def advance(self, seconds: float) -> None:
        super().advance(seconds)
        self.server.advance(seconds)


def show(progress: mabl.DeploymentProgress) -> None:
    """One progress line per poll."""
    print(
        f"  plans {progress.plans_passed} passed, {progress.plans_failed} failed, {progress.plans_running} running"
        f" | tests {progress.tests_passed} passed, {progress.tests_failed} failed, {progress.tests_running} running"
    )


def main() -> int:
    """Deploy and wait (a plan mabl retries, then a failing one), export and download artifacts, list and report."""
    server_clock = ManualClock(datetime.datetime.now(datetime.UTC).replace(microsecond=0))
    fake = MablFake(clock=server_clock)
    fake.seed(48)
    fake.add_key(VIEWER_KEY, "viewer")
    clock = SharedClock(server_clock)
    with serve_in_thread(fake) as base_url:
        print(f"fake mabl listening at {base_url}")
        with mabl.Mabl(DEFAULT_KEY, workspace_id=DEFAULT_WORKSPACE, base_url=base_url, clock=clock) as client:
            print("applications:", [app.name for app in client.applications.list()])

            fake.plans[SMOKE_PLAN].script = PlanScript(outcome="failed", retry_outcome="succeeded", runs_for=40)
            print("deploy to staging; the smoke plan fails once and mabl retries it:")
            poller = client.begin_deployment(environment_id=ENVIRONMENT, revision="9f2c1e7", progress=show)
            result = poller.result(timeout=3600)
            print(
                f"deployment {result.event_id}: succeeded={result.succeeded},"
                f" first attempt={result.succeeded_first_attempt}, with retries={result.succeeded_with_retries}"
            )
            for plan in result.plans:
                attempts = " then ".join(a.status for a in plan.attempts)
                print(f"  plan {plan.name}: {attempts}")
            print(f"  waited {clock.now():.0f} s of mabl time in {len(clock.sleeps)} polls")

            fake.plans[REGRESSION_PLAN].script = PlanScript(outcome="failed")
            try:
                client.begin_deployment(environment_id=ENVIRONMENT, plan_labels=["regression"]).result(timeout=3600)
            except OperationFailed as failed:
                record = failed.result
                assert isinstance(record, mabl.DeploymentResult)
                tests = ", ".join(f"{t.name} ({t.failure})" for t in record.failed_tests)
                print(f"second deployment failed: plans {[p.name for p in record.failed_plans]}, tests {tests}")

            test_run = result.tests[0].test_run_id
            export = client.begin_export_artifacts(test_run, ["screenshots", "hars", "console_logs"]).result(
                timeout=600
            )
            with tempfile.TemporaryDirectory() as folder:
                path = export.download(Path(folder) / "artifacts.zip", progress=lambda done, total: None)
                with zipfile.ZipFile(path) as archive:
                    print(f"exported {export.export_id}: {path.stat().st_size} bytes, {sorted(archive.namelist())}")

            runs = list(client.test_run_summaries(page_size=20))
            failed_runs = sum(not run.success for run in runs)
            print(f"test run summaries: {len(runs)} runs in pages of 20 (null-cursor end rule), {failed_runs} failed")

        with mabl.Mabl(VIEWER_KEY, workspace_id=DEFAULT_WORKSPACE, base_url=base_url, clock=clock) as viewer:
            try:
                viewer.applications.create(name="not allowed")
            except ForbiddenError as refused:
                print(f"a Viewer key may not create: {refused.status} {refused.message}")

        with mabl.Mabl("mabl-reporting-key", workspace_id=DEFAULT_WORKSPACE, base_url=base_url) as reporting:
            end = server_clock.now()
            counts = reporting.test_run_counts(end - datetime.timedelta(days=3), end, "day")
            print("test runs per day:", [(b.total_test_runs, b.failed_test_runs) for b in counts.buckets])
            try:
                reporting.test_run_counts(end - datetime.timedelta(days=120), end, "day")
            except mabl.UsageWindowError as error:
                print(f"refused before sending: {error}")

        asyncio.run(_async_listing(base_url, clock))
    return 0


async def _async_listing(base_url: str, clock: FakeClock) -> None:
    async with mabl.AsyncMabl(DEFAULT_KEY, workspace_id=DEFAULT_WORKSPACE, base_url=base_url, clock=clock) as client:
        events = [event.id async for event in client.deployment_events()]
        print(f"async: {len(events)} deployment events, newest {events[0]}")


if __name__ == "__main__":
    raise SystemExit(main())
