"""Paging strategies: pure "page body in, next request out" declarations, one per vendor scheme.

A strategy never performs I/O. Given the paging params it sent and the page body it got back (a decoded ``dict`` or a
generated attrs model), it says where the items are and what to send next, or ``None`` when the listing is done.
:class:`~qaclients.core._pager.Pager` and :class:`~qaclients.core._pager.AsyncPager` drive it::

    testmo = PageNumberPaging(size=100)  # page/per_page, body {next_page, last_page, result: [...]}
    mabl = CursorPaging("cursor", "cursor", "dataTables", end="unchanged", size_param="limit", size=50)
    runscope_tests = OffsetPaging(limit_param="count", limit=10, items_field="data")
    runscope_results = TimeWindowPaging(timestamp_field="started_at", count=50, items_field="data")

    testmo.first_params()                                   # {"page": 1, "per_page": 100}
    testmo.next_params({"page": 1}, {"next_page": 2, "result": [...]})  # {"page": 2}

Absent values: ``None`` and the generated clients' ``UNSET`` sentinel (falsy, class named ``Unset``) both mean "not
there"; :func:`read_field` hides the difference and reads dict keys and attributes alike.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol, runtime_checkable

__all__ = [
    "CursorPaging",
    "FiltersSeenItems",
    "OffsetPaging",
    "PageNumberPaging",
    "PagingStrategy",
    "TimeWindowPaging",
    "decode_token",
    "encode_token",
    "is_absent",
    "page_items",
    "read_field",
]

_TOKEN_VERSION = 1


def is_absent(value: object) -> bool:
    """True for ``None`` and for a generated client's falsy ``Unset`` sentinel."""
    return value is None or (type(value).__name__ == "Unset" and not value)


def read_field(obj: object, name: str | None) -> Any:
    """Read ``name`` (dotted for nesting, e.g. ``"info.next"``) from dicts or attribute objects.

    Returns ``None`` when any step is absent. ``name=None`` returns ``obj`` itself (the body is the list).
    """
    if name is None:
        return obj
    for part in name.split("."):
        if is_absent(obj):
            return None
        if isinstance(obj, Mapping):
            obj = obj.get(part)
        elif hasattr(obj, part):
            obj = getattr(obj, part)
        else:
            # Generated models keep fields the spec does not name in ``additional_properties``.
            extra = getattr(obj, "additional_properties", None)
            obj = extra.get(part) if isinstance(extra, Mapping) else None
    return None if is_absent(obj) else obj


def _items_at(page: object, field: str | None) -> list[Any]:
    value = read_field(page, field)
    if value is None:
        return []
    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        raise TypeError(f"paging: items field {field!r} holds {type(value).__name__}, not a list")
    return list(value)


def encode_token(params: Mapping[str, Any], skip: int = 0) -> str:
    """Opaque, url-safe token for "resume with these paging params, skipping ``skip`` items of that page"."""
    payload: dict[str, Any] = {"v": _TOKEN_VERSION, "p": dict(params)}
    if skip:
        payload["s"] = skip
    raw = json.dumps(payload, separators=(",", ":"), sort_keys=True).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def decode_token(token: str) -> tuple[dict[str, Any], int]:
    """Inverse of :func:`encode_token`: ``(params, skip)``.

    Raises:
        ValueError: The token is not one this version produced.
    """
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        payload = json.loads(raw)
    except (binascii.Error, ValueError, TypeError) as exc:
        raise _invalid(token, "not a token this library produced") from exc
    if not isinstance(payload, dict) or payload.get("v") != _TOKEN_VERSION:
        raise _invalid(token, "unknown format or version")
    params, skip = payload.get("p"), payload.get("s", 0)
    if not isinstance(params, dict) or not isinstance(skip, int) or skip < 0:
        raise _invalid(token, "malformed contents")
    return params, skip


def _invalid(token: str, why: str) -> ValueError:
    return ValueError(f"invalid paging continuation token {token[:40]!r}: {why}")


class PagingStrategy(Protocol):
    """What a pager needs from a paging scheme. Implementations are small frozen dataclasses."""

    def first_params(self) -> dict[str, Any]:
        """Paging params of the first request."""
        ...

    def next_params(self, sent: Mapping[str, Any], page: Any) -> dict[str, Any] | None:
        """Paging params of the request after ``page`` (fetched with ``sent``), or ``None`` at the end."""
        ...

    def items(self, page: Any) -> Sequence[Any]:
        """The items held by ``page``."""
        ...

    def pages_after(self, page: Any, sent: Mapping[str, Any]) -> int | None:
        """How many pages follow ``page``, when the body says so; known counts enable concurrent prefetch."""
        ...

    def params_for_page(self, n: int, sent: Mapping[str, Any]) -> dict[str, Any]:
        """Paging params of the page ``n`` steps after the one ``sent`` addressed (only if ``pages_after`` is known)."""
        ...


