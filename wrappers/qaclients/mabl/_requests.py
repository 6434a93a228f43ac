"""What ``Mabl`` and ``AsyncMabl`` share, none of it I/O: configuration, request bodies, checks made before a call."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from mabl_client import AuthenticatedClient, models
from mabl_client.types import UNSET, Response, Unset

from qaclients.core import ClientConfig, DecodeError, QAClientError

from . import _declarations as declared

if TYPE_CHECKING:
    from mabl_client.models import Granularity

__all__ = [
    "ClientBase",
    "UsageWindowError",
    "body_of",
    "check_concurrency_window",
    "check_usage_window",
    "epoch_ms",
    "given",
    "opt",
    "parsed",
]

T = TypeVar("T")
When = datetime.datetime | int
"""A point in time: an aware ``datetime`` or Unix epoch milliseconds, as mabl counts time."""


class UsageWindowError(QAClientError, ValueError):
    """A usage-report window mabl would refuse (too long for its granularity, or ending before it starts);
    raised before any request is sent."""


def epoch_ms(value: When) -> int:
    """Epoch milliseconds of ``value`` (a naive ``datetime`` is refused: mabl's time is UTC)."""
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            raise ValueError("pass a timezone-aware datetime (mabl's timestamps are UTC epoch milliseconds)")
        return int(value.timestamp() * 1000)
    return int(value)


def check_usage_window(start: When, end: When, granularity: Granularity | str) -> tuple[int, int, Granularity]:
    """``(start_ms, end_ms, granularity)`` once the window fits mabl's cap for the granularity (facts §5)."""
    grain = models.Granularity(granularity)
    low, high = epoch_ms(start), epoch_ms(end)
    cap = declared.WINDOW_CAPS[grain.value]
    if high <= low:
        raise UsageWindowError(f"the report window must end after it starts (start={low}, end={high})")
    if high - low > cap.total_seconds() * 1000:
        days = (high - low) / 86_400_000
        raise UsageWindowError(
            f"a {grain.value}-granularity usage report spans at most {cap.days} days; this window spans {days:.1f}"
            " (split it, or use a coarser granularity)"
        )
    return low, high, grain


def check_concurrency_window(start: When | None, end: When | None) -> tuple[int | Unset, int | Unset]:
    """The concurrency report's optional window, checked against its 90-day cap (facts §5)."""
    low = UNSET if start is None else epoch_ms(start)
    high = UNSET if end is None else epoch_ms(end)
    if isinstance(low, int) and isinstance(high, int):
        if high <= low:
            raise UsageWindowError(f"the report window must end after it starts (start={low}, end={high})")
        if high - low > declared.CONCURRENCY_CAP.total_seconds() * 1000:
            raise UsageWindowError(
                f"the concurrency report spans at most {declared.CONCURRENCY_CAP.days} days;"
                f" this window spans {(high - low) / 86_400_000:.1f}"
            )
    return low, high


def given(value: T | Unset | None, default: T) -> T:
    """``value``, or ``default`` when the field is absent or null."""
    return default if value is None or isinstance(value, Unset) else value


def opt(value: T | None) -> T | Unset:
    """``UNSET`` for ``None``: a parameter not given is not sent."""
    return UNSET if value is None else value


def body_of(model: type[T], fields: Mapping[str, Any]) -> T:
    """A request body model from keyword fields, checked against the spec before anything is sent.

    Raises:
        TypeError: A field is missing, unknown to the model, or of the wrong type.
    """
    try:
        return model.from_dict(dict(fields))  # type: ignore[attr-defined, no-any-return]
    except ValueError as error:  # the generated checked decoding names the field; its value may be a secret
        field, expected = getattr(error, "field", ""), getattr(error, "expected", "a value the spec allows")
        what = "is missing" if getattr(error, "missing", False) else f"must be {expected}"
        raise TypeError(f"{model.__name__}: field {field or '(body)'!r} {what}") from None


def parsed(response: Response[Any], expected: type[T]) -> T:
    """The decoded 2xx body; API errors were already raised by the response hook."""
    if not isinstance(response.parsed, expected):  # an undocumented 2xx/3xx: never silently None
        raise DecodeError(f"unexpected status {int(response.status_code)}", model=expected.__name__)
    return response.parsed


class ClientBase:
    """Configuration and the generated client, shared by both shells."""

    def __init__(self, config: ClientConfig, workspace_id: str | None) -> None:
        if config.token is None:
            raise QAClientError("mabl needs an API key (MABL_API_KEY or api_key=...)")
        self.config = config
        self.workspace_id = workspace_id
        self._key = config.token.get_secret_value()
        encoded = declared.auth_headers(self._key)["Authorization"].removeprefix("Basic ")
        self.api = AuthenticatedClient(base_url=config.base_url, token=encoded, prefix="Basic")

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.config.base_url!r}, workspace_id={self.workspace_id!r})"

    def workspace(self, given: str | None) -> str:
        """``given``, else the client's default workspace."""
        workspace = given or self.workspace_id
        if workspace is None:
            raise QAClientError("pass workspace_id=..., or give the client one (workspace_id= or MABL_WORKSPACE_ID)")
        return workspace

    @staticmethod
    def make_config(
        base_url: str | None, api_key: str | None, config: ClientConfig | None, options: dict[str, Any]
    ) -> ClientConfig:
        """``config`` when given, else one built from the arguments."""
        if config is not None:
            return config
        return ClientConfig(base_url=base_url or declared.BASE_URL, token=api_key, **options)

    @staticmethod
    def env_config(env: Mapping[str, str] | None, overrides: dict[str, Any]) -> tuple[ClientConfig, str | None]:
        """``MABL_API_KEY``, ``MABL_BASE_URL`` (default ``https://api.mabl.com``), ``MABL_WORKSPACE_ID``."""
        import os  # noqa: PLC0415 - only this constructor reads the environment

        source = os.environ if env is None else env
        api_key = source.get(declared.ENV_PREFIX + "API_KEY", "").strip() or None
        if api_key is None and "token" not in overrides:
            raise QAClientError(f"environment variable {declared.ENV_PREFIX}API_KEY is not set")
        base_url = source.get(declared.ENV_PREFIX + "BASE_URL", "").strip() or declared.BASE_URL
        settings = {"BASE_URL": base_url, "TOKEN": api_key or ""}
        settings |= {
            name: source[declared.ENV_PREFIX + name]
            for name in ("TIMEOUT", "MAX_RETRIES")
            if declared.ENV_PREFIX + name in source
        }
        config = ClientConfig.from_env(
            declared.ENV_PREFIX, env={declared.ENV_PREFIX + k: v for k, v in settings.items()}, **overrides
        )
        return config, source.get(declared.ENV_PREFIX + "WORKSPACE_ID", "").strip() or None
