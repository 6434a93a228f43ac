"""The three paging schemes through the clients: offset/count tests, page-number people, results back in time."""

from __future__ import annotations

import pytest

from qaclients.runscope import AsyncRunscope, Runscope
from qaclients_fakes import RunscopeFake


def _sent(fake: RunscopeFake, operation_id: str) -> list[dict[str, str]]:
    return [r.query for r in fake.requests if r.operation_id == operation_id]


@pytest.mark.parametrize(("tests", "page", "requests"), [(5, 2, 3), (4, 2, 3), (0, 2, 1), (2, 50, 1)])
def test_tests_page_by_offset_until_a_short_page(
    rs: Runscope, fake: RunscopeFake, tests: int, page: int, requests: int
) -> None:
    for i in range(tests):
        fake.add_test(fake.default_bucket.key, f"T{i}")
    names = [test.name for test in rs.tests(fake.default_bucket.key, page_size=page)]
    assert names == [f"T{i}" for i in range(tests)]
    sent = _sent(fake, "list_tests")
    assert len(sent) == requests  # an exact multiple of the page size costs one empty page more
    assert [q["offset"] for q in sent] == [str(page * n) for n in range(requests)]


def test_a_tests_pager_resumes_from_its_continuation_token(rs: Runscope, fake: RunscopeFake) -> None:
    for i in range(5):
        fake.add_test(fake.default_bucket.key, f"T{i}")
    first = rs.tests(fake.default_bucket.key, page_size=2)
    taken = [t.name for _, t in zip(range(3), first, strict=False)]
    rest = [t.name for t in rs.tests(fake.default_bucket.key, page_size=2, continuation_token=first.continuation_token)]
    assert taken + rest == [f"T{i}" for i in range(5)]


@pytest.mark.parametrize(("invited", "page", "requests"), [(2, 3, 2), (4, 2, 4), (0, 200, 2)])
def test_people_page_by_number_until_an_empty_page(
    rs: Runscope, fake: RunscopeFake, invited: int, page: int, requests: int
) -> None:
    team = fake.default_team.id
    if invited:
        rs.invite(team, [f"p{i}@example.com" for i in range(invited)])
    people = [p.email for p in rs.people(team, page_size=page)]
    assert people == ["grace@example.com", *(f"p{i}@example.com" for i in range(invited))]
    sent = _sent(fake, "list_team_people")
    assert len(sent) == requests and [q["page"] for q in sent] == [str(n + 1) for n in range(requests)]
    assert {q["count"] for q in sent} == {str(page)}


def _runs_in_groups(rs: Runscope, fake: RunscopeFake, groups: list[int]) -> tuple[str, list[str]]:
    """Trigger a test once per group, each trigger starting one run per region at the same instant (a tie)."""
    regions = ("us1", "eu1", "jp1", "us2", "eu2")
    test = fake.add_test(fake.default_bucket.key, "Ties")
    started: list[str] = []
    for size in groups:
        env = test.environments[test.default_environment_id or ""]
        env["regions"] = list(regions[:size])
        started += [run.id for run in fake.start_runs(test, env, {}, source="trigger")]
        fake.clock.advance(60)
    return test.id, started


@pytest.mark.parametrize("page", [3, 4, 5, 50])
def test_results_walk_back_in_time_without_missing_or_repeating_tied_runs(
    rs: Runscope, fake: RunscopeFake, page: int
) -> None:
    test_id, started = _runs_in_groups(rs, fake, [1, 3, 3, 2, 3])
    seen = [run.test_run_id for run in rs.results(fake.default_bucket.key, test_id, page_size=page)]
    assert sorted(seen) == sorted(started) and len(seen) == len(set(seen))
    starts = [fake.runs[run_id].started_at for run_id in seen]
    assert starts == sorted(starts, reverse=True)  # newest first
    befores = [float(q["before"]) for q in _sent(fake, "list_test_results")[1:]]
    assert befores == sorted(befores, reverse=True)  # each page steps back (or stays at a tie boundary), never ahead


def test_results_since_and_resume(rs: Runscope, fake: RunscopeFake) -> None:
    test_id, started = _runs_in_groups(rs, fake, [2, 3, 1])
    oldest_group_start = fake.runs[started[0]].started_at
    recent = [r.test_run_id for r in rs.results(fake.default_bucket.key, test_id, since=oldest_group_start)]
    assert sorted(recent) == sorted(started[2:])
    first = rs.results(fake.default_bucket.key, test_id, page_size=4)
    taken = [r.test_run_id for _, r in zip(range(5), first, strict=False)]
    token = first.continuation_token
    rest = [r.test_run_id for r in rs.results(fake.default_bucket.key, test_id, page_size=4, continuation_token=token)]
    assert sorted(taken + rest) == sorted(started) and len(set(taken + rest)) == len(started)


async def test_async_pagers_walk_the_same_way(ars: AsyncRunscope, rs: Runscope, fake: RunscopeFake) -> None:
    test_id, started = _runs_in_groups(rs, fake, [3, 3, 1])
    seen = [run.test_run_id async for run in ars.results(fake.default_bucket.key, test_id, page_size=4)]
    assert sorted(seen) == sorted(started) and len(seen) == len(set(seen))
    for i in range(3):
        fake.add_test(fake.default_bucket.key, f"T{i}")
    assert [t.name async for t in ars.tests(fake.default_bucket.key, page_size=2)] == ["Ties", "T0", "T1", "T2"]
    assert [p.email async for p in ars.people(fake.default_team.id)] == ["grace@example.com"]
