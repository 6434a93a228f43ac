"""State of the mabl fake as plain data: API keys, plans and the plan runs a deployment event schedules, exports.

Plan runs advance with the fake's clock, computed when read (nothing is scheduled in the background)::

    plan = Plan("p1-p", "Smoke", labels=["smoke"], script=PlanScript(outcome="failed", retry_outcome="succeeded"))
    run = PlanRun.start(plan, event_id="e-v", run_id="r1-pr", at=now)     # scheduled for 5 s, then 60 s running
    run.status(now + timedelta(seconds=70))                                # "failed"; its retry appears then

Where mabl's behaviour is not documented the fake's choice is marked "inferred".
"""

from __future__ import annotations

import base64
import binascii
import io
import json
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

__all__ = [
    "KEY_TYPES",
    "ApiKey",
    "ArtifactExport",
    "KeyType",
    "Plan",
    "PlanRun",
    "PlanScript",
    "decode_cursor",
    "encode_cursor",
    "millis",
]

KeyType = Literal[
    "viewer", "editor", "deployment", "cli", "link_agent", "workspace_admin", "reporting", "user_management"
]
KEY_TYPES: tuple[KeyType, ...] = (
    "viewer",
    "editor",
    "deployment",
    "cli",
    "link_agent",
    "workspace_admin",
    "reporting",
    "user_management",
)
"""Workspace key types, then the two company key types (facts §2)."""

COMPANY_KEYS = frozenset({"reporting", "user_management"})


def millis(when: datetime) -> int:
    """Unix epoch milliseconds, mabl's timestamps."""
    return int(when.timestamp() * 1000)


def from_millis(value: int) -> datetime:
    """The inverse of :func:`millis`."""
    return datetime.fromtimestamp(value / 1000, tz=UTC)


@dataclass(frozen=True, slots=True)
class ApiKey:
    """A key the fake accepts as the password of ``Basic key:<secret>``.

    A workspace key belongs to one workspace; a company key (reporting, user management) to an account, and reaches
    every workspace of it.
    """

    secret: str = field(repr=False)
    type: KeyType
    workspace_id: str | None = None
    account_id: str | None = None

    def reaches(self, workspace_id: str, accounts: dict[str, str]) -> bool:
        """Whether this key may touch ``workspace_id`` (accounts: workspace id → account id)."""
        if self.workspace_id is not None:
            return workspace_id == self.workspace_id
        return self.account_id is not None and accounts.get(workspace_id) == self.account_id


def encode_cursor(offset: int) -> str:
    """An opaque cursor for "the list from item ``offset``" (the same offset always gives the same cursor)."""
    return base64.urlsafe_b64encode(json.dumps({"o": offset}).encode()).rstrip(b"=").decode()


def decode_cursor(cursor: str) -> int | None:
    """The offset inside a cursor this fake made, or ``None`` for anything else."""
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None
    offset = data.get("o") if isinstance(data, dict) else None
    return offset if isinstance(offset, int) and not isinstance(offset, bool) and offset >= 0 else None


@dataclass(frozen=True, slots=True)
class PlanScript:
    """How the fake plays a plan's runs (seconds are on the fake's clock).

    Attributes:
        outcome: The final status of its first run.
        retry_outcome: When the first run fails, mabl retries it as a second execution ending so; ``None``: no retry.
        scheduled_for: Seconds a run stays ``scheduled`` before it runs.
        runs_for: Seconds it then stays ``running``.
        appears_after: Seconds after the event before the run shows in the execution result at all (a late plan).
    """

    outcome: Literal["succeeded", "failed", "cancelled", "terminated"] = "succeeded"
    retry_outcome: Literal["succeeded", "failed"] | None = None
    scheduled_for: float = 5.0
    runs_for: float = 60.0
    appears_after: float = 0.0


@dataclass(slots=True)
class Plan:
    """A mabl plan: which deployments trigger it (application, environment, labels) and its tests."""

    id: str
    name: str
    workspace_id: str
    labels: list[str] = field(default_factory=list)
    application_id: str | None = None
    environment_id: str | None = None
    tests: list[tuple[str, str]] = field(default_factory=list)  # (test id, name)
    active: bool = True
    script: PlanScript = field(default_factory=PlanScript)

    def triggered_by(self, application_id: str | None, environment_id: str | None, labels: list[str]) -> bool:
        """Whether a deployment event with these conditions runs this plan (labels: any of them)."""
        if not self.active:
            return False
        if application_id is not None and self.application_id not in (None, application_id):
            return False
        if environment_id is not None and self.environment_id not in (None, environment_id):
            return False
        return not labels or bool(set(labels) & set(self.labels))


_FINAL = frozenset({"succeeded", "failed", "cancelled", "terminated"})


