"""Sync and async pagers: drive a paging strategy by sending requests, nothing else.

A vendor module supplies ``fetch`` (one request: user params merged with paging params in, decoded page out) and a
strategy from :mod:`._paging`; users iterate::

    pager: Pager[Run] = Pager(lambda p: api.list_runs(**p), PageNumberPaging(size=100), params={"project_id": 1})
    for run in pager:                      # items, across pages, fetched lazily
        if done_for_now(run):
            break
    token = pager.continuation_token      # resume later, even in another process, at the next item
    for page in Pager(fetch, strategy, params={"project_id": 1}, continuation_token=token).pages():
        print(page.number, len(page.items))

    async with AsyncPager(afetch, PageNumberPaging(size=100), prefetch=4) as pager:
        async for run in pager:            # pages after the first fetched 4 at a time, yielded in order
            ...

A fetch that fails raises its error with ``continuation_token`` set (a non-qaclients error wrapped in
:class:`PagingError`); the token resumes at the failed page, so nothing
is repeated or skipped. Iterating a pager again continues where the previous iteration stopped.
"""

from __future__ import annotations

import types
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Iterator, Mapping
from contextlib import aclosing
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

from ._errors import PagingError, QAClientError
from ._paging import PagingStrategy, decode_token, encode_token, page_items

if TYPE_CHECKING:
    import asyncio

__all__ = ["AsyncPager", "Page", "Pager"]

T = TypeVar("T")

