"""One definition per operation, driven twice: a call builder returns a :class:`Call` (no I/O), and
:func:`sync_call` / :func:`async_call` turn it into a method of ``Runscope`` / ``AsyncRunscope`` with the same
name, signature and docstring::

    def bucket(bucket_key: str) -> Call[Bucket]:           # _calls_*.py: pure
        \"\"\"The details of a bucket.\"\"\"
        return Call(get_bucket, {"bucket_key": bucket_key}, data)

    class Runscope:        bucket = sync_call(bucket)      # rs.bucket("abc")        -> Bucket
    class AsyncRunscope:   bucket = async_call(bucket)     # await ars.bucket("abc") -> Bucket

A :class:`Listing` is the same for paged lists (a call per page plus a core paging strategy).
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Concatenate, Generic, ParamSpec, Protocol, TypeVar

from qaclients.core import AsyncPager, DecodeError, Pager, PagingStrategy

from ._declarations import checked

__all__ = ["Call", "Endpoint", "Listing", "async_call", "async_listing", "sync_call", "sync_listing"]

P = ParamSpec("P")
T = TypeVar("T")


class Endpoint(Protocol):
    """A generated endpoint module: ``sync_detailed`` and ``asyncio_detailed``."""

    def sync_detailed(self, *args: Any, **kwargs: Any) -> Any: ...
    async def asyncio_detailed(self, *args: Any, **kwargs: Any) -> Any: ...


@dataclass(frozen=True, slots=True)
class Call(Generic[T]):
    """One request to send: the generated endpoint, its keyword arguments, and how to read the answer."""

    endpoint: Any
    kwargs: Mapping[str, Any]
    read: Callable[[Any], T]
    expects_body: bool = True

    def finish(self, response: Any) -> T:
        """The value of a 2xx answer (API errors were raised by the response hook already)."""
        parsed = response.parsed
        if self.expects_body and parsed is None:  # an undocumented 2xx/3xx: never silently None
            raise DecodeError(f"unexpected status {int(response.status_code)}", model=str(self.endpoint.__name__))
        return self.read(parsed)


@dataclass(frozen=True, slots=True)
class Listing(Generic[T]):
    """A paged list: the call for one page's params, the paging strategy, and resume/limit options."""

    page: Callable[[dict[str, Any]], Call[Any]]
    strategy: PagingStrategy
    continuation_token: str | None = None
    max_items: int | None = None
    params: Mapping[str, Any] = field(default_factory=dict)


def _named(method: Any, builder: Callable[..., Any]) -> None:
    """A builder named ``create_bucket_`` (clear of the generated module it calls) makes ``create_bucket``."""
    method.__name__ = method.__qualname__ = builder.__name__.rstrip("_")


class _Shell(Protocol):
    def _run(self, call: Call[T]) -> T: ...


class _AsyncShell(Protocol):
    async def _run(self, call: Call[T]) -> T: ...


def sync_call(builder: Callable[P, Call[T]]) -> Callable[Concatenate[Any, P], T]:
    """A blocking method sending the call ``builder`` makes."""

    builder = checked(builder)

    @functools.wraps(builder)
    def method(self: _Shell, /, *args: P.args, **kwargs: P.kwargs) -> T:
        return self._run(builder(*args, **kwargs))

    _named(method, builder)
    return method


def async_call(builder: Callable[P, Call[T]]) -> Callable[Concatenate[Any, P], Awaitable[T]]:
    """The async twin of :func:`sync_call`."""

    builder = checked(builder)

    @functools.wraps(builder)
    async def method(self: _AsyncShell, /, *args: P.args, **kwargs: P.kwargs) -> T:
        return await self._run(builder(*args, **kwargs))

    _named(method, builder)
    return method


def sync_listing(builder: Callable[P, Listing[T]]) -> Callable[Concatenate[Any, P], Pager[T]]:
    """A method returning a :class:`~qaclients.core.Pager` over the listing ``builder`` makes."""

    builder = checked(builder)

    @functools.wraps(builder)
    def method(self: _Shell, /, *args: P.args, **kwargs: P.kwargs) -> Pager[T]:
        listing = builder(*args, **kwargs)
        return Pager(
            lambda params: self._run(listing.page(params)),
            listing.strategy,
            params=listing.params,
            continuation_token=listing.continuation_token,
            max_items=listing.max_items,
        )

    _named(method, builder)
    return method


def async_listing(builder: Callable[P, Listing[T]]) -> Callable[Concatenate[Any, P], AsyncPager[T]]:
    """The async twin of :func:`sync_listing` (an :class:`~qaclients.core.AsyncPager`)."""

    builder = checked(builder)

    @functools.wraps(builder)
    def method(self: _AsyncShell, /, *args: P.args, **kwargs: P.kwargs) -> AsyncPager[T]:
        listing = builder(*args, **kwargs)

        async def fetch(params: dict[str, Any]) -> Any:
            return await self._run(listing.page(params))

        return AsyncPager(
            fetch,
            listing.strategy,
            params=listing.params,
            continuation_token=listing.continuation_token,
            max_items=listing.max_items,
        )

    _named(method, builder)
    return method