@dataclass(slots=True)
class PlanRun:
    """One execution of a plan for a deployment event; a retry is a second run with ``retry_of`` set."""

    id: str
    plan: Plan
    event_id: str
    visible_at: datetime
    starts_at: datetime
    stops_at: datetime
    outcome: str
    retry_of: str | None = None
    test_run_ids: list[str] = field(default_factory=list)

    @classmethod
    def start(cls, plan: Plan, *, event_id: str, run_id: str, at: datetime, retry_of: PlanRun | None = None) -> PlanRun:
        """The run ``plan`` gets from an event at ``at`` (or, with ``retry_of``, the retry of a failed run)."""
        script = plan.script
        visible = at + timedelta(seconds=script.appears_after if retry_of is None else 0.0)
        starts = visible + timedelta(seconds=script.scheduled_for)
        outcome = script.outcome if retry_of is None else (script.retry_outcome or "failed")
        stops = starts + timedelta(seconds=script.runs_for)
        run = cls(run_id, plan, event_id, visible, starts, stops, outcome, retry_of.id if retry_of else None)
        run.test_run_ids = [f"{run_id.removesuffix('-pr')}t{i}-jr" for i in range(len(plan.tests))]
        return run

    def visible(self, now: datetime) -> bool:
        """Whether the execution result shows this run yet."""
        return now >= self.visible_at

    def status(self, now: datetime) -> str:
        """``scheduled``, then ``running``, then its outcome."""
        if now < self.starts_at:
            return "scheduled"
        return "running" if now < self.stops_at else self.outcome

    def final(self, now: datetime) -> bool:
        """Whether the run has reached a final status."""
        return self.status(now) in _FINAL

    def test_status(self, index: int, now: datetime) -> str | None:
        """The status of the run's test ``index``: ``None`` before the run starts; a failed run fails its first test."""
        status = self.status(now)
        if status == "scheduled":
            return None
        if status == "running":
            return "running"
        if status == "succeeded":
            return "completed"
        return "failed" if index == 0 else "completed"


@dataclass(slots=True)
class ArtifactExport:
    """An export of a test run's artifacts: ``pending`` until ``ready_at``, then ``completed`` with its ZIP."""

    id: str
    workspace_id: str
    test_run_id: str
    artifact_types: list[str]
    created: datetime
    ready_at: datetime
    signature: str = field(repr=False)

    def status(self, now: datetime) -> str:
        """``pending``, ``in_progress`` (after half the wait; inferred), then ``completed``."""
        if now >= self.ready_at:
            return "completed"
        return "in_progress" if now >= self.created + (self.ready_at - self.created) / 2 else "pending"

    def zip_bytes(self) -> bytes:
        """A real ZIP: one folder per artifact type, with a small file of that kind in each; the same bytes on every
        call."""
        contents: dict[str, bytes] = {
            "console_logs": b"[info] page loaded\n[warn] slow response from /api/cart\n",
            "doms": b"<!doctype html><html><body><h1>Checkout</h1></body></html>\n",
            "hars": json.dumps({"log": {"version": "1.2", "entries": []}}).encode(),
            "screenshots": _PNG,
            "traces": json.dumps({"traceEvents": []}).encode(),
            "xray_json": json.dumps({"tests": [{"testKey": "QA-101", "status": "PASSED"}]}).encode(),
        }
        names = {
            "console_logs": "console.log",
            "doms": "step-1.html",
            "hars": "run.har",
            "screenshots": "step-1.png",
            "traces": "trace.json",
            "xray_json": "xray.json",
        }
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for kind in self.artifact_types:
                # A fixed timestamp (not the wall clock's): the same export is the same bytes on every read.
                entry = zipfile.ZipInfo(f"{self.test_run_id}/{kind}/{names[kind]}", date_time=(2020, 1, 1, 0, 0, 0))
                archive.writestr(entry, contents[kind], compress_type=zipfile.ZIP_DEFLATED)
        return buffer.getvalue()

    def to_json(self, now: datetime, download_url: str) -> dict[str, Any]:
        """The export as ``gettestrunartifactexport`` returns it; the signed link only once completed."""
        body: dict[str, Any] = {
            "id": self.id,
            "test_run_id": self.test_run_id,
            "status": self.status(now),
            "artifact_types": list(self.artifact_types),
            "created_time": millis(self.created),
        }
        if body["status"] == "completed":
            body["download_url"] = download_url
            body["expiration_time"] = millis(self.ready_at + EXPORT_LINK_LIFETIME)
        return body


EXPORT_LINK_LIFETIME = timedelta(hours=1)
"""How long a signed download link stays valid (inferred: "temporary", no duration documented)."""

# A 1x1 transparent PNG.
_PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=")
