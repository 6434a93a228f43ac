"""The Runscope fake's state as plain data, and how it renders as the spec's JSON.

Steps and environments arrive in the tolerant write shapes (``StepWrite``, ``EnvironmentWrite``) and are stored in
the strict read shapes (one variant per ``step_type``, auth by ``auth_type``), so every answer decodes to its class.
A run's result is derived from the clock: queued, then working, then its test's outcome. Where the docs are silent
the behaviour is inferred and marked so.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

__all__ = [
    "FINAL",
    "RunscopeBucket",
    "RunscopeRun",
    "RunscopeTeam",
    "RunscopeTest",
    "bucket_key",
    "envelope",
    "environment_from",
    "step_from",
]

FINAL = frozenset({"pass", "fail", "canceled"})
API = "https://api.runscope.com"

# The fields each step type keeps (reference, Adding Test Steps); everything else a tolerant client sent is dropped.
_COMMON = ("id", "note", "skipped")
_STEP_FIELDS: Mapping[str, tuple[str, ...]] = {
    "request": (*_COMMON, "method", "url", "body", "form", "headers", "auth", "assertions", "variables", "scripts",
                "before_scripts"),
    "pause": (*_COMMON, "duration"),
    "condition": (*_COMMON, "left_value", "comparison", "right_value", "steps"),
    "ghost-inspector": (*_COMMON, "integration_id", "suite_id", "test_id", "is_custom_start_url", "start_url",
                        "assertions", "variables"),
    "subtest": (*_COMMON, "test_uuid", "environment_uuid", "bucket_key", "assertions", "variables", "params"),
}  # fmt: skip
_AUTH_FIELDS: Mapping[str, tuple[str, ...]] = {
    "basic": ("username", "password"),
    "oauth_1": ("consumer_key", "consumer_secret", "access_token", "token_secret", "signature_type"),
    "oauth_2": ("access_token", "token_location", "grant_type", "auth_url", "access_token_url", "client_id",
                "client_secret", "code_challenge_method", "code_verifier", "username", "password", "scope", "state",
                "client_authentication", "refresh_token", "is_auto_refresh_token"),
    "client_certificate": (),
}  # fmt: skip
_AUTH_ENUMS: Mapping[str, frozenset[str]] = {
    "signature_type": frozenset({"auth_header", "query", "body"}),
    "token_location": frozenset({"query", "auth_header"}),
    "grant_type": frozenset(
        {"authorization_code", "authorization_code_pkce", "implicit", "password_credentials", "client_credentials"}
    ),
    "code_challenge_method": frozenset({"plain", "S256"}),
    "client_authentication": frozenset({"basic_auth_header", "body"}),
}
_ENVIRONMENT_FIELDS = (
    "name", "parent_environment_id", "auth", "emails", "initial_variables", "integrations", "preserve_cookies",
    "regions", "remote_agents", "retry_on_failure", "stop_on_failure", "script", "script_library", "verify_ssl",
    "client_certificate", "webhooks", "headers", "http_version_support", "force_h2c",
)  # fmt: skip


class StepRefusedError(ValueError):
    """A step body the service refuses (e.g. a pause outside 1..120 s); the message says why."""


def envelope(data: Any) -> dict[str, Any]:
    """The success envelope (reference, Response Format)."""
    return {"data": data, "meta": {"status": "success"}, "error": None}


def bucket_key(seed: str) -> str:
    """A deterministic 12-character bucket key (facts: lower-case letters and digits)."""
    digest = int(hashlib.sha256(seed.encode()).hexdigest(), 16)
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(alphabet[(digest >> (6 * i)) % 36] for i in range(12))


def auth_from(body: Any) -> dict[str, Any]:
    """A ``StepAuth`` from an ``AuthWrite``: the fields of its ``auth_type``; ``{}`` when it has none."""
    if not isinstance(body, Mapping) or body.get("auth_type") not in _AUTH_FIELDS:
        return {}
    kind = body["auth_type"]
    auth: dict[str, Any] = {"auth_type": kind}
    for name in _AUTH_FIELDS[kind]:
        value = body.get(name)
        if name in _AUTH_ENUMS and value not in _AUTH_ENUMS[name]:
            value = None
        if name == "is_auto_refresh_token" and not isinstance(value, bool):
            value = None
        auth[name] = value
    return auth


def step_from(body: Mapping[str, Any], new_id: str, previous: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """A stored step (one ``Step`` variant) from a ``StepWrite``; a PUT without ``step_type`` keeps the old type.

    Raises:
        StepRefusedError: A pause without a duration of 1 to 120 seconds.
    """
    kind = body.get("step_type") or (previous or {}).get("step_type") or "request"
    step: dict[str, Any] = {"step_type": kind, "id": (previous or {}).get("id", new_id)}
    for name in _STEP_FIELDS[kind]:
        if name == "id":
            continue
        value = body.get(name, (previous or {}).get(name))
        if value is None:
            continue
        if name == "auth":
            value = auth_from(value)
        elif name == "duration":
            value = _duration(value)
        elif name == "steps":
            value = [step_from(child, f"{new_id}-{index}") for index, child in enumerate(value)]
        step[name] = value
    if kind == "pause" and "duration" not in step:
        raise StepRefusedError("A pause step needs a duration of 1 to 120 seconds.")
    if kind == "condition":
        step.setdefault("steps", [])
    return step


def _duration(value: Any) -> int:
    try:
        seconds = int(value)
    except (TypeError, ValueError):
        raise StepRefusedError(f"The pause duration {value!r} is not a number of seconds.") from None
    if not 1 <= seconds <= 120:
        raise StepRefusedError(f"The pause duration must be between 1 and 120 seconds, not {seconds}.")
    return seconds


def environment_from(body: Mapping[str, Any], env_id: str, test_id: str | None) -> dict[str, Any]:
    """A stored ``Environment`` from an ``EnvironmentWrite`` (the whole environment: PUT replaces, facts)."""
    env: dict[str, Any] = {"id": env_id, "test_id": test_id, "name": body.get("name") or "Environment"}
    for name in _ENVIRONMENT_FIELDS:
        if name == "name":
            continue
        value = body.get(name)
        env[name] = auth_from(value) if name == "auth" and value is not None else value
    env["regions"] = env["regions"] or ["us1"]
    env["webhooks"] = env["webhooks"] or None
    return env


@dataclass
class RunscopeTeam:
    """A team: members by e-mail, roles, groups, the e-mail domain whitelist, integrations and agents."""

    id: str
    name: str
    owner_email: str
    people: dict[str, dict[str, Any]] = field(default_factory=dict)
    roles: dict[str, dict[str, Any]] = field(default_factory=dict)
    groups: dict[str, dict[str, Any]] = field(default_factory=dict)
    email_domains: str = ""
    domains_updated: tuple[str, float] | None = None
    integrations: list[dict[str, Any]] = field(default_factory=list)
    agents: list[dict[str, Any]] = field(default_factory=list)

    def ref(self) -> dict[str, Any]:
        """How buckets and accounts show the team (reference: ``{name, uuid}``)."""
        return {"name": self.name, "uuid": self.id}


@dataclass
class RunscopeBucket:
    """A bucket: its tests, shared environments and custom e-mail addresses."""

    key: str
    name: str
    team_id: str
    trigger_id: str
    default: bool = False
    tests: dict[str, RunscopeTest] = field(default_factory=dict)
    environments: dict[str, dict[str, Any]] = field(default_factory=dict)
    custom_emails: dict[str, dict[str, Any]] = field(default_factory=dict)

    def to_json(self, team: RunscopeTeam) -> dict[str, Any]:
        """The spec's ``Bucket``."""
        return {
            "key": self.key,
            "name": self.name,
            "default": self.default,
            "verify_ssl": True,
            "auth_token": None,
            "team": team.ref(),
            "is_private": False,
            "trigger_url": f"{API}/radar/bucket/{self.trigger_id}/trigger",
        }


