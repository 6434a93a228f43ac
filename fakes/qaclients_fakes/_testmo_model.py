"""The Testmo fake's state as plain data — runs, threads, status slots — and how it renders as the spec's JSON.

Counters are derived, never stored: a thread keeps how many of its tests fell in each status slot, a run adds up
its threads. Where the docs are silent the behaviour is inferred and marked so.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

__all__ = ["FAILURE", "RUNNING", "SUCCESS", "StatusSlots", "TestmoRun", "TestmoThread", "instant", "iso", "run_filter"]

SUCCESS, FAILURE, RUNNING = 2, 3, 4  # run and thread status (facts, Responses)
UNTESTED, LAST_SLOT = 0, 24
_RFC3339 = re.compile(r"(\d{4})-(\d\d)-(\d\d)[Tt](\d\d):(\d\d):(\d\d)(?:\.(\d+))?(?:[Zz]|([+-])(\d\d):(\d\d))")


class StatusSlots:
    """Which of the 24 status counters a test's status alias counts in.

    Inferred (the docs never map aliases to counters): Testmo's default statuses put Passed in slot 1 (counted as
    success) and Failed in slot 2 (counted as failure); the JUnit words real clients send map the same way and
    skipped takes slot 3. Any other alias gets the next free slot 4..24 (first seen, first served; all later ones
    share 24) and counts as completed but neither success nor failure. ``untested`` counts as untested.
    """

    NAMES: Mapping[int, str] = {1: "Passed", 2: "Failed", 3: "Skipped"}

    def __init__(self) -> None:
        self.by_alias: dict[str, int] = {"passed": 1, "success": 1, "failed": 2, "failure": 2, "error": 2, "skipped": 3}

    def slot(self, alias: str) -> int:
        """The slot of ``alias`` (case-insensitive), allotting one to a new alias."""
        alias = alias.lower()
        if alias == "untested":
            return UNTESTED
        return self.by_alias.setdefault(alias, min(max(self.by_alias.values()) + 1, LAST_SLOT))

    def names(self) -> dict[int, str]:
        """Slot → display name, for ``expands=statuses``."""
        return {slot: self.NAMES.get(slot, alias) for alias, slot in self.by_alias.items()}


@dataclass
class TestmoThread:
    """A thread of a run; ``slots`` counts its tests per status slot (0: untested)."""

    __test__ = False  # not a pytest test class, despite the name

    id: int
    run_id: int
    index: int
    artifacts: list[Any] = field(default_factory=list)
    fields: list[Any] = field(default_factory=list)
    tests: list[Any] = field(default_factory=list)
    slots: Counter[int] = field(default_factory=Counter)
    elapsed_observed: int | None = None
    elapsed_computed: int | None = None
    completed_at: datetime | None = None

    @property
    def is_completed(self) -> bool:
        """Whether the thread was completed (by itself or by its run)."""
        return self.completed_at is not None

    @property
    def elapsed(self) -> int | None:
        """Microseconds once completed: observed time, else computed time, else the sum of its tests' times."""
        if not self.is_completed:
            return None
        if self.elapsed_observed is not None or self.elapsed_computed is not None:
            return self.elapsed_observed if self.elapsed_observed is not None else self.elapsed_computed
        times = [test["elapsed"] for test in self.tests if "elapsed" in test]
        return sum(times) if times else None

    @property
    def status(self) -> int:
        """4 running until completed; then 3 if any test failed, else 2."""
        return _status(self.is_completed, self.slots)

    def add_elapsed(self, body: Mapping[str, Any]) -> None:
        """Add the ``elapsed_*`` of a request body.

        Inferred: each call reports the time spent since the previous one, so the values add up.
        """
        if "elapsed_observed" in body:
            self.elapsed_observed = (self.elapsed_observed or 0) + body["elapsed_observed"]
        if "elapsed_computed" in body:
            self.elapsed_computed = (self.elapsed_computed or 0) + body["elapsed_computed"]

    def to_json(self) -> dict[str, Any]:
        """The spec's ``AutomationRunThread``."""
        return {
            "id": self.id,
            "index": self.index,
            "name": None,
            "status": self.status,
            "elapsed": self.elapsed,
            "is_completed": self.is_completed,
            "artifacts": self.artifacts,
            "fields": self.fields,
            "completed_at": iso(self.completed_at),
            **_counters(self.slots),
        }


