"""The BrowserStack Test Management fake's state as plain data, and how it renders as the spec's JSON.

A project holds test cases (in folders) and configurations; a run holds entries, one per (test case, configuration)
pair, each with its own assignee and latest result. Where the docs are silent the behaviour is inferred and marked so.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

__all__ = ["Entry", "Pair", "Project", "TestCase", "TestRun", "case_json", "expand", "iso", "parse_filter_date"]

Pair = tuple[str, int | None]
"""A (test case identifier, configuration id) pair; ``None``: the test case without a configuration."""


def iso(moment: datetime) -> str:
    """An ISO 8601 timestamp with milliseconds and ``Z``, as BrowserStack writes them."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def parse_filter_date(text: str) -> date:
    """A list filter's date, ``YYYY-MM-DD`` or ``DD-MM-YYYY`` (raises ValueError for an impossible date)."""
    if text[4] == "-":
        return date.fromisoformat(text)
    day, month, year = text.split("-")
    return date(int(year), int(month), int(day))


@dataclass
class TestCase:
    """A test case of a project's repository."""

    __test__ = False  # not a pytest test class, despite the name

    identifier: str
    name: str
    folder_id: int
    case_type: str = "functional"
    priority: str = "medium"
    status: str = "active"
    owner: str = "owner@example.com"
    tags: list[str] = field(default_factory=list)
    custom_fields: dict[str, list[Any]] = field(default_factory=dict)
    description: str = ""
    steps: list[dict[str, Any]] = field(default_factory=list)
    created_at: datetime = datetime(2024, 1, 1, tzinfo=UTC)

    def matches(self, filters: Mapping[str, Any]) -> bool:
        """Whether this case passes a ``filter_test_cases`` object: OR within a field, AND across fields."""
        plain = {"status": self.status, "priority": self.priority, "case_type": self.case_type, "owner": self.owner}
        for name, value in plain.items():
            wanted = filters.get(name)
            if wanted and value.lower() not in {str(w).lower() for w in wanted}:
                return False
        if filters.get("tags") and not set(filters["tags"]) & set(self.tags):
            return False
        for name, wanted in (filters.get("custom_fields") or {}).items():
            if wanted and not set(map(str, wanted)) & set(map(str, self.custom_fields.get(name, []))):
                return False
        return True


@dataclass
class Project:
    """A project: its test cases by identifier, configurations (id → name), folders and test plans."""

    identifier: str
    test_cases: dict[str, TestCase] = field(default_factory=dict)
    configurations: dict[int, str] = field(default_factory=dict)
    test_plans: dict[str, str] = field(default_factory=dict)
    sub_test_plans: dict[str, str] = field(default_factory=dict)

    @property
    def folders(self) -> set[int]:
        """The folder ids that hold test cases."""
        return {case.folder_id for case in self.test_cases.values()}


@dataclass
class Entry:
    """One (test case, configuration) pair in a run, with its assignee and latest result."""

    case_id: str
    configuration_id: int | None
    assignee: str | None = None
    latest_status: str = "untested"
    latest_result_id: int | None = None

    @property
    def pair(self) -> Pair:
        """The entry's (test case, configuration) pair."""
        return (self.case_id, self.configuration_id)