@dataclass(frozen=True, slots=True)
class PageNumberPaging:
    """Page numbers, e.g. Testmo (``page``/``per_page``; ``next_page`` null on the last page).

    The end is read from ``next_field`` when given (a number is followed; any other non-null value means "page + 1"),
    else from ``last_field``, else the first empty page ends the listing. ``total_field`` (item count) with ``size``
    is an alternative source for the page count.
    """

    page_param: str = "page"
    size_param: str | None = "per_page"
    size: int | None = None
    next_field: str | None = "next_page"
    last_field: str | None = "last_page"
    items_field: str | None = "result"
    first_page: int = 1
    total_field: str | None = None

    def first_params(self) -> dict[str, Any]:
        params: dict[str, Any] = {self.page_param: self.first_page}
        if self.size_param is not None and self.size is not None:
            params[self.size_param] = self.size
        return params

    def _current(self, sent: Mapping[str, Any]) -> int:
        return int(sent.get(self.page_param, self.first_page))

    def next_params(self, sent: Mapping[str, Any], page: Any) -> dict[str, Any] | None:
        current = self._current(sent)
        if self.next_field is not None:
            nxt = read_field(page, self.next_field)
            if nxt is None:
                return None
            number = nxt if isinstance(nxt, int) and not isinstance(nxt, bool) else current + 1
        else:
            last = self._last(page, sent)
            if (last is not None and current >= last) or not self.items(page):
                return None
            number = current + 1
        if number <= current:  # a server pointing back would loop forever
            return None
        return {**sent, self.page_param: number}

    def items(self, page: Any) -> Sequence[Any]:
        return _items_at(page, self.items_field)

    def _last(self, page: Any, sent: Mapping[str, Any]) -> int | None:
        if self.last_field is not None and (last := read_field(page, self.last_field)) is not None:
            return int(last)
        size = sent.get(self.size_param) if self.size_param is not None else None
        size = size if size is not None else self.size
        if self.total_field is not None and size and (total := read_field(page, self.total_field)) is not None:
            return self.first_page + max(0, math.ceil(int(total) / int(size)) - 1)
        return None

    def pages_after(self, page: Any, sent: Mapping[str, Any]) -> int | None:
        last = self._last(page, sent)
        return None if last is None else max(0, last - self._current(sent))

    def params_for_page(self, n: int, sent: Mapping[str, Any]) -> dict[str, Any]:
        return {**sent, self.page_param: self._current(sent) + n}


@dataclass(frozen=True, slots=True, kw_only=True)
class OffsetPaging:
    """Offset and count, e.g. BlazeMeter's test list (``offset``/``count``, ends on a short page).

    Ends on an empty or short page, or when ``total_field`` (item count) is reached.
    """

    offset_param: str = "offset"
    limit_param: str = "limit"
    limit: int
    total_field: str | None = None
    items_field: str | None
    start: int = 0

    def first_params(self) -> dict[str, Any]:
        return {self.offset_param: self.start, self.limit_param: self.limit}

    def _offset(self, sent: Mapping[str, Any]) -> int:
        return int(sent.get(self.offset_param, self.start))

    def next_params(self, sent: Mapping[str, Any], page: Any) -> dict[str, Any] | None:
        got = len(self.items(page))
        offset = self._offset(sent) + got
        total = read_field(page, self.total_field) if self.total_field is not None else None
        if got == 0 or got < self.limit or (total is not None and offset >= int(total)):
            return None
        return {**sent, self.offset_param: offset}

    def items(self, page: Any) -> Sequence[Any]:
        return _items_at(page, self.items_field)

    def pages_after(self, page: Any, sent: Mapping[str, Any]) -> int | None:
        if self.total_field is None or (total := read_field(page, self.total_field)) is None:
            return None
        left = int(total) - self._offset(sent) - self.limit
        return max(0, math.ceil(left / self.limit))

    def params_for_page(self, n: int, sent: Mapping[str, Any]) -> dict[str, Any]:
        return {**sent, self.offset_param: self._offset(sent) + n * self.limit}


CursorEnd = Literal["null", "unchanged", "either"]


@dataclass(frozen=True, slots=True)
class CursorPaging:
    """Opaque cursors, e.g. mabl (``cursor`` query param, sibling ``cursor`` in the body).

    ``end`` names the vendor's end rule: ``"null"`` (no cursor returned), ``"unchanged"`` (the cursor returned equals
    the one sent; mabl's general rule) or ``"either"`` (the defensive default). A missing cursor always ends the
    listing, since there is nothing to send. ``stop_on_empty`` also ends it at the first page without items (a
    server may hand out a cursor with its last, empty, page).
    """

    cursor_param: str
    cursor_field: str
    items_field: str | None
    end: CursorEnd = "either"
    size_param: str | None = None
    size: int | None = None
    stop_on_empty: bool = False

    def first_params(self) -> dict[str, Any]:
        if self.size_param is not None and self.size is not None:
            return {self.size_param: self.size}
        return {}

    def next_params(self, sent: Mapping[str, Any], page: Any) -> dict[str, Any] | None:
        cursor = read_field(page, self.cursor_field)
        if cursor is None or (self.stop_on_empty and not self.items(page)):
            return None
        if self.end != "null" and cursor == sent.get(self.cursor_param):
            return None
        return {**sent, self.cursor_param: cursor}

    def items(self, page: Any) -> Sequence[Any]:
        return _items_at(page, self.items_field)

    def pages_after(self, page: Any, sent: Mapping[str, Any]) -> int | None:
        return None

    def params_for_page(self, n: int, sent: Mapping[str, Any]) -> dict[str, Any]:
        raise TypeError("cursor paging cannot address a page directly")


