"""What every vendor client is built from: base URL, credentials, timeouts, retries, transport.

::

    config = ClientConfig(base_url="https://acme.testmo.net", token="…", retry=RetryPolicy(max_attempts=6))
    config = ClientConfig.from_env("TESTMO_")  # TESTMO_BASE_URL, TESTMO_TOKEN, TESTMO_TIMEOUT, TESTMO_MAX_RETRIES
    with config.build_client({"Authorization": f"Bearer {config.token.get_secret_value()}"}) as http:
        ...

Credentials are :class:`~qaclients.core.Secret` values, so printing a config shows no credential.
"""

from __future__ import annotations

import os
import ssl
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import attrs
import httpx

from ._clock import Clock, SystemClock
from ._errors import ConfigError
from ._redact import Secret, redact_headers, redact_library_logs, redact_url

if TYPE_CHECKING:  # retries and rewrites are imported when the first config (or client) is built, not with the class
    from ._retry import RetryPolicy
    from ._rewrite import JSONRewrite

__all__ = ["ClientConfig"]


def _user_agent() -> str:
    from importlib import metadata  # noqa: PLC0415 - slow to import, so not at import time

    try:
        return f"qaclients/{metadata.version('qaclients')}"
    except metadata.PackageNotFoundError:  # run from a source tree
        return "qaclients"


def _default_retry() -> RetryPolicy:
    from ._retry import RetryPolicy  # noqa: PLC0415 - not needed to define the class

    return RetryPolicy()


def _to_secret(value: Secret | str | None) -> Secret | None:
    if value is None or isinstance(value, Secret):
        return value
    if not isinstance(value, str):
        raise ConfigError(f"token must be a str, got {type(value).__name__}")  # the value is not shown: a credential
    return Secret(value)


def _to_secrets(values: Mapping[str, Secret | str]) -> Mapping[str, Secret]:
    wrong = sorted(name for name, v in values.items() if not isinstance(v, str | Secret))
    if wrong:
        raise ConfigError(f"credentials {', '.join(wrong)} must be str, not {type(values[wrong[0]]).__name__}")
    return MappingProxyType({name: Secret(v) if isinstance(v, str) else v for name, v in values.items()})


def _check_timeout(_: object, __: attrs.Attribute[float | httpx.Timeout], value: float | httpx.Timeout) -> None:
    if isinstance(value, httpx.Timeout):
        return
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise ConfigError(f"timeout must be a number of seconds or an httpx.Timeout, got {type(value).__name__}")
    if not value > 0:
        raise ConfigError(f"timeout must be a positive number of seconds, got {value!r}")


def _to_headers(values: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(values))


def _check_base_url(_: object, __: attrs.Attribute[str], value: str) -> None:
    try:
        parts = urlsplit(value)
        valid = parts.scheme in {"http", "https"} and bool(parts.hostname)
    except (TypeError, ValueError):
        valid = False
    if not valid:
        raise ConfigError(f"base_url must be an absolute http(s) URL, got {redact_url(value)!r}")


def _repr_headers(headers: Mapping[str, str]) -> str:
    return repr(redact_headers(headers))


