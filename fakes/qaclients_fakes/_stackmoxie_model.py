"""The Stack Moxie fake's state as plain data: organizations and their objects, runs and jobs that move with time.

A run or a job stores when it started and how it will end; what it shows *now* is computed from the fake's clock,
so advancing a :class:`~qaclients_fakes.ManualClock` is all it takes to move it on::

    run = StackMoxieRun(id=1, scenario_id=3, log_id=1, created_at=0, created_by=1, steps=2, final="Failed")
    run.outcome(now_ms=0)            # "Created"
    run.outcome(now_ms=5_000)        # "Running"
    run.outcome(now_ms=60_000)       # "Failed"

The timings are the fake's own (the docs give none): a run waits :data:`RUN_QUEUED_MS` in ``Created``, then runs
:data:`RUN_STEP_MS` per step; a job is ``Processing`` for :data:`JOB_MS`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

__all__ = [
    "FINAL_OUTCOMES",
    "JOB_MS",
    "RUN_QUEUED_MS",
    "RUN_STEP_MS",
    "StackMoxieJob",
    "StackMoxieOrg",
    "StackMoxieRun",
    "epoch_ms",
    "fake_uuid",
]

RUN_QUEUED_MS = 2_000
RUN_STEP_MS = 3_000
JOB_MS = 4_000
FINAL_OUTCOMES = ("Passed", "Failed", "Error")  # facts: Created, Running, Waiting are not finished


def epoch_ms(at: datetime) -> int:
    """A timestamp as the API writes it: Unix epoch milliseconds (facts)."""
    return int(at.timestamp() * 1000)


def fake_uuid(kind: int, number: int) -> str:
    """A deterministic, valid version-4 UUID: ``kind`` tells objects apart, ``number`` counts them."""
    return f"{kind:08x}-0000-4000-8000-{number:012x}"


@dataclass
class StackMoxieRun:
    """A scenario run: ``Created`` → ``Running`` → ``final`` as the clock passes (see the module docstring)."""

    id: int
    scenario_id: int
    log_id: int
    created_at: int
    created_by: int
    steps: int
    final: str = "Passed"
    tokens: dict[str, Any] = field(default_factory=dict)
    notify: str = "me"

    @property
    def started_at(self) -> int:
        """When it leaves ``Created`` (epoch ms)."""
        return self.created_at + RUN_QUEUED_MS

    @property
    def finished_at(self) -> int:
        """When it reaches its final outcome (epoch ms)."""
        return self.started_at + RUN_STEP_MS * max(1, self.steps)

    def outcome(self, now_ms: int) -> str:
        """What the run shows at ``now_ms``."""
        if now_ms < self.started_at:
            return "Created"
        return "Running" if now_ms < self.finished_at else self.final

    def to_json(self, now_ms: int) -> dict[str, Any]:
        """The spec's ``Run``; ``duration`` (ms) counts the running time so far."""
        outcome = self.outcome(now_ms)
        running = max(0, min(now_ms, self.finished_at) - self.started_at)
        updated = min(now_ms, self.finished_at) if outcome != "Created" else self.created_at
        return {
            "outcome": outcome,
            "duration": running,
            "scenario": self.scenario_id,
            "id": self.id,
            "uuid": fake_uuid(0x52554E, self.id),
            "log": self.log_id,
            "createdAt": self.created_at,
            "updatedAt": updated,
            "createdBy": self.created_by,
        }


@dataclass
class StackMoxieJob:
    """An async scenario creation: ``Processing`` for :data:`JOB_MS`, then ``Complete`` (or ``Failed`` with
    ``failure`` set). ``scenario`` is the request body; the scenario is created when the job completes."""

    id: int
    job_id: str
    created_at: int
    scenario: dict[str, Any]
    failure: str | None = None
    result: dict[str, Any] | None = None

    @property
    def finished_at(self) -> int:
        """When the job stops processing (epoch ms)."""
        return self.created_at + JOB_MS

    def status(self, now_ms: int) -> str:
        """What the job shows at ``now_ms`` (facts: Processing, Complete, Failed)."""
        if now_ms < self.finished_at:
            return "Processing"
        return "Failed" if self.failure is not None else "Complete"


@dataclass
class StackMoxieOrg:
    """An Organization and everything scoped to it. Simple objects are kept as their JSON, by id."""

    uuid: str
    record: dict[str, Any]
    members: dict[int, dict[str, Any]] = field(default_factory=dict)
    scenarios: dict[int, dict[str, Any]] = field(default_factory=dict)
    folders: dict[int, dict[str, Any]] = field(default_factory=dict)
    schedules: dict[int, dict[str, Any]] = field(default_factory=dict)
    connections: dict[int, dict[str, Any]] = field(default_factory=dict)
    notification_groups: dict[int, dict[str, Any]] = field(default_factory=dict)
    runs: dict[int, StackMoxieRun] = field(default_factory=dict)
    logs: dict[int, dict[str, Any]] = field(default_factory=dict)
    jobs: dict[str, StackMoxieJob] = field(default_factory=dict)
    auth: dict[int, dict[str, Any]] = field(default_factory=dict)

    def member_ids(self) -> set[int]:
        """The user ids with a membership here."""
        return {membership["member"] for membership in self.members.values()}
