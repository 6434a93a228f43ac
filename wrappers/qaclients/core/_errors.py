"""Every error qaclients raises, in one tree.

::

    QAClientError                      base of everything this package raises
    ├── APIError                       the server answered with an error status (other 4xx: APIError itself)
    │   ├── BadRequestError            400
    │   ├── UnauthorizedError          401
    │   ├── ForbiddenError             403
    │   ├── NotFoundError              404
    │   ├── ConflictError              409
    │   ├── ValidationError            422  (.field_errors)
    │   ├── RateLimitedError           429  (.retry_after)
    │   └── ServerError                5xx
    ├── TransportError                 the request never got an answer (connect, read, dropped connection)
    ├── TimeoutError                   a request or a wait ran out of time (also a builtins.TimeoutError)
    ├── DecodeError                    a response body isn't what the spec says (.model, .field, .value)
    ├── PagingError                    a page fetch failed midway (.continuation_token to resume, .cause)
    ├── PollingError                   a status fetch failed midway (.continuation_token to resume, .cause)
    ├── OperationFailed                a long-running operation finished in a failed state (.status, .result)
    └── ConfigError                    missing or malformed configuration (also a ValueError)

An :class:`APIError` carries ``status``, ``message`` (the vendor's message, read out of whatever shape its error
bodies take), the raw ``body``, ``method``, ``url`` and ``headers``. URLs and headers are redacted: no credential
ever appears in an error's ``str``, ``repr`` or ``args``::

    try:
        tm.get_run(5)
    except NotFoundError as error:
        print(error)  # 404 Not Found: GET https://x.testmo.net/api/v1/automation/runs/5 — Run not found
"""

from __future__ import annotations

import builtins
import http
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final

import httpx

from ._redact import is_secret_name, redact_headers, redact_url
from ._retry import parse_retry_after