@dataclass
class RunscopeTest:
    """A test: steps, test-specific environments, schedules, revisions, and the outcome its runs will have."""

    __test__ = False  # not a pytest test class, despite the name

    id: str
    bucket_key: str
    name: str
    trigger_id: str
    created_at: float
    created_by: dict[str, Any]
    description: str | None = None
    default_environment_id: str | None = None
    steps: list[dict[str, Any]] = field(default_factory=list)
    environments: dict[str, dict[str, Any]] = field(default_factory=dict)
    schedules: dict[str, dict[str, Any]] = field(default_factory=dict)
    revisions: list[dict[str, Any]] = field(default_factory=list)
    outcome: str = "pass"
    """What every run of this test ends as: ``pass``, ``fail`` or ``canceled`` (set it to arrange a failure)."""

    def summary(self) -> dict[str, Any]:
        """A test list entry."""
        return {
            "id": self.id,
            "name": self.name,
            "description": self.description,
            "created_at": self.created_at,
            "created_by": self.created_by,
            "default_environment_id": self.default_environment_id,
        }

    def to_json(self, last_run: dict[str, Any] | None) -> dict[str, Any]:
        """The test detail."""
        return {
            **self.summary(),
            "environments": list(self.environments.values()),
            "last_run": last_run,
            "schedules": list(self.schedules.values()),
            "steps": list(self.steps),
            "trigger_url": f"{API}/radar/{self.trigger_id}/trigger",
        }


