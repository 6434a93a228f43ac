"""The Stack Moxie fake's state and what every handler needs from it: organizations, users, scripted endings, and
the helpers that create, find, patch and delete the objects (kept as their JSON) and the runs and jobs.

:class:`~qaclients_fakes.StackMoxieFake` adds one handler per operationId on top (``_stackmoxie.py``).
"""

from __future__ import annotations

import itertools
import re
from collections import deque
from collections.abc import Mapping
from datetime import timedelta
from typing import Any, ClassVar

from ._fake import Fake, FakeHTTPError, Request, Response, bearer_token
from ._stackmoxie_model import StackMoxieOrg, StackMoxieRun, epoch_ms, fake_uuid
from ._stackmoxie_rules import AUTH_FIELDS, registry_entry, sample_step, step_results

__all__ = ["DEFAULT_ORG", "DEFAULT_TOKEN", "StackMoxieState", "user_of"]

DEFAULT_TOKEN = "stackmoxie-token"  # noqa: S105 (the fake's well-known test token, not a secret)
DEFAULT_ORG = fake_uuid(0x4F5247, 1)
_NAMES = {400: "BadRequest", 401: "Unauthorized", 403: "Forbidden", 404: "NotFound", 409: "Conflict"}
_NAMES |= {422: "UnprocessableEntity", 429: "TooManyRequests"}


class StackMoxieState(Fake):
    """The state of a Stack Moxie fake (see :class:`~qaclients_fakes.StackMoxieFake`, which serves it).

    Args:
        token: The JWT accepted in ``Authorization: Bearer <token>`` (more: :meth:`add_user`).
        user_id: The user that token belongs to; admin of :data:`DEFAULT_ORG`.
        **options: ``strict``, ``faults``, ``clock``: see :class:`~qaclients_fakes.Fake`.

    Attributes:
        orgs: By UUID (:class:`StackMoxieOrg`). ``users`` (id → User JSON), ``tokens`` (token → user id),
        ``registry`` (the Cog Registry entries served), ``run_outcomes`` / ``job_failures`` (scripted endings).
        default_org: The UUID of the Organization every fake starts with (the token's user is its admin).
    """

    default_org: ClassVar[str] = DEFAULT_ORG

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

    # -- state helpers ---------------------------------------------------------------------------------------------

    def _now(self) -> int:
        return epoch_ms(self.clock.now())

    def _org(self, request: Request) -> StackMoxieOrg:
        org = self.orgs.get(request.path_params["org"])
        if org is None or user_of(request) not in org.member_ids():
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

    def _settle_jobs(self, org: StackMoxieOrg) -> None:
        """Create the scenario of every job that completed by now (once), as the service does in the background."""
        now = self._now()
        for job in org.jobs.values():
            if job.result is None and job.status(now) == "Complete":
                job.result = self._new_scenario(org, job.scenario, job.scenario["createdBy"], at=job.finished_at)

    def _run(self, request: Request, *, run_param: str = "id") -> StackMoxieRun:
        org = self._org(request)
        run = org.runs.get(request.path_params[run_param])
        if run is None or run.scenario_id != request.path_params["scenarioId"]:
            raise FakeHTTPError(404, "Run not found.")
        return run

    def _templates(self, request: Request) -> list[dict[str, Any]]:
        return [s for s in self._org(request).scenarios.values() if s.get("type") == "template"]


def user_of(request: Request) -> int:
    assert isinstance(request.principal, int)  # authenticate() returns the user id
    return request.principal