__all__ = [
    "APIError",
    "BadRequestError",
    "ConfigError",
    "ConflictError",
    "DecodeError",
    "FieldErrorsExtractor",
    "ForbiddenError",
    "MessageExtractor",
    "NotFoundError",
    "OperationFailed",
    "PagingError",
    "PollingError",
    "QAClientError",
    "RateLimitedError",
    "ServerError",
    "TimeoutError",
    "TransportError",
    "UnauthorizedError",
    "ValidationError",
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

_MESSAGE_LIMIT: Final = 200


def _rebuild(cls: type[QAClientError], args: tuple[Any, ...], state: dict[str, Any]) -> QAClientError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class QAClientError(Exception):
    """Base of every error raised by qaclients."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Subclasses take keyword-only arguments, which the default pickling (cls(*args)) cannot replay.
        return (_rebuild, (type(self), self.args, self.__dict__))


class APIError(QAClientError):
    """The server answered with an error status.

    Attributes:
        status: HTTP status code.
        reason: Reason phrase, e.g. ``Not Found``.
        message: The vendor's message, on one line and at most ~200 characters; the reason phrase if none.
        body: The raw response body.
        method: Request method.
        url: Request URL, redacted.
        headers: Response headers, redacted.
        retry_after: Seconds the server asked to wait (``Retry-After``), if it said.
    """

    def __init__(
        self,
        *,
        status: int,
        message: str,
        body: bytes | str = b"",
        method: str = "",
        url: str = "",
        headers: Mapping[str, str] | None = None,
        reason: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        self.status = status
        self.reason = reason or _phrase(status)
        self.message = message
        self.body = body
        self.method = method
        self.url = redact_url(url)
        self.headers = redact_headers(headers or {})
        self.retry_after = retry_after
        super().__init__(self._line())

    def _line(self) -> str:
        line = f"{self.status} {self.reason}".rstrip()
        request = f"{self.method} {self.url}".strip()
        if request:
            line += f": {request}"
        if self.message and self.message != self.reason:
            line += f" — {self.message}"
        return line

    def __str__(self) -> str:
        return self._line()


class BadRequestError(APIError):
    """400: the request was malformed."""


class UnauthorizedError(APIError):
    """401: credentials missing, wrong or expired."""


class ForbiddenError(APIError):
    """403: the credentials may not do this."""


class NotFoundError(APIError):
    """404: no such resource."""


class ConflictError(APIError):
    """409: the resource's state forbids this (it exists already, it changed meanwhile)."""


class ValidationError(APIError):
    """422: the server understood the request but rejected its content.

    Attributes:
        field_errors: Messages per field, as far as the vendor's body tells them; may be empty.
    """

    def __init__(self, *, field_errors: Mapping[str, Sequence[str]] | None = None, **kwargs: Any) -> None:
        self.field_errors: dict[str, list[str]] = {key: list(value) for key, value in (field_errors or {}).items()}
        super().__init__(**kwargs)


class RateLimitedError(APIError):
    """429: too many requests; :attr:`retry_after` says how long the server asked to wait, if it did."""


class ServerError(APIError):
    """5xx: the server failed."""


class TransportError(QAClientError):
    """The request never got an answer: connection refused, reset, dropped mid-response.

    Attributes:
        method: Request method, when known.
        url: Request URL, redacted, when known.
        cause: The underlying :mod:`httpx` exception, also set as ``__cause__``.
    """

    def __init__(self, message: str, *, method: str = "", url: str = "", cause: BaseException | None = None) -> None:
        self.method = method
        self.url = redact_url(url)
        self.cause = cause
        if cause is not None:
            self.__cause__ = cause
        request = f"{method} {self.url}".strip()
        super().__init__(f"{message}: {request}" if request else message)


class TimeoutError(QAClientError, builtins.TimeoutError):  # shadows the builtin on purpose, as asyncio's did
    """A request or a wait ran out of time. Also a :class:`builtins.TimeoutError`.

    Attributes:
        timeout: The limit that ran out, in seconds, when known.
        method: Request method, when a request timed out.
        url: Request URL, redacted, when a request timed out.
        cause: The underlying exception, if any.
    """

    def __init__(
        self,
        message: str,
        *,
        timeout: float | None = None,
        method: str = "",
        url: str = "",
        cause: BaseException | None = None,
    ) -> None:
        self.timeout = timeout
        self.method = method
        self.url = redact_url(url)
        self.cause = cause
        if cause is not None:
            self.__cause__ = cause
        request = f"{method} {self.url}".strip()
        super().__init__(f"{message}: {request}" if request else message)


class DecodeError(QAClientError):
    """A response body isn't what the spec says.

    Attributes:
        model: The model being decoded, e.g. ``AutomationRun``.
        field: The offending field, if one is to blame.
        value: The offending value (hidden from the message when the field name looks secret).
    """

    def __init__(self, message: str, *, model: str, field: str | None = None, value: Any = None) -> None:
        self.model = model
        self.field = field
        self.value = value
        where = f"{model}.{field}" if field else model
        shown = "***" if field and is_secret_name(field) else _truncate(repr(value), 80)
        super().__init__(f"cannot decode {where}: {message}" + (f" (got {shown})" if value is not None else ""))


class PagingError(QAClientError):
    """A page fetch failed after some pages were delivered; resume from :attr:`continuation_token`.

    Attributes:
        continuation_token: Where the failed fetch started, to pass back to resume; ``None`` for the first page.
        cause: The error that stopped paging, also set as ``__cause__``.
    """

    def __init__(self, message: str, *, continuation_token: str | None, cause: BaseException | None = None) -> None:
        self.continuation_token = continuation_token
        self.cause = cause
        if cause is not None:
            self.__cause__ = cause
        super().__init__(message)


class PollingError(QAClientError):
    """A status fetch failed while waiting; resume with :attr:`continuation_token`.

    Attributes:
        continuation_token: The poller's state, to pass back to resume waiting.
        cause: The error that stopped polling, also set as ``__cause__``.
    """

    def __init__(self, message: str, *, continuation_token: str | None, cause: BaseException | None = None) -> None:
        self.continuation_token = continuation_token
        self.cause = cause
        if cause is not None:
            self.__cause__ = cause
        super().__init__(message)


class OperationFailed(QAClientError):  # noqa: N818 - it is an outcome, not a fault of this package
    """A long-running operation finished, in a failed state.

    Attributes:
        status: The final status the vendor reported.
        result: The operation's final resource, to inspect what failed.
    """

    def __init__(self, message: str | None = None, *, status: Any, result: Any = None) -> None:
        self.status = status
        self.result = result
        super().__init__(message or f"operation finished in failed state {_status_text(status)!r}")


class ConfigError(QAClientError, ValueError):
    """Configuration is missing or malformed (the message names the setting, never a secret value)."""


def _status_text(status: Any) -> str:
    value = getattr(status, "value", status)
    return str(value)


def _phrase(status: int) -> str:
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return ""


def _truncate(text: str, limit: int = _MESSAGE_LIMIT) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


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
