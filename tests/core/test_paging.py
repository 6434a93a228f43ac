"""Paging: each strategy against fake bodies (dicts and a generated-style model), then both pagers driving them."""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import attrs
import pytest

from qaclients.core._errors import PagingError
from qaclients.core._pager import AsyncPager, Page, Pager
from qaclients.core._paging import (
    CursorPaging,
    OffsetPaging,
    PageNumberPaging,
    PagingStrategy,
    TimeWindowPaging,
    decode_token,
    encode_token,
    read_field,
)

# ---------------------------------------------------------------- a generated-client look-alike


class Unset:
    def __bool__(self) -> bool:
        return False


UNSET = Unset()


@attrs.define
class Info:
    next: int | Unset | None = UNSET
    count: int | Unset = UNSET


@attrs.define
class RunsPage:
    test_runs: list[dict[str, Any]] | Unset = UNSET
    info: Info | Unset = UNSET
    cursor: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


# ---------------------------------------------------------------- read_field


def test_read_field_reads_dicts_attributes_and_dotted_paths() -> None:
    assert read_field({"a": {"b": 2}}, "a.b") == 2
    assert read_field(RunsPage(info=Info(next=3)), "info.next") == 3
    assert read_field({"info": Info(count=7)}, "info.count") == 7
    assert read_field([1, 2], None) == [1, 2]


def test_read_field_treats_none_unset_and_missing_as_absent() -> None:
    assert read_field({"a": None}, "a.b") is None
    assert read_field(RunsPage(), "cursor") is None
    assert read_field(RunsPage(), "info.next") is None
    assert read_field({}, "nope") is None
    assert read_field(object(), "nope") is None


def test_read_field_falls_back_to_additional_properties() -> None:
    assert read_field(RunsPage(additional_properties={"extra": 1}), "extra") == 1


# ---------------------------------------------------------------- strategies, pure


def test_page_number_follows_next_page_and_stops_on_null() -> None:
    testmo = PageNumberPaging(size=2)
    assert testmo.first_params() == {"page": 1, "per_page": 2}
    body = {"page": 1, "next_page": 2, "last_page": 3, "result": [1, 2]}
    assert testmo.next_params({"page": 1, "per_page": 2}, body) == {"page": 2, "per_page": 2}
    assert testmo.items(body) == [1, 2]
    assert testmo.next_params({"page": 3}, {"next_page": None, "last_page": 3, "result": [5]}) is None


def test_page_number_knows_the_pages_left_and_addresses_them() -> None:
    testmo = PageNumberPaging()
    body = {"next_page": 2, "last_page": 4, "result": [1]}
    assert testmo.pages_after(body, {"page": 1}) == 3
    assert testmo.params_for_page(2, {"page": 1, "per_page": 25}) == {"page": 3, "per_page": 25}


def test_page_number_never_steps_backwards() -> None:
    assert PageNumberPaging().next_params({"page": 3}, {"next_page": 3, "result": [1]}) is None


def test_page_number_without_next_field_ends_on_an_empty_page() -> None:
    moxie = PageNumberPaging(size_param=None, next_field=None, last_field=None, items_field=None)
    assert moxie.first_params() == {"page": 1}
    assert moxie.next_params({"page": 1}, [{"id": 1}]) == {"page": 2}
    assert moxie.next_params({"page": 2}, []) is None
    assert moxie.pages_after([{"id": 1}], {"page": 1}) is None


def test_page_number_with_a_total_count_and_a_model_body() -> None:
    browserstack = PageNumberPaging(
        page_param="p", size_param="page_size", size=10, next_field="info.next", last_field=None,
        total_field="info.count", items_field="test_runs",
    )  # fmt: skip
    body = RunsPage(test_runs=[{"id": 1}], info=Info(next=2, count=35))
    assert browserstack.next_params({"p": 1, "page_size": 10}, body) == {"p": 2, "page_size": 10}
    assert browserstack.pages_after(body, {"p": 1, "page_size": 10}) == 3
    assert browserstack.next_params({"p": 4}, RunsPage(test_runs=[], info=Info(next=None, count=35))) is None
    assert browserstack.items(RunsPage()) == []


