# Generated from specs/testmo/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/testmo/GENERATED.json.
"""Contains methods for accessing the API

Each operation's module is run the first time it is used, not when it is imported from its tag package.
"""

from __future__ import annotations

import sys
import threading
import types
from collections.abc import Callable, Collection, MutableMapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from importlib.machinery import ModuleSpec

_IMPORTING = threading.RLock()
"""Held while a waiting module is made, so that two threads asking for it at once get the same one."""
_LOCKS: dict[str, threading.RLock] = {}
"""Module name -> the lock of a module not run yet; removed once it has run."""
_RUNNING: set[str] = set()
"""The modules being run, by the thread holding their lock: what they read of themselves meanwhile is missing."""


def _find(name: str) -> ModuleSpec:
    """The spec the import system would find for ``name`` (every finder asked, in order)."""
    path = sys.modules[name.rpartition(".")[0]].__path__
    for finder in sys.meta_path:
        find_spec = getattr(finder, "find_spec", None)
        spec: ModuleSpec | None = find_spec(name, path) if find_spec is not None else None
        if spec is not None and spec.loader is not None:
            return spec
    raise ModuleNotFoundError(f"No module named {name!r}", name=name)


def _run(module: types.ModuleType) -> bool:
    """Run a waiting module (once, whichever thread comes first); False while it is running in this very thread."""
    name = module.__name__
    lock = _LOCKS.get(name)
    if lock is None:
        return True
    with lock:
        if type(module) is not _WaitingModule:
            return True
        if name in _RUNNING:
            return False
        _RUNNING.add(name)
        try:
            spec = _find(name)
            found = {"__spec__": spec, "__loader__": spec.loader, "__package__": spec.parent}
            if spec.has_location:
                found["__file__"] = spec.origin
                if spec.cached is not None:
                    found["__cached__"] = spec.cached
            module.__dict__.update(found)  # what importing it sets, written past the attribute hooks
            spec.loader.exec_module(module)  # type: ignore[union-attr]
        except BaseException:
            sys.modules.pop(name, None)  # as a failed import leaves it: the next import tries again
            raise
        finally:
            _RUNNING.discard(name)
        object.__setattr__(module, "__class__", types.ModuleType)
        del _LOCKS[name]
    return True


class _WaitingModule(types.ModuleType):
    """An operation module imported but not run: reading or writing any attribute it does not have yet runs it."""

    def __getattr__(self, name: str) -> Any:
        if not _run(self):
            raise AttributeError(f"partially initialized module {self.__name__!r} has no attribute {name!r}")
        return getattr(self, name)

    def __setattr__(self, name: str, value: Any) -> None:
        _run(self)
        types.ModuleType.__setattr__(self, name, value)

    def __delattr__(self, name: str) -> None:
        _run(self)
        types.ModuleType.__delattr__(self, name)

    def __dir__(self) -> list[str]:
        _run(self)
        return sorted(types.ModuleType.__dir__(self))


def _waiting(name: str) -> types.ModuleType:
    # Nothing is looked up yet (finding a module costs about as much as running a small one): until it runs, its
    # __spec__ is None and it has no __file__ (reading that runs it).
    module = _WaitingModule(name)
    _LOCKS[name] = threading.RLock()
    sys.modules[name] = module
    return module


def lazy_operations(
    package: str, namespace: MutableMapping[str, Any], names: Collection[str]
) -> tuple[Callable[[str], types.ModuleType], Callable[[], list[str]]]:
    """A tag package's ``__getattr__`` and ``__dir__`` (PEP 562): each of its operation modules ``names``, read
    from it, is imported there and then and run on first use."""

    def module_getattr(name: str) -> types.ModuleType:
        if name not in names:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        full = f"{package}.{name}"
        with _IMPORTING:
            module = sys.modules.get(full)
            if module is None:
                module = _waiting(full)
            namespace[name] = module
        return module

    def module_dir() -> list[str]:
        return sorted({*namespace, *names})

    return module_getattr, module_dir
