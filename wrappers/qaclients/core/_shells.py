"""One definition per operation, driven twice: a *call builder* returns a description of one request (no I/O), and
:func:`sync_call` / :func:`async_call` turn it into a method of the sync / async client with the same name,
parameters and docstring; the client's ``_run(call)`` sends it (``await self._run(call)`` in the async one)::

    def bucket(bucket_key: str) -> Call[Bucket]:            # pure: what to send and how to read the answer
        \"\"\"The details of a bucket.\"\"\"
        return Call(get_bucket, {"bucket_key": bucket_key}, data)

    class Client:        bucket = sync_call(bucket)         # client.bucket("abc")         -> Bucket
    class AsyncClient:   bucket = async_call(bucket)        # await aclient.bucket("abc")  -> Bucket

What a call is, and how ``_run`` sends it, is the vendor's; a :class:`Listing` is the same for paged lists (the call
of one page plus a core paging strategy), made a :class:`~qaclients.core.Pager` or an
:class:`~qaclients.core.AsyncPager`. A builder that needs the client's state (a default workspace, say) takes the
client first: :func:`sync_method`, :func:`async_method`, :func:`sync_method_listing`, :func:`async_method_listing`.

What takes several requests, one depending on the answer of another, is a *flow*: a generator that yields each step
(a call, or anything the client knows how to do) and is sent its result, or thrown its error, back;
:func:`drive` and :func:`adrive` run one flow with the sync and the async client.

The method's ``inspect.signature`` is the builder's behind ``self``, returning what the call reads (``Call[Bucket]``
-> ``Bucket``, ``Listing[Run]`` -> ``Pager[Run]``), so that a checker by signature (``checked_arguments``) and
``help()`` see the method as it is called. It is worked out on first request, not when the client class is defined.
"""

from __future__ import annotations

import functools
import inspect
import re
import typing
from collections.abc import Awaitable, Callable, Coroutine, Generator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, Protocol, TypeVar

from ._signatures import deferred_signature

if TYPE_CHECKING:  # what a listing becomes is imported when the first one does
    from ._pager import AsyncPager, Pager
    from ._paging import PagingStrategy

__all__ = [
    "Call",
    "Flow",
    "Listing",
    "Reads",
    "adrive",
    "async_call",
    "async_listing",
    "async_method",
    "async_method_listing",
    "drive",
    "sync_call",
    "sync_listing",
    "sync_method",
    "sync_method_listing",
]

P = ParamSpec("P")
S = TypeVar("S")
R = TypeVar("R")
T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

Flow = Generator[Any, Any, T]
"""Steps out, their results in, a ``T`` at the end (``return``)."""


class Reads(Protocol[T_co]):
    """What a vendor's call is to the shells: something whose answer reads as a ``T_co`` (``finish(response)``)."""

    def finish(self, response: Any) -> T_co: ...


@dataclass(frozen=True, slots=True)
class Call(Generic[T]):
    """One request to send: a generated endpoint module, its arguments but ``client``, and how to read the answer
    (a vendor's ``_run`` sends it as ``endpoint.sync_detailed(*args, client=..., **kwargs)``, or ``asyncio_``)."""

    endpoint: Any
    args: tuple[Any, ...]
    kwargs: Mapping[str, Any]
    read: Callable[[Any], T]

    def finish(self, response: Any) -> T:
        """What the (2xx) response holds, as ``read`` takes it out."""
        return self.read(response)


@dataclass(frozen=True, slots=True)
class Listing(Generic[T]):
    """A paged list: the call for one page's params, the paging strategy, and resume/limit options."""

    page: Callable[[dict[str, Any]], Any]
    strategy: PagingStrategy
    continuation_token: str | None = None
    max_items: int | None = None
    params: Mapping[str, Any] = field(default_factory=dict)


class _Shell(Protocol):
    def _run(self, call: Reads[T]) -> T: ...


class _AsyncShell(Protocol):
    async def _run(self, call: Reads[T]) -> T: ...


def _read(annotation: Any) -> Any:
    """``X`` of a ``Call[X]`` / ``Listing[X]`` return annotation (a string under postponed annotations)."""
    if isinstance(annotation, str):
        found = re.fullmatch(r"[\w.]+\[(.*)\]", annotation.strip())
        return found.group(1) if found else annotation
    args = typing.get_args(annotation)
    return args[0] if args else annotation


def _as_method(
    method: Any, builder: Callable[..., Any], returns: Callable[[Any], Any] = _read, *, bound: bool = False
) -> None:
    """Name ``method`` as the builder (``create_bucket_`` -> ``create_bucket``) and give it the signature it is
    called with: ``self`` then the builder's parameters (after the client, for a ``bound`` one), returning what the
    call reads. The signature is worked out when first asked for (``inspect.signature``, ``help()``), not here."""
    method.__name__ = method.__qualname__ = builder.__name__.rstrip("_")

    def signature() -> inspect.Signature:
        built = inspect.signature(builder)
        parameters = list(built.parameters.values())[1 if bound else 0 :]
        this = inspect.Parameter("self", inspect.Parameter.POSITIONAL_OR_KEYWORD)
        return built.replace(parameters=[this, *parameters], return_annotation=returns(built.return_annotation))

    method.__signature__ = deferred_signature(signature)


def _paged(kind: str) -> Callable[[Any], Any]:
    def returns(annotation: Any) -> Any:
        inner = _read(annotation)
        return f"{kind}[{inner if isinstance(inner, str) else getattr(inner, '__name__', inner)}]"

    return returns