def test_page_number_reads_a_non_numeric_next_as_page_plus_one() -> None:
    paging = PageNumberPaging(next_field="links.next")
    assert paging.next_params({"page": 2}, {"links": {"next": "https://x/?page=3"}, "result": []}) == {"page": 3}


def test_items_field_holding_something_else_than_a_list_is_an_error() -> None:
    with pytest.raises(TypeError, match="items field 'result'"):
        PageNumberPaging().items({"result": "oops"})


def test_offset_stops_on_a_short_page_or_at_the_total() -> None:
    tests = OffsetPaging(limit_param="count", limit=10, items_field="data")
    assert tests.first_params() == {"offset": 0, "count": 10}
    assert tests.next_params({"offset": 0, "count": 10}, {"data": list(range(10))}) == {"offset": 10, "count": 10}
    assert tests.next_params({"offset": 10, "count": 10}, {"data": [1, 2]}) is None
    assert tests.next_params({"offset": 10, "count": 10}, {"data": []}) is None
    with_total = OffsetPaging(limit=5, total_field="meta.total", items_field="data")
    assert with_total.next_params({"offset": 5}, {"data": [0] * 5, "meta": {"total": 10}}) is None
    assert with_total.pages_after({"data": [0] * 5, "meta": {"total": 23}}, {"offset": 0}) == 4
    assert with_total.params_for_page(3, {"offset": 5, "limit": 5}) == {"offset": 20, "limit": 5}
    assert tests.pages_after({"data": []}, {}) is None


@pytest.mark.parametrize(
    ("end", "same_cursor_ends"),
    [("unchanged", True), ("either", True), ("null", False)],
)
def test_cursor_end_rules(end: Any, same_cursor_ends: bool) -> None:
    mabl = CursorPaging("cursor", "cursor", "dataTables", end=end, size_param="limit", size=50)
    assert mabl.first_params() == {"limit": 50}
    assert mabl.next_params({"limit": 50}, {"dataTables": [1], "cursor": "c1"}) == {"limit": 50, "cursor": "c1"}
    repeated = mabl.next_params({"cursor": "c1"}, {"dataTables": [2], "cursor": "c1"})
    assert (repeated is None) is same_cursor_ends
    # whatever the rule, no cursor means nothing to send
    assert mabl.next_params({"cursor": "c1"}, {"dataTables": [2], "cursor": None}) is None
    assert mabl.next_params({"cursor": "c1"}, {"dataTables": [2]}) is None


def test_cursor_reads_models_and_cannot_address_pages() -> None:
    paging = CursorPaging("cursor", "cursor", "test_runs")
    assert paging.first_params() == {}
    assert paging.next_params({}, RunsPage(test_runs=[], cursor=UNSET)) is None
    assert paging.next_params({}, RunsPage(test_runs=[], cursor="x")) == {"cursor": "x"}
    assert paging.pages_after(RunsPage(), {}) is None
    with pytest.raises(TypeError):
        paging.params_for_page(1, {})


def test_time_window_steps_back_to_the_oldest_timestamp() -> None:
    results = TimeWindowPaging(timestamp_field="started_at", count=3, items_field="data")
    assert results.first_params() == {"count": 3}
    page = {"data": [{"started_at": 50}, {"started_at": 30}, {"started_at": 40}]}
    assert results.next_params({"count": 3}, page) == {"count": 3, "before": 30}
    assert results.next_params({"count": 3}, {"data": [{"started_at": 50}]}) is None  # short
    assert results.next_params({"count": 3}, {"data": []}) is None
    assert results.pages_after(page, {}) is None
    with pytest.raises(TypeError):
        results.params_for_page(1, {})


def test_time_window_stops_if_the_server_ignores_before() -> None:
    results = TimeWindowPaging(timestamp_field="t", count=2, items_field=None)
    assert results.next_params({"before": 30}, [{"t": 30}, {"t": 31}]) is None


