"""Call builders for the account, regions, teams, people, roles, groups and usage: pure, one per operation."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from runscope_client import models
from runscope_client.models import Permission
from runscope_client.types import UNSET

from . import _declarations as declared
from ._shells import Call, Listing, api

if TYPE_CHECKING:
    from runscope_client.models import (
        Account,
        Agent,
        BucketRequestCount,
        EmailDomains,
        Group,
        Integration,
        InvitationResult,
        Person,
        Region,
        Role,
        Root,
        Team,
        TeamRequestCount,
    )


def _data(envelope: Any) -> Any:
    return envelope.data


def _nothing(_: Any) -> None:
    return None


def root() -> Call[Root]:
    """Links to the bucket list and the account."""
    return Call(api.root.get_root, {}, _data)


def account() -> Call[Account]:
    """The authorized account and its teams."""
    return Call(api.account.get_account, {}, _data)


def regions() -> Call[list[Region]]:
    """The service regions tests can run from."""
    return Call(api.regions.list_regions, {}, lambda envelope: list(envelope.data.regions or []))


def team(team_id: str) -> Call[Team]:
    """A team."""
    return Call(api.teams.get_team, {"team_id": team_id}, _data)


# -- people ----------------------------------------------------------------------------------------------------


def people(
    team_id: str,
    *,
    page_size: int = declared.PEOPLE_PAGE,
    continuation_token: str | None = None,
    max_items: int | None = None,
) -> Listing[Person]:
    """Every member of a team, ``page_size`` (at most 200) per request."""

    def page(params: dict[str, Any]) -> Call[Any]:
        return Call(
            api.teams.list_team_people, {"team_id": team_id, "page": params["page"], "count": params["count"]}, _page
        )

    return Listing(page, declared.people_paging(page_size), continuation_token, max_items)


def _page(envelope: Any) -> Any:
    return envelope


def person(team_id: str, email: str) -> Call[Person]:
    """The team member with this e-mail address."""
    return Call(api.teams.get_team_person, {"team_id": team_id, "email": email}, _data)


def remove_person(team_id: str, email: str) -> Call[None]:
    """Remove a member (not the team's owner, nor its only member)."""
    return Call(api.teams.remove_team_person, {"team_id": team_id, "email": email}, _nothing, expects_body=False)


def person_groups(team_id: str, email: str) -> Call[list[Group]]:
    """The groups a member belongs to."""
    return Call(api.groups.list_person_groups, {"team_id": team_id, "email": email}, _data)


def invite(
    team_id: str, emails: Iterable[str], *, role_id: str | None = None, group_ids: Iterable[str] = ()
) -> Call[InvitationResult]:
    """Invite people to the team with a role and groups; the result lists successes and failures."""
    body = models.Invitation(emails=list(emails), group_uuids=list(group_ids) or UNSET, role_uuid=role_id or UNSET)
    return Call(api.teams.invite_team_people, {"team_id": team_id, "body": body}, _data)


def email_domains(team_id: str) -> Call[EmailDomains]:
    """The e-mail domains whitelisted for notifications (custom e-mails need theirs on it)."""
    return Call(api.teams.get_team_email_domains, {"team_id": team_id}, _data)


def add_email_domains(team_id: str, domains: Iterable[str]) -> Call[None]:
    """Insert (or update) whitelisted e-mail domains."""
    body = models.EmailDomainsWrite(domain_names=",".join(domains))
    return Call(api.teams.upsert_team_email_domains, {"team_id": team_id, "body": body}, _nothing)


def integrations(team_id: str) -> Call[list[Integration]]:
    """The third-party services connected to the team."""
    return Call(api.teams.list_team_integrations, {"team_id": team_id}, _data)


def agents(team_id: str) -> Call[list[Agent]]:
    """The team's connected agents."""
    return Call(api.teams.list_team_agents, {"team_id": team_id}, _data)


# -- roles -----------------------------------------------------------------------------------------------------


def roles(team_id: str) -> Call[list[Role]]:
    """The team's roles."""
    return Call(api.roles.list_roles, {"team_id": team_id}, _data)


def role(team_id: str, role_id: str) -> Call[Role]:
    """One role."""
    return Call(api.roles.get_role, {"team_id": team_id, "role_id": role_id}, _data)


def _permissions(values: Iterable[Permission | str]) -> list[Permission | str]:
    known = {member.value for member in models.Permission}
    return [models.Permission(v) if str(v) in known else str(v) for v in values]


def create_role_(team_id: str, name: str, permissions: Iterable[Permission | str]) -> Call[Role]:
    """Create a role with these permissions."""
    body = models.RoleWrite(name=name, permissions=_permissions(permissions))
    return Call(api.roles.create_role, {"team_id": team_id, "body": body}, _data)


def update_role_(
    team_id: str, role_id: str, permissions: Iterable[Permission | str], *, name: str | None = None
) -> Call[Role]:
    """Set a role's permissions (and name)."""
    body = models.RoleWrite(permissions=_permissions(permissions), name=name if name is not None else UNSET)
    return Call(api.roles.update_role, {"team_id": team_id, "role_id": role_id, "body": body}, _data)


def delete_role_(team_id: str, role_id: str) -> Call[None]:
    """Delete a role."""
    return Call(api.roles.delete_role, {"team_id": team_id, "role_id": role_id}, _nothing, expects_body=False)


def assign_role(team_id: str, role_id: str, user_ids: Sequence[str]) -> Call[None]:
    """Give these members (by id) this role."""
    body = models.RoleAssignment(role_uuid=role_id, user_uuids=list(user_ids))
    return Call(api.roles.assign_team_role, {"team_id": team_id, "body": body}, _nothing, expects_body=False)


# -- groups ----------------------------------------------------------------------------------------------------


def groups(team_id: str) -> Call[list[Group]]:
    """The team's groups (names and ids)."""
    return Call(api.groups.list_groups, {"team_id": team_id}, _data)


def group(team_id: str, group_id: str) -> Call[Group]:
    """A group with its members and buckets."""
    return Call(api.groups.get_group, {"team_id": team_id, "group_id": group_id}, _data)


def create_group_(team_id: str, name: str) -> Call[Group]:
    """Create a group."""
    return Call(api.groups.create_group, {"team_id": team_id, "body": models.GroupCreate(name=name)}, _data)


def update_group_(
    team_id: str,
    group_id: str,
    *,
    bucket_keys: Iterable[str] | None = None,
    user_ids: Iterable[str] | None = None,
    name: str | None = None,
) -> Call[Group]:
    """Set a group's buckets and/or members (what is not given is kept)."""
    body = models.GroupUpdate(
        bucket_keys=UNSET if bucket_keys is None else list(bucket_keys),
        user_uuids=UNSET if user_ids is None else list(user_ids),
        name=UNSET if name is None else name,
    )
    return Call(api.groups.update_group, {"team_id": team_id, "group_id": group_id, "body": body}, _data)


def delete_group_(team_id: str, group_id: str) -> Call[None]:
    """Delete a group."""
    return Call(api.groups.delete_group, {"team_id": team_id, "group_id": group_id}, _nothing, expects_body=False)


# -- usage -----------------------------------------------------------------------------------------------------


def _window(
    days: int | None, since: datetime.date | None, between: tuple[datetime.date, datetime.date] | None
) -> dict[str, Any]:
    if sum(x is not None for x in (days, since, between)) > 1:
        raise ValueError("give at most one of days, since and between")
    if between is not None:
        return {"from_": between[0], "to": between[1]}
    return {"days": UNSET if days is None else days, "date": UNSET if since is None else since}


def bucket_request_count(
    bucket_key: str,
    *,
    days: int | None = None,
    since: datetime.date | None = None,
    between: tuple[datetime.date, datetime.date] | None = None,
) -> Call[BucketRequestCount]:
    """Requests the bucket's tests made: the last day by default, or ``days`` back, ``since`` a date, ``between``."""
    return Call(api.usage.get_bucket_request_count, {"bucket_key": bucket_key, **_window(days, since, between)}, _data)


def team_request_count(
    team_id: str,
    *,
    days: int | None = None,
    since: datetime.date | None = None,
    between: tuple[datetime.date, datetime.date] | None = None,
) -> Call[TeamRequestCount]:
    """Requests the team's tests made, per bucket (the same windows as :func:`bucket_request_count`)."""
    return Call(api.usage.get_team_request_count, {"team_id": team_id, **_window(days, since, between)}, _data)
