"""The BrowserStack Test Management workflow against the fake, over a real loopback socket, printed.

Run with ``nox -s demo`` (or ``python demo/browserstack_tm_demo.py`` with qaclients[browserstack_tm] and
qaclients-fakes installed). The fake does its background work on the real clock, as BrowserStack does: a clone's test
cases appear a moment after the clone, an add/remove of test cases is applied a moment after its 202.
"""

from __future__ import annotations

import asyncio
import json
import sys

from qaclients import browserstack_tm as bstm
from qaclients.core import BadRequestError
from qaclients_fakes import BrowserStackTMFake, serve_in_thread

USERNAME, ACCESS_KEY = "demo-user", "demo-access-key-not-a-secret"
PROJECT = "PR-1"


def main() -> int:
    """Plan a regression run, re-run its failures in a clone, adjust it, and tidy up."""
    fake = BrowserStackTMFake(username=USERNAME, access_key=ACCESS_KEY)
    fake.clone_delay, fake.update_delay = 0.3, 0.4
    fake.seed_runs(45)
    events: list[bstm.TestCasesUpdatedEvent] = []
    fake.on_event = lambda name, payload: events.append(bstm.parse_completion_event(json.dumps(payload)))
    with serve_in_thread(fake) as base_url, bstm.TestManagement(USERNAME, ACCESS_KEY, base_url=base_url) as tm:
        print(f"fake BrowserStack Test Management listening at {base_url}")
        active = list(tm.test_runs(PROJECT, page_size=10))
        print(f"active runs, 10 per page: {len(active)} (newest {active[0].identifier}); all runs: "
              f"{len(list(tm.test_runs(PROJECT, include_closed=True)))}")  # fmt: skip

        run = tm.create_test_run(
            PROJECT,
            name="Regression 2026-12",
            folder_ids=[10],
            configurations=[101, 102],
            configuration_map=[{"test_case_id": "TC-3", "configuration_ids": [103]}],
            tags=["regression"],
            assignee="lead@example.com",
        )
        rid = run.identifier or ""
        print(f"created {rid} '{run.name}' with {run.test_cases_count} (test case, configuration) pairs")

        for case in list(tm.test_run_test_cases(PROJECT, rid))[:5]:  # a tester records some failures
            fake.record_result(rid, case.identifier, "failed", case.configuration_id or None)
        detail = tm.test_run(PROJECT, rid)
        print(f"{rid} progress: {detail.overall_progress.to_dict() if detail.overall_progress else {}}")

        poller = tm.begin_clone(PROJECT, rid, name="Regression 2026-12 re-run", test_case_selection="by_results",
                                statuses=["failed"])  # fmt: skip
        status = poller.status()
        print(f"clone {status.test_run_id if status else '?'} created; {status.expected if status else 0} test "
              f"cases to attach in the background")  # fmt: skip
        clone = poller.result(timeout=30)
        cid, cloned = clone.identifier or "", clone.test_cases or []
        progress = clone.overall_progress.to_dict() if clone.overall_progress else {}
        print(f"clone {cid} ready: {len(cloned)} test cases, {progress}")

        first = cloned[0]
        dropped = {"test_case_ids": [first.identifier], "configuration_ids": [first.configuration_id]}
        change = tm.begin_update_test_cases(
            PROJECT, cid, add=[{"test_case_ids": ["TC-40", "TC-41"], "configuration_ids": [101]}], remove=[dropped],
            preserve_existing_results=True,
        ).result(timeout=30)  # fmt: skip
        print(f"add/remove {change.unique_id}: {change.added} added, {change.removed} removed")
        print("completion events: " + ", ".join(f"{e.operation.value}={e.affected_mapping_count}" for e in events))

        try:
            tm.begin_update_test_cases(PROJECT, cid, add=[{"test_case_ids": ["TC-40", "TC-40"]}])
        except BadRequestError as error:
            print(f"refused as documented ({bstm.error_code(error)}): {error}")

        sparse = tm.update_test_run(PROJECT, cid, assignee="qa@example.com")
        print(f"sparse update: assignee {sparse.assignee}, tags kept {sparse.tags}")
        tm.assign_test_cases(PROJECT, cid, [{"test_case_id": "TC-40", "configuration_id": 101, "assignee": "a@x.com"}])
        whole = tm.replace_test_run(PROJECT, rid, name="Regression 2026-12 (replanned)", run_state="in_progress",
                                    test_cases=["TC-1", "TC-2"])  # fmt: skip
        print(f"replace: {whole.name!r}, assignee {whole.assignee}, tags {whole.tags}, {whole.test_cases_count} cases")
        closed = tm.close_test_run(PROJECT, cid)
        print(f"closed {cid}: {closed.active_state}/{closed.run_state}; {tm.delete_test_run(PROJECT, rid)}")

        async def count_async() -> int:
            async with (
                bstm.AsyncTestManagement(USERNAME, ACCESS_KEY, base_url=base_url) as atm,
                atm.test_runs(PROJECT, page_size=5, include_closed=True, prefetch=4) as pager,
            ):
                return len([r async for r in pager])

        listed = asyncio.run(count_async())
        print(f"async listing, 4 pages in flight: {listed} runs")
    ok = (
        len(cloned) == 5
        and (change.added, change.removed) == (2, 1)
        and sum(e.affected_mapping_count for e in events) == change.affected_mapping_count
        and whole.assignee is None
        and listed == len(fake.runs)
    )
    print("demo OK" if ok else "demo FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