def test_time_window_without_timestamps_cannot_go_on() -> None:
    results = TimeWindowPaging(timestamp_field="t", count=1, items_field=None)
    with pytest.raises(ValueError, match="'t'"):
        results.next_params({}, [{"id": 1}])


def test_token_round_trip_and_rejection() -> None:
    token = encode_token({"page": 3, "per_page": 25}, skip=2)
    assert token.isascii()
    assert not set(token) & set("=+/")
    assert decode_token(token) == ({"page": 3, "per_page": 25}, 2)
    assert decode_token(encode_token({"cursor": "a/b"})) == ({"cursor": "a/b"}, 0)
    for bad in ["not a token!", "", encode_token({})[:-3] + "@@@", "eyJ2IjoyLCJwIjp7fX0"]:  # last: version 2
        with pytest.raises(ValueError, match="invalid paging continuation token"):
            decode_token(bad)


# ---------------------------------------------------------------- fake servers for the pagers

ITEMS = [{"id": i, "started_at": 10_000 - 10 * i} for i in range(23)]
SIZE = 5


def numbered_body(params: dict[str, Any]) -> dict[str, Any]:
    page, per = int(params["page"]), int(params["per_page"])
    last = math.ceil(len(ITEMS) / per)
    return {
        "page": page,
        "prev_page": page - 1 or None,
        "next_page": page + 1 if page < last else None,
        "last_page": last,
        "per_page": per,
        "total": len(ITEMS),
        "result": ITEMS[(page - 1) * per : page * per],
    }


def offset_body(params: dict[str, Any]) -> dict[str, Any]:
    offset, limit = int(params["offset"]), int(params["limit"])
    return {"data": ITEMS[offset : offset + limit], "total": len(ITEMS)}


def mabl_body(params: dict[str, Any]) -> dict[str, Any]:
    start = int(params.get("cursor") or 0)
    end = start + int(params["limit"])
    # mabl's general rule: the last page echoes the cursor it was sent
    return {"dataTables": ITEMS[start:end], "cursor": str(end) if end < len(ITEMS) else params.get("cursor")}


def runscope_body(params: dict[str, Any]) -> dict[str, Any]:
    before = params.get("before", float("inf"))
    return {"data": [item for item in ITEMS if item["started_at"] < before][: int(params["count"])]}


CASES: dict[str, tuple[PagingStrategy, Callable[[dict[str, Any]], Any]]] = {
    "page": (PageNumberPaging(size=SIZE), numbered_body),
    "offset": (OffsetPaging(limit=SIZE, total_field="total", items_field="data"), offset_body),
    "cursor": (
        CursorPaging("cursor", "cursor", "dataTables", end="unchanged", size_param="limit", size=SIZE),
        mabl_body,
    ),
    "window": (TimeWindowPaging(timestamp_field="started_at", count=SIZE, items_field="data"), runscope_body),
}


@dataclass
class Server:
    body: Callable[[dict[str, Any]], Any]
    calls: list[dict[str, Any]]
    fail_on: set[int]

    def fetch(self, params: dict[str, Any]) -> Any:
        self.calls.append(params)
        if len(self.calls) in self.fail_on:
            raise ConnectionError("boom")
        return self.body(params)

    async def afetch(self, params: dict[str, Any]) -> Any:
        await asyncio.sleep(0)
        return self.fetch(params)


def server(case: str, fail_on: set[int] | None = None) -> tuple[PagingStrategy, Server]:
    strategy, body = CASES[case]
    return strategy, Server(body, [], fail_on or set())


def ids(items: list[Any]) -> list[int]:
    return [item["id"] for item in items]


ALL = list(range(len(ITEMS)))
both = pytest.mark.parametrize("case", list(CASES))


# ---------------------------------------------------------------- Pager and AsyncPager, side by side