@dataclass
class RunscopeRun:
    """One run of a test in one environment and region. Its result follows the clock (see :meth:`result_at`)."""

    id: str
    test: RunscopeTest
    environment: Mapping[str, Any]
    region: str
    started_at: float
    queued_for: float
    working_for: float
    outcome: str
    variables: dict[str, Any]
    source: str = "trigger"
    notified: bool = False
    steps: list[dict[str, Any]] = field(default_factory=list)

    @property
    def finishes_at(self) -> float:
        """When the run reaches its outcome (epoch seconds)."""
        return self.started_at + self.queued_for + self.working_for

    def result_at(self, now: float) -> str:
        """``queued``, then ``working``, then the outcome (facts, Running tests)."""
        if now >= self.finishes_at:
            return self.outcome
        return "working" if now >= self.started_at + self.queued_for else "queued"

    def to_json(self, now: float, *, detail: bool = False) -> dict[str, Any]:
        """The spec's ``TestRun`` (``detail``: with one entry per step in ``requests``)."""
        result = self.result_at(now)
        done = result in FINAL
        requests = [self._request(step, index, done) for index, step in enumerate(self.steps)]
        counted = [r for r in requests if r["assertions_defined"] is not None]
        body = {
            "test_run_id": self.id,
            "test_id": self.test.id,
            "bucket_key": self.test.bucket_key,
            "result": result,
            "started_at": self.started_at,
            "finished_at": self.finishes_at if done else None,
            "agent": None,
            "region": self.region,
            "environment_id": self.environment["id"],
            "environment_name": self.environment.get("name"),
            "test_run_url": self.url,
            "parent_test_uuid": None,
            "run_by": "Fake Runner",
            "source": self.source,
            "requests_executed": len(counted) if done else 0,
            "agent_expired": False,
            "subtests_count": 0,
            "subtests_passed": 0,
            "subtests_failed": 0,
            "subtests_others": 0,
        }
        for kind in ("assertions", "variables", "scripts"):
            for what in ("defined", "passed", "failed"):
                body[f"{kind}_{what}"] = sum(r[f"{kind}_{what}"] or 0 for r in counted)
        if detail:
            body["requests"] = requests
        return body

    @property
    def url(self) -> str:
        """The run's ``test_run_url``."""
        return f"{API}/buckets/{self.test.bucket_key}/tests/{self.test.id}/results/{self.id}"

    def _request(self, step: Mapping[str, Any], index: int, done: bool) -> dict[str, Any]:
        """A ``RequestResult``: request steps carry counts; others (pause, condition, ...) only their uuid."""
        if step.get("step_type") != "request" or not done or self.outcome == "canceled":
            empty = dict.fromkeys(_RESULT_FIELDS)
            return {"uuid": step["id"], **empty}
        # Inferred: a failing run fails the first assertion of its first request step; the rest pass.
        first = index == next(i for i, s in enumerate(self.steps) if s.get("step_type") == "request")
        failing = self.outcome == "fail" and first
        defined = step.get("assertions") or []
        assertions = [_assertion_result(a, failed=failing and n == 0) for n, a in enumerate(defined)]
        if failing and not assertions:
            assertions = [_assertion_result({"source": "response_status", "value": 200}, failed=True)]
        variables = step.get("variables") or []
        failed = sum(a["result"] == "fail" for a in assertions)
        return {
            "uuid": step["id"],
            "url": step.get("url"),
            "method": step.get("method") or "GET",
            "result": "fail" if failed else "pass",
            "assertions": assertions,
            "variables": [
                {"result": "pass", "source": "json", "property": v.get("property"), "name": v.get("name"),
                 "value": "x", "error": None}
                for v in variables
            ],
            "scripts": [],
            "assertions_defined": len(assertions),
            "assertions_passed": len(assertions) - failed,
            "assertions_failed": failed,
            "variables_defined": len(variables),
            "variables_passed": len(variables),
            "variables_failed": 0,
            "scripts_defined": 0,
            "scripts_passed": 0,
            "scripts_failed": 0,
            "timings": {"dns_lookup_ms": 1.0, "dial_ms": 1.0, "send_headers_ms": 0.5, "send_body_ms": 0.1,
                        "wait_for_response_ms": 90.0, "receive_response_ms": 0.4},
        }  # fmt: skip

    def notification(self, team: RunscopeTeam, bucket: RunscopeBucket) -> dict[str, Any]:
        """The ``RunNotification`` POSTed to each of the environment's webhook URLs when the run finishes."""
        return {
            "variables": self.variables,
            "test_id": self.test.id,
            "test_name": self.test.name,
            "test_run_id": self.id,
            "team_id": team.id,
            "team_name": team.name,
            "environment_uuid": self.environment["id"],
            "environment_name": self.environment.get("name"),
            "bucket_name": bucket.name,
            "bucket_key": bucket.key,
            "test_url": f"{API}/buckets/{bucket.key}/tests/{self.test.id}",
            "test_run_url": self.url,
            "trigger_url": f"{API}/radar/{self.test.trigger_id}/trigger",
            "result": self.outcome,
            "started_at": self.started_at,
            "finished_at": self.finishes_at,
            "region": self.region,
            "region_name": self.region,
            "agent": None,
            "requests": [
                {"step_id": r["uuid"], "url": r["url"], "method": r["method"], "result": r["result"], "note": None,
                 "response_status_code": (500 if r["result"] == "fail" else 200) if r["result"] else None,
                 "response_size_bytes": 42 if r["result"] else None, "response_time_ms": 92.0 if r["result"] else None}
                for r in (self._request(step, i, True) for i, step in enumerate(self.steps))
            ],
        }  # fmt: skip


