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
    ├── TimeoutError                   a request or a wait ran out of time (.continuation_token for a wait;
    │                                  also a builtins.TimeoutError)
    ├── DecodeError                    a response body isn't what the spec says (.model, .field, .value)
    ├── PagingError                    a page fetch failed with a non-qaclients error (.continuation_token, .cause)
    ├── PollingError                   a status read failed with a non-qaclients error (.continuation_token, .cause)
    ├── OperationFailed                a long-running operation finished in a failed state (.status, .result)
    └── ConfigError                    missing or malformed configuration (also a ValueError)

An :class:`APIError` carries ``status``, ``message`` (the vendor's message, read out of whatever shape its error
bodies take), the raw ``body``, ``method``, ``url`` and ``headers``. URLs and headers are redacted: no credential
ever appears in an error's ``str``, ``repr`` or ``args``::

    try:
        tm.get_run(5)
    except NotFoundError as error:
        print(error)  # 404 Not Found: GET https://x.testmo.net/api/v1/automation/runs/5 — Run not found

Turning a response or an httpx exception into one of these is :mod:`._error_bodies`' job.
"""

from __future__ import annotations

import builtins
import http
from collections.abc import Mapping, Sequence
from typing import Any, Final

from ._redact import is_secret_name, redact_headers, redact_url

__all__ = [
    "APIError",
    "BadRequestError",
    "ConfigError",
    "ConflictError",
    "DecodeError",
    "ForbiddenError",
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
]

_MESSAGE_LIMIT: Final = 200


def _rebuild(cls: type[QAClientError], args: tuple[Any, ...], state: dict[str, Any]) -> QAClientError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class QAClientError(Exception):
    """Base of every error raised by qaclients.

    Attributes:
        continuation_token: Set when the error interrupted a pager or a poller: pass it back to resume exactly there.
    """

    continuation_token: str | None = None

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
        continuation_token: When a wait for a long-running operation timed out, the token to resume waiting.
    """

    def __init__(
        self,
        message: str,
        *,
        timeout: float | None = None,
        method: str = "",
        url: str = "",
        cause: BaseException | None = None,
        continuation_token: str | None = None,
    ) -> None:
        self.timeout = timeout
        self.continuation_token = continuation_token
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


class _InterruptedError(QAClientError):
    """What paging and polling errors share: the token to resume with and the foreign error that stopped them."""

    def __init__(self, message: str, *, continuation_token: str | None, cause: BaseException | None = None) -> None:
        self.continuation_token = continuation_token
        self.cause = cause
        if cause is not None:
            self.__cause__ = cause
        super().__init__(message)


class PagingError(_InterruptedError):
    """A page fetch failed with an error that is not one of ours; resume from :attr:`continuation_token`.

    A qaclients error (``NotFoundError``, ``TransportError``, ...) that stops a pager is raised as it is, so it stays
    catchable by its type, with its own ``continuation_token`` set; this class wraps everything else.

    Attributes:
        continuation_token: Where the failed fetch started, to pass back to resume: the pager always sets one, the
            first page's included, and resuming with it repeats and skips nothing.
        cause: The error that stopped paging, also set as ``__cause__``.
    """


class PollingError(_InterruptedError):
    """A status fetch failed while waiting; resume with :attr:`continuation_token`.

    Attributes:
        continuation_token: The poller's state, to pass back to resume waiting.
        cause: The error that stopped polling, also set as ``__cause__``.
    """


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