@both
def test_sync_iterates_every_item_once_sending_the_user_params(case: str) -> None:
    strategy, srv = server(case)
    pager: Pager[dict[str, Any]] = Pager(srv.fetch, strategy, params={"project_id": 1})
    assert ids(list(pager)) == ALL
    assert all(call["project_id"] == 1 for call in srv.calls)
    assert len(srv.calls) == 5
    assert pager.continuation_token is None
    assert list(pager) == []  # exhausted: iterating again continues from the end


@both
async def test_async_iterates_every_item_once(case: str) -> None:
    strategy, srv = server(case)
    pager: AsyncPager[dict[str, Any]] = AsyncPager(srv.afetch, strategy, params={"project_id": 1})
    assert ids([item async for item in pager]) == ALL
    assert len(srv.calls) == 5
    assert pager.continuation_token is None


@both
def test_sync_pages_carry_params_numbers_and_tokens(case: str) -> None:
    strategy, srv = server(case)
    pages = list(Pager[dict[str, Any]](srv.fetch, strategy).pages())
    assert [page.number for page in pages] == [0, 1, 2, 3, 4]
    assert [len(page.items) for page in pages] == [5, 5, 5, 5, 3]
    assert pages[0].params == strategy.first_params()
    assert pages[-1].continuation_token is None
    # each page's token resumes right after it
    resumed = Pager[dict[str, Any]](srv.fetch, strategy, continuation_token=pages[1].continuation_token)
    assert ids(list(resumed)) == ALL[10:]


@both
async def test_async_pages(case: str) -> None:
    strategy, srv = server(case)
    pages = [page async for page in AsyncPager[dict[str, Any]](srv.afetch, strategy).pages()]
    assert isinstance(pages[0], Page)
    assert [ids(page.items) for page in pages] == [ALL[i : i + 5] for i in range(0, 23, 5)]


@both
@pytest.mark.parametrize("stop_after", [1, 5, 7, 22])
def test_sync_resume_mid_page_gives_exactly_the_rest(case: str, stop_after: int) -> None:
    strategy, srv = server(case)
    pager: Pager[dict[str, Any]] = Pager(srv.fetch, strategy)
    taken = []
    for item in pager:
        taken.append(item)
        if len(taken) == stop_after:
            break
    token = pager.continuation_token
    assert token is not None
    rest = list(Pager[dict[str, Any]](srv.fetch, strategy, continuation_token=token))
    assert ids(taken + rest) == ALL


@both
@pytest.mark.parametrize("stop_after", [3, 10])
async def test_async_resume_mid_page_gives_exactly_the_rest(case: str, stop_after: int) -> None:
    strategy, srv = server(case)
    async with AsyncPager[dict[str, Any]](srv.afetch, strategy) as pager:
        taken = []
        async for item in pager:
            taken.append(item)
            if len(taken) == stop_after:
                break
    rest = [
        item
        async for item in AsyncPager[dict[str, Any]](srv.afetch, strategy, continuation_token=pager.continuation_token)
    ]
    assert ids(taken + rest) == ALL


def test_iterating_a_pager_again_continues_where_it_stopped() -> None:
    strategy, srv = server("page")
    pager: Pager[dict[str, Any]] = Pager(srv.fetch, strategy)
    first = [item for _, item in zip(range(7), pager, strict=False)]
    assert ids(first + list(pager)) == ALL


@both
def test_sync_paging_error_resumes_exactly(case: str) -> None:
    strategy, srv = server(case, fail_on={3})
    pager: Pager[dict[str, Any]] = Pager(srv.fetch, strategy)
    taken: list[Any] = []
    with pytest.raises(PagingError) as caught:
        taken.extend(pager)
    err = caught.value
    assert isinstance(err.__cause__, ConnectionError)
    assert err.cause is err.__cause__
    assert err.continuation_token == pager.continuation_token
    assert "boom" in str(err)
    rest = list(Pager[dict[str, Any]](srv.fetch, strategy, continuation_token=err.continuation_token))
    assert ids(taken + rest) == ALL