def _taking_client(builder: Callable[P, R]) -> Callable[Concatenate[Any, P], R]:
    """``builder`` as one that takes the client first (and needs nothing from it)."""

    @functools.wraps(builder)
    def taking(client: Any, /, *args: P.args, **kwargs: P.kwargs) -> R:
        return builder(*args, **kwargs)

    def signature() -> inspect.Signature:
        built = inspect.signature(builder)
        first = inspect.Parameter("client", inspect.Parameter.POSITIONAL_ONLY)
        return built.replace(parameters=[first, *built.parameters.values()])

    taking.__signature__ = deferred_signature(signature)  # type: ignore[attr-defined]
    return taking


def sync_call(builder: Callable[P, Reads[T]]) -> Callable[Concatenate[Any, P], T]:
    """A blocking method sending the call ``builder`` makes with the client's ``_run``."""
    return sync_method(_taking_client(builder))


def async_call(builder: Callable[P, Reads[T]]) -> Callable[Concatenate[Any, P], Coroutine[Any, Any, T]]:
    """The async twin of :func:`sync_call`."""
    return async_method(_taking_client(builder))


def sync_listing(builder: Callable[P, Listing[T]]) -> Callable[Concatenate[Any, P], Pager[T]]:
    """A method returning a :class:`~qaclients.core.Pager` over the listing ``builder`` makes."""
    return sync_method_listing(_taking_client(builder))


def async_listing(builder: Callable[P, Listing[T]]) -> Callable[Concatenate[Any, P], AsyncPager[T]]:
    """The async twin of :func:`sync_listing` (an :class:`~qaclients.core.AsyncPager`)."""
    return async_method_listing(_taking_client(builder))


def _pager(listing: Listing[T], run: Callable[[Any], Any]) -> Pager[T]:
    from ._pager import Pager  # noqa: PLC0415 - not needed to define a client, so imported on the first listing

    return Pager(
        lambda params: run(listing.page(params)),
        listing.strategy,
        params=listing.params,
        continuation_token=listing.continuation_token,
        max_items=listing.max_items,
    )


def _async_pager(listing: Listing[T], run: Callable[[Any], Awaitable[Any]]) -> AsyncPager[T]:
    from ._pager import AsyncPager  # noqa: PLC0415 - not needed to define a client, so imported on the first listing

    async def fetch(params: dict[str, Any]) -> Any:
        return await run(listing.page(params))

    return AsyncPager(
        fetch,
        listing.strategy,
        params=listing.params,
        continuation_token=listing.continuation_token,
        max_items=listing.max_items,
    )


def sync_method(builder: Callable[Concatenate[S, P], Reads[T]]) -> Callable[Concatenate[S, P], T]:
    """A blocking method sending the call ``builder`` makes from the client (its first argument) and the rest."""

    @functools.wraps(builder)
    def method(self: S, /, *args: P.args, **kwargs: P.kwargs) -> T:
        shell: _Shell = self  # type: ignore[assignment]
        return shell._run(builder(self, *args, **kwargs))

    _as_method(method, builder, bound=True)
    return method


def async_method(builder: Callable[Concatenate[S, P], Reads[T]]) -> Callable[Concatenate[S, P], Coroutine[Any, Any, T]]:
    """The async twin of :func:`sync_method`."""

    @functools.wraps(builder)
    async def method(self: S, /, *args: P.args, **kwargs: P.kwargs) -> T:
        shell: _AsyncShell = self  # type: ignore[assignment]
        return await shell._run(builder(self, *args, **kwargs))

    _as_method(method, builder, bound=True)
    return method


def sync_method_listing(builder: Callable[Concatenate[S, P], Listing[T]]) -> Callable[Concatenate[S, P], Pager[T]]:
    """A method returning a :class:`~qaclients.core.Pager` over the listing ``builder`` makes from the client."""

    @functools.wraps(builder)
    def method(self: S, /, *args: P.args, **kwargs: P.kwargs) -> Pager[T]:
        shell: _Shell = self  # type: ignore[assignment]
        return _pager(builder(self, *args, **kwargs), shell._run)

    _as_method(method, builder, _paged("Pager"), bound=True)
    return method


def async_method_listing(
    builder: Callable[Concatenate[S, P], Listing[T]],
) -> Callable[Concatenate[S, P], AsyncPager[T]]:
    """The async twin of :func:`sync_method_listing`."""

    @functools.wraps(builder)
    def method(self: S, /, *args: P.args, **kwargs: P.kwargs) -> AsyncPager[T]:
        shell: _AsyncShell = self  # type: ignore[assignment]
        return _async_pager(builder(self, *args, **kwargs), shell._run)

    _as_method(method, builder, _paged("AsyncPager"), bound=True)
    return method


def drive(flow: Flow[T], step: Callable[[Any], Any]) -> T:
    """Run ``flow``: each step it yields goes to ``step``, whose result (or error) goes back in, until it returns."""
    result: Any = None
    error: Exception | None = None
    while True:
        try:
            asked = flow.send(result) if error is None else flow.throw(error)
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]
        try:
            result, error = step(asked), None
        except Exception as failed:  # handed to the flow, which raises it where it has no handler
            result, error = None, failed


async def adrive(flow: Flow[T], step: Callable[[Any], Awaitable[Any]]) -> T:
    """The async twin of :func:`drive`: ``step`` is awaited."""
    result: Any = None
    error: Exception | None = None
    while True:
        try:
            asked = flow.send(result) if error is None else flow.throw(error)
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]
        try:
            result, error = await step(asked), None
        except Exception as failed:  # handed to the flow, which raises it where it has no handler
            result, error = None, failed