@dataclass(frozen=True, slots=True, kw_only=True)
class TimeWindowPaging:
    """Walk backwards in time, e.g. BlazeMeter test results (``before`` = oldest ``started_at`` seen).

    Ends on an empty page, or (``end="short"``, the default) on one shorter than ``count``. ``count`` must not exceed
    the server's own cap, or a capped page would look short.

    With ``id_field`` the walk is tie-safe: items sharing the oldest timestamp of a page are neither missed (an
    exclusive ``before`` equal to it would skip those the page had no room for) nor repeated. The next request asks
    for ``before`` just above that timestamp and the ids already seen there travel in the params under
    ``seen_param`` (the fetch must not send it); :meth:`items_after` leaves them out. Only more than ``count`` items
    at one timestamp cannot all be reached: the walk then steps past that timestamp.
    """

    before_param: str = "before"
    timestamp_field: str
    count_param: str = "count"
    count: int
    items_field: str | None
    id_field: str | None = None
    end: Literal["short", "empty"] = "short"
    seen_param: str = "qaclients.seen"

    def first_params(self) -> dict[str, Any]:
        return {self.count_param: self.count}

    def next_params(self, sent: Mapping[str, Any], page: Any) -> dict[str, Any] | None:
        items = self.items(page)
        if not items or (self.end == "short" and len(items) < self.count):
            return None
        stamps = [s for s in (read_field(item, self.timestamp_field) for item in items) if s is not None]
        if not stamps:
            raise ValueError(f"paging: no item carries {self.timestamp_field!r}, cannot step back in time")
        oldest = min(stamps)
        before = sent.get(self.before_param)
        past = {key: value for key, value in sent.items() if key != self.seen_param}
        if self.id_field is None:
            if before is not None and oldest >= before:  # a server ignoring `before` would loop forever
                return None
            return {**past, self.before_param: oldest}
        crowded = len(items) >= self.count and all(stamp == oldest for stamp in stamps)
        if crowded or not self.items_after(page, sent):
            if not crowded and len(items) < self.count:  # the server had nothing older that was not already seen
                return None
            # A full page at one timestamp: asking again would return the same page, so step past it.
            return None if before is not None and oldest >= before else {**past, self.before_param: oldest}
        above = math.nextafter(float(oldest), math.inf)
        at_boundary = {
            str(read_field(item, self.id_field)) for item in items if read_field(item, self.timestamp_field) == oldest
        }
        if before == above:  # the same boundary again: what was seen there before still counts
            at_boundary |= set(sent.get(self.seen_param) or ())
        step = {**past, self.before_param: above, self.seen_param: sorted(at_boundary)}
        if step == dict(sent):  # no progress possible at this boundary: step past it
            return {**past, self.before_param: oldest}
        return step

    def items(self, page: Any) -> Sequence[Any]:
        return _items_at(page, self.items_field)

    def items_after(self, page: Any, sent: Mapping[str, Any]) -> Sequence[Any]:
        """The page's items minus those already seen at the previous page's boundary (``seen_param``)."""
        items = self.items(page)
        seen = set(sent.get(self.seen_param) or ())
        if self.id_field is None or not seen:
            return items
        return [item for item in items if str(read_field(item, self.id_field)) not in seen]

    def pages_after(self, page: Any, sent: Mapping[str, Any]) -> int | None:
        return None

    def params_for_page(self, n: int, sent: Mapping[str, Any]) -> dict[str, Any]:
        raise TypeError("time-window paging cannot address a page directly")


@runtime_checkable
class FiltersSeenItems(Protocol):
    """A strategy whose items depend on the params sent too (e.g. tie-safe :class:`TimeWindowPaging`)."""

    def items_after(self, page: Any, sent: Mapping[str, Any]) -> Sequence[Any]:
        """The items of ``page`` (fetched with ``sent``) not already yielded by an earlier page."""
        ...


def page_items(strategy: PagingStrategy, page: Any, sent: Mapping[str, Any]) -> Sequence[Any]:
    """The items a pager yields for ``page``: :meth:`FiltersSeenItems.items_after` when the strategy has it."""
    if isinstance(strategy, FiltersSeenItems):
        return strategy.items_after(page, sent)
    return strategy.items(page)
