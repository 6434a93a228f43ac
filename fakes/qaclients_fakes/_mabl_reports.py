"""The mabl fake's reports: artifact exports behind signed links, the activity feed and the usage reports, all read
from the runs :mod:`._mabl_runs` keeps."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from ._fake import FakeHTTPError, RawResponse, Request, Response, operation
from ._mabl_model import EXPORT_LINK_LIFETIME, ArtifactExport, from_millis, millis
from ._mabl_runs import Runs

__all__ = ["DOWNLOAD", "Reports"]

_CAPS = {"day": 90, "week": 400, "month": 400}  # window cap in days per granularity (facts §5)
_CONCURRENCY_CAP = 90
_APP = "https://app.mabl.com"
_API = "https://api.mabl.com"
DOWNLOAD = "download_artifact_export"
"""The name faults target the signed-link download by (it has no operationId: it is not part of mabl's API)."""


class Reports(Runs):
    """Handlers for exports, the activity feed and the usage reports."""

    # -- artifact exports --------------------------------------------------------------------------------------------

    @operation("createtestrunartifactexport")
    def _createtestrunartifactexport(self, request: Request) -> Response:
        key = self.key(request)
        run = self._test_run(request.path_params["test_run_id"], key)
        now = self.clock.now()
        types = list(dict.fromkeys((request.json or {}).get("artifact_types", ["screenshots"])))
        export_id = self.new_id("", "export")
        export = ArtifactExport(
            export_id,
            run["_workspace_id"],
            run["test_run_id"],
            types,
            now,
            now + timedelta(seconds=self.export_ready_after),
            self.sign(export_id),
        )
        self.exports[export_id] = export
        return Response(202, export.to_json(now, ""))

    @operation("gettestrunartifactexport")
    def _gettestrunartifactexport(self, request: Request) -> Response:
        key = self.key(request)
        export = self.exports.get(request.path_params["export_id"])
        if export is None:
            raise FakeHTTPError(404, "No export with this id.")
        self.reach(key, export.workspace_id)
        expires = millis(export.ready_at + EXPORT_LINK_LIFETIME)
        signature = self.sign(f"{export.id}:{expires}")
        link = f"{self.origin(request)}/_fake/artifact-exports/{export.id}.zip?expires={expires}&signature={signature}"
        return Response(200, export.to_json(self.clock.now(), link))

    def raw_route(self, method: str, path: str, query: Mapping[str, str]) -> RawResponse | None:
        """The ZIP behind an export's signed link (no mabl auth: the signature is the credential), and the Link
        Agent archive the distribution redirect points at."""
        if method != "GET" or not path.startswith("/_fake/"):
            return None
        if path.startswith("/_fake/link/"):
            return RawResponse(200, b"PK\x05\x06" + bytes(18), {"content-type": "application/octet-stream"})
        export = self.exports.get(path.removeprefix("/_fake/artifact-exports/").removesuffix(".zip"))
        if export is None or export.status(self.clock.now()) != "completed":
            return RawResponse(404, b"NoSuchKey", {"content-type": "text/plain"})
        expires = query.get("expires", "")
        if not expires.isdigit() or query.get("signature") != self.sign(f"{export.id}:{expires}"):
            return RawResponse(403, b"SignatureDoesNotMatch", {"content-type": "text/plain"})
        if self.clock.now() >= from_millis(int(expires)):
            return RawResponse(403, b"ExpiredToken: the signed link has expired", {"content-type": "text/plain"})
        headers = {"content-type": "application/zip", "content-disposition": f'attachment; filename="{export.id}.zip"'}
        return RawResponse(200, export.zip_bytes(), headers, fault_name=DOWNLOAD)

    # -- activity feed -----------------------------------------------------------------------------------------------

    @operation("queryactivityfeed")
    def _queryactivityfeed(self, request: Request) -> Response:
        workspace = self.home(self.key(request), request.path_params["workspace_id"])
        query = request.query
        entries = [e for e in reversed(self.activity) if e["_workspace_id"] == workspace]
        for name in (
            "action_type",
            "entity_type",
            "entity_name",
            "actor_id",
            "actor_is_mabl_employee",
            "is_automator_event",
        ):
            if name in query:
                entries = [e for e in entries if e.get(name) == query[name]]
        if "start_time" in query:
            entries = [e for e in entries if e["timestamp"] >= query["start_time"]]
        if "end_time" in query:
            entries = [e for e in entries if e["timestamp"] < query["end_time"]]
        return self.page(request, entries, "entries", default_limit=100)

    # -- usage reports -----------------------------------------------------------------------------------------------

    def _account_scope(self, request: Request) -> list[str]:
        key = self.key(request)
        account = request.path_params["account_id"]
        if key.account_id != account:
            raise FakeHTTPError(403, "The API key has no access to this account.")
        workspaces = sorted(ws for ws, acc in self.workspaces.items() if acc == account)
        if "workspace_id" in request.query:
            self.reach(key, request.query["workspace_id"])
            workspaces = [request.query["workspace_id"]]
        return workspaces

    def _usage_runs(self, request: Request, workspaces: list[str]) -> list[dict[str, Any]]:
        query = request.query
        runs = [r for r in self.test_runs() if r["_workspace_id"] in workspaces]
        for name in ("application_id", "plan_id", "test_type"):
            if name in query:
                runs = [r for r in runs if r.get(name) == query[name]]
        if "test_type" not in query:
            runs = [r for r in runs if r.get("test_type", "browser") == "browser"]
        return runs

    def _buckets(self, request: Request, workspaces: list[str], *, seconds: bool) -> Response:
        query = request.query
        start, end, granularity = from_millis(query["start_time"]), from_millis(query["end_time"]), query["granularity"]
        if end <= start:
            raise FakeHTTPError(400, "end_time must be after start_time.")
        if end - start > timedelta(days=_CAPS[granularity]):
            raise FakeHTTPError(
                400, f"The time range cannot exceed {_CAPS[granularity]} days for {granularity} granularity."
            )
        runs = [
            r
            for r in self._usage_runs(request, workspaces)
            if query["start_time"] <= r["start_time"] < query["end_time"]
        ]
        if seconds:
            runs = [r for r in runs if "end_time" in r]  # in-flight runs are not counted
        group = {"plan": "plan_id", "application": "application_id", "workspace": "_workspace_id"}.get(
            query.get("group_by", "")
        )
        buckets = []
        for low, high in _windows(start, end, granularity):
            inside = [r for r in runs if millis(low) <= r["start_time"] < millis(high)]
            keys = sorted({str(r.get(group, "")) for r in inside}) if group else [None]
            for value in keys:
                rows = [r for r in inside if value is None or str(r.get(group or "", "")) == value]
                bucket: dict[str, Any] = {"start_time": millis(low), "end_time": millis(high)}
                if value is not None:
                    bucket["group_id"] = value
                if seconds:
                    bucket["total_execution_seconds"] = sum(r["end_time"] - r["start_time"] for r in rows) / 1000
                    bucket["total_test_runs"] = len(rows)
                else:
                    passed = sum(r["status"] == "completed" for r in rows)
                    bucket |= {
                        "total_test_runs": len(rows),
                        "passed_test_runs": passed,
                        "failed_test_runs": len(rows) - passed,
                    }
                buckets.append(bucket)
        return Response(200, {"buckets": buckets})

    def _concurrency(self, request: Request, workspace: str) -> dict[str, Any]:
        query = request.query
        today = self.clock.now().astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        start = from_millis(query["start_time"]) if "start_time" in query else today - timedelta(days=_CONCURRENCY_CAP)
        end = from_millis(query["end_time"]) if "end_time" in query else today
        if end <= start or end - start > timedelta(days=_CONCURRENCY_CAP):
            raise FakeHTTPError(400, f"The time range must be positive and cannot exceed {_CONCURRENCY_CAP} days.")
        runs = self._usage_runs(request, [workspace])
        days = []
        for low, high in _windows(start, end, "day"):
            spans = [(r["start_time"], r.get("end_time", self.now_ms())) for r in runs]
            spans = [
                (max(a, millis(low)), min(b, millis(high))) for a, b in spans if a < millis(high) and b > millis(low)
            ]
            days.append({"start_time": millis(low), "max_test_run_concurrency": _peak(spans)})
        limit = self.concurrency_limits.get(workspace, {}).get(query.get("test_type", "browser"), 0)
        return {"workspace_id": workspace, "configured_test_run_concurrency_limit": limit, "days": days}

    @operation("queryworkspacetestruncounts")
    def _queryworkspacetestruncounts(self, request: Request) -> Response:
        return self._buckets(
            request, [self.home(self.key(request), request.path_params["workspace_id"])], seconds=False
        )

    @operation("queryworkspaceexecutionseconds")
    def _queryworkspaceexecutionseconds(self, request: Request) -> Response:
        return self._buckets(request, [self.home(self.key(request), request.path_params["workspace_id"])], seconds=True)

    @operation("queryworkspacemaxtestrunconcurrency")
    def _queryworkspacemaxtestrunconcurrency(self, request: Request) -> Response:
        workspace = self.home(self.key(request), request.path_params["workspace_id"])
        return Response(200, self._concurrency(request, workspace))

    @operation("queryaccounttestruncounts")
    def _queryaccounttestruncounts(self, request: Request) -> Response:
        return self._buckets(request, self._account_scope(request), seconds=False)

    @operation("queryaccountexecutionseconds")
    def _queryaccountexecutionseconds(self, request: Request) -> Response:
        return self._buckets(request, self._account_scope(request), seconds=True)

    @operation("queryaccountmaxtestrunconcurrency")
    def _queryaccountmaxtestrunconcurrency(self, request: Request) -> Response:
        blocks = [self._concurrency(request, workspace) for workspace in self._account_scope(request)]
        return Response(200, {"workspaces": blocks})


def _windows(start: datetime, end: datetime, granularity: str) -> list[tuple[datetime, datetime]]:
    """UTC-aligned buckets covering ``[start, end)``: days from midnight, weeks from Monday, calendar months."""
    low = start.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    if granularity == "week":
        low -= timedelta(days=low.weekday())
    elif granularity == "month":
        low = low.replace(day=1)
    windows = []
    while low < end:
        if granularity == "day":
            high = low + timedelta(days=1)
        elif granularity == "week":
            high = low + timedelta(days=7)
        else:
            high = (low + timedelta(days=32)).replace(day=1)
        windows.append((low, high))
        low = high
    return windows


def _peak(spans: list[tuple[int, int]]) -> int:
    """The most spans open at one instant."""
    edges = sorted([(a, 1) for a, _ in spans] + [(b, -1) for _, b in spans], key=lambda e: (e[0], e[1]))
    peak = current = 0
    for _, step in edges:
        current += step
        peak = max(peak, current)
    return peak