@dataclass
class TestRun:
    """A test run; ``entries`` are its (test case, configuration) pairs in order."""

    __test__ = False  # not a pytest test class, despite the name

    identifier: str
    project_id: str
    name: str
    created_at: datetime
    updated_at: datetime
    description: str | None = None
    run_state: str = "new_run"
    assignee: str | None = None
    test_case_assignee: str | None = None
    tags: list[str] = field(default_factory=list)
    issues: list[str] = field(default_factory=list)
    issue_tracker: dict[str, Any] | None = None
    configurations: list[int] = field(default_factory=list)
    test_plan: tuple[str, str] | None = None
    is_dynamic: bool = False
    automated: bool = False
    closed_at: datetime | None = None
    entries: list[Entry] = field(default_factory=list)

    @property
    def active_state(self) -> str:
        """``active`` until closed."""
        return "closed" if self.closed_at is not None else "active"

    def pairs(self) -> set[Pair]:
        """Every (test case, configuration) pair in the run."""
        return {entry.pair for entry in self.entries}

    def links(self) -> dict[str, str]:
        """API paths of the run and of its test cases."""
        base = f"/api/v2/projects/{self.project_id}/test-runs/{self.identifier}"
        return {"self": base, "test_cases": base + "/test-cases"}

    def progress(self) -> dict[str, int]:
        """Sparse counts per capitalised status name (facts: ``{"Untested": 4}``)."""
        counts = Counter(entry.latest_status.replace("_", " ").title() for entry in self.entries)
        return dict(sorted(counts.items()))

    def to_json(self, *, detail: bool = False, minify: bool = False, cases: Mapping[str, TestCase]) -> dict[str, Any]:
        """The run as a list row, a detail (``detail``) or a minified detail (``minify``)."""
        body: dict[str, Any] = {
            "active_state": self.active_state,
            "run_state": self.run_state,
            "created_at": iso(self.created_at),
            "updated_at": iso(self.updated_at),
            "description": self.description,
            "identifier": self.identifier,
            "name": self.name,
            "assignee": self.assignee,
            "project_id": self.project_id,
        }
        if minify:
            body |= {"overall_progress": self.progress(), "tags": list(self.tags)}
            return body | {"configurations": list(self.configurations), "links": self.links()}
        body |= {"tags": list(self.tags), "configurations": list(self.configurations)}
        body |= {"filter_test_cases": {"is_dynamic": self.is_dynamic}, "links": self.links()}
        number = self.project_id.removeprefix("PR-")
        body["urls"] = {
            "self": f"https://test-management.browserstack.com/projects/{number}/test-runs/{self.identifier}"
        }
        body["test_cases_count"] = len(self.entries)
        if self.test_plan is not None:
            body["test_plan"] = {"identifier": self.test_plan[0], "name": self.test_plan[1]}
        if detail:
            body["test_cases"] = [case_json(entry, cases[entry.case_id], self.project_id) for entry in self.entries]
            body |= {"overall_progress": self.progress(), "issues": list(self.issues)}
        return body

    def clone_json(self) -> dict[str, Any]:
        """The clone response's run: metadata and the summary of the test cases still to be attached."""
        return {
            "identifier": self.identifier,
            "name": self.name,
            "run_state": self.run_state,
            "active_state": self.active_state,
            "description": self.description or "",
            "assignee": self.assignee,
            "tags": list(self.tags),
            "configurations": list(self.configurations),
            "links": self.links(),
        }


def case_json(
    entry: Entry, case: TestCase, project_id: str, *, minify: bool = False, steps: bool = False
) -> dict[str, Any]:
    """A run's test case row (one entry), in full or minified."""
    body: dict[str, Any] = {
        "identifier": case.identifier,
        "name": case.name,
        "description": case.description,
        "latest_status": entry.latest_status,
    }
    if minify:
        return body
    body |= {"case_type": case.case_type, "priority": case.priority, "status": case.status}
    body |= {"latest_result_id": entry.latest_result_id, "assignee": entry.assignee, "project_id": project_id}
    body |= {"source_project_id": project_id, "source_project_name": f"Project {project_id.removeprefix('PR-')}"}
    body |= {"is_shared": False, "folder_path": [case.folder_id]}
    body |= {"configuration_id": entry.configuration_id, "dataset": []}
    # Inferred: the facts call execution_id a hex string; the fake derives a stable one from the pair.
    body["execution_id"] = hashlib.sha256(f"{case.identifier}:{entry.configuration_id}".encode()).hexdigest()[:12]
    body |= {"created_at": iso(case.created_at), "last_updated_at": iso(case.created_at)}
    body |= {"created_by": case.owner, "updated_by": case.owner, "last_updated_by": case.owner}
    number = project_id.removeprefix("PR-")
    body["urls"] = {"self": f"https://test-management.browserstack.com/projects/{number}/test-cases/{case.identifier}"}
    if steps:
        body["steps"] = list(case.steps)
    return body


def expand(case_ids: Iterable[str], configurations: list[int], mapping: list[dict[str, Any]]) -> list[Pair]:
    """The pairs of a run's test cases: mapped cases get exactly their mapped configurations, the others every one of
    ``configurations`` (or none when there are none), as the docs describe ``configuration_map``."""
    mapped: dict[str, list[int]] = {}
    for item in mapping:
        ids = item["test_case_id"]
        for case_id in [ids] if isinstance(ids, str) else ids:
            mapped.setdefault(case_id, []).extend(item["configuration_ids"])
    pairs: list[Pair] = []
    for case_id in dict.fromkeys(case_ids):
        configs: list[int | None] = list(mapped.get(case_id, configurations)) or [None]
        pairs += [(case_id, config) for config in dict.fromkeys(configs)]
    return pairs
