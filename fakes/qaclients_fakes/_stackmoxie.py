"""Stack Moxie (``specs/stackmoxie/openapi.yaml``): a stateful fake whose runs and async jobs move with its clock.

    fake = StackMoxieFake(token="secret")        # Authorization: Bearer secret; organization DEFAULT_ORG exists
    fake.script_runs("Failed")                   # the next run ends Failed (default: Passed)
    fake.clock.advance(30)                       # a ManualClock: runs go Created → Running → final, jobs complete

State is plain data (``_stackmoxie_model.py``). The core (``_fake.py``) has already checked each request against
the spec, so handlers only apply it. Where the docs are silent the behaviour is inferred and marked so.
"""

from __future__ import annotations

import itertools
import json
import re
from collections import deque
from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from ._fake import Fake, FakeHTTPError, Request, Response, bearer_token, operation
from ._stackmoxie_model import (
    RUN_STEP_MS,
    StackMoxieJob,
    StackMoxieOrg,
    StackMoxieRun,
    epoch_ms,
    fake_uuid,
)
from ._stackmoxie_rules import (
    AUTH_FIELDS,
    check_definition,
    checked_auth,
    definition_problem,
    registry_entry,
    sample_step,
    step_results,
)

__all__ = ["AUTH_FIELDS", "DEFAULT_ORG", "DEFAULT_TOKEN", "RUNS_PER_PAGE", "StackMoxieFake"]

DEFAULT_TOKEN = "stackmoxie-token"  # noqa: S105 (the fake's well-known test token, not a secret)
DEFAULT_ORG = fake_uuid(0x4F5247, 1)
RUNS_PER_PAGE = 25
"""Runs per page of ``list_scenario_runs`` (inferred: the docs give the ``page`` parameter but no page size)."""

_NAMES = {400: "BadRequest", 401: "Unauthorized", 403: "Forbidden", 404: "NotFound", 409: "Conflict"}
_NAMES |= {422: "UnprocessableEntity", 429: "TooManyRequests"}
_MAX_TRIAL_ORGS = 10  # inferred: the docs name a maximum of trial organizations without its value


