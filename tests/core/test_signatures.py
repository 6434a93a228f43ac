"""Deferred work at class definition: signatures computed when first asked for, argument checks on the first call.

What is deferred must be indistinguishable once used: the signature *becomes* a plain :class:`inspect.Signature`
equal to the one built eagerly, whichever use comes first (attribute, ``str``, ``repr``, ``==``, ``hash``, pickling),
and from several threads at once it is computed once.
"""

from __future__ import annotations

import copy
import inspect
import pickle
import threading
from collections.abc import Callable
from typing import Any

import pytest

from qaclients.core import _arguments, _shells
from qaclients.core._signatures import deferred_signature


def _example(key: str, *, size: int = 1) -> int:
    return size


EAGER = inspect.signature(_example)


def _counted() -> tuple[inspect.Signature, list[int]]:
    made: list[int] = []

    def make() -> inspect.Signature:
        made.append(1)
        return inspect.signature(_example)

    return deferred_signature(make), made


FIRST_USES: dict[str, Callable[[inspect.Signature], object]] = {
    "parameters": lambda sig: list(sig.parameters),
    "return_annotation": lambda sig: sig.return_annotation,
    "str": str,
    "repr": repr,
    "eq": lambda sig: sig == EAGER,
    "hash": hash,
    "bind": lambda sig: sig.bind("k").arguments,
    "replace": lambda sig: sig.replace(parameters=[], return_annotation=int),
    "pickle": lambda sig: pickle.loads(pickle.dumps(sig)),
    "copy": copy.copy,
    "class": lambda sig: sig.__class__,
}


@pytest.mark.parametrize("use", sorted(FIRST_USES))
def test_a_deferred_signature_is_computed_on_its_first_use_and_becomes_a_plain_one(use: str) -> None:
    signature, made = _counted()
    assert made == []  # nothing computed yet
    result = FIRST_USES[use](signature)
    assert made == [1]
    assert type(signature) is inspect.Signature
    assert signature == EAGER and hash(signature) == hash(EAGER)
    assert repr(signature) == repr(EAGER) == "<Signature (key: 'str', *, size: 'int' = 1) -> 'int'>"
    assert result == FIRST_USES[use](EAGER)
    FIRST_USES[use](signature)
    assert made == [1]  # once


def test_a_deferred_signature_is_computed_once_when_threads_ask_at_once() -> None:
    signature, made = _counted()
    barrier = threading.Barrier(8)
    seen: list[str] = []

    def ask() -> None:
        barrier.wait()
        seen.append(str(signature))

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert made == [1]
    assert seen == [str(EAGER)] * 8


def test_a_failing_computation_raises_on_use_and_is_tried_again() -> None:
    attempts: list[int] = []

    def make() -> inspect.Signature:
        attempts.append(1)
        if len(attempts) == 1:
            raise ValueError("not yet")
        return EAGER

    signature = deferred_signature(make)
    with pytest.raises(ValueError, match="not yet"):
        str(signature)
    assert signature == EAGER
    assert len(attempts) == 2


def test_shell_methods_compute_their_signature_on_first_request_as_it_was_built_eagerly() -> None:
    def bucket_(bucket_key: str, *, fields: list[str] | None = None) -> _shells.Call[int]:
        """A bucket."""
        return _shells.Call(None, (bucket_key,), {"fields": fields}, int)

    def runs(client: object, test_id: str) -> _shells.Listing[str]:
        raise NotImplementedError

    class Client:
        bucket = _shells.sync_call(bucket_)
        abucket = _shells.async_call(bucket_)
        listing = _shells.sync_method_listing(runs)
        alisting = _shells.async_method_listing(runs)

    pending = {name: vars(Client)[name].__dict__["__signature__"] for name in ("bucket", "abucket", "listing")}
    assert {type(sig).__name__ for sig in pending.values()} == {"_DeferredSignature"}  # none computed at definition
    parameters = "bucket_key: 'str', *, fields: 'list[str] | None' = None"
    assert str(inspect.signature(Client.bucket)) == f"(self, {parameters}) -> 'int'"
    assert inspect.signature(Client.abucket) == inspect.signature(Client.bucket)
    assert str(inspect.signature(Client.listing)) == "(self, test_id: 'str') -> 'Pager[str]'"
    assert str(inspect.signature(Client.alisting)) == "(self, test_id: 'str') -> 'AsyncPager[str]'"
    assert str(inspect.signature(Client().bucket)) == f"({parameters}) -> 'int'"
    assert all(type(sig) is inspect.Signature for sig in pending.values())
    assert Client.bucket.__name__ == "bucket" and Client.bucket.__doc__ == "A bucket."


def test_checked_arguments_works_out_its_checks_on_the_first_call_not_at_decoration(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    built: list[str] = []
    real = _arguments._checker

    def counting(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        built.append(function.__name__)
        return real(function, *args, **kwargs)

    monkeypatch.setattr(_arguments, "_checker", counting)

    @_arguments.checked_arguments({"run_id": _arguments.non_empty_str})
    class Client:
        def get(self, run_id: str) -> str:
            return run_id

        def close(self) -> None:
            return None

    @_arguments.checked_arguments({}, by_annotation=True)
    def build(size: int) -> int:
        return size

    assert built == []
    assert Client().get("r") == "r"
    Client().get("s")
    Client().close()
    Client().close()  # nothing to check: it is called through as it is
    assert build(2) == 2
    assert built == ["get", "close", "build"]  # once each
    with pytest.raises(ValueError, match="run_id must not be empty"):
        Client().get("")
    with pytest.raises(ValueError, match="size must be >= 1"):
        build(0)
    assert str(inspect.signature(Client.get)) == "(self, run_id: 'str') -> 'str'"
    assert str(inspect.signature(build)) == "(size: 'int') -> 'int'"
