"""Property: whatever faults hit a Testmo submission of 10,000 results, and wherever, resuming until it succeeds
leaves every result on the server exactly once, in one completed run.

A fault schedule is a handful of (request number, fault) pairs over the whole conversation, resumes included: any
request may fail, the settling reads of a resume too. Threads are appended one at a time (``parallel=1``) so that a
schedule means the same requests on every run and hypothesis can shrink a failure; the fault matrix covers parallel
appends.
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qaclients.core import FakeClock
from qaclients.testmo import SubmitError, Testmo
from qaclients_fakes import FakeTransport, FaultKind, Faults

from ._workflows import BASE_URL, RETRY, TOKEN, check_testmo_submission, make_results, new_testmo_fake

RESULTS = 10_000
TESTS = make_results(RESULTS)
MAX_RESUMES = 30

# (kind, settings): every fault the fakes offer that makes a request fail.
FAILURES: list[tuple[FaultKind, dict[str, Any]]] = [
    ("error", {"status": 503}),
    ("error", {"status": 500, "processed": True}),
    ("rate_limit", {"retry_after": 2}),
    ("rate_limit", {"retry_after": 2, "retry_after_date": True}),
    ("drop", {}),
    ("drop", {"processed": True}),
    ("truncate", {}),
    ("non_json", {}),
]


class ScheduledFaults(Faults):
    """Faults at given request numbers (0-based, every request counted), each with its own kind and settings."""

    def __init__(self, schedule: dict[int, tuple[FaultKind, dict[str, Any]]]) -> None:
        super().__init__()
        self.schedule = schedule
        self.count = 0

    def draw(self, operation_id: str | None) -> FaultKind | None:
        planned = self.schedule.get(self.count)
        self.count += 1
        if planned is None:
            self.kind = None
            return None
        kind, options = planned
        self.kind, self.processed = kind, options.get("processed", False)
        self.status = options.get("status", 503)
        self.retry_after, self.retry_after_date = options.get("retry_after", 1), options.get("retry_after_date", False)
        self.injected += 1
        return kind


schedules = st.dictionaries(
    keys=st.integers(min_value=0, max_value=140), values=st.sampled_from(FAILURES), min_size=1, max_size=8
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(schedule=schedules, threads=st.integers(min_value=1, max_value=3))
def test_every_result_lands_exactly_once(schedule: dict[int, tuple[FaultKind, dict[str, Any]]], threads: int) -> None:
    clock = FakeClock()
    fake = new_testmo_fake(clock)
    fake.faults = ScheduledFaults(schedule)
    resume: str | None = None
    messages: list[str] = []
    with Testmo(BASE_URL, TOKEN, transport=FakeTransport(fake), clock=clock, retry=RETRY) as tm:
        for _ in range(MAX_RESUMES):
            try:
                result = tm.submit_results(
                    1, name="nightly", source="ci", tests=TESTS, threads=threads, batch_size=100, resume=resume
                )
                break
            except SubmitError as error:
                messages.append(str(error))
                resume = error.progress.token()
        else:
            raise AssertionError(f"no success after {MAX_RESUMES} resumes")
    check_testmo_submission(fake, TESTS, threads, result)
    assert fake.violations == []
    assert all("resume" in message and TOKEN not in message for message in messages)