class StackMoxieFake(Fake):
    """A stateful fake of the Stack Moxie REST API.

    Args:
        token: The JWT accepted in ``Authorization: Bearer <token>`` (more: :meth:`add_user`).
        user_id: The user that token belongs to; admin of :data:`DEFAULT_ORG`.
        **options: ``strict``, ``faults``, ``clock``: see :class:`~qaclients_fakes.Fake`.

    Attributes:
        orgs: By UUID (:class:`StackMoxieOrg`). ``users`` (id → User JSON), ``tokens`` (token → user id),
        ``registry`` (the Cog Registry entries served), ``run_outcomes`` / ``job_failures`` (scripted endings).
    """

    vendor = "stackmoxie"
    # Facts: "Returns when notify value is invalid" is a 400; every request that breaks the schema is refused alike.
    invalid_status = 400
    malformed_status = 400

    def __init__(self, *, token: str = DEFAULT_TOKEN, user_id: int = 1, **options: Any) -> None:
        super().__init__(**options)
        self._ids = itertools.count(1)
        self.tokens: dict[str, int] = {}
        self.users: dict[int, dict[str, Any]] = {}
        self.orgs: dict[str, StackMoxieOrg] = {}
        self.registry: list[dict[str, Any]] = [registry_entry(cog, fields) for cog, fields in AUTH_FIELDS.items()]
        self.run_outcomes: deque[str] = deque()
        self.job_failures: deque[str | None] = deque()
        self.add_user(user_id, "owner@example.com", token=token, confirmed=True)
        self._new_org({"name": "Default Organization"}, user_id, org_uuid=DEFAULT_ORG)

    # -- arranging state -----------------------------------------------------------------------------------------

    def add_user(self, user_id: int, email: str, *, token: str | None = None, confirmed: bool = True) -> None:
        """Add a user, optionally with a token of their own; unconfirmed users can be re-invited."""
        self.users[user_id] = {
            "id": user_id,
            "uuid": fake_uuid(0x555352, user_id),
            "emailAddress": email,
            "emailStatus": "confirmed" if confirmed else "unconfirmed",
            "fullName": email.split("@", maxsplit=1)[0].title(),
            "isSuperAdmin": False,
        }
        if token is not None:
            self.tokens[token] = user_id

    def script_runs(self, *outcomes: str) -> None:
        """The final outcomes of the next runs created, in order (then Passed again)."""
        self.run_outcomes.extend(outcomes)

    def script_jobs(self, *failures: str | None) -> None:
        """How the next async jobs end: ``None`` completes, a message fails the job with it."""
        self.job_failures.extend(failures)

    def authenticate(self, request: Request) -> object | None:
        """The user id behind a known bearer token."""
        return self.tokens.get(bearer_token(request.headers) or "")

    def error(self, status: int, message: str, errors: Mapping[str, list[str]] | None = None) -> Response:
        """``{"name": ..., "message": ...}`` (facts); field problems are folded into the message."""
        extra = [problem for problems in (errors or {}).values() for problem in problems if problem not in message]
        if extra:
            message = f"{message} ({'; '.join(extra)})"
        name = _NAMES.get(status, "ServerError" if status >= 500 else "Error")
        return Response(status, {"name": name, "message": message})

    def seed(self, count: int) -> None:
        """CLI ``--seed-runs``: :meth:`seed_runs` on a new scenario of :data:`DEFAULT_ORG`."""
        self.seed_runs(count)

    def seed_runs(self, count: int, *, scenario_id: int | None = None, step: float = 60.0) -> list[StackMoxieRun]:
        """Add ``count`` finished runs, the same on every call: ``step`` seconds apart up to now, outcomes
        Passed, Passed, Failed, Passed, Error in turn. Without ``scenario_id`` a scenario is created for them."""
        with self.lock:
            org = self.orgs[DEFAULT_ORG]
            owner = min(org.member_ids())
            if scenario_id is None:
                body = {"name": "Seeded scenario", "definition": {"steps": [sample_step("automatoninc/salesforce")]}}
                scenario_id = self._new_scenario(org, body, owner)["id"]
            start = self.clock.now() - timedelta(seconds=step * count)
            made = []
            for i in range(count):
                at = epoch_ms(start + timedelta(seconds=step * i))
                final = ("Passed", "Passed", "Failed", "Passed", "Error")[i % 5]
                made.append(self._new_run(org, org.scenarios[scenario_id], {}, owner, at=at, final=final))
            return made

    # -- organizations and members -------------------------------------------------------------------------------

    @operation("create_organization")
    def _create_organization(self, request: Request) -> Response:
        user = _user(request)
        if sum(1 for org in self.orgs.values() if org.record["createdBy"] == user) >= _MAX_TRIAL_ORGS:
            raise FakeHTTPError(403, "You have reached the maximum number of trial organizations.")
        return Response(200, self._new_org(request.json, user).record)

    @operation("update_organization")
    def _update_organization(self, request: Request) -> Response:
        org = self._org(request)
        org.record.update(request.json)
        return Response(200, org.record)

    @operation("list_members")
    def _list_members(self, request: Request) -> Response:
        return Response(200, list(self._org(request).members.values()))

    @operation("invite_member")
    def _invite_member(self, request: Request) -> Response:
        org = self._org(request)
        email = request.json["email"]
        user_id = next((i for i, u in self.users.items() if u["emailAddress"] == email), None)
        if user_id is None:
            user_id = max(self.users) + 1
            self.add_user(user_id, email, confirmed=False)
        if user_id in org.member_ids():
            raise FakeHTTPError(400, f"{email} is already a member of this organization.")
        role = request.json.get("role", "org-creator")  # inferred: an invitee without a role is no admin
        return Response(200, self._new_membership(org, user_id, role, _user(request)))

    @operation("get_member")
    def _get_member(self, request: Request) -> Response:
        return Response(200, self._find(self._org(request).members, request, "Team member"))

    @operation("update_member")
    def _update_member(self, request: Request) -> Response:
        membership = self._find(self._org(request).members, request, "Team member")
        membership.update(role=request.json["role"], updatedAt=self._now())
        return Response(200, membership)

    @operation("remove_member")
    def _remove_member(self, request: Request) -> Response:
        org = self._org(request)
        self._find(org.members, request, "Team member")
        del org.members[request.path_params["id"]]
        return Response(204)

    @operation("reinvite_member")
    def _reinvite_member(self, request: Request) -> Response:
        membership = self._find(self._org(request).members, request, "Team member")
        if self.users[membership["member"]]["emailStatus"] == "confirmed":
            raise FakeHTTPError(400, "Invalid Action: can't re-send an invitation to a User who has already activated.")
        return Response(200, {})

    # -- notification groups, connections, registry, folders, schedules --------------------------------------------

    @operation("list_notification_groups")
    def _list_groups(self, request: Request) -> Response:
        return Response(200, list(self._org(request).notification_groups.values()))

    @operation("create_notification_group")
    def _create_group(self, request: Request) -> Response:
        org = self._org(request)
        return Response(200, self._new_record(org.notification_groups, request.json, _user(request), "NG"))

    @operation("update_notification_group")
    def _update_group(self, request: Request) -> Response:
        return Response(200, self._patch(self._org(request).notification_groups, request, "Notification Group"))

    @operation("delete_notification_group")
    def _delete_group(self, request: Request) -> Response:
        return self._delete(self._org(request).notification_groups, request, "Notification Group")

    @operation("list_connections")
    def _list_connections(self, request: Request) -> Response:
        return Response(200, list(self._org(request).connections.values()))

    @operation("create_connection")
    def _create_connection(self, request: Request) -> Response:
        org, body = self._org(request), request.json
        cog, profile = body["cog"], body.get("profile", "default")
        if cog not in {entry["name"] for entry in self.registry}:
            raise FakeHTTPError(404, f"The cog {cog} is unknown.")
        if any(c["cog"] == cog and c["profile"] == profile for c in org.connections.values()):
            raise FakeHTTPError(409, f"A connection for {cog} already exists for this org/profile.")
        auth = checked_auth(cog, body.get("auth"))
        record = self._new_record(org.connections, {"cog": cog, "profile": profile, "isValid": True}, _user(request))
        org.auth[record["id"]] = auth
        return Response(200, record)

    @operation("get_connection")
    def _get_connection(self, request: Request) -> Response:
        return Response(200, self._find(self._org(request).connections, request, "Connection"))

    @operation("update_connection")
    def _update_connection(self, request: Request) -> Response:
        org = self._org(request)
        record = self._find(org.connections, request, "Connection")
        org.auth[record["id"]] = checked_auth(record["cog"], request.json.get("auth"))
        record.update(isValid=True, updatedAt=self._now())
        return Response(200, record)

    @operation("delete_connection")
    def _delete_connection(self, request: Request) -> Response:
        return self._delete(self._org(request).connections, request, "Connection")

    @operation("get_cog_registry")
    def _get_registry(self, request: Request) -> Response:
        self._org(request)
        return Response(200, self.registry)

    @operation("list_folders")
    def _list_folders(self, request: Request) -> Response:
        return Response(200, list(self._org(request).folders.values()))

    @operation("create_folder")
    def _create_folder(self, request: Request) -> Response:
        org, user = self._org(request), _user(request)
        return Response(200, self._new_record(org.folders, {**request.json, "lastUpdatedBy": user}, user))

    @operation("get_folder")
    def _get_folder(self, request: Request) -> Response:
        return Response(200, self._find(self._org(request).folders, request, "Folder"))

    @operation("update_folder")
    def _update_folder(self, request: Request) -> Response:
        folder = self._patch(self._org(request).folders, request, "Folder")
        folder["lastUpdatedBy"] = _user(request)
        return Response(200, folder)

    @operation("delete_folder")
    def _delete_folder(self, request: Request) -> Response:
        return self._delete(self._org(request).folders, request, "Folder")

    @operation("list_schedules")
    def _list_schedules(self, request: Request) -> Response:
        return Response(200, list(self._org(request).schedules.values()))

    @operation("create_schedule")
    def _create_schedule(self, request: Request) -> Response:
        org = self._org(request)
        self._check_schedule(org, request.json)
        return Response(200, self._new_record(org.schedules, request.json, _user(request)))

    @operation("get_schedule")
    def _get_schedule(self, request: Request) -> Response:
        return Response(200, self._find(self._org(request).schedules, request, "Schedule"))

    @operation("update_schedule")
    def _update_schedule(self, request: Request) -> Response:
        org = self._org(request)
        self._check_schedule(org, request.json)
        return Response(200, self._patch(org.schedules, request, "Schedule"))

    @operation("delete_schedule")
    def _delete_schedule(self, request: Request) -> Response:
        return self._delete(self._org(request).schedules, request, "Schedule")

    # -- scenarios, templates, async jobs --------------------------------------------------------------------------

    @operation("list_scenarios")
    def _list_scenarios(self, request: Request) -> Response:
        return Response(200, list(self._org(request).scenarios.values()))

    @operation("create_scenario")
    def _create_scenario(self, request: Request) -> Response:
        org = self._org(request)
        check_definition(request.json)
        return Response(200, self._new_scenario(org, request.json, _user(request)))

    @operation("get_scenario")
    def _get_scenario(self, request: Request) -> Response:
        return Response(200, self._find(self._org(request).scenarios, request, "Scenario"))

    @operation("update_scenario")
    def _update_scenario(self, request: Request) -> Response:
        org = self._org(request)
        scenario = self._find(org.scenarios, request, "Scenario")
        check_definition(request.json)
        scenario.update(self._scenario_fields(org, request.json, _user(request)))
        scenario.update(updatedAt=self._now(), lastUpdatedBy=_user(request))
        return Response(200, scenario)

    @operation("delete_scenario")
    def _delete_scenario(self, request: Request) -> Response:
        return self._delete(self._org(request).scenarios, request, "Scenario")

    @operation("create_async_scenario")
    def _create_async_scenario(self, request: Request) -> Response:
        org = self._org(request)
        if not request.json["definition"].get("steps"):
            # Inferred "async requirements": the async path exists for long definitions; an empty one is refused.
            raise FakeHTTPError(400, "The scenario definition does not match async requirements: it has no steps.")
        number = next(self._ids)
        job = StackMoxieJob(
            number, fake_uuid(0x4A4F42, number), self._now(), {**request.json, "createdBy": _user(request)}
        )
        job.failure = self.job_failures.popleft() if self.job_failures else definition_problem(request.json)
        org.jobs[job.job_id] = job
        return Response(200, {"jobId": job.job_id})

    @operation("get_async_job")
    def _get_async_job(self, request: Request) -> Response:
        org = self._org(request)
        job = org.jobs.get(request.path_params["jobId"])
        if job is None:
            raise FakeHTTPError(404, "Job not found.")
        now = self._now()
        status = job.status(now)
        if status == "Complete" and job.result is None:
            job.result = self._new_scenario(org, job.scenario, job.scenario["createdBy"], at=job.finished_at)
        data: str | None = None
        if status == "Complete":
            data = json.dumps(org.scenarios.get(job.result["id"], job.result) if job.result else None)
        elif status == "Failed":
            data = json.dumps({"name": "ScenarioCreationFailed", "message": job.failure})
        updated = min(now, job.finished_at)
        body = {"createdAt": job.created_at, "updatedAt": updated, "id": job.id, "jobId": job.job_id}
        return Response(200, body | {"status": status, "type": "Scenario", "data": data})

    @operation("list_templates")
    def _list_templates(self, request: Request) -> Response:
        return Response(200, self._templates(request))

    @operation("list_linkable_templates")
    def _list_linkable_templates(self, request: Request) -> Response:
        return Response(200, [s for s in self._templates(request) if s.get("isLinkable")])

    @operation("list_exposed_templates")
    def _list_exposed_templates(self, request: Request) -> Response:
        return Response(200, [s for s in self._templates(request) if s.get("exposedToApis")])

    # -- runs ------------------------------------------------------------------------------------------------------

    @operation("list_scenario_runs")
    def _list_runs(self, request: Request) -> Response:
        org, query, now = self._org(request), request.query, self._now()
        scenario = self._find(org.scenarios, request, "Scenario")
        wanted = set(query["outcome"].split(",")) if "outcome" in query else None
        runs = [
            run
            for run in org.runs.values()
            if run.scenario_id == scenario["id"]
            and (wanted is None or run.outcome(now) in wanted)
            and run.created_at > query.get("ranAfter", -1)
            and ("ranBefore" not in query or run.created_at < query["ranBefore"])
        ]
        runs.sort(key=lambda run: (run.created_at, run.id), reverse=True)  # inferred: newest first
        page = query.get("page", 1)
        shown = runs[(page - 1) * RUNS_PER_PAGE : page * RUNS_PER_PAGE]
        return Response(200, [run.to_json(now) for run in shown])

    @operation("create_scenario_run")
    def _create_run(self, request: Request) -> Response:
        org = self._org(request)
        scenario = self._find(org.scenarios, request, "Scenario")
        run = self._new_run(org, scenario, request.json, _user(request))
        return Response(200, run.to_json(self._now()))

    @operation("get_scenario_run")
    def _get_run(self, request: Request) -> Response:
        return Response(200, self._run(request).to_json(self._now()))

    @operation("get_most_recent_run")
    def _get_most_recent_run(self, request: Request) -> Response:
        org = self._org(request)
        scenario_id = request.path_params["scenarioId"]
        if scenario_id not in org.scenarios:
            raise FakeHTTPError(404, "Scenario not found.")
        runs = [run for run in org.runs.values() if run.scenario_id == scenario_id]
        if not runs:
            raise FakeHTTPError(404, "This scenario has never run.")
        return Response(200, max(runs, key=lambda run: (run.created_at, run.id)).to_json(self._now()))

    @operation("get_run_log")
    def _get_run_log(self, request: Request) -> Response:
        org, run = self._org(request), self._run(request, run_param="runId")
        if request.path_params["id"] != run.log_id:
            raise FakeHTTPError(404, "Run Log not found.")
        log = org.logs[run.log_id]
        now = self._now()
        body = [entry for index, entry in enumerate(log["steps"]) if now >= run.started_at + RUN_STEP_MS * (index + 1)]
        record = {"id": log["id"], "uuid": log["uuid"], "createdAt": run.created_at, "body": body}
        return Response(200, record | {"updatedAt": min(now, run.finished_at)})

    # -- state helpers ---------------------------------------------------------------------------------------------

    def _now(self) -> int:
        return epoch_ms(self.clock.now())

    def _org(self, request: Request) -> StackMoxieOrg:
        org = self.orgs.get(request.path_params["org"])
        if org is None or _user(request) not in org.member_ids():
            # Inferred: an organization you are no member of (or none at all) is "not allowed" (403), never 404.
            raise FakeHTTPError(403, "You are not allowed to perform this action in this organization.")
        return org

    def _new_org(self, body: Mapping[str, Any], user: int, *, org_uuid: str | None = None) -> StackMoxieOrg:
        number = next(self._ids)
        uuid = org_uuid or fake_uuid(0x4F5247, number + 1)
        slug = re.sub(r"[^a-z0-9]+", "-", body["name"].lower()).strip("-") or "org"
        record = {
            "name": body["name"],
            "statusPageIsPublic": body.get("statusPageIsPublic", False),
            "uuid": uuid,
            "id": number,
            "createdAt": self._now(),
            "plan": "trial",
            "urlSlug": f"{slug}-{number}",
            "maxRunsPerPeriod": 1000,
            "scheduleIntervalLowerBound": 300,
            "createdBy": user,
        }
        org = self.orgs[uuid] = StackMoxieOrg(uuid, record)
        self._new_membership(org, user, "org-admin", user)
        return org

    def _new_membership(self, org: StackMoxieOrg, user_id: int, role: str, by: int) -> dict[str, Any]:
        body = {"role": role, "member": user_id, "organization": org.record["id"]}
        return self._new_record(org.members, body, by, "MEM")

    def _new_record(
        self, table: dict[int, dict[str, Any]], body: Mapping[str, Any], user: int, kind: str = "OBJ"
    ) -> dict[str, Any]:
        number, now = next(self._ids), self._now()
        record = {**body, "id": number, "uuid": fake_uuid(int.from_bytes(kind.encode()), number)}
        record |= {"createdAt": now, "updatedAt": now, "createdBy": user}
        table[number] = record
        return record

    def _find(self, table: dict[int, dict[str, Any]], request: Request, label: str) -> dict[str, Any]:
        record = table.get(request.path_params["id"])
        if record is None:
            raise FakeHTTPError(404, f"{label} not found.")
        return record

    def _patch(self, table: dict[int, dict[str, Any]], request: Request, label: str) -> dict[str, Any]:
        record = self._find(table, request, label)
        record.update({key: value for key, value in request.json.items() if key != "createdBy"})
        record["updatedAt"] = self._now()
        return record

    def _delete(self, table: dict[int, dict[str, Any]], request: Request, label: str) -> Response:
        self._find(table, request, label)
        del table[request.path_params["id"]]
        return Response(204)

    def _check_schedule(self, org: StackMoxieOrg, body: Mapping[str, Any]) -> None:
        target = body["scheduledScenario"]
        scenario_id = target["id"] if isinstance(target, Mapping) else target
        if scenario_id not in org.scenarios:
            raise FakeHTTPError(400, f"scheduledScenario: there is no scenario {scenario_id}.")
        bound = org.record["scheduleIntervalLowerBound"]
        if body["interval"] < bound:
            # Inferred: the Organization's scheduleIntervalLowerBound is the shortest interval it may schedule.
            raise FakeHTTPError(400, f"interval: this organization schedules no more often than every {bound} s.")

    def _scenario_fields(self, org: StackMoxieOrg, body: Mapping[str, Any], user: int) -> dict[str, Any]:
        fields = {key: value for key, value in body.items() if key not in ("createdBy", "lastUpdatedBy")}
        if body.get("notificationGroups") is not None:
            # A scenario's groups are the organization's: named ones are reused, new names are created.
            fields["notificationGroups"] = [self._group_named(org, group, user) for group in body["notificationGroups"]]
        return fields

    def _group_named(self, org: StackMoxieOrg, group: Mapping[str, Any], user: int) -> dict[str, Any]:
        found = next((g for g in org.notification_groups.values() if g["name"] == group["name"]), None)
        body = {key: value for key, value in group.items() if key != "createdBy"}
        return found or self._new_record(org.notification_groups, body, user, "NG")

    def _new_scenario(
        self, org: StackMoxieOrg, body: Mapping[str, Any], user: int, *, at: int | None = None
    ) -> dict[str, Any]:
        defaults = {"type": "default", "severity": 2, "dashboardSetting": "default"}  # inferred defaults
        record = self._new_record(org.scenarios, defaults | self._scenario_fields(org, body, user), user, "SCN")
        if at is not None:
            record["createdAt"] = record["updatedAt"] = at
        record["lastUpdatedBy"] = user
        return record

    def _new_run(
        self,
        org: StackMoxieOrg,
        scenario: Mapping[str, Any],
        body: Mapping[str, Any],
        user: int,
        *,
        at: int | None = None,
        final: str | None = None,
    ) -> StackMoxieRun:
        steps = (scenario.get("definition") or {}).get("steps") or []
        final = final or (self.run_outcomes.popleft() if self.run_outcomes else "Passed")
        run_id, log_id = next(self._ids), next(self._ids)
        created = self._now() if at is None else at
        run = StackMoxieRun(run_id, scenario["id"], log_id, created, user, len(steps), final)
        run.tokens, run.notify = dict(body.get("tokens", {})), body.get("notify", "me")
        org.runs[run_id] = run
        results = step_results(steps, final)
        org.logs[log_id] = {"id": log_id, "uuid": fake_uuid(0x4C4F47, log_id), "steps": results}
        return run

    def _run(self, request: Request, *, run_param: str = "id") -> StackMoxieRun:
        org = self._org(request)
        run = org.runs.get(request.path_params[run_param])
        if run is None or run.scenario_id != request.path_params["scenarioId"]:
            raise FakeHTTPError(404, "Run not found.")
        return run

    def _templates(self, request: Request) -> list[dict[str, Any]]:
        return [s for s in self._org(request).scenarios.values() if s.get("type") == "template"]


def _user(request: Request) -> int:
    assert isinstance(request.principal, int)  # authenticate() returns the user id
    return request.principal
