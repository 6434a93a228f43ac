"""What ``Runscope`` and ``AsyncRunscope`` share, none of it I/O: configuration and the generated clients (the calls
behind triggering and waiting are in :mod:`._trigger`, imported on the first trigger)."""

from __future__ import annotations

import os
from typing import Any

import attrs
from runscope_client import AuthenticatedClient, Client

from qaclients.core import ClientConfig, QAClientError

from . import _declarations as declared

__all__ = ["ClientBase"]


class ClientBase:
    """Configuration and the generated clients, shared by both shells."""

    def __init__(self, config: ClientConfig, oauth_base_url: str) -> None:
        self.config = config
        self.oauth_base_url = oauth_base_url
        token = config.token.get_secret_value() if config.token is not None else ""
        self.api = AuthenticatedClient(base_url=config.base_url, token=token)
        self.oauth_api = Client(base_url=oauth_base_url)
        self._token = token

    @staticmethod
    def make_config(
        base_url: str | None, token: str | None, config: ClientConfig | None, options: dict[str, Any]
    ) -> ClientConfig:
        """``config`` when given, else one built from the arguments (the public API host by default)."""
        if config is not None:
            return config
        return ClientConfig(base_url=base_url or declared.BASE_URL, token=token, **options)

    @staticmethod
    def env_config(overrides: dict[str, Any]) -> ClientConfig:
        """``RUNSCOPE_TOKEN`` (required) and ``RUNSCOPE_BASE_URL`` (default: the public API host)."""
        if not os.environ.get(declared.ENV_PREFIX + "BASE_URL", "").strip():
            overrides.setdefault("base_url", declared.BASE_URL)
        return ClientConfig.from_env(declared.ENV_PREFIX, **overrides)

    def oauth_config(self) -> ClientConfig:
        """The configuration for the OAuth host: same transport, retries and clock; no access token, and never a
        ready-made API http client (its base URL and auth headers are the API's)."""
        return attrs.evolve(
            self.config, base_url=self.oauth_base_url, token=None, http_client=None, async_http_client=None
        )

    def require_token(self) -> None:
        """Refuse API calls without an access token (the OAuth exchange alone needs none)."""
        if not self._token:
            raise QAClientError("Runscope needs an access token (RUNSCOPE_TOKEN or token=...)")

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.config.base_url!r})"
