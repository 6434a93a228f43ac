"""Every public paged list of every vendor is in the fault matrix, sync and async.

The clients are introspected: a public method (on the client, or on one of its resource objects such as
``mabl.applications``) whose return annotation is ``Pager[...]`` or ``AsyncPager[...]`` needs a :func:`paging` row
whose :class:`PagedList` names it (``method="Mabl.applications.list"``; the async twin is the same path on the async
class). A new paged list without its row fails here, as does a row naming a method that does not page.
"""

from __future__ import annotations

import importlib
import inspect
import re
from collections.abc import Iterator
from typing import Any, get_origin

import pytest

from qaclients.core import FakeClock
from qaclients.testmo import AsyncTestmo, Testmo
from qaclients_fakes import AsyncFakeTransport, FakeTransport

from ._workflows import BASE_URL, MODES, RETRY, TOKEN, new_testmo_fake
from .test_fault_matrix import WORKFLOWS

PAGER = re.compile(r"(Async)?Pager(\[.*\])?")

NOT_PAGED = {
    "Mabl.database_connections.list": "mabl lists database connections whole (database_connections_in)",
    "Mabl.mailboxes.list": "mabl lists mailboxes whole (mailboxes_in)",
}
"""Resource ``list`` methods of resources mabl does not list page by page: they refuse (tested below)."""


def _testmo(clock: FakeClock) -> tuple[Any, Any]:
    fake = new_testmo_fake(clock)
    sync = Testmo(BASE_URL, TOKEN, transport=FakeTransport(fake), clock=clock, retry=RETRY)
    return sync, AsyncTestmo(BASE_URL, TOKEN, async_transport=AsyncFakeTransport(fake), clock=clock, retry=RETRY)


def _pair(module_name: str, new_fake: str, sync: str, async_: str) -> Any:
    def build(clock: FakeClock) -> tuple[Any, Any]:
        module = importlib.import_module(f".{module_name}", __package__)  # after _workflows, which they build on
        fake = getattr(module, new_fake)(clock)
        return getattr(module, sync)(fake, clock), getattr(module, async_)(fake, clock)

    return build


CLIENTS = {
    "testmo": _testmo,
    "stackmoxie": _pair("_stackmoxie_workflows", "new_stackmoxie_fake", "sync_client", "async_client"),
    "browserstack_tm": _pair("_browserstack_tm_workflows", "new_fake", "client", "async_client"),
    "runscope": _pair("_runscope_workflows", "new_runscope_fake", "sync_client", "async_client"),
    "mabl": _pair("_mabl_workflows", "new_mabl_fake", "mabl", "amabl"),
}
"""A sync and an async client of each vendor (built, never sent a request)."""


def _returns_pager(function: Any) -> bool:
    try:  # the signature: the core's shells set one saying what the method returns (Pager[T], not Listing[T])
        annotation = inspect.signature(function).return_annotation
    except (TypeError, ValueError):
        return False
    if annotation is inspect.Signature.empty:
        return False
    if not isinstance(annotation, str):
        annotation = getattr(get_origin(annotation) or annotation, "__name__", repr(annotation))
    return PAGER.fullmatch(annotation) is not None


def paged_methods(client: object, prefix: str = "", depth: int = 0) -> Iterator[str]:
    """Paths of the public Pager-returning methods of ``client`` and of the qaclients objects it holds."""
    owner = type(client)
    for name in dir(owner):
        if not name.startswith("_") and callable(member := getattr(owner, name)) and _returns_pager(member):
            yield f"{prefix}{name}"
    if depth:
        return
    for name, value in vars(client).items():
        if not name.startswith("_") and type(value).__module__.startswith("qaclients."):
            yield from paged_methods(value, f"{prefix}{name}.", depth + 1)


def _clients() -> Iterator[tuple[str, object, object]]:
    for vendor, build in CLIENTS.items():
        sync, async_ = build(FakeClock())
        yield vendor, sync, async_


def _declared() -> set[str]:
    return {workflow.listing.method for workflow in WORKFLOWS if workflow.listing is not None}


@pytest.mark.parametrize(("vendor", "sync", "async_"), list(_clients()), ids=list(CLIENTS))
def test_every_paged_list_has_a_matrix_row(vendor: str, sync: object, async_: object) -> None:
    sync_paths = set(paged_methods(sync))
    async_paths = set(paged_methods(async_))
    assert sync_paths, f"{vendor}: no paged list found: the introspection is broken"
    assert sync_paths == async_paths, f"{vendor}: sync and async page different lists"
    name = type(sync).__name__
    missing = sorted({f"{name}.{path}" for path in sync_paths} - _declared() - set(NOT_PAGED))
    assert missing == [], f"paged lists with no fault-matrix row (add a paging(...) row naming them): {missing}"


def test_the_matrix_runs_every_paged_list_in_both_modes() -> None:
    assert set(MODES) == {"sync", "async"}


def test_every_declared_listing_is_a_paged_method() -> None:
    everything = {f"{type(sync).__name__}.{path}" for _, sync, _ in _clients() for path in paged_methods(sync)} - set(
        NOT_PAGED
    )
    declared = _declared()
    assert "" not in declared, "a paging row names no method"
    assert declared <= everything, f"rows naming no paged method: {sorted(declared - everything)}"
    assert len(declared) == len([w for w in WORKFLOWS if w.listing is not None]), "a list has two rows"


@pytest.mark.parametrize("path", sorted(NOT_PAGED))
def test_an_unpaged_resource_refuses_to_list(path: str) -> None:
    target, _ = CLIENTS["mabl"](FakeClock())
    for name in path.split(".")[1:]:
        target = getattr(target, name)
    with pytest.raises(NotImplementedError, match="page"):
        target()