_RESULT_FIELDS = (
    "url", "method", "result", "assertions", "variables", "scripts", "assertions_defined", "assertions_passed",
    "assertions_failed", "variables_defined", "variables_passed", "variables_failed", "scripts_defined",
    "scripts_passed", "scripts_failed", "timings",
)  # fmt: skip
# Definition vocabulary to result vocabulary (facts, Shapes: both are real).
_RESULT_SOURCE = {"response_status": "status_code", "response_json": "json", "response_xml": "xml",
                  "response_time": "response_time_ms", "response_size": "response_size_bytes"}  # fmt: skip
_RESULT_COMPARISON = {"equal": "equals", "equal_number": "equals_number", "not_equal": "does_not_equal",
                      "empty": "is_empty", "not_empty": "is_not_empty", "is_less_than": "less_than",
                      "is_greater_than": "greater_than"}  # fmt: skip


def _assertion_result(assertion: Mapping[str, Any], *, failed: bool) -> dict[str, Any]:
    source = assertion.get("source") or "response_status"
    comparison = assertion.get("comparison") or "equal_number"
    target = assertion.get("value")
    return {
        "result": "fail" if failed else "pass",
        "source": _RESULT_SOURCE.get(source, source),
        "property": assertion.get("property"),
        "comparison": _RESULT_COMPARISON.get(comparison, comparison),
        "target_value": target if isinstance(target, (str, int, float)) else None,
        "actual_value": "500" if failed else str(target) if target is not None else None,
        "error": f"expected {target!r}, got '500'" if failed else None,
    }


def epoch(at: datetime) -> float:
    """Epoch seconds of a fake clock reading."""
    return at.timestamp()


def http_date(at: datetime) -> str:
    """The team members' date format (``Wed, 14 Aug 2019 19:53:48 -0000``; facts, Transport)."""
    return at.strftime("%a, %d %b %Y %H:%M:%S -0000")
