"""The Runscope fake's runs: trigger URLs, the per-URL rate limit, results, metrics and webhook notifications.

A mixin of :class:`~qaclients_fakes._runscope.RunscopeFake`; it reads the fake's buckets and tests and keeps the
runs. Notifications are real HTTP POSTs (to a loopback receiver in tests), made while the fake handles a request,
so a webhook URL must not point at the fake itself.
"""

from __future__ import annotations

import math
import threading
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from ._fake import FakeHTTPError, Request, Response, operation
from ._runscope_model import FINAL, RunscopeBucket, RunscopeRun, RunscopeTeam, RunscopeTest, envelope

__all__ = ["TRIGGER_LIMIT", "TRIGGER_WINDOW", "Delivery", "RunsMixin"]

TRIGGER_LIMIT, TRIGGER_WINDOW = 10, 10.0  # triggers per seconds, per trigger URL (facts, Running tests)
REGIONS = [
    {"region_code": "us1", "location": "US East (Northern Virginia)", "service_provider": "Amazon Web Services",
     "hostname": "us1.runscope.net"},
    {"region_code": "eu1", "location": "EU (Ireland)", "service_provider": "Amazon Web Services",
     "hostname": "eu1.runscope.net"},
    {"region_code": "jp1", "location": "Asia Pacific (Tokyo)", "service_provider": "Amazon Web Services",
     "hostname": "jp1.runscope.net"},
]  # fmt: skip
_DELIVERY_TIMEOUT = 5.0


@dataclass(frozen=True, slots=True)
class Delivery:
    """One notification POSTed: where, what, and the receiver's status (``None`` with ``error`` when unreachable)."""

    url: str
    run_id: str
    payload: Mapping[str, Any]
    status: int | None
    error: str | None = None


