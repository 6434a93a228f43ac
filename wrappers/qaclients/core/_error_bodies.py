"""Reading error responses: from an httpx response or exception to the typed error of :mod:`._errors`.

A vendor module declares how its error bodies carry a message (a :data:`MessageExtractor`); the default,
:func:`default_message`, knows the shapes vendors commonly use::

    default_message({"error": {"status": 404, "message": "Run not found"}})  # 'Run not found'
    error = error_from_response(response, extract_message=vendor_message)  # built, not raised
    raise_for_status(response)  # raises e.g. NotFoundError for a 404, else returns the response
    error_from_transport(exc)  # TimeoutError for an httpx timeout, TransportError for the rest
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final

import httpx

from ._errors import (
    APIError,
    BadRequestError,
    ConflictError,
    ForbiddenError,
    NotFoundError,
    RateLimitedError,
    ServerError,
    TimeoutError,
    TransportError,
    UnauthorizedError,
    ValidationError,
    _phrase,
    _truncate,
)

__all__ = [
    "FieldErrorsExtractor",
    "MessageExtractor",
    "default_field_errors",
    "default_message",
    "error_from_response",
    "error_from_transport",
    "raise_for_status",
]

MessageExtractor = Callable[[Any], "str | None"]
"""A vendor's reader of its error bodies: decoded JSON (``None`` if not JSON) in, message out."""
FieldErrorsExtractor = Callable[[Any], "Mapping[str, Sequence[str]] | None"]
"""A vendor's reader of per-field messages in its 422 bodies."""


def _normalise(text: str) -> str:
    return _truncate(" ".join(text.split()))


def _text(value: Any) -> str | None:
    """A non-empty string out of ``value``, looking one level into ``{"message": ...}``-like objects."""
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, Mapping):
        for key in ("message", "msg", "detail", "description", "error_description", "title", "error"):
            found = value.get(key)
            if isinstance(found, str) and found.strip():
                return found
    return None


def default_message(data: Any) -> str | None:
    """Read a message out of the error shapes vendors commonly use; ``None`` if none fits.

    Tried in order: a bare string; ``message``; ``error`` (a string or an object with ``message``);
    ``error_description``; ``detail`` (a string or a list of ``{"msg"}``); ``errors`` (a string, or a list whose
    first item is a string or has a message); ``details[0]``; ``meta.error``; ``title`` (RFC 9457).
    """
    if not isinstance(data, Mapping):
        return _text(data)
    candidates: list[Any] = [data.get("message"), data.get("error"), data.get("error_description"), data.get("detail")]
    for key in ("detail", "errors", "details"):
        items = data.get(key)
        if isinstance(items, list) and items:
            candidates.append(items[0])
    candidates.append(data.get("errors"))
    meta = data.get("meta")
    if isinstance(meta, Mapping):
        candidates.append(meta.get("error"))
    candidates.append(data.get("title"))
    return next((text for text in map(_text, candidates) if text is not None), None)


def default_field_errors(data: Any) -> dict[str, list[str]] | None:
    """Read per-field messages; ``None`` if the body has none.

    Shapes: ``errors: {field: [msg, ...]}`` (Testmo) or ``errors``/``detail``: ``[{field|loc, message|msg}, ...]``.
    """
    if not isinstance(data, Mapping):
        return None
    errors = data.get("errors")
    if isinstance(errors, Mapping):
        return {
            str(field): [str(m) for m in (msgs if isinstance(msgs, list) else [msgs])] for field, msgs in errors.items()
        }
    found: dict[str, list[str]] = {}
    for items in (errors, data.get("detail")):
        for item in items if isinstance(items, list) else []:
            if not isinstance(item, Mapping):
                continue
            field = item.get("field", item.get("loc"))
            if isinstance(field, list):
                field = ".".join(str(part) for part in field)
            message = _text(item)
            if field is not None and message is not None:
                found.setdefault(str(field), []).append(message)
    return found or None


_BY_STATUS: Final[Mapping[int, type[APIError]]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    422: ValidationError,
    429: RateLimitedError,
}


def error_from_response(
    response: httpx.Response,
    *,
    extract_message: MessageExtractor | None = None,
    extract_field_errors: FieldErrorsExtractor | None = None,
    now: float | None = None,
) -> APIError:
    """Build the typed error for an error response, without raising it.

    Args:
        response: A response with an error status. Read it first if it was streamed.
        extract_message: The vendor's reader of its error bodies: decoded JSON (or ``None`` for a body that is not
            JSON) in, message or ``None`` out. Defaults to :func:`default_message`.
        extract_field_errors: Same, for a 422's per-field messages. Defaults to :func:`default_field_errors`.
        now: Epoch seconds to interpret an HTTP-date ``Retry-After`` against; the system clock by default.

    Returns:
        The :class:`APIError` subclass matching the status.
    """
    from ._retry import parse_retry_after  # noqa: PLC0415 - an error is rare: retries load on the first one

    status = response.status_code
    try:
        request: httpx.Request | None = response.request
    except RuntimeError:  # a response built by hand, with no request attached
        request = None
    try:
        body: bytes = response.content
    except httpx.ResponseNotRead:
        body = b""
    data: Any = None
    try:
        data, is_json = (response.json(), True) if body else (None, False)
    except ValueError:
        is_json = False
    message = (extract_message or default_message)(data)
    if message is None and not is_json and body:
        message = response.text
    reason = response.reason_phrase or _phrase(status)
    kwargs: dict[str, Any] = {
        "status": status,
        "message": _normalise(message) if message and message.strip() else reason,
        "body": body,
        "method": request.method if request else "",
        "url": str(request.url) if request else "",
        "headers": response.headers,
        "reason": reason,
        "retry_after": parse_retry_after(response.headers.get("Retry-After"), now=time.time() if now is None else now),
    }
    cls = _BY_STATUS.get(status, ServerError if 500 <= status <= 599 else APIError)
    if cls is ValidationError:
        return ValidationError(field_errors=(extract_field_errors or default_field_errors)(data), **kwargs)
    return cls(**kwargs)


def raise_for_status(
    response: httpx.Response,
    *,
    extract_message: MessageExtractor | None = None,
    extract_field_errors: FieldErrorsExtractor | None = None,
) -> httpx.Response:
    """Raise the typed :class:`APIError` when ``response`` has a status of 400 or more; else return it."""
    if response.status_code >= 400:
        raise error_from_response(response, extract_message=extract_message, extract_field_errors=extract_field_errors)
    return response


def error_from_transport(error: httpx.TransportError) -> TransportError | TimeoutError:
    """Wrap an httpx transport exception: timeouts become :class:`TimeoutError`, the rest :class:`TransportError`."""
    try:
        method, url = error.request.method, str(error.request.url)
    except RuntimeError:  # raised outside a request
        method, url = "", ""
    text = str(error) or type(error).__name__
    if isinstance(error, httpx.TimeoutException):
        return TimeoutError(f"request timed out ({text})", method=method, url=url, cause=error)
    return TransportError(f"no answer ({type(error).__name__}: {text})", method=method, url=url, cause=error)
