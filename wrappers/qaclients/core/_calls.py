"""Turning what escapes a generated client call into this package's errors.

A generated endpoint function raises three kinds of trouble: httpx transport errors, its own ``errors.DecodeError``
(a body that does not fit the spec), and JSON syntax errors (a body that is not JSON at all). ``translated`` maps each
to the one error tree of :mod:`qaclients.core`; API errors (status >= 400) are raised earlier, by the response hook
that :func:`raise_api_errors` installs on the httpx client.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import httpx

from ._error_bodies import MessageExtractor, error_from_response, error_from_transport
from ._errors import DecodeError

__all__ = ["async_api_error_hook", "raise_api_errors", "translated"]

T = TypeVar("T")


@contextmanager
def translated(method: str = "", url: str = "", *, model: str = "") -> Iterator[None]:
    """Re-raise transport, decode and JSON errors from a generated call as :mod:`qaclients.core` errors.

    ``model`` names what the call decodes (e.g. ``AutomationRunList``), so that a body that is not JSON at all is
    reported against it.
    """
    try:
        yield
    except httpx.TransportError as error:
        raise error_from_transport(error) from error
    except json.JSONDecodeError as error:  # orjson's error subclasses it
        where = model or "the response"
        raise DecodeError(f"response body is not JSON ({error})", model=where, field=None, value=None) from error
    except ValueError as error:
        decoded = getattr(error, "model", None)
        if decoded is None or not hasattr(error, "expected"):
            raise
        expected = f"expected {error.expected}"
        field, value = getattr(error, "field", None), getattr(error, "value", None)
        raise DecodeError(expected, model=decoded, field=field, value=value) from error


def raise_api_errors(extract_message: MessageExtractor | None = None) -> Callable[[httpx.Response], None]:
    """An httpx response hook raising the typed :class:`~qaclients.core.APIError` for every status >= 400."""

    def hook(response: httpx.Response) -> None:
        if response.status_code >= 400:
            response.read()
            raise error_from_response(response, extract_message=extract_message)

    return hook


def async_api_error_hook(extract_message: MessageExtractor | None = None) -> Callable[[httpx.Response], Awaitable[Any]]:
    """The async twin of :func:`raise_api_errors`."""

    async def hook(response: httpx.Response) -> None:
        if response.status_code >= 400:
            await response.aread()
            raise error_from_response(response, extract_message=extract_message)

    return hook