class RunsMixin:
    """Runs, results and notifications of :class:`RunscopeFake`."""

    queued_for: float
    working_for: float
    runs: dict[str, RunscopeRun]
    bucket_runs: dict[str, list[str]]
    deliveries: list[Delivery]
    _triggers: dict[str, deque[float]]

    if TYPE_CHECKING:  # provided by RunscopeFake and Fake
        buckets: dict[str, RunscopeBucket]
        teams: dict[str, RunscopeTeam]
        lock: threading.RLock

        def new_id(self, kind: str) -> str: ...
        def now(self) -> float: ...
        def bucket(self, request: Request) -> RunscopeBucket: ...
        def test(self, request: Request) -> RunscopeTest: ...
        def find_environment(self, test: RunscopeTest, wanted: str | None) -> dict[str, Any] | None: ...

    def init_runs(self, *, queued_for: float, working_for: float) -> None:
        """Set up the run state (called by the fake's ``__init__``)."""
        self.queued_for, self.working_for = queued_for, working_for
        self.runs, self.bucket_runs, self.deliveries, self._triggers = {}, {}, [], {}

    # -- starting runs -----------------------------------------------------------------------------------------

    def start_runs(
        self, test: RunscopeTest, env: Mapping[str, Any], variables: Mapping[str, Any], *, source: str
    ) -> list[RunscopeRun]:
        """Start one run of ``test`` per region of ``env`` (inferred: remote agents are not simulated)."""
        started = []
        for region in env.get("regions") or ["us1"]:
            run = RunscopeRun(
                self.new_id("run"), test, env, region, self.now(), self.queued_for, self.working_for, test.outcome,
                {**(env.get("initial_variables") or {}), **variables}, source=source, steps=list(test.steps),
            )  # fmt: skip
            self.runs[run.id] = run
            started.append(run)
        return started

    def _rate_limit(self, trigger_id: str) -> None:
        """Refuse an 11th trigger within 10 s on one URL with 429 and the seconds until a slot frees up."""
        now, recent = self.now(), self._triggers.setdefault(trigger_id, deque())
        while recent and recent[0] <= now - TRIGGER_WINDOW:
            recent.popleft()
        if len(recent) >= TRIGGER_LIMIT:
            wait = max(1, math.ceil(recent[0] + TRIGGER_WINDOW - now))
            raise FakeHTTPError(429, "Trigger rate limit exceeded.", headers={"Retry-After": str(wait)})
        recent.append(now)

    def _trigger_json(self, runs: list[RunscopeRun], bucket_run: str | None) -> dict[str, Any]:
        body: dict[str, Any] = {
            "runs": [
                {"test_run_id": run.id, "test_id": run.test.id, "test_name": run.test.name,
                 "bucket_key": run.test.bucket_key, "environment_id": run.environment["id"],
                 "environment_name": run.environment.get("name"), "region": run.region, "agent": None,
                 "status": "init", "test_url": f"https://api.runscope.com/buckets/{run.test.bucket_key}/tests/{run.test.id}",
                 "test_run_url": run.url, "variables": run.variables}
                for run in runs
            ],
            "runs_started": len(runs),
            "runs_failed": 0,
            "runs_total": len(runs),
        }  # fmt: skip
        if bucket_run is not None:
            key = runs[0].test.bucket_key if runs else ""
            body["consolidated_test_results_url"] = f"https://api.runscope.com/buckets/{key}/results/{bucket_run}"
        return body

    def _trigger_test(self, request: Request) -> Response:
        trigger_id = request.path_params["trigger_id"]
        test = next((t for b in self.buckets.values() for t in b.tests.values() if t.trigger_id == trigger_id), None)
        if test is None:
            raise FakeHTTPError(404, "Trigger not found.")
        self._rate_limit(trigger_id)
        env = self.find_environment(test, request.query.get("runscope_environment"))
        if env is None:
            raise FakeHTTPError(404, "Environment not found for this test.")
        runs = self.start_runs(test, env, request.query.get("variables", {}), source="trigger")
        return Response(201, envelope(self._trigger_json(runs, None)))

    def _trigger_bucket(self, request: Request) -> Response:
        trigger_id = request.path_params["trigger_id"]
        bucket = next((b for b in self.buckets.values() if b.trigger_id == trigger_id), None)
        if bucket is None:
            raise FakeHTTPError(404, "Trigger not found.")
        self._rate_limit(trigger_id)
        wanted, runs = request.query.get("runscope_environment"), []
        for test in bucket.tests.values():
            env = self.find_environment(test, wanted)
            if env is not None:  # inferred: a test without the named environment is not run
                runs += self.start_runs(test, env, request.query.get("variables", {}), source="trigger")
        bucket_run = self.new_id("bucket-run")
        self.bucket_runs[bucket_run] = [run.id for run in runs]
        return Response(201, envelope(self._trigger_json(runs, bucket_run)))

    @operation("trigger_test")
    def _trigger_test_get(self, request: Request) -> Response:
        return self._trigger_test(request)

    @operation("trigger_test_post")
    def _trigger_test_post(self, request: Request) -> Response:
        return self._trigger_test(request)

    @operation("trigger_bucket")
    def _trigger_bucket_get(self, request: Request) -> Response:
        return self._trigger_bucket(request)

    @operation("trigger_bucket_post")
    def _trigger_bucket_post(self, request: Request) -> Response:
        return self._trigger_bucket(request)

    # -- notifications -----------------------------------------------------------------------------------------

    def deliver_due(self) -> list[Delivery]:
        """POST the notification of every run that finished and has not notified yet; returns the deliveries."""
        with self.lock:
            now, made = self.now(), []
            for run in self.runs.values():
                if run.notified or run.result_at(now) not in FINAL:
                    continue
                run.notified = True
                bucket = self.buckets.get(run.test.bucket_key)
                if bucket is None:
                    continue
                payload = run.notification(self.teams[bucket.team_id], bucket)
                made += [self._post(url, run.id, payload) for url in run.environment.get("webhooks") or []]
            self.deliveries += made
            return made

    @staticmethod
    def _post(url: str, run_id: str, payload: Mapping[str, Any]) -> Delivery:
        try:
            answer = httpx.post(url, json=payload, timeout=_DELIVERY_TIMEOUT)
        except httpx.HTTPError as exc:
            return Delivery(url, run_id, payload, None, f"{type(exc).__name__}: {exc}")
        return Delivery(url, run_id, payload, answer.status_code)

    # -- results -----------------------------------------------------------------------------------------------

    def _runs_of(self, test: RunscopeTest) -> list[RunscopeRun]:
        """Newest first; runs sharing a start time keep the order they started in (a stable sort)."""
        runs = [run for run in self.runs.values() if run.test is test]
        return sorted(runs, key=lambda run: run.started_at, reverse=True)

    def last_run_json(self, test: RunscopeTest) -> dict[str, Any] | None:
        """The latest run's summary, for a test's ``last_run``."""
        runs = self._runs_of(test)
        return runs[0].to_json(self.now()) if runs else None

    @operation("list_test_results")
    def _list_results(self, request: Request) -> Response:
        query, now = request.query, self.now()
        since, before = query.get("since"), query.get("before")
        runs = [
            run
            for run in self._runs_of(self.test(request))
            if (since is None or run.started_at > since) and (before is None or run.started_at < before)
        ]
        return Response(200, envelope([run.to_json(now) for run in runs[: query.get("count", 10)]]))

    def _run(self, request: Request) -> RunscopeRun:
        test = self.test(request)
        run = self.runs.get(request.path_params["test_run_id"])
        if run is None or run.test is not test:
            raise FakeHTTPError(404, "Test run not found.")
        return run

    @operation("get_test_result")
    def _get_result(self, request: Request) -> Response:
        return Response(200, envelope(self._run(request).to_json(self.now(), detail=True)))

    @operation("get_latest_test_result")
    def _latest_result(self, request: Request) -> Response:
        runs = self._runs_of(self.test(request))
        if not runs:
            raise FakeHTTPError(404, "This test has no runs yet.")
        return Response(200, envelope(runs[0].to_json(self.now(), detail=True)))

    @operation("get_test_result_step")
    def _result_step(self, request: Request) -> Response:
        run = self._run(request)
        step = next((s for s in run.steps if s["id"] == request.path_params["step_id"]), None)
        if step is None or step.get("step_type") != "request" or run.result_at(self.now()) not in FINAL:
            raise FakeHTTPError(404, "No request was recorded for this step.")
        at = run.started_at + run.queued_for
        body = {
            "bucket_key": run.test.bucket_key,
            "uuid": step["id"],
            "request": {"body": step.get("body") or "", "body_encoding": "plaintext",
                        "headers": {"User-Agent": ["runscope/1.0"]}, "host": "example.com",
                        "method": step.get("method") or "GET", "params": {}, "path": "/", "scheme": "https",
                        "timestamp": at},
            "response": {"body": "{}", "body_encoding": "plaintext",
                         "headers": {"Content-Type": ["application/json"]}, "reason": "OK", "size_bytes": 2,
                         "status": 500 if run.outcome == "fail" else 200, "timestamp": at + 0.09},
        }  # fmt: skip
        return Response(200, envelope(body))

    @operation("get_bucket_result")
    def _bucket_result(self, request: Request) -> Response:
        bucket = self.bucket(request)
        run_ids = self.bucket_runs.get(request.path_params["bucket_run_id"])
        if run_ids is None:
            raise FakeHTTPError(404, "Bucket run not found.")
        runs = [self.runs[i].to_json(self.now()) for i in run_ids if self.runs[i].test.bucket_key == bucket.key]
        return Response(200, envelope({"bucket_run_id": request.path_params["bucket_run_id"], "runs": runs}))

    @operation("get_test_metrics")
    def _metrics(self, request: Request) -> Response:
        query, now = request.query, self.now()
        region, env_id = query.get("region", "all"), query.get("environment_uuid", "all")
        span = {"hour": 3600, "day": 86400, "week": 7 * 86400, "month": 30 * 86400}[query.get("timeframe", "day")]
        finished = [
            run
            for run in self._runs_of(self.test(request))
            if run.result_at(now) in FINAL and run.finishes_at > now - span
            and region in ("all", run.region) and env_id in ("all", run.environment["id"])
        ]  # fmt: skip
        buckets: dict[int, list[RunscopeRun]] = {}
        for run in finished:
            buckets.setdefault(int(run.started_at // 3600 * 3600), []).append(run)
        points = [
            {"success_ratio": sum(r.outcome == "pass" for r in runs) / len(runs), "timestamp": stamp,
             "avg_response_time_ms": 92}
            for stamp, runs in sorted(buckets.items())
        ]  # fmt: skip
        period = {"response_time_50th_percentile": 92.0, "response_time_95th_percentile": 95.0,
                  "response_time_99th_percentile": 99.0, "total_test_runs": len(finished)}  # fmt: skip
        change = dict.fromkeys(period, 0.0)
        body = {"response_times": points, "change_from_last_period": change, "this_time_period": period,
                "environment_uuid": env_id, "region": region, "timeframe": query.get("timeframe", "day")}  # fmt: skip
        return Response(200, envelope(body))

    @operation("list_regions")
    def _regions(self, request: Request) -> Response:
        return Response(200, envelope({"regions": REGIONS}))