@attrs.frozen(kw_only=True)
class ClientConfig:
    """Settings shared by every vendor client. Immutable; derive variants with :func:`attrs.evolve`.

    Attributes:
        base_url: The API root, an absolute http or https URL.
        token: The API token, for vendors that take one. A plain ``str`` is wrapped in :class:`Secret`.
        credentials: Other named credentials (e.g. ``username`` and ``access_key`` for Basic auth).
        timeout: Seconds for each request (connect, read, write and pool alike), or an :class:`httpx.Timeout`.
        retry: Retry budget for every call; ``None`` sends each request once.
        transport: Sync transport to send through (e.g. a fake server's); retries are layered on top of it.
        async_transport: The same for async clients.
        http_client: A ready :class:`httpx.Client`, used exactly as given: base URL, timeout, headers, retries,
            transport and verify from this config are then not applied, nor are the auth headers.
        async_http_client: The same for async clients.
        headers: Extra headers for every request; the vendor's auth headers win over them.
        verify: TLS verification: ``True``, ``False``, a CA bundle path, or an :class:`ssl.SSLContext`.
        user_agent: The User-Agent header; ``qaclients/<version>`` by default.
        clock: Where retry and polling waits go; tests pass a :class:`~qaclients.core.FakeClock`.
    """

    base_url: str = attrs.field(validator=_check_base_url, repr=lambda url: repr(redact_url(url)))
    token: Secret | None = attrs.field(default=None, converter=_to_secret)
    credentials: Mapping[str, Secret] = attrs.field(factory=dict, converter=_to_secrets)
    timeout: float | httpx.Timeout = attrs.field(default=30.0, validator=_check_timeout)  # type: ignore[arg-type]  # typed by its default
    retry: RetryPolicy | None = attrs.field(factory=_default_retry)
    transport: httpx.BaseTransport | None = None
    async_transport: httpx.AsyncBaseTransport | None = None
    http_client: httpx.Client | None = None
    async_http_client: httpx.AsyncClient | None = None
    headers: Mapping[str, str] = attrs.field(factory=dict, converter=_to_headers, repr=_repr_headers)
    verify: bool | str | ssl.SSLContext = True
    user_agent: str = attrs.field(factory=_user_agent)
    clock: Clock = attrs.field(factory=SystemClock)

    @classmethod
    def from_env(
        cls,
        prefix: str,
        *,
        env: Mapping[str, str] | None = None,
        require_token: bool = True,
        credential_names: tuple[str, ...] = (),
        **overrides: Any,
    ) -> ClientConfig:
        """Read settings from environment variables named ``<prefix>BASE_URL`` and so on.

        Read: ``BASE_URL`` (required), ``TOKEN`` (required unless ``require_token=False``), ``TIMEOUT`` (seconds),
        ``MAX_RETRIES`` (retries after the first attempt), and each of ``credential_names`` (required, stored in
        :attr:`credentials` under its lowercased name). An empty variable counts as missing. Keyword overrides win
        over the environment, and a setting given as an override is not required from it.

        Args:
            prefix: Variable name prefix, e.g. ``"TESTMO_"`` (a missing trailing underscore is added).
            env: Where to read; :data:`os.environ` by default.
            require_token: Whether ``<prefix>TOKEN`` must be set.
            credential_names: Further required variables, e.g. ``("USERNAME", "ACCESS_KEY")``.
            **overrides: Any :class:`ClientConfig` field.

        Raises:
            ConfigError: A required variable is missing, or a number is malformed; the message names the variable
                and never shows a credential.
        """
        source = os.environ if env is None else env
        if prefix and not prefix.endswith("_"):
            prefix += "_"

        def read(name: str, *, required: bool) -> str | None:
            value = source.get(prefix + name, "").strip()
            if not value and required:
                raise ConfigError(f"environment variable {prefix + name} is not set")
            return value or None

        settings: dict[str, Any] = {}
        if "base_url" not in overrides:
            settings["base_url"] = read("BASE_URL", required=True)
        if "token" not in overrides:
            settings["token"] = read("TOKEN", required=require_token)
        if credential_names and "credentials" not in overrides:
            settings["credentials"] = {name.lower(): read(name, required=True) for name in credential_names}
        timeout = read("TIMEOUT", required=False)
        if timeout is not None and "timeout" not in overrides:
            settings["timeout"] = _float(prefix + "TIMEOUT", timeout)
        retries = read("MAX_RETRIES", required=False)
        if retries is not None and "retry" not in overrides:
            from ._retry import RetryPolicy  # noqa: PLC0415 - see the imports above

            settings["retry"] = RetryPolicy(max_attempts=_int(prefix + "MAX_RETRIES", retries) + 1)
        return cls(**settings, **overrides)

    def _verify(self) -> bool | ssl.SSLContext:
        # httpx 0.28 deprecates a CA path for verify=; build the context it asks for.
        if isinstance(self.verify, str):
            if os.path.isdir(self.verify):
                return ssl.create_default_context(capath=self.verify)
            return ssl.create_default_context(cafile=self.verify)
        return self.verify

    def _headers(self, auth_headers: Mapping[str, str]) -> dict[str, str]:
        return {"User-Agent": self.user_agent, **self.headers, **auth_headers}

    def _secrets(self) -> list[Secret]:
        return [*([self.token] if self.token is not None else []), *self.credentials.values()]

    def build_client(
        self, auth_headers: Mapping[str, str] | None = None, *, rewrite_json: JSONRewrite | None = None
    ) -> httpx.Client:
        """Create the sync httpx client: retries around the transport, base URL, timeout and headers set.

        Args:
            auth_headers: The vendor's authentication headers, sent with every request.
            rewrite_json: A vendor's repair of successful JSON bodies (see :mod:`qaclients.core._rewrite`), applied
                inside the retry layer.

        Returns:
            :attr:`http_client` as it is when one was given; else a new client, which the caller closes.
        """
        from ._retry import RetryTransport  # noqa: PLC0415 - see the imports above
        from ._rewrite import JSONRewriteTransport  # noqa: PLC0415

        redact_library_logs(self._secrets())
        if self.http_client is not None:
            return self.http_client
        transport: httpx.BaseTransport = self.transport or httpx.HTTPTransport(verify=self._verify())
        if rewrite_json is not None:
            transport = JSONRewriteTransport(transport, rewrite_json)
        if self.retry is not None:
            transport = RetryTransport(transport, self.retry, clock=self.clock)
        return httpx.Client(
            base_url=self.base_url, timeout=self.timeout, headers=self._headers(auth_headers or {}), transport=transport
        )

    def build_async_client(
        self, auth_headers: Mapping[str, str] | None = None, *, rewrite_json: JSONRewrite | None = None
    ) -> httpx.AsyncClient:
        """Create the async httpx client; the async twin of :meth:`build_client`."""
        from ._retry import AsyncRetryTransport  # noqa: PLC0415 - see the imports above
        from ._rewrite import AsyncJSONRewriteTransport  # noqa: PLC0415

        redact_library_logs(self._secrets())
        if self.async_http_client is not None:
            return self.async_http_client
        transport: httpx.AsyncBaseTransport = self.async_transport or httpx.AsyncHTTPTransport(verify=self._verify())
        if rewrite_json is not None:
            transport = AsyncJSONRewriteTransport(transport, rewrite_json)
        if self.retry is not None:
            transport = AsyncRetryTransport(transport, self.retry, clock=self.clock)
        return httpx.AsyncClient(
            base_url=self.base_url, timeout=self.timeout, headers=self._headers(auth_headers or {}), transport=transport
        )

    def build_download_client(self) -> httpx.Client:
        """A sync client for links that carry their own credential (signed URLs): no base URL, no auth headers.

        It sends through :attr:`transport` with the retry policy, timeout, verify and :attr:`headers`, following
        redirects; :attr:`http_client` is not used, since its auth headers must not travel to another host.
        """
        from ._retry import RetryTransport  # noqa: PLC0415 - see the imports above

        transport: httpx.BaseTransport = self.transport or httpx.HTTPTransport(verify=self._verify())
        if self.retry is not None:
            transport = RetryTransport(transport, self.retry, clock=self.clock)
        return httpx.Client(timeout=self.timeout, headers=self._headers({}), transport=transport, follow_redirects=True)

    def build_async_download_client(self) -> httpx.AsyncClient:
        """The async twin of :meth:`build_download_client`."""
        from ._retry import AsyncRetryTransport  # noqa: PLC0415 - see the imports above

        transport: httpx.AsyncBaseTransport = self.async_transport or httpx.AsyncHTTPTransport(verify=self._verify())
        if self.retry is not None:
            transport = AsyncRetryTransport(transport, self.retry, clock=self.clock)
        return httpx.AsyncClient(
            timeout=self.timeout, headers=self._headers({}), transport=transport, follow_redirects=True
        )


def _non_negative(name: str, text: str, value: float) -> None:
    if value < 0:
        raise ConfigError(f"environment variable {name} must not be negative, got {text!r}")


def _float(name: str, text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise ConfigError(f"environment variable {name} must be a number of seconds, got {text!r}") from None
    _non_negative(name, text, value)
    return value


def _int(name: str, text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise ConfigError(f"environment variable {name} must be a whole number, got {text!r}") from None
    _non_negative(name, text, value)
    return value