@both
async def test_async_paging_error_resumes_exactly(case: str) -> None:
    strategy, srv = server(case, fail_on={4})
    taken: list[Any] = []

    async def consume() -> None:
        async for item in AsyncPager[dict[str, Any]](srv.afetch, strategy):
            taken.append(item)

    with pytest.raises(PagingError) as caught:
        await consume()
    token = caught.value.continuation_token
    rest = [item async for item in AsyncPager[dict[str, Any]](srv.afetch, strategy, continuation_token=token)]
    assert ids(taken + rest) == ALL


def test_a_failing_first_page_resumes_from_the_start() -> None:
    strategy, srv = server("page", fail_on={1})
    with pytest.raises(PagingError) as caught:
        list(Pager[dict[str, Any]](srv.fetch, strategy))
    assert caught.value.continuation_token is not None
    assert (
        ids(list(Pager[dict[str, Any]](srv.fetch, strategy, continuation_token=caught.value.continuation_token))) == ALL
    )


def test_a_bad_body_is_a_paging_error_too() -> None:
    with pytest.raises(PagingError) as caught:
        list(Pager[Any](lambda params: {"result": "not a list"}, PageNumberPaging()))
    assert isinstance(caught.value.__cause__, TypeError)


@both
def test_max_items_and_max_pages(case: str) -> None:
    strategy, srv = server(case)
    pager: Pager[dict[str, Any]] = Pager(srv.fetch, strategy, max_items=7)
    assert ids(list(pager)) == ALL[:7]
    assert len(srv.calls) == 2
    assert ids(list(Pager[dict[str, Any]](srv.fetch, strategy, continuation_token=pager.continuation_token))) == ALL[7:]
    pages = list(Pager[dict[str, Any]](srv.fetch, strategy, max_items=7).pages())
    assert [len(page.items) for page in pages] == [5, 2]
    assert (
        ids(list(Pager[dict[str, Any]](srv.fetch, strategy, continuation_token=pages[-1].continuation_token)))
        == ALL[7:]
    )
    assert len(list(Pager[dict[str, Any]](srv.fetch, strategy, max_pages=2))) == 10


@both
async def test_async_max_items(case: str) -> None:
    strategy, srv = server(case)
    assert (
        ids([item async for item in AsyncPager[dict[str, Any]](srv.afetch, strategy, max_items=12, prefetch=3)])
        == ALL[:12]
    )


def test_invalid_arguments_are_rejected() -> None:
    strategy, srv = server("page")
    with pytest.raises(ValueError, match="invalid paging continuation token"):
        Pager(srv.fetch, strategy, continuation_token="garbage!")
    with pytest.raises(ValueError, match="negative"):
        Pager(srv.fetch, strategy, max_items=-1)
    with pytest.raises(ValueError, match="prefetch"):
        AsyncPager(srv.afetch, strategy, prefetch=0)


def test_model_bodies_page_like_dicts() -> None:
    runs = [{"id": i} for i in range(7)]

    def fetch(params: dict[str, Any]) -> RunsPage:
        page = params["p"]
        more = page * 3 < len(runs)
        return RunsPage(test_runs=runs[(page - 1) * 3 : page * 3], info=Info(next=page + 1 if more else None))

    strategy = PageNumberPaging(
        page_param="p", size_param=None, next_field="info.next", last_field=None, items_field="test_runs"
    )
    assert list(Pager[dict[str, Any]](fetch, strategy)) == runs


# ---------------------------------------------------------------- async prefetch


class SlowServer:
    """Answers page-number requests out of order, measuring how many are in flight."""

    def __init__(self, fail_page: int | None = None, block_from: int | None = None) -> None:
        self.in_flight = 0
        self.max_in_flight = 0
        self.requested: list[int] = []
        self.cancelled: list[int] = []
        self.fail_page = fail_page
        self.block_from = block_from
        self.never = asyncio.Event()

    async def fetch(self, params: dict[str, Any]) -> dict[str, Any]:
        page = int(params["page"])
        self.requested.append(page)
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            if self.block_from is not None and page >= self.block_from:
                await self.never.wait()
            for _ in range((7 - page) % 4):  # later pages often finish first
                await asyncio.sleep(0)
            if page == self.fail_page:
                raise ConnectionError(f"page {page} failed")
            return numbered_body(params)
        except asyncio.CancelledError:
            self.cancelled.append(page)
            raise
        finally:
            self.in_flight -= 1


