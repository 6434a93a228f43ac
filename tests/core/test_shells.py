"""The core's shells: one call builder, a sync and an async method of the same name, parameters and docstring."""

from __future__ import annotations

import asyncio
import inspect
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from qaclients.core import PageNumberPaging
from qaclients.core._shells import (
    Listing,
    async_call,
    async_listing,
    async_method,
    async_method_listing,
    sync_call,
    sync_listing,
    sync_method,
    sync_method_listing,
)

T = TypeVar("T")


@dataclass(frozen=True)
class Call(Generic[T]):
    value: T

    def finish(self, response: Any) -> T:
        return self.value


def create_item_(name: str, *, size: int = 1) -> Call[str]:
    """Create an item."""
    return Call(f"{name}:{size}")


def items(kind: str) -> Listing[str]:
    """Every item of a kind."""
    return Listing(lambda params: {"page": params.get("page", 1), "kind": kind}, PageNumberPaging(size=2))


class Client:
    sent: list[Any]

    def __init__(self) -> None:
        self.sent = []

    def _run(self, call: Any) -> Any:
        self.sent.append(call)
        return call.value if isinstance(call, Call) else []

    create_item = sync_call(create_item_)
    items = sync_listing(items)


class AsyncClient:
    async def _run(self, call: Any) -> Any:
        return call.value

    create_item = async_call(create_item_)
    items = async_listing(items)


def test_a_builder_becomes_a_method_named_and_signed_as_it_is_called() -> None:
    client = Client()
    assert client.create_item("a", size=3) == "a:3"
    assert asyncio.run(AsyncClient().create_item("b")) == "b:1"
    for method in (Client.create_item, AsyncClient.create_item):
        assert method.__name__ == "create_item" and method.__doc__ == "Create an item."
        assert str(inspect.signature(method)) == "(self, name: 'str', *, size: 'int' = 1) -> 'str'"
    assert inspect.iscoroutinefunction(AsyncClient.create_item)
    assert str(inspect.signature(Client.items)) == "(self, kind: 'str') -> 'Pager[str]'"
    assert str(inspect.signature(AsyncClient.items)) == "(self, kind: 'str') -> 'AsyncPager[str]'"
    assert list(client.items("k")) == []  # an empty first page ends the listing
    assert client.sent[-1] == {"page": 1, "kind": "k"}


def named_(client: BoundClient, /, name: str) -> Call[str]:
    """Name an item in the client's space."""
    return Call(f"{client.space}/{name}")


def listed(client: BoundClient, /) -> Listing[str]:
    """Every item of the client's space."""
    return Listing(lambda params: {"space": client.space, **params}, PageNumberPaging(size=2))


class BoundClient:
    space = "s1"

    def _run(self, call: Any) -> Any:
        return call.value if isinstance(call, Call) else []

    named = sync_method(named_)
    listed = sync_method_listing(listed)


class AsyncBoundClient(BoundClient):
    async def _run(self, call: Any) -> Any:
        return call.value if isinstance(call, Call) else []

    named = async_method(named_)  # type: ignore[assignment]
    listed = async_method_listing(listed)  # type: ignore[assignment]


def test_a_builder_taking_the_client_first_becomes_a_method_of_it() -> None:
    assert BoundClient().named("x") == "s1/x"
    assert asyncio.run(AsyncBoundClient().named("y")) == "s1/y"
    assert str(inspect.signature(BoundClient.named)) == "(self, name: 'str') -> 'str'"
    assert BoundClient.named.__name__ == "named" and BoundClient.named.__doc__ == "Name an item in the client's space."
    assert str(inspect.signature(AsyncBoundClient.listed)) == "(self) -> 'AsyncPager[str]'"
    assert list(BoundClient().listed()) == []


def test_the_core_call_reads_its_answer_with_its_reader() -> None:
    from qaclients.core._shells import Call as CoreCall  # noqa: PLC0415

    call = CoreCall("endpoint", ("a",), {"k": 1}, lambda response: f"read {response}")
    assert call.finish(200) == "read 200"
    assert (call.endpoint, call.args, dict(call.kwargs)) == ("endpoint", ("a",), {"k": 1})


def test_a_flow_is_driven_the_same_sync_and_async_with_errors_thrown_back_in() -> None:
    import pytest  # noqa: PLC0415

    from qaclients.core._shells import Flow, adrive, drive  # noqa: PLC0415

    def flow(first: int) -> Flow[str]:
        got = yield first
        try:
            yield "boom"
        except KeyError as error:
            got += 100 if str(error) == "'boom'" else 0
        if got > 1000:
            yield "again"
        return f"done {got}"

    def step(asked: Any) -> Any:
        if isinstance(asked, str):
            raise KeyError(asked)
        return asked * 2

    async def astep(asked: Any) -> Any:
        return step(asked)

    assert drive(flow(3), step) == "done 106"  # 3 sent back doubled; the KeyError caught inside the flow
    assert asyncio.run(adrive(flow(4), astep)) == "done 108"
    with pytest.raises(KeyError, match="again"):
        drive(flow(600), step)  # an error the flow does not catch comes out of drive
    with pytest.raises(KeyError, match="again"):
        asyncio.run(adrive(flow(600), astep))
