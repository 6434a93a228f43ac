"""Vendor-neutral machinery shared by every ``qaclients`` vendor module.

Errors (one tree, see :mod:`qaclients.core._errors`), retries as an httpx transport, paging strategies and pagers,
long-running-operation pollers, client configuration with secrets kept out of sight, and an injectable clock.
Vendor modules declare their quirks as data and small functions; everything that loops, waits or retries is here.
"""

from typing import TYPE_CHECKING

from ._lazy import on_first_use

if TYPE_CHECKING:
    from ._arguments import (
        ArgumentCheck,
        aware_datetime,
        checked_arguments,
        items_of,
        non_empty_str,
        one_of,
        positive_int,
    )
    from ._calls import async_api_error_hook, raise_api_errors, translated
    from ._clock import Clock, FakeClock, SystemClock
    from ._config import ClientConfig
    from ._download import DownloadCheck, DownloadProgress, adownload, download
    from ._error_bodies import error_from_response, error_from_transport, raise_for_status
    from ._errors import (
        APIError,
        BadRequestError,
        ConfigError,
        ConflictError,
        DecodeError,
        ForbiddenError,
        NotFoundError,
        OperationFailed,
        PagingError,
        PollingError,
        QAClientError,
        RateLimitedError,
        ServerError,
        TimeoutError,
        TransportError,
        UnauthorizedError,
        ValidationError,
    )
    from ._pager import AsyncPager, Page, Pager
    from ._paging import CursorPaging, OffsetPaging, PageNumberPaging, PagingStrategy, TimeWindowPaging
    from ._poller import AsyncPoller, Poller
    from ._polling import Outcome, PollSchedule, operation_from_token, operation_token
    from ._redact import RedactingFilter, Secret, redact_headers, redact_url
    from ._retry import AsyncRetryTransport, RetryPolicy, RetryTransport, parse_retry_after, retry_budget

__all__ = [
    "APIError",
    "ArgumentCheck",
    "AsyncPager",
    "AsyncPoller",
    "AsyncRetryTransport",
    "BadRequestError",
    "ClientConfig",
    "Clock",
    "ConfigError",
    "ConflictError",
    "CursorPaging",
    "DecodeError",
    "DownloadCheck",
    "DownloadProgress",
    "FakeClock",
    "ForbiddenError",
    "NotFoundError",
    "OffsetPaging",
    "OperationFailed",
    "Outcome",
    "Page",
    "PageNumberPaging",
    "Pager",
    "PagingError",
    "PagingStrategy",
    "PollSchedule",
    "Poller",
    "PollingError",
    "QAClientError",
    "RateLimitedError",
    "RedactingFilter",
    "RetryPolicy",
    "RetryTransport",
    "Secret",
    "ServerError",
    "SystemClock",
    "TimeWindowPaging",
    "TimeoutError",
    "TransportError",
    "UnauthorizedError",
    "ValidationError",
    "adownload",
    "async_api_error_hook",
    "aware_datetime",
    "checked_arguments",
    "download",
    "error_from_response",
    "error_from_transport",
    "items_of",
    "non_empty_str",
    "one_of",
    "operation_from_token",
    "operation_token",
    "parse_retry_after",
    "positive_int",
    "raise_api_errors",
    "raise_for_status",
    "redact_headers",
    "redact_url",
    "retry_budget",
    "translated",
]

# Every name is imported from its module on first use (PEP 562): ``import qaclients.core`` builds no class, and a
# program pays only for the pieces it touches (a vendor without downloads or pollers never loads them, nor asyncio).
_ON_FIRST_USE = {
    **dict.fromkeys(
        ["ArgumentCheck", "aware_datetime", "checked_arguments", "items_of", "non_empty_str", "one_of", "positive_int"],
        "._arguments",
    ),
    **dict.fromkeys(["async_api_error_hook", "raise_api_errors", "translated"], "._calls"),
    **dict.fromkeys(["Clock", "FakeClock", "SystemClock"], "._clock"),
    "ClientConfig": "._config",
    **dict.fromkeys(["DownloadCheck", "DownloadProgress", "adownload", "download"], "._download"),
    **dict.fromkeys(["error_from_response", "error_from_transport", "raise_for_status"], "._error_bodies"),
    **dict.fromkeys(
        [
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
        ],
        "._errors",
    ),
    **dict.fromkeys(["AsyncPager", "Page", "Pager"], "._pager"),
    **dict.fromkeys(
        ["CursorPaging", "OffsetPaging", "PageNumberPaging", "PagingStrategy", "TimeWindowPaging"], "._paging"
    ),
    **dict.fromkeys(["AsyncPoller", "Poller"], "._poller"),
    **dict.fromkeys(["Outcome", "PollSchedule", "operation_from_token", "operation_token"], "._polling"),
    **dict.fromkeys(["RedactingFilter", "Secret", "redact_headers", "redact_url"], "._redact"),
    **dict.fromkeys(
        ["AsyncRetryTransport", "RetryPolicy", "RetryTransport", "parse_retry_after", "retry_budget"], "._retry"
    ),
}

# Hidden from type checkers, which see the imports above and keep rejecting names that are not there.
if not TYPE_CHECKING:
    __getattr__, __dir__ = on_first_use(__name__, globals(), _ON_FIRST_USE)
