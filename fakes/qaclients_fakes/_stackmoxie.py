"""Stack Moxie (``specs/stackmoxie/openapi.yaml``): a stateful fake whose runs and async jobs move with its clock.

    fake = StackMoxieFake(token="secret")        # Authorization: Bearer secret; organization DEFAULT_ORG exists
    fake.script_runs("Failed")                   # the next run ends Failed (default: Passed)
    fake.clock.advance(30)                       # a ManualClock: runs go Created → Running → final, jobs complete

State is plain data (``_stackmoxie_model.py``, held by ``_stackmoxie_state.py``). The core (``_fake.py``) has already
checked each request against the spec, so handlers only apply it. Where the docs are silent the behaviour is inferred
and marked so.
"""

from __future__ import annotations

import json

from ._fake import FakeHTTPError, Request, Response, operation
from ._stackmoxie_model import RUN_STEP_MS, StackMoxieJob, fake_uuid
from ._stackmoxie_rules import AUTH_FIELDS, check_definition, checked_auth, definition_problem
from ._stackmoxie_state import DEFAULT_ORG, DEFAULT_TOKEN, StackMoxieState, user_of

__all__ = ["AUTH_FIELDS", "DEFAULT_ORG", "DEFAULT_TOKEN", "RUNS_PER_PAGE", "StackMoxieFake"]

RUNS_PER_PAGE = 25
"""Runs per page of ``list_scenario_runs`` (inferred: the docs give the ``page`` parameter but no page size)."""
_MAX_TRIAL_ORGS = 10  # inferred: the docs name a maximum of trial organizations without its value


class StackMoxieFake(StackMoxieState):
    """A stateful fake of the Stack Moxie REST API: :class:`StackMoxieState` plus one handler per operationId.

    Args:
        token: The JWT accepted in ``Authorization: Bearer <token>`` (more: :meth:`add_user`).
        user_id: The user that token belongs to; admin of :data:`DEFAULT_ORG`.
        **options: ``strict``, ``faults``, ``clock``: see :class:`~qaclients_fakes.Fake`.
    """

    vendor = "stackmoxie"
    # Facts: "Returns when notify value is invalid" is a 400; every request that breaks the schema is refused alike.
    invalid_status = 400
    malformed_status = 400

    # -- organizations and members -------------------------------------------------------------------------------

    @operation("create_organization")
    def _create_organization(self, request: Request) -> Response:
        user = user_of(request)
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
        return Response(200, self._new_membership(org, user_id, role, user_of(request)))

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
        return Response(200, self._new_record(org.notification_groups, request.json, user_of(request), "NG"))

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
        record = self._new_record(org.connections, {"cog": cog, "profile": profile, "isValid": True}, user_of(request))
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
        org, user = self._org(request), user_of(request)
        return Response(200, self._new_record(org.folders, {**request.json, "lastUpdatedBy": user}, user))

    @operation("get_folder")
    def _get_folder(self, request: Request) -> Response:
        return Response(200, self._find(self._org(request).folders, request, "Folder"))

    @operation("update_folder")
    def _update_folder(self, request: Request) -> Response:
        folder = self._patch(self._org(request).folders, request, "Folder")
        folder["lastUpdatedBy"] = user_of(request)
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
        return Response(200, self._new_record(org.schedules, request.json, user_of(request)))

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
        org = self._org(request)
        self._settle_jobs(org)  # a finished job made its scenario whether or not anyone polled it
        return Response(200, list(org.scenarios.values()))

    @operation("create_scenario")
    def _create_scenario(self, request: Request) -> Response:
        org = self._org(request)
        check_definition(request.json)
        return Response(200, self._new_scenario(org, request.json, user_of(request)))

    @operation("get_scenario")
    def _get_scenario(self, request: Request) -> Response:
        return Response(200, self._find(self._org(request).scenarios, request, "Scenario"))

    @operation("update_scenario")
    def _update_scenario(self, request: Request) -> Response:
        org = self._org(request)
        scenario = self._find(org.scenarios, request, "Scenario")
        check_definition(request.json)
        scenario.update(self._scenario_fields(org, request.json, user_of(request)))
        scenario.update(updatedAt=self._now(), lastUpdatedBy=user_of(request))
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
            number, fake_uuid(0x4A4F42, number), self._now(), {**request.json, "createdBy": user_of(request)}
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
        self._settle_jobs(org)
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
        run = self._new_run(org, scenario, request.json, user_of(request))
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
