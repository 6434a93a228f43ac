"""Names a package exports but imports on first use (PEP 562), so a program pays only for what it touches."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, MutableMapping
from typing import Any

__all__ = ["Endpoints", "on_first_use"]


def on_first_use(
    package: str, namespace: MutableMapping[str, Any], sources: Mapping[str, str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """A module's ``__getattr__`` and ``__dir__``: each name in ``sources`` is imported from its module when first read.

    Args:
        package: the module's ``__name__`` (a source may be relative to it, as ``"._async_client"``).
        namespace: the module's ``globals()``; a name once imported is kept there and never looked up again.
        sources: exported name -> the module it comes from.
    """

    def module_getattr(name: str) -> Any:
        source = sources.get(name)
        if source is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(source, package), name)
        namespace[name] = value
        return value

    def module_dir() -> list[str]:
        return sorted({*namespace, *namespace.get("__all__", ())})

    return module_getattr, module_dir


class Endpoints:
    """A generated package whose endpoint modules are imported when first named (``api.buckets.get_bucket``), so
    that defining a client imports none of them; a call builder names its endpoint when it runs."""

    def __init__(self, name: str) -> None:
        self.__name__ = name

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        module = importlib.import_module(f"{self.__name__}.{name}")
        found = Endpoints(module.__name__) if hasattr(module, "__path__") else module
        setattr(self, name, found)  # looked up once; the next access is a plain attribute
        return found

    def __repr__(self) -> str:
        return f"Endpoints({self.__name__!r})"