@pytest.mark.parametrize("prefetch", [2, 3, 4])
async def test_prefetch_yields_in_order_within_the_bound(prefetch: int) -> None:
    srv = SlowServer()
    pager: AsyncPager[dict[str, Any]] = AsyncPager(srv.fetch, PageNumberPaging(size=2), prefetch=prefetch)
    pages = [page async for page in pager.pages()]
    assert [page.number for page in pages] == list(range(12))
    assert [item for page in pages for item in ids(page.items)] == ALL
    assert sorted(srv.requested) == list(range(1, 13))  # each page once
    assert srv.max_in_flight == prefetch
    assert pager.continuation_token is None


async def test_without_a_known_total_fetching_is_sequential() -> None:
    strategy, srv = server("cursor")
    in_flight = peak = 0

    async def fetch(params: dict[str, Any]) -> Any:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0)
        in_flight -= 1
        return srv.fetch(params)

    assert ids([item async for item in AsyncPager[dict[str, Any]](fetch, strategy, prefetch=4)]) == ALL
    assert peak == 1


async def test_prefetch_respects_max_pages() -> None:
    srv = SlowServer()
    pages = [
        page
        async for page in AsyncPager[dict[str, Any]](
            srv.fetch, PageNumberPaging(size=2), prefetch=4, max_pages=3
        ).pages()
    ]
    assert len(pages) == 3
    assert sorted(srv.requested) == [1, 2, 3]


async def test_early_stop_cancels_outstanding_fetches() -> None:
    srv = SlowServer(block_from=2)
    pager: AsyncPager[dict[str, Any]] = AsyncPager(srv.fetch, PageNumberPaging(size=2), prefetch=3)
    async for item in pager:
        assert item["id"] == 0
        break
    await asyncio.sleep(0)  # let the prefetches start
    assert srv.in_flight == 3
    await pager.aclose()
    assert sorted(srv.cancelled) == [2, 3, 4]
    assert srv.in_flight == 0
    rest = [
        item
        async for item in AsyncPager[dict[str, Any]](
            SlowServer().fetch, PageNumberPaging(size=2), continuation_token=pager.continuation_token
        )
    ]
    assert ids(rest) == ALL[1:]


async def test_a_failed_prefetch_cancels_the_rest_and_resumes_exactly() -> None:
    srv = SlowServer(fail_page=4)
    pager: AsyncPager[dict[str, Any]] = AsyncPager(srv.fetch, PageNumberPaging(size=2), prefetch=4)
    taken: list[Any] = []

    async def consume() -> None:
        async for item in pager:
            taken.append(item)

    with pytest.raises(PagingError) as caught:
        await consume()
    assert srv.in_flight == 0
    assert ids(taken) == ALL[:6]
    assert decode_token(caught.value.continuation_token or "") == ({"page": 4, "per_page": 2}, 0)
    rest = [
        item
        async for item in AsyncPager[dict[str, Any]](
            SlowServer().fetch, PageNumberPaging(size=2), prefetch=4, continuation_token=caught.value.continuation_token
        )
    ]
    assert ids(taken + rest) == ALL


async def test_prefetch_stays_consistent_when_the_listing_ends_early() -> None:
    # The body announces more pages than there are: the empty page ends the walk and nothing after it is used.
    def body(params: dict[str, Any]) -> dict[str, Any]:
        page = int(params["page"])
        items = ITEMS[(page - 1) * 5 : page * 5] if page <= 2 else []
        return {"result": items, "next_page": page + 1 if items else None, "last_page": 6}

    async def fetch(params: dict[str, Any]) -> dict[str, Any]:
        await asyncio.sleep(0)
        return body(params)

    assert ids([item async for item in AsyncPager[dict[str, Any]](fetch, PageNumberPaging(), prefetch=3)]) == ALL[:10]