@dataclass
class TestmoRun:
    """An automation run."""

    __test__ = False  # not a pytest test class, despite the name

    id: int
    project_id: int
    name: str
    source_id: int
    created_at: datetime
    created_by: int
    config_id: int | None = None
    milestone_id: int | None = None
    tags: list[str] = field(default_factory=list)
    artifacts: list[Any] = field(default_factory=list)
    fields: list[Any] = field(default_factory=list)
    links: list[Any] = field(default_factory=list)
    threads: list[TestmoThread] = field(default_factory=list)
    updated_at: datetime | None = None
    updated_by: int | None = None
    completed_at: datetime | None = None
    completed_by: int | None = None
    elapsed: int | None = None

    @property
    def is_completed(self) -> bool:
        """Whether the run was completed."""
        return self.completed_at is not None

    @property
    def slots(self) -> Counter[int]:
        """Test counts per status slot over all threads."""
        return sum((thread.slots for thread in self.threads), Counter())

    @property
    def status(self) -> int:
        """4 running until completed; then 3 if any test failed, else 2."""
        return _status(self.is_completed, self.slots)

    def complete(self, user: int, at: datetime, *, measure_elapsed: bool) -> None:
        """Complete the run and its open threads.

        Inferred: ``measure_elapsed`` takes the wall time since creation; otherwise the threads ran in parallel, so
        the run took as long as its longest thread (``None`` when no thread knows its time).
        """
        for thread in self.threads:
            thread.completed_at = thread.completed_at or at
        self.completed_at, self.completed_by, self.updated_at, self.updated_by = at, user, at, user
        times = [thread.elapsed for thread in self.threads if thread.elapsed is not None]
        wall = max(0, (at - self.created_at) // timedelta(microseconds=1))
        self.elapsed = wall if measure_elapsed else max(times, default=None)

    def to_json(self, *, threads: bool = False) -> dict[str, Any]:
        """The spec's ``AutomationRun`` (a list row; with ``threads`` the single run)."""
        slots = self.slots
        body = {
            "id": self.id,
            "project_id": self.project_id,
            "source_id": self.source_id,
            "name": self.name,
            "status": _status(self.is_completed, slots),
            "config_id": self.config_id,
            "milestone_id": self.milestone_id,
            "elapsed": self.elapsed,
            "is_completed": self.is_completed,
            "tags": self.tags,
            "artifacts": self.artifacts,
            "fields": self.fields,
            "links": self.links,
            **_counters(slots),
            "thread_count": len(self.threads),
            "thread_active_count": sum(not thread.is_completed for thread in self.threads),
            "thread_completed_count": sum(thread.is_completed for thread in self.threads),
            "created_at": iso(self.created_at),
            "created_by": self.created_by,
            "updated_at": iso(self.updated_at),
            "updated_by": self.updated_by,
            "completed_at": iso(self.completed_at),
            "completed_by": self.completed_by,
        }
        if threads:
            body["threads"] = [thread.to_json() for thread in self.threads]
        return body


def run_filter(query: Mapping[str, Any]) -> Callable[[TestmoRun], bool]:
    """The list filters in ``query`` (already validated against the spec) as one predicate.

    Inferred: ``created_after``/``created_before`` are exclusive; a comma-separated filter matches any of its values,
    ``tags`` too.
    """
    names = ("created_by", "config_id", "milestone_id", "source_id", "status")
    wanted = {name: {int(value) for value in query[name].split(",")} for name in names if name in query}
    tags = {tag for tag in query.get("tags", "").split(",") if tag}
    after = instant(query["created_after"]) if "created_after" in query else None
    before = instant(query["created_before"]) if "created_before" in query else None

    def selected(run: TestmoRun) -> bool:
        return (
            all(getattr(run, name) in values for name, values in wanted.items())
            and (not tags or not tags.isdisjoint(run.tags))
            and (after is None or run.created_at > after)
            and (before is None or run.created_at < before)
        )

    return selected


def iso(moment: datetime | None) -> str | None:
    """ISO 8601 in UTC with milliseconds and ``Z``, as Testmo writes times (``2023-02-15T00:00:00.000Z``)."""
    return None if moment is None else moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def instant(text: str) -> datetime:
    """An RFC 3339 date-time the spec let through: leap seconds, year 0 and offsets past the calendar are clamped."""
    found = _RFC3339.fullmatch(text)
    if found is None:
        raise ValueError(f"not an RFC 3339 date-time: {text!r}")
    year, month, day, hour, minute, second, fraction, sign, off_h, off_m = found.groups()
    micros = int((fraction or "0")[:6].ljust(6, "0"))
    moment = datetime(
        max(1, int(year)), int(month), int(day), int(hour), int(minute), min(59, int(second)), micros, UTC
    )
    offset = timedelta(hours=int(off_h or 0), minutes=int(off_m or 0)) * (-1 if sign == "-" else 1)
    try:
        return moment - offset
    except OverflowError:
        return datetime.min.replace(tzinfo=UTC) if offset > timedelta(0) else datetime.max.replace(tzinfo=UTC)


def _status(completed: bool, slots: Counter[int]) -> int:
    return RUNNING if not completed else FAILURE if slots[2] else SUCCESS


def _counters(slots: Counter[int]) -> dict[str, int]:
    total = sum(slots.values())
    return {
        "untested_count": slots[UNTESTED],
        **{f"status{slot}_count": slots[slot] for slot in range(1, LAST_SLOT + 1)},
        "success_count": slots[1],
        "failure_count": slots[2],
        "completed_count": total - slots[UNTESTED],
        "total_count": total,
    }
