"""The Runscope fake's teams: members, invitations, roles, groups, e-mail domains, custom e-mails and usage.

A mixin of :class:`~qaclients_fakes._runscope.RunscopeFake`; state lives on :class:`RunscopeTeam` and the buckets.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._clock import Clock
from ._fake import FakeHTTPError, Request, Response, operation
from ._runscope_model import RunscopeBucket, RunscopeRun, RunscopeTeam, envelope

__all__ = ["TeamsMixin"]

PEOPLE_PAGE = 50  # inferred: the reference gives the maximum `count` (200) but no default


class TeamsMixin:
    """Teams, roles, groups, custom e-mails and usage of :class:`RunscopeFake`."""

    oauth_clients: dict[str, str]
    oauth_codes: dict[str, tuple[str, float]]
    env_revisions: dict[str, list[dict[str, Any]]]

    if TYPE_CHECKING:  # provided by RunscopeFake and Fake
        account: dict[str, str]
        buckets: dict[str, RunscopeBucket]
        teams: dict[str, RunscopeTeam]
        runs: dict[str, RunscopeRun]
        clock: Clock

        def new_id(self, kind: str) -> str: ...
        def now(self) -> float: ...
        def bucket(self, request: Request) -> RunscopeBucket: ...
        def person(self, name: str, email: str, role: Mapping[str, Any] | None) -> dict[str, Any]: ...

    def team(self, request: Request) -> RunscopeTeam:
        """The team of the path, or 404."""
        found = self.teams.get(request.path_params["team_id"])
        if found is None:
            raise FakeHTTPError(404, "Team not found.")
        return found

    def _member(self, team: RunscopeTeam, request: Request) -> dict[str, Any]:
        person = team.people.get(request.path_params["email"])
        if person is None:
            raise FakeHTTPError(404, "No member of this team has that e-mail address.")
        return person

    @operation("get_team")
    def _get_team(self, request: Request) -> Response:
        team = self.team(request)
        return Response(200, envelope({"uuid": team.id, "id": team.id, "name": team.name}))

    # -- people ------------------------------------------------------------------------------------------------

    @operation("list_team_people")
    def _list_people(self, request: Request) -> Response:
        people = list(self.team(request).people.values())
        page, count = request.query.get("page", 1), request.query.get("count", PEOPLE_PAGE)
        return Response(200, envelope(people[(page - 1) * count : page * count]))

    @operation("get_team_person")
    def _get_person(self, request: Request) -> Response:
        team = self.team(request)
        return Response(200, envelope(self._member(team, request)))

    @operation("remove_team_person")
    def _remove_person(self, request: Request) -> Response:
        team = self.team(request)
        person = self._member(team, request)
        if person["email"] == team.owner_email or len(team.people) == 1:
            raise FakeHTTPError(400, "The team's owner, or its only member, cannot be removed.")
        del team.people[person["email"]]
        for group in team.groups.values():
            group["users"] = [u for u in group["users"] or [] if u["uuid"] != person["uuid"]] or None
        return Response(204)

    @operation("list_person_groups")
    def _person_groups(self, request: Request) -> Response:
        team = self.team(request)
        person = self._member(team, request)
        groups = [
            {"uuid": g["uuid"], "name": g["name"], "team_uuid": team.id}
            for g in team.groups.values()
            if any(u["uuid"] == person["uuid"] for u in g["users"] or [])
        ]
        return Response(200, envelope(groups))

    @operation("invite_team_people")
    def _invite(self, request: Request) -> Response:
        team, body = self.team(request), request.json
        emails = body["emails"].split(",") if isinstance(body["emails"], str) else body["emails"]
        role = team.roles.get(body.get("role_uuid") or "")
        if body.get("role_uuid") and role is None:
            raise FakeHTTPError(404, "Role not found.")
        successes, errors = [], []
        for email in (e.strip() for e in emails):
            if not email or "@" not in email or email in team.people:
                errors.append({"email": email, "message": "Not a new, valid address."})
                continue
            team.people[email] = self.person(email.split("@")[0], email, role)
            for group_id in body.get("group_uuids") or []:
                if group_id in team.groups:
                    group = team.groups[group_id]
                    group["users"] = [*(group["users"] or []), _group_user(team.people[email])]
                    group["user_count"] = len(group["users"])
            successes.append(email)
        return Response(201, envelope({"successes": successes, "errors": errors}))

    @operation("assign_team_role")
    def _assign_role(self, request: Request) -> Response:
        team, body = self.team(request), request.json
        role = team.roles.get(body["role_uuid"])
        if role is None:
            raise FakeHTTPError(404, "Role not found.")
        by_id = {p["uuid"]: p for p in team.people.values()}
        unknown = [uid for uid in body["user_uuids"] if uid not in by_id]
        if unknown:
            raise FakeHTTPError(400, f"Not members of this team: {', '.join(unknown)}.")
        for uid in body["user_uuids"]:
            by_id[uid]["role_uuid"], by_id[uid]["role_name"] = role["uuid"], role["name"]
        return Response(200)

    # -- e-mail domains, integrations, agents ------------------------------------------------------------------

    @operation("get_team_email_domains")
    def _get_domains(self, request: Request) -> Response:
        team = self.team(request)
        by, at = team.domains_updated or (None, None)
        body = {"team_uuid": team.id, "email_whitelist_domains": team.email_domains, "updated_by": by, "updated_at": at}
        return Response(200, envelope(body))

    @operation("upsert_team_email_domains")
    def _set_domains(self, request: Request) -> Response:
        team = self.team(request)
        known = [d for d in team.email_domains.split(",") if d]
        given = [d.strip().lower() for d in request.json["domainNames"].split(",") if d.strip()]
        team.email_domains = ",".join(dict.fromkeys([*known, *given]))  # insert or update: the union, in order
        team.domains_updated = (self.account["uuid"], self.now())
        return Response(200, {"error": None, "meta": {"status": "success"}})

    @operation("list_team_integrations")
    def _integrations(self, request: Request) -> Response:
        return Response(200, envelope(self.team(request).integrations))

    @operation("list_team_agents")
    def _agents(self, request: Request) -> Response:
        return Response(200, envelope(self.team(request).agents))

    # -- roles -------------------------------------------------------------------------------------------------

    def _role(self, team: RunscopeTeam, request: Request) -> dict[str, Any]:
        role = team.roles.get(request.path_params["role_id"])
        if role is None:
            raise FakeHTTPError(404, "Role not found.")
        return role

    @operation("list_roles")
    def _list_roles(self, request: Request) -> Response:
        return Response(200, envelope(list(self.team(request).roles.values())))

    @operation("create_role")
    def _create_role(self, request: Request) -> Response:
        team, body = self.team(request), request.json
        if not body.get("name"):
            raise FakeHTTPError(400, "A role needs a name.")
        role = {"uuid": self.new_id("role"), "name": body["name"], "permissions": list(body.get("permissions", []))}
        team.roles[role["uuid"]] = role
        return Response(201, envelope(role))

    @operation("get_role")
    def _get_role(self, request: Request) -> Response:
        return Response(200, envelope(self._role(self.team(request), request)))

    @operation("update_role")
    def _update_role(self, request: Request) -> Response:
        role = self._role(self.team(request), request)
        if request.json.get("name"):
            role["name"] = request.json["name"]
        if "permissions" in request.json:
            role["permissions"] = list(request.json["permissions"])
        return Response(200, envelope(role))

    @operation("delete_role")
    def _delete_role(self, request: Request) -> Response:
        team = self.team(request)
        del team.roles[self._role(team, request)["uuid"]]
        return Response(204)

    # -- groups ------------------------------------------------------------------------------------------------

    def _group(self, team: RunscopeTeam, request: Request) -> dict[str, Any]:
        group = team.groups.get(request.path_params["group_id"])
        if group is None:
            raise FakeHTTPError(404, "Group not found.")
        return group

    @operation("list_groups")
    def _list_groups(self, request: Request) -> Response:
        groups = [{"name": g["name"], "uuid": g["uuid"]} for g in self.team(request).groups.values()]
        return Response(200, envelope(groups))

    @operation("create_group")
    def _create_group(self, request: Request) -> Response:
        team = self.team(request)
        group = {"bucket_keys": None, "name": request.json["name"], "user_count": 0, "users": None,
                 "uuid": self.new_id("group")}  # fmt: skip
        team.groups[group["uuid"]] = group
        return Response(201, envelope(group))

    @operation("get_group")
    def _get_group(self, request: Request) -> Response:
        return Response(200, envelope(self._group(self.team(request), request)))

    @operation("update_group")
    def _update_group(self, request: Request) -> Response:
        team, body = self.team(request), request.json
        group = self._group(team, request)
        if body.get("name"):
            group["name"] = body["name"]
        if body.get("bucket_keys") is not None:
            unknown = [key for key in body["bucket_keys"] if key not in self.buckets]
            if unknown:
                raise FakeHTTPError(400, f"Unknown buckets: {', '.join(unknown)}.")
            group["bucket_keys"] = list(body["bucket_keys"])
        if body.get("user_uuids") is not None:
            by_id = {p["uuid"]: p for p in team.people.values()}
            unknown = [uid for uid in body["user_uuids"] if uid not in by_id]
            if unknown:
                raise FakeHTTPError(400, f"Not members of this team: {', '.join(unknown)}.")
            group["users"] = [_group_user(by_id[uid]) for uid in body["user_uuids"]]
        group["user_count"] = len(group["users"] or [])
        return Response(200, envelope(group))

    @operation("delete_group")
    def _delete_group(self, request: Request) -> Response:
        team = self.team(request)
        del team.groups[self._group(team, request)["uuid"]]
        return Response(204)

    # -- custom e-mails ----------------------------------------------------------------------------------------

    @operation("list_bucket_custom_emails")
    def _list_custom_emails(self, request: Request) -> Response:
        return Response(200, envelope(list(self.bucket(request).custom_emails.values())))

    @operation("add_bucket_custom_email")
    def _add_custom_email(self, request: Request) -> Response:
        bucket, body = self.bucket(request), request.json
        team = self.teams[bucket.team_id]
        if body["team_uuid"] != team.id:
            raise FakeHTTPError(400, "team_uuid is not the bucket's team.")
        domain = body["email"].rpartition("@")[2].lower()
        if domain not in team.email_domains.split(","):
            raise FakeHTTPError(400, f"The domain {domain!r} is not whitelisted for this team (see email-domains).")
        bucket.custom_emails[body["email"]] = {
            "uuid": self.new_id("custom-email"), "custom_email": body["email"], "description": body.get("description"),
            "bucket_key": bucket.key, "team_uuid": team.id, "created_at": self.now(),
            "created_by": body.get("created_by") or self.account["uuid"],
        }  # fmt: skip
        return Response(200, {"error": None, "meta": {"status": "success"}})

    @operation("delete_bucket_custom_email")
    def _delete_custom_email(self, request: Request) -> Response:
        bucket = self.bucket(request)
        if bucket.custom_emails.pop(request.json["email"], None) is None:
            # The reference's own example of this refusal: `error` as a plain string.
            message = f"Email {request.json['email']} is not part of the bucket {bucket.key}"
            return Response(404, {"error": message, "meta": {"status": "error"}})
        return Response(204)

    # -- usage -------------------------------------------------------------------------------------------------

    def _window(self, query: Any) -> tuple[datetime.date, datetime.date]:
        """The counted dates (reference, Usage): ``from``/``to``, else ``date`` to today, else ``days`` back."""
        today = self.clock.now().date()
        if ("from" in query) != ("to" in query):
            raise FakeHTTPError(400, "from and to must be given together.")
        if "from" in query:
            start, end = datetime.date.fromisoformat(query["from"]), datetime.date.fromisoformat(query["to"])
        elif "date" in query:
            start, end = datetime.date.fromisoformat(query["date"]), today
        else:
            start, end = today - datetime.timedelta(days=query.get("days", 1)), today
        if start > end:
            raise FakeHTTPError(400, "The window ends before it starts.")
        return start, end

    def _bucket_count(self, bucket: RunscopeBucket, start: datetime.date, end: datetime.date) -> int:
        first = datetime.datetime.combine(start, datetime.time(), datetime.UTC).timestamp()
        last = datetime.datetime.combine(end + datetime.timedelta(days=1), datetime.time(), datetime.UTC).timestamp()
        return sum(
            sum(1 for step in run.steps if step.get("step_type") == "request")
            for run in self.runs.values()
            if run.test.bucket_key == bucket.key and first <= run.started_at < last
        )

    @operation("get_bucket_request_count")
    def _bucket_requests(self, request: Request) -> Response:
        bucket = self.bucket(request)
        start, end = self._window(request.query)
        body = {"requests_count": self._bucket_count(bucket, start, end), "bucket_key": bucket.key,
                "from_date": start.isoformat(), "to_date": end.isoformat()}  # fmt: skip
        return Response(200, envelope(body))

    @operation("get_team_request_count")
    def _team_requests(self, request: Request) -> Response:
        team = self.team(request)
        start, end = self._window(request.query)
        per_bucket: list[dict[str, Any]] = [
            {"requests_count": self._bucket_count(b, start, end), "bucket_key": b.key, "from_date": start.isoformat(),
             "to_date": end.isoformat()}
            for b in self.buckets.values() if b.team_id == team.id
        ]  # fmt: skip
        body = {
            "team_uuid": team.id, "requests_count": sum(b["requests_count"] for b in per_bucket),
            "from_date": start.isoformat(), "to_date": end.isoformat(), "creator_name": self.account["name"],
            "creator_email": self.account["email"], "creator_id": self.account["uuid"], "buckets": per_bucket,
        }  # fmt: skip
        return Response(200, envelope(body))


def _group_user(person: dict[str, Any]) -> dict[str, Any]:
    return {"email": person["email"], "name": person["name"], "uuid": person["uuid"]}
