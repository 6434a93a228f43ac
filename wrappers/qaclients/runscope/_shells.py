"""One definition per operation, driven twice: a call builder returns a :class:`Call` (no I/O), and
:func:`sync_call` / :func:`async_call` turn it into a method of ``Runscope`` / ``AsyncRunscope`` with the same
name, signature and docstring::

    def bucket(bucket_key: str) -> Call[Bucket]:           # _calls_*.py: pure
        \"\"\"The details of a bucket.\"\"\"
        return Call(get_bucket, {"bucket_key": bucket_key}, data)

    class Runscope:        bucket = sync_call(bucket)      # rs.bucket("abc")        -> Bucket
    class AsyncRunscope:   bucket = async_call(bucket)     # await ars.bucket("abc") -> Bucket

A :class:`Listing` is the same for paged lists (a call per page plus a core paging strategy). The shells are the
core's (:mod:`qaclients.core._shells`); what is Runscope's is the :class:`Call` and the argument checks.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Concatenate, Generic, NamedTuple, ParamSpec, Protocol, TypeVar

from qaclients.core import DecodeError
from qaclients.core import _shells as shells
from qaclients.core._lazy import Endpoints
from qaclients.core._shells import Listing

from ._declarations import checked

if TYPE_CHECKING:
    from qaclients.core import AsyncPager, Pager

__all__ = [
    "Call",
    "Endpoint",
    "Endpoints",
    "Listing",
    "api",
    "async_call",
    "async_listing",
    "sync_call",
    "sync_listing",
]

P = ParamSpec("P")
T = TypeVar("T")


class Endpoint(Protocol):
    """A generated endpoint module: ``sync_detailed`` and ``asyncio_detailed``."""

    def sync_detailed(self, *args: Any, **kwargs: Any) -> Any: ...
    async def asyncio_detailed(self, *args: Any, **kwargs: Any) -> Any: ...


api: Any = Endpoints("runscope_client.api")
"""The generated client's endpoint modules, by tag: ``api.<tag>.<operation>``."""


class Call(NamedTuple, Generic[T]):
    """One request to send: the generated endpoint, its keyword arguments, and how to read the answer.

    (A named tuple: as immutable as a frozen dataclass, and built in a fraction of the time at import.)
    """

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


def sync_call(builder: Callable[P, Call[T]]) -> Callable[Concatenate[Any, P], T]:
    """A blocking method sending the call ``builder`` makes (its arguments checked first)."""
    return shells.sync_call(checked(builder))


def async_call(builder: Callable[P, Call[T]]) -> Callable[Concatenate[Any, P], Awaitable[T]]:
    """The async twin of :func:`sync_call`."""
    return shells.async_call(checked(builder))


def sync_listing(builder: Callable[P, Listing[T]]) -> Callable[Concatenate[Any, P], Pager[T]]:
    """A method returning a :class:`~qaclients.core.Pager` over the listing ``builder`` makes."""
    return shells.sync_listing(checked(builder))


def async_listing(builder: Callable[P, Listing[T]]) -> Callable[Concatenate[Any, P], AsyncPager[T]]:
    """The async twin of :func:`sync_listing` (an :class:`~qaclients.core.AsyncPager`)."""
    return shells.async_listing(checked(builder))
