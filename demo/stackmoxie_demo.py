"""The Stack Moxie workflow against the fake, over a real loopback socket: what an internal service does, printed.

Run with ``nox -s demo`` (or ``python demo/stackmoxie_demo.py`` with qaclients[stackmoxie] and qaclients-fakes
installed). The fake's clock is a ManualClock and the client's clock moves it along, so runs and jobs progress on
simulated time and the demo never sleeps.
"""

from __future__ import annotations

import asyncio
import sys
from typing import Any

from qaclients import stackmoxie
from qaclients.core import FakeClock, RetryPolicy, TimeoutError
from qaclients_fakes import Faults, ManualClock, StackMoxieFake, serve_in_thread
from qaclients_fakes._stackmoxie import DEFAULT_ORG

TOKEN = "demo-jwt-not-a-secret-really"
STEP = {"cog": "automatoninc/salesforce", "stepId": "CheckRecord", "name": "Lead reaches Salesforce"}
DEFINITION = {
    "scenario": "Lead sync",
    "steps": [{**STEP, "data": {"email": "{{email}}"}}, {**STEP, "name": "Owner is assigned"}],
}


class SharedTime(FakeClock):
    """The client's clock: every wait it makes passes on the fake's clock too (simulated time, no sleeping)."""

    def __init__(self, fake_clock: ManualClock) -> None:
        super().__init__()
        self.fake_clock = fake_clock

    def advance(self, seconds: float) -> None:
        super().advance(seconds)
        self.fake_clock.advance(seconds)


def create_scenario(sm: stackmoxie.StackMoxie) -> stackmoxie.Scenario:
    """Look at the registry, connect Salesforce, create a folder and, asynchronously, a scenario; schedule it."""
    cogs = [entry.name for entry in sm.cog_registry()]
    print(f"cog registry: {len(cogs)} cogs ({', '.join(str(cog) for cog in cogs)})")
    auth = {"instanceUrl": "https://acme.my.salesforce.com", "clientId": "demo", "clientSecret": "demo"}
    connection = sm.create_connection(stackmoxie.Cog.SALESFORCE, auth)
    print(f"connected {connection.cog.value} (connection {connection.id}, valid={connection.is_valid})")
    folder = sm.create_folder("Lead routing", description="Leads land where they should")
    creating = sm.begin_create_scenario(
        "Lead sync",
        DEFINITION,
        feature=folder.id,
        severity=stackmoxie.Severity.HIGH,
        progress=lambda job: print(f"  job {job.job_id[:8]}…: {job.status.value}"),
    )
    scenario = creating.result(timeout=60)
    print(f"scenario {scenario.id} {scenario.name!r} created asynchronously, in folder {scenario.feature}")
    schedule = sm.create_schedule(scenario, 3600)
    print(f"scheduled every {schedule.interval} s (schedule {schedule.id})")
    return scenario


def run_scenario(sm: stackmoxie.StackMoxie, fake: StackMoxieFake, scenario_id: int, checks: list[bool]) -> str:
    """Run it through injected 503s, then a failing run, then one that outlasts its timeout: returns its token."""
    fake.faults = Faults(kind="error", status=503, first_n=2, operations={"get_scenario_run"})
    poller = sm.begin_run(
        scenario_id,
        tokens={"email": "lead@example.com"},
        with_log=True,
        progress=lambda run: print(f"  run {run.id}: {run.outcome.value}"),
    )
    run = poller.result(timeout=300)
    assert isinstance(run.log, stackmoxie.RunLog)
    print(f"run {run.id} {run.outcome.value} in {run.duration} ms, through {fake.faults.injected} injected 503s")
    for step in run.log.body:
        print(f"  {step.outcome}: {step.message}")
    checks.append(run.outcome is stackmoxie.RunOutcome.PASSED and fake.faults.injected == 2)
    fake.faults = Faults()

    fake.script_runs("Failed")
    failed = sm.begin_run(scenario_id, with_log=True).result(timeout=300)
    assert isinstance(failed.log, stackmoxie.RunLog)
    print(f"run {failed.id} {failed.outcome.value}: {failed.log.body[-1].message}")
    checks.append(failed.outcome is stackmoxie.RunOutcome.FAILED)

    slow = sm.begin_run(scenario_id)
    try:
        slow.result(timeout=3)
    except TimeoutError as error:
        token = error.continuation_token or ""
        status = slow.status()
        outcome = status.outcome.value if status is not None else "unknown"
        print(f"run still {outcome} after 3 s; continuation token {token[:24]}…")
        return token
    raise RuntimeError("unexpected: the run finished within 3 s")


def main() -> int:
    """Connect a cog, create a scenario asynchronously, run it (through faults, a failure and a resume), list runs."""
    fake_clock = ManualClock()
    fake = StackMoxieFake(token=TOKEN, clock=fake_clock)
    seeded = fake.seed_runs(40)
    checks: list[bool] = []
    with serve_in_thread(fake) as base_url:
        print(f"fake Stack Moxie listening at {base_url}")
        retry = RetryPolicy(backoff_initial=0.5, jitter=False)
        options: dict[str, Any] = {"base_url": base_url, "clock": SharedTime(fake_clock), "retry": retry}
        with stackmoxie.StackMoxie(DEFAULT_ORG, TOKEN, **options) as sm:
            scenario = create_scenario(sm)
            token = run_scenario(sm, fake, scenario.id, checks)

        with stackmoxie.StackMoxie(DEFAULT_ORG, TOKEN, **options) as elsewhere:  # e.g. another process
            resumed = elsewhere.resume_run(token).result(timeout=300)
            print(f"resumed from the token in a new client: run {resumed.id} {resumed.outcome.value}")
            latest = elsewhere.latest_run(scenario.id)
            history = list(elsewhere.runs(scenario.id))
            print(f"latest run of scenario {scenario.id}: {latest.id}; {len(history)} runs in all")
            checks.append(resumed.outcome is stackmoxie.RunOutcome.PASSED)
            checks.append(latest.id == resumed.id and len(history) == 3)

        async def count_failures() -> int:
            async with stackmoxie.AsyncStackMoxie(DEFAULT_ORG, TOKEN, **options) as asm:
                return len([r async for r in asm.runs(seeded[0].scenario_id, outcome=["Failed", "Error"])])

        failures = asyncio.run(count_failures())
        print(f"async, across pages: {failures} of the 40 seeded runs failed or errored")
        checks.append(failures == 16)
    ok = all(checks) and not fake.violations
    print("demo OK" if ok else f"demo FAILED {checks}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