# ---------------------------------------------------------------- tie-safe time windows (BlazeMeter results)


def _results_server(stamps: list[float], cap: int = 50) -> tuple[Callable[[dict[str, Any]], Any], list[dict[str, Any]]]:
    """A results endpoint: newest first (stable among equal stamps), ``before`` exclusive, ``count`` capped."""
    runs = [{"id": f"r{i}", "started_at": stamp} for i, stamp in enumerate(stamps)]
    ordered = sorted(runs, key=lambda run: run["started_at"], reverse=True)
    sent: list[dict[str, Any]] = []

    def fetch(params: dict[str, Any]) -> dict[str, Any]:
        sent.append(params)
        before = params.get("before")
        kept = [run for run in ordered if before is None or run["started_at"] < before]
        return {"data": kept[: min(params["count"], cap)]}

    return fetch, sent


TIES = [
    [100.0, 100.0, 100.0, 90.0, 90.0, 80.0, 80.0, 80.0, 70.0],  # ties straddle every page edge at count 2 and 3
    [5.0] * 3 + [4.0] * 2,
    [1.5, 1.25, 1.0],
    [],
]


@pytest.mark.parametrize("stamps", TIES)
@pytest.mark.parametrize("count", [3, 4, 50])  # at least the largest tie group: a page must hold one whole
def test_tie_safe_windows_yield_every_run_once(stamps: list[float], count: int) -> None:
    fetch, _ = _results_server(stamps)
    strategy = TimeWindowPaging(
        timestamp_field="started_at", count=count, items_field="data", id_field="id", end="empty"
    )
    got = [run["id"] for run in Pager(fetch, strategy)]
    assert sorted(got) == sorted(f"r{i}" for i in range(len(stamps)))
    assert len(got) == len(set(got))


def test_an_exclusive_before_alone_misses_runs_sharing_the_edge_timestamp() -> None:
    fetch, _ = _results_server(TIES[0])
    plain = TimeWindowPaging(timestamp_field="started_at", count=2, items_field="data")
    assert len(list(Pager(fetch, plain))) < len(TIES[0])  # why id_field exists


def test_more_ties_than_a_page_holds_step_past_the_timestamp_instead_of_looping() -> None:
    fetch, sent = _results_server([7.0] * 5 + [6.0])
    strategy = TimeWindowPaging(timestamp_field="started_at", count=2, items_field="data", id_field="id", end="empty")
    got = [run["id"] for run in Pager(fetch, strategy)]
    assert len(got) == len(set(got)) and "r5" in got  # no repeats, and the walk got past the crowded second
    assert len(sent) < 10


def test_the_seen_ids_travel_in_the_params_and_a_token_resumes_mid_walk() -> None:
    fetch, sent = _results_server(TIES[0])
    strategy = TimeWindowPaging(timestamp_field="started_at", count=4, items_field="data", id_field="id", end="empty")
    first = Pager(fetch, strategy)
    taken = [run["id"] for _, run in zip(range(4), first, strict=False)]
    assert sent == [{"count": 4}]
    assert first.continuation_token is not None
    resume = {"count": 4, "before": math.nextafter(90.0, math.inf), strategy.seen_param: ["r3"]}
    assert decode_token(first.continuation_token) == (resume, 0)
    rest = [run["id"] for run in Pager(fetch, strategy, continuation_token=first.continuation_token)]
    assert sorted(taken + rest) == sorted(f"r{i}" for i in range(len(TIES[0])))


async def test_the_async_pager_walks_ties_the_same_way() -> None:
    fetch, _ = _results_server(TIES[0])

    async def afetch(params: dict[str, Any]) -> Any:
        await asyncio.sleep(0)
        return fetch(params)

    strategy = TimeWindowPaging(timestamp_field="started_at", count=3, items_field="data", id_field="id", end="empty")
    got = [run["id"] async for run in AsyncPager(afetch, strategy)]
    assert sorted(got) == sorted(f"r{i}" for i in range(len(TIES[0])))
