"""Signatures worked out when first asked for, not when a class is defined: a client with hundreds of methods would
otherwise spend milliseconds at import on ``inspect.signature`` calls nobody may ever read.

:func:`deferred_signature` returns an :class:`inspect.Signature` whose parameters and return annotation are computed
on first use (any attribute read, ``str``, ``repr``, ``==``, ``hash``, pickling). At that moment the object *becomes*
the plain :class:`inspect.Signature` it stands for (its class is switched), so what ``inspect.signature`` and
``help()`` report, and its type, are exactly those of a signature built eagerly.
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable
from typing import Any

__all__ = ["deferred_signature"]

_PARAMETERS = inspect.Signature._parameters  # type: ignore[attr-defined]  # the slot descriptors of the base class
_RETURN_ANNOTATION = inspect.Signature._return_annotation  # type: ignore[attr-defined]
_RESOLVING = threading.RLock()  # re-entered: computing one signature may read another (a wrapped function's)


class _DeferredSignature(inspect.Signature):
    """A signature still to be computed: its ``_parameters`` slot holds the function that computes it.

    No slots of its own, so that once computed the object can be switched to :class:`inspect.Signature` itself.
    Every attribute read goes through :meth:`__getattribute__`, which computes first; the special methods Python
    looks up on the type (``repr``, ``str``, ``==``, ``hash``, ``__reduce_ex__``) are the base's, and they read
    attributes (``self.__class__`` too), so they compute first as well.
    """

    __slots__ = ()

    def __getattribute__(self, name: str) -> Any:
        with _RESOLVING:
            if type(self) is _DeferredSignature:  # another thread may have computed it while this one waited
                made = _PARAMETERS.__get__(self)()
                _PARAMETERS.__set__(self, made.parameters)
                _RETURN_ANNOTATION.__set__(self, made.return_annotation)
                self.__class__ = inspect.Signature  # type: ignore[assignment]
        return object.__getattribute__(self, name)


def deferred_signature(make: Callable[[], inspect.Signature]) -> inspect.Signature:
    """An :class:`inspect.Signature` that is ``make()``, called when the signature is first used (once)."""
    signature = object.__new__(_DeferredSignature)
    _PARAMETERS.__set__(signature, make)
    return signature
