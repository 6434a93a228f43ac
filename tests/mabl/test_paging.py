"""Cursor paging with the end rule each list declares: most end when the cursor comes back unchanged, test run
summaries when it is null; an empty page ends either. The fake's request log shows exactly what was sent."""

from __future__ import annotations

from typing import Any

import yaml

from qaclients.mabl import AsyncMabl, Mabl
from qaclients.mabl import _declarations as declared
from qaclients_fakes import MablFake, spec_path
from qaclients_fakes._mabl_model import encode_cursor


def _sent(fake: MablFake, operation_id: str) -> list[dict[str, str]]:
    return [r.query for r in fake.requests if r.operation_id == operation_id]


def _apps(mabl: Mabl, count: int) -> None:
    for i in range(count):
        mabl.applications.create(name=f"App {i}")


def test_unchanged_cursor_ends_the_listing(fake: MablFake, mabl: Mabl) -> None:
    _apps(mabl, 4)  # 5 with the seeded one

    names = [app.name for app in mabl.applications.list(page_size=2)]

    assert len(names) == 5
    cursors = [query.get("cursor") for query in _sent(fake, "queryapplications")]
    # The third page returns the cursor it was sent: the end, without a fourth request.
    assert cursors == [None, encode_cursor(2), encode_cursor(4)]


def test_a_listing_of_one_page_ends_on_the_empty_page_that_follows(fake: MablFake, mabl: Mabl) -> None:
    assert [app.name for app in mabl.applications.list()] == ["Storefront"]
    # mabl hands out a cursor with the only page; the next page is empty and repeats it.
    assert [query.get("cursor") for query in _sent(fake, "queryapplications")] == [None, encode_cursor(1)]


def test_null_cursor_ends_the_test_run_summaries(fake: MablFake, mabl: Mabl) -> None:
    pager = mabl.test_run_summaries(page_size=5)
    pages = list(pager.pages())

    assert [len(page.items) for page in pages] == [5, 5, 2]
    assert pages[-1].raw.cursor is None and pages[0].raw.number_of_runs == 12
    assert [query.get("cursor") for query in _sent(fake, "getbatchtestrunresults")] == [
        None,
        encode_cursor(5),
        encode_cursor(10),
    ]


def test_resume_a_listing_from_its_continuation_token(fake: MablFake, mabl: Mabl) -> None:
    _apps(mabl, 4)
    pager = mabl.applications.list(page_size=2)
    first = [next(iter(pager)).name for _ in range(1)]
    token = pager.continuation_token
    assert token is not None
    rest = [app.name for app in mabl.applications.list(page_size=2, continuation_token=token)]
    assert first + rest == ["Storefront", "App 0", "App 1", "App 2", "App 3"]


async def test_async_pagers_follow_the_same_rules(fake: MablFake, amabl: AsyncMabl) -> None:
    for i in range(4):
        await amabl.applications.create(name=f"App {i}")
    assert len([app async for app in amabl.applications.list(page_size=2)]) == 5
    assert len([run async for run in amabl.test_run_summaries(page_size=5)]) == 12
    assert [q.get("cursor") for q in _sent(fake, "getbatchtestrunresults")] == [
        None,
        encode_cursor(5),
        encode_cursor(10),
    ]


def test_every_paged_operation_declares_the_rule_its_spec_states() -> None:
    spec: dict[str, Any] = yaml.safe_load(spec_path("mabl").read_text(encoding="utf-8"))
    stated = {
        op["operationId"]: (op["x-qaclients-paging"]["items"], op["x-qaclients-paging"]["end"])
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "x-qaclients-paging" in op
    }
    assert stated == dict(declared.PAGED)
    for operation_id, (_, end) in stated.items():
        strategy = declared.paging(operation_id)
        assert strategy.end == end and strategy.stop_on_empty
        assert strategy.size is not None and strategy.size <= declared.PAGE_LIMITS.get(operation_id, strategy.size)