_Position = tuple[dict[str, Any], int]


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One fetched page.

    Attributes:
        items: The page's items (minus any a resumed token or ``max_items`` left out).
        raw: The decoded page body, as ``fetch`` returned it.
        params: The paging params sent for it (user params excluded).
        number: Zero-based index of the page within this pager.
        continuation_token: Resumes right after this page; ``None`` when nothing follows.
    """

    items: list[T]
    raw: Any
    params: dict[str, Any]
    number: int
    continuation_token: str | None


@dataclass(frozen=True, slots=True)
class _Got(Generic[T]):
    page: Page[T]
    skip: int
    after: _Position | None


class _Walk(Generic[T]):
    """I/O-free bookkeeping shared by both pagers: where to resume, what to fetch next, when to stop."""

    def __init__(
        self, strategy: PagingStrategy, token: str | None, max_items: int | None, max_pages: int | None
    ) -> None:
        if (max_items is not None and max_items < 0) or (max_pages is not None and max_pages < 0):
            raise ValueError("max_items and max_pages must not be negative")
        self.strategy = strategy
        self.position: _Position | None = decode_token(token) if token is not None else (strategy.first_params(), 0)
        self.items_left = max_items
        self.pages_left = max_pages
        self.number = 0

    def next_request(self) -> dict[str, Any] | None:
        if self.position is None or self.items_left == 0 or self.pages_left == 0:
            return None
        return self.position[0]

    def token(self) -> str | None:
        return None if self.position is None else encode_token(*self.position)

    def failure(self, params: dict[str, Any], exc: Exception) -> Exception:
        """The error to raise: ``exc`` itself when it is one of ours (so ``except NotFoundError`` still works), with
        the token attached; anything else wrapped in :class:`PagingError`."""
        skip = self.position[1] if self.position is not None and self.position[0] == params else 0
        if isinstance(exc, QAClientError):
            exc.continuation_token = encode_token(params, skip)
            # Shown with the traceback: what was done and how to go on, without changing the error's message.
            exc.add_note(
                f"paging stopped fetching page {self.number}; pass error.continuation_token as continuation_token= "
                "to resume there (nothing repeated or skipped)"
            )
            return exc
        return PagingError(
            f"fetching page {self.number} failed ({type(exc).__name__}: {exc}); resume with the continuation token",
            continuation_token=encode_token(params, skip),
            cause=exc,
        )

    def make_page(self, params: dict[str, Any], raw: Any) -> _Got[T]:
        skip = self.position[1] if self.position is not None and self.position[0] == params else 0
        items: list[T] = list(page_items(self.strategy, raw, params))[skip:]
        after: _Position | None
        if self.items_left is not None and len(items) > self.items_left:
            items = items[: self.items_left]
            after = (params, skip + len(items))
        else:
            nxt = self.strategy.next_params(params, raw)
            after = None if nxt is None else (nxt, 0)
        if self.items_left is not None:
            self.items_left -= len(items)
        if self.pages_left is not None:
            self.pages_left -= 1
        token = None if after is None else encode_token(*after)
        page = Page(items=items, raw=raw, params=dict(params), number=self.number, continuation_token=token)
        self.number += 1
        return _Got(page, skip, after)

    def hand_over(self, got: _Got[T]) -> Page[T]:
        self.position = got.after
        return got.page

    def consume(self, got: _Got[T]) -> Iterator[T]:
        # The position moves before each item is handed out: a consumer that stops after it resumes at the next one.
        items = got.page.items
        for i, item in enumerate(items, 1):
            self.position = (got.page.params, got.skip + i) if i < len(items) else got.after
            yield item
        self.position = got.after


class Pager(Generic[T]):
    """Iterate items (or :meth:`pages`) of a paged listing, one request at a time.

    Args:
        fetch: Performs one request with the given params (user params merged with paging params) and returns the
            decoded page body (dict or generated model).
        strategy: The vendor's paging scheme.
        params: User filters, sent with every request.
        continuation_token: Resume where a previous pager (or a :class:`PagingError`) left off.
        max_items: Stop after this many items.
        max_pages: Stop after this many pages.
    """

    def __init__(
        self,
        fetch: Callable[[dict[str, Any]], Any],
        strategy: PagingStrategy,
        *,
        params: Mapping[str, Any] | None = None,
        continuation_token: str | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> None:
        self._fetch = fetch
        self._params = dict(params or {})
        self._walk: _Walk[T] = _Walk(strategy, continuation_token, max_items, max_pages)

    @property
    def continuation_token(self) -> str | None:
        """Token resuming where iteration stopped; ``None`` once the listing is exhausted."""
        return self._walk.token()

    def __iter__(self) -> Iterator[T]:
        for got in self._fetched():
            yield from self._walk.consume(got)

    def pages(self) -> Iterator[Page[T]]:
        """Iterate whole pages."""
        for got in self._fetched():
            yield self._walk.hand_over(got)

    def _fetched(self) -> Iterator[_Got[T]]:
        walk = self._walk
        while (params := walk.next_request()) is not None:
            try:
                got = walk.make_page(params, self._fetch({**self._params, **params}))
            except Exception as exc:
                error = walk.failure(params, exc)
                if error is exc:
                    raise
                raise error from exc
            yield got


class AsyncPager(Generic[T]):
    """Async twin of :class:`Pager`, with bounded concurrent prefetch.

    Args:
        fetch: Async version of :class:`Pager`'s ``fetch``.
        strategy: The vendor's paging scheme.
        params: User filters, sent with every request.
        continuation_token: Resume where a previous pager (or a :class:`PagingError`) left off.
        max_items: Stop after this many items.
        max_pages: Stop after this many pages.
        prefetch: Requests in flight at most. Above 1, once a page tells how many pages follow and the strategy can
            address them directly, they are fetched concurrently (still yielded in order); otherwise sequential.

    Leaving an ``async for`` early does not stop prefetches by itself: use ``async with`` or :meth:`aclose`.
    """

    def __init__(
        self,
        fetch: Callable[[dict[str, Any]], Awaitable[Any]],
        strategy: PagingStrategy,
        *,
        params: Mapping[str, Any] | None = None,
        continuation_token: str | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        prefetch: int = 1,
    ) -> None:
        if prefetch < 1:
            raise ValueError("prefetch must be at least 1")
        self._fetch = fetch
        self._params = dict(params or {})
        self._prefetch = prefetch
        self._walk: _Walk[T] = _Walk(strategy, continuation_token, max_items, max_pages)
        # Strong references: an abandoned `async for` drops its generator at once, and aclose() must still reach it.
        self._open: set[AsyncGenerator[Any, None]] = set()

    @property
    def continuation_token(self) -> str | None:
        """Token resuming where iteration stopped; ``None`` once the listing is exhausted."""
        return self._walk.token()

    def __aiter__(self) -> AsyncIterator[T]:
        return self._track(self._items())

    def pages(self) -> AsyncIterator[Page[T]]:
        """Iterate whole pages."""
        return self._track(self._pages())

    async def aclose(self) -> None:
        """Stop every iteration in progress and cancel outstanding prefetches."""
        while self._open:
            await self._open.pop().aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: types.TracebackType | None
    ) -> None:
        await self.aclose()

    def _track(self, gen: AsyncGenerator[Any, None]) -> AsyncGenerator[Any, None]:
        self._open = {other for other in self._open if not _finished(other)}
        self._open.add(gen)
        return gen

    async def _items(self) -> AsyncGenerator[T, None]:
        async with aclosing(self._fetched()) as fetched:
            async for got in fetched:
                for item in self._walk.consume(got):
                    yield item

    async def _pages(self) -> AsyncGenerator[Page[T], None]:
        async with aclosing(self._fetched()) as fetched:
            async for got in fetched:
                yield self._walk.hand_over(got)

    async def _call(self, params: dict[str, Any]) -> Any:
        return await self._fetch({**self._params, **params})

    async def _fetched(self) -> AsyncGenerator[_Got[T], None]:
        import asyncio  # noqa: PLC0415 - on first async walk: a synchronous program never imports asyncio

        walk = self._walk
        # Prefetched requests, oldest first. Used only while their params are exactly what the walk asks for next,
        # so prefetching never changes which pages are yielded, only when they are requested.
        window: deque[tuple[dict[str, Any], asyncio.Task[Any]]] = deque()
        ahead: Iterator[dict[str, Any]] = iter(())
        try:
            while (params := walk.next_request()) is not None:
                if window and window[0][0] == params:
                    pending: Awaitable[Any] = window.popleft()[1]
                else:
                    await _cancel(window)
                    pending = self._call(params)
                try:
                    got = walk.make_page(params, await pending)
                except Exception as exc:
                    error = walk.failure(params, exc)
                    if error is exc:
                        raise
                    raise error from exc
                if not window:
                    ahead = self._plan(got)
                while len(window) < self._prefetch and (nxt := next(ahead, None)) is not None:
                    window.append((nxt, asyncio.create_task(self._call(nxt))))
                yield got
        finally:
            await _cancel(window)

    def _plan(self, got: _Got[T]) -> Iterator[dict[str, Any]]:
        """Params of the pages to prefetch after ``got``, if the strategy knows them."""
        walk, params = self._walk, got.page.params
        if self._prefetch <= 1 or got.after is None:
            return iter(())
        count = walk.strategy.pages_after(got.page.raw, params)
        if not count:
            return iter(())
        if walk.pages_left is not None:
            count = min(count, walk.pages_left)
        if walk.strategy.params_for_page(1, params) != got.after[0]:
            return iter(())  # the strategy's own next step disagrees with direct addressing: stay sequential
        return (walk.strategy.params_for_page(n, params) for n in range(1, count + 1))


def _finished(gen: AsyncGenerator[Any, None]) -> bool:
    return isinstance(gen, types.AsyncGeneratorType) and gen.ag_frame is None


async def _cancel(window: deque[tuple[dict[str, Any], asyncio.Task[Any]]]) -> None:
    import asyncio  # noqa: PLC0415 - see _fetched

    tasks = [task for _, task in window]
    window.clear()
    for task in tasks:
        task.cancel()
    if tasks:
        await asyncio.gather(*tasks, return_exceptions=True)
