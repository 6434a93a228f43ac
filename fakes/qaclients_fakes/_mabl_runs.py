"""The mabl fake's runs: deployment events and their execution results, test and plan run results. Everything is
computed from the fake's clock when read, so a test advances time and reads again."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ._fake import FakeHTTPError, Request, Response, operation
from ._mabl_base import MablBase, public
from ._mabl_model import ApiKey, PlanRun, millis

__all__ = ["Runs", "metrics"]

_CAPS = {"day": 90, "week": 400, "month": 400}  # window cap in days per granularity (facts §5)
_CONCURRENCY_CAP = 90
_APP = "https://app.mabl.com"
_API = "https://api.mabl.com"


class Runs(MablBase):
    """Handlers for deployments, results, exports and reports."""

    # -- deployment events -------------------------------------------------------------------------------------------

    @operation("ondeploy")
    def _ondeploy(self, request: Request) -> Response:
        key, body = self.key(request), request.json
        app_id, env_id = body.get("application_id"), body.get("environment_id")
        if app_id is None and env_id is None:
            raise FakeHTTPError(400, "A deployment event needs environment_id or application_id.")
        found = [self.find("applications", app_id, key)] if app_id else []
        found += [self.find("environments", env_id, key)] if env_id else []
        workspace = self.owner(found[0])
        plans = [
            plan
            for plan in self.plans.values()
            if plan.workspace_id == workspace and plan.triggered_by(app_id, env_id, body.get("plan_labels", []))
        ]
        now = self.clock.now()
        event_id = self.new_id("v")
        runs = [PlanRun.start(plan, event_id=event_id, run_id=self.new_id("pr"), at=now) for plan in plans]
        event = {
            "id": event_id,
            "workspace_id": workspace,
            "received_time": millis(now),
            "triggered_plan_run_summaries": [{"plan_id": r.plan.id, "plan_run_id": r.id} for r in runs],
        }
        event |= {
            name: body[name]
            for name in ("environment_id", "application_id", "revision", "source_control_tag", "properties")
            if name in body
        }
        event["event_time"] = body.get("event_time", event["received_time"])
        if not request.query.get("preview", False):  # a preview starts nothing and is not stored (inferred)
            for run in runs:
                self.plan_runs[run.id] = run
                if run.outcome == "failed" and run.plan.script.retry_outcome is not None:
                    retry = PlanRun.start(
                        run.plan, event_id=event_id, run_id=self.new_id("pr"), at=run.stops_at, retry_of=run
                    )
                    self.plan_runs[retry.id] = retry
            self.items["deployment_events"][event_id] = event
        return Response(201, event)

    @operation("getexecutionresultforevent")
    def _getexecutionresultforevent(self, request: Request) -> Response:
        event = self.find("deployment_events", request.path_params["deployment_event_id"], self.key(request))
        return Response(200, self.execution_result(event["id"]))

    def _events(self, request: Request) -> list[dict[str, Any]]:
        workspace = self.home(self.key(request), request.query["workspace_id"])
        events = sorted(self.in_workspace("deployment_events", workspace), key=lambda e: -e["received_time"])
        query = request.query
        if "environment_id" in query:
            events = [e for e in events if e.get("environment_id") == query["environment_id"]]
        if "start_time" in query:
            events = [e for e in events if e["received_time"] >= query["start_time"]]
        if "end_time" in query:
            events = [e for e in events if e["received_time"] < query["end_time"]]
        if "revision" in query:
            events = [e for e in events if e.get("revision") == query["revision"]]
        return events

    @operation("querydeploymentevents")
    def _querydeploymentevents(self, request: Request) -> Response:
        return self.page(request, self._events(request), "deployment_events", default_limit=10)

    @operation("querydeploymenteventsbyrevision")
    def _querydeploymenteventsbyrevision(self, request: Request) -> Response:
        return self.page(request, self._events(request), "deployment_events", default_limit=10)

    def execution_result(self, event_id: str) -> dict[str, Any]:
        """The execution result of an event now: every run that has appeared, metrics, and once all are final (the
        retries included) ``event_status``."""
        now = self.clock.now()
        runs = [run for run in self.plan_runs.values() if run.event_id == event_id]
        shown = [run for run in runs if run.visible(now)]
        executions = [self._execution(run, now) for run in shown]
        journeys = [j for e in executions for j in e["journey_executions"]]
        body: dict[str, Any] = {"event_status": {}, "executions": executions}
        # Inferred: the metrics stay null until a run starts ("may be null right after creation", facts §7.1).
        started = any(run.status(now) != "scheduled" for run in shown)
        body["plan_execution_metrics"] = (
            None
            if not started
            else {
                "total": len(shown),
                "passed": sum(run.status(now) == "succeeded" for run in shown),
                "failed": sum(run.final(now) and run.status(now) != "succeeded" for run in shown),
            }
        )
        body["journey_execution_metrics"] = (
            None
            if not started
            else {
                "total": len(journeys),
                "passed": sum(j["status"] == "completed" for j in journeys),
                "failed": sum(j["status"] == "failed" for j in journeys),
                "running": sum(j["status"] == "running" for j in journeys),
                "skipped": sum(j["status"] == "skipped" for j in journeys),
                "terminated": sum(j["status"] == "terminated" for j in journeys),
            }
        )
        if runs and all(run.visible(now) and run.final(now) for run in runs):
            last = {run.plan.id: run for run in sorted(runs, key=lambda r: r.stops_at)}
            by_plan = {plan_id: run.status(now) == "succeeded" for plan_id, run in last.items()}
            succeeded = all(by_plan.values())
            retried = any(run.retry_of for run in runs)
            body["event_status"] = {
                "succeeded": succeeded,
                "succeeded_first_attempt": succeeded and not retried,
                "succeeded_with_retries": succeeded and retried,
                "succeeded_by_plan": by_plan,
            }
        return body

    def _execution(self, run: PlanRun, now: datetime) -> dict[str, Any]:
        status, plan = run.status(now), run.plan
        workspace = plan.workspace_id
        execution: dict[str, Any] = {
            "status": status,
            "success": status == "succeeded",
            "plan": {
                "id": plan.id,
                "name": plan.name,
                "href": f"{_API}/schedule/runPolicy/{plan.id}",
                "app_href": f"{_APP}/workspaces/{workspace}/plans/{plan.id}",
            },
            "plan_execution": {
                "id": run.id,
                "status": status,
                "href": f"{_API}/execution/runPolicyExecution/{run.id}",
                "is_retry": run.retry_of is not None,
            },
            "journeys": [{"id": f"{test_id}:0", "name": name} for test_id, name in plan.tests],
            "journey_executions": [
                self._journey(run, i, now) for i in range(len(plan.tests)) if run.test_status(i, now)
            ],
        }
        if run.retry_of is not None:
            execution["plan_execution"]["retry_of_id"] = run.retry_of
        if status != "scheduled":
            execution["start_time"] = millis(run.starts_at)
        if run.final(now):
            execution["stop_time"] = millis(run.stops_at)
            if status != "succeeded":
                execution["status_cause"] = "One or more tests failed"
        return execution

    def _journey(self, run: PlanRun, index: int, now: datetime) -> dict[str, Any]:
        test_id, _ = run.plan.tests[index]
        status = run.test_status(index, now)
        journey: dict[str, Any] = {
            "journey_id": f"{test_id}:0",
            "journey_execution_id": run.test_run_ids[index],
            "status": status,
            "success": status == "completed",
            "browser_type": "chrome",
            "run_multiplier_index": 0,
            "start_time": millis(run.starts_at),
            "app_href": f"{_APP}/workspaces/{run.plan.workspace_id}/output/runs/{run.test_run_ids[index]}",
        }
        for name in ("application_id", "environment_id"):
            if getattr(run.plan, name):
                journey[name] = getattr(run.plan, name)
        if status not in ("running", None):
            journey["stop_time"] = millis(run.stops_at)
        if status == "failed":
            journey["status_cause"] = "assertion failed"
            journey["failure_summary"] = {
                "step_number": 4,
                "error": "Assertion failed: element 'Place order' was not visible",
            }
        return journey

    # -- test and plan run results -----------------------------------------------------------------------------------

    def test_runs(self) -> list[dict[str, Any]]:
        """Every test run there is now (seeded history and those of deployments), newest first; internal fields
        ``_workspace_id`` and ``_failure`` kept for the handlers."""
        now = self.clock.now()
        found = list(self.history)
        for run in self.plan_runs.values():
            for index, (test_id, name) in enumerate(run.plan.tests):
                status = run.test_status(index, now)
                if status is None:
                    continue
                record: dict[str, Any] = {
                    "test_run_id": run.test_run_ids[index],
                    "test_id": test_id,
                    "test_version": "0",
                    "test_name": name,
                    "test_type": "browser",
                    "plan_id": run.plan.id,
                    "plan_name": run.plan.name,
                    "plan_run_id": run.id,
                    "browser": "chrome",
                    "execution_runner_type": "cloud",
                    "trigger_type": "deployment",
                    "triggering_deployment_event_id": run.event_id,
                    "is_ad_hoc_run": False,
                    "start_time": millis(run.starts_at),
                    "status": status,
                    "success": status == "completed",
                    "_workspace_id": run.plan.workspace_id,
                }
                for field in ("application_id", "environment_id"):
                    if getattr(run.plan, field):
                        record[field] = getattr(run.plan, field)
                if status != "running":
                    record |= {
                        "end_time": millis(run.stops_at),
                        "run_time": millis(run.stops_at) - millis(run.starts_at),
                    }
                found.append(record)
        return sorted(found, key=lambda r: (-r["start_time"], r["test_run_id"]))

    def _labels_of(self, test_id: str) -> set[str]:
        test = self.items["tests"].get(test_id, {})
        return {label["name"] for label in test.get("labels", [])}

    @operation("getbatchtestrunresults")
    def _getbatchtestrunresults(self, request: Request) -> Response:
        workspace = self.home(self.key(request), request.path_params["workspace_id"])
        query = request.query
        runs = [r for r in self.test_runs() if r["_workspace_id"] == workspace]
        for name in ("application_id", "environment_id", "test_id", "plan_id"):
            if name in query:
                runs = [r for r in runs if r.get(name) == query[name]]
        if "test_label" in query:
            runs = [r for r in runs if query["test_label"] in self._labels_of(r["test_id"])]
        if "plan_label" in query:
            runs = [
                r
                for r in runs
                if r.get("plan_id") in self.plans and query["plan_label"] in self.plans[r["plan_id"]].labels
            ]
        if "outcomes" in query:
            runs = [r for r in runs if r["status"] in query["outcomes"]]
        if "earliest_run_start_time" in query:
            runs = [r for r in runs if r["start_time"] >= query["earliest_run_start_time"]]
        if "latest_run_start_time" in query:
            runs = [r for r in runs if r["start_time"] <= query["latest_run_start_time"]]
        if query.get("advanced_metrics"):
            runs = [r | {"metrics": metrics()} for r in runs]
        counts = {
            "number_of_runs": len(runs),
            "number_of_successful_runs": sum(r["success"] for r in runs),
            "number_of_failed_runs": sum(not r["success"] for r in runs),
        }
        return self.page(request, runs, "test_results", end="null", default_limit=500, extra=counts)

    def _test_run(self, test_run_id: str, key: ApiKey) -> dict[str, Any]:
        for run in self.test_runs():
            if run["test_run_id"] == test_run_id:
                self.reach(key, run["_workspace_id"])
                return run
        raise FakeHTTPError(404, f"No test run with id {test_run_id}.")

    @operation("gettestrunresult")
    def _gettestrunresult(self, request: Request) -> Response:
        run = dict(self._test_run(request.path_params["test_run_id"], self.key(request)))
        if run["status"] == "failed":
            run |= {
                "status_cause": "assertion failed",
                "failure_summary": {"step_number": 4, "error": "Assertion failed"},
            }
        if request.query.get("advanced_metrics"):
            run["metrics"] = metrics()
        if request.query.get("advanced_metrics_by_flow"):
            run["flow_metrics"] = [{"flow_id": "fakeFlow0001-f", "metrics": metrics()}]
        return Response(200, public(run))

    @operation("getplanrunresult")
    def _getplanrunresult(self, request: Request) -> Response:
        key = self.key(request)
        run = self.plan_runs.get(request.path_params["plan_run_id"])
        if run is None or not run.visible(self.clock.now()):
            raise FakeHTTPError(404, "No plan run with this id.")
        self.reach(key, run.plan.workspace_id)
        now = self.clock.now()
        status = run.status(now)
        body: dict[str, Any] = {
            "plan_run_id": run.id,
            "plan_id": run.plan.id,
            "plan_name": run.plan.name,
            "status": status,
        }
        body |= {"success": status == "succeeded", "triggering_deployment_event_id": run.event_id}
        if status != "scheduled":
            body["start_time"] = millis(run.starts_at)
        if run.final(now):
            body["end_time"] = millis(run.stops_at)
        if request.query.get("advanced_metrics"):
            body["metrics"] = metrics()
        body["test_runs"] = [public(r) for r in self.test_runs() if r.get("plan_run_id") == run.id]
        return Response(200, body)


def metrics() -> dict[str, Any]:
    return {
        "cumulative_speed_index": 1834.5,
        "cumulative_api_response_time": 412.0,
        "accessibility_rule_violations": {"critical": 0, "serious": 1, "moderate": 2, "minor": 3},
    }
