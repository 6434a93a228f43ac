"""Every other paged list of mabl in the fault matrix, one line each: how to seed it, which method pages it.

A :class:`MablList` seeds a fresh fake through the client itself (so every stored item has the shape the API
returns), or through the fake's state where mabl has no create call (Link Agents, users), before any fault is set;
the listing then pages ``page_size`` at a time, and the matrix's faults hit the second page request. The expected
ids are the same listing read fault-free from another fake seeded the same way (the fakes' ids are deterministic),
checked against the number of items seeded, so a seed that breaks cannot make an empty list pass.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from qaclients.core import FakeClock
from qaclients.mabl import AsyncMabl, Mabl
from qaclients_fakes import Fake, MablFake
from qaclients_fakes._mabl import DEFAULT_WORKSPACE, ENVIRONMENT

from ._mabl_workflows import amabl, mabl, new_mabl_fake
from ._workflows import PagedList, Workflow, paging

__all__ = ["MABL_LISTS", "MABL_LIST_WORKFLOWS"]

SEEDED = 9  # page size 4: three pages (and the repeated cursor that ends an "unchanged" list)
PAGE = 4


@dataclass(frozen=True)
class MablList:
    """One paged list of mabl, declared.

    Attributes:
        method: The attribute path of the listing on the client (``"environments.list"``).
        operation_id: Its operation: the faults aim at its page requests.
        seed: Adds the items, with a client and the fake, before any fault.
        total: How many items the listing holds once seeded (what the fake had, plus the seeded).
        args: The listing's positional arguments, read from the seeded fake.
        filters: Its keyword arguments besides paging.
    """

    method: str
    operation_id: str
    seed: Callable[[Mabl, MablFake], None]
    total: int
    args: Callable[[MablFake], tuple[Any, ...]] = lambda fake: ()
    filters: Mapping[str, Any] = field(default_factory=dict)


def _times(count: int, make: Callable[[int], object]) -> None:
    for index in range(count):
        make(index)


def _seed_environments(client: Mabl, fake: MablFake) -> None:
    _times(SEEDED, lambda i: client.environments.create(name=f"Environment {i}"))


def _seed_credentials(client: Mabl, fake: MablFake) -> None:
    _times(SEEDED, lambda i: client.credentials.create(name=f"user {i}", properties={"username": f"qa{i}"}))


def _seed_issues(client: Mabl, fake: MablFake) -> None:
    _times(SEEDED, lambda i: client.issues.create(open=True, issue_fields={"summary": f"Issue {i}"}))


def _seed_tables(client: Mabl, fake: MablFake) -> None:
    _times(SEEDED, lambda i: client.create_data_table(f"Table {i}"))


def _seed_scenarios(client: Mabl, fake: MablFake) -> None:
    table = client.create_data_table("Users")
    _times(SEEDED, lambda i: client.create_scenario(table.id, f"user {i}", {}))


def _table_id(fake: MablFake) -> tuple[Any, ...]:
    (table_id,) = fake.items["datatables"]
    return (table_id,)


def _seed_link_agents(client: Mabl, fake: MablFake) -> None:
    template = next(iter(fake.items["link_agents"].values()))
    for index in range(SEEDED):
        agent_id = fake.new_id("", "link")
        fake.items["link_agents"][agent_id] = {**template, "id": agent_id, "name": f"agent-{index}"}


def _seed_users(client: Mabl, fake: MablFake) -> None:
    for index in range(SEEDED):
        user_id = f"hardeningUser{index:04d}"
        email = f"user{index}@example.com"
        roles = {DEFAULT_WORKSPACE: "viewer"}
        fake.users[user_id] = {"id": user_id, "email": email, "name": f"User {index}", "roles": roles, "left": set()}


def _seed_deployments(client: Mabl, fake: MablFake, *, revision: str = "rev-1") -> None:
    for index in range(SEEDED):
        fake.clock.sleep(1)  # one event a second: newest first is a strict order
        client.begin_deployment(environment_id=ENVIRONMENT, revision=revision if index % 3 else "other")


def _rev(fake: MablFake) -> tuple[Any, ...]:
    return ("rev-1",)  # six of the nine seeded events carry it


MABL_LISTS: tuple[MablList, ...] = (
    MablList("environments.list", "queryenvironments", _seed_environments, SEEDED + 1),
    MablList("credentials.list", "querycredentials", _seed_credentials, SEEDED),
    MablList("issues.list", "queryissuesbyworkspaceid", _seed_issues, SEEDED),
    MablList("data_tables", "querydatatables", _seed_tables, SEEDED),
    MablList("scenarios", "queryscenarios", _seed_scenarios, SEEDED, args=_table_id),
    MablList("link_agents", "querylinkagents", _seed_link_agents, SEEDED + 2),
    MablList("users", "queryusers", _seed_users, SEEDED + 2),  # and the key owner and Dana; Lee has left
    MablList("activity_feed", "queryactivityfeed", _seed_environments, SEEDED),
    MablList("deployment_events", "querydeploymentevents", _seed_deployments, SEEDED),
    MablList("deployment_events_by_revision", "querydeploymenteventsbyrevision", _seed_deployments, 6, args=_rev),
)
"""mabl's paged lists besides applications and test run summaries (``_mabl_workflows``); a new one is one line."""


def _resolve(client: Any, path: str) -> Any:
    for name in path.split("."):
        client = getattr(client, name)
    return client


def _fake(declared: MablList, clock: FakeClock) -> Fake:
    fake = new_mabl_fake(clock)
    with mabl(fake, clock) as client:
        declared.seed(client, fake)
    fake.requests.clear()  # the seeding is not the listing's traffic
    return fake


def _items(declared: MablList, fake: Fake, clock: FakeClock, token: str | None) -> Iterator[str]:
    assert isinstance(fake, MablFake)
    with mabl(fake, clock) as client:
        listing = _resolve(client, declared.method)
        options = {"page_size": PAGE, "continuation_token": token, **declared.filters}
        for item in listing(*declared.args(fake), **options):
            yield str(item.id)


async def _aitems(declared: MablList, fake: Fake, clock: FakeClock, token: str | None) -> AsyncIterator[str]:
    assert isinstance(fake, MablFake)
    client: AsyncMabl
    async with amabl(fake, clock) as client:
        listing = _resolve(client, declared.method)
        options = {"page_size": PAGE, "continuation_token": token, **declared.filters}
        async with listing(*declared.args(fake), **options) as pager:
            async for item in pager:
                yield str(item.id)


def _expected(declared: MablList) -> list[str]:
    clock = FakeClock()
    fake = _fake(declared, clock)
    ids = list(_items(declared, fake, clock, None))
    assert len(ids) == declared.total, f"{declared.method}: {len(ids)} items listed, {declared.total} seeded"
    assert len(set(ids)) == len(ids), f"{declared.method}: an item listed twice without faults"
    return ids


def listing_of(declared: MablList) -> PagedList:
    """The matrix's :class:`PagedList` for one declared list."""
    return PagedList(
        fake=partial(_fake, declared),
        items=partial(_items, declared),
        aitems=partial(_aitems, declared),
        expected=_expected(declared),
        method=f"Mabl.{declared.method}",
    )


MABL_LIST_WORKFLOWS: tuple[Workflow, ...] = tuple(
    paging(f"mabl {declared.method}", declared.operation_id, listing_of(declared)) for declared in MABL_LISTS
)
"""The matrix rows of :data:`MABL_LISTS`."""
