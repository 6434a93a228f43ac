"""What ``Runscope`` and ``AsyncRunscope`` share, none of it I/O: configuration, the generated clients, and the
calls behind triggering and waiting."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs
from runscope_client import AuthenticatedClient, Client, models
from runscope_client.api.results import get_test_result
from runscope_client.api.triggers import trigger_bucket_post, trigger_test_post

from qaclients.core import ClientConfig, QAClientError

from . import _declarations as declared
from ._declarations import checked
from ._shells import Call
from ._trigger import RunState, target_of, trigger_variables

if TYPE_CHECKING:
    from runscope_client.models import TestRun as RunRead
    from runscope_client.models import Trigger

    from ._trigger import TriggerTarget

__all__ = ["ClientBase", "read_call", "trigger_call"]


def _data(envelope: Any) -> Any:
    return envelope.data


@checked
def trigger_call(target: TriggerTarget, environment: str | None, variables: Mapping[str, Any] | None) -> Call[Trigger]:
    """The trigger request (POST form) for a test, a bucket or a trigger URL."""
    kind, trigger_id = target_of(target)
    values = trigger_variables(variables)
    if kind == "test":
        endpoint: Any = trigger_test_post
        given: Any = models.TriggerTestPostVariables.from_dict(values)
    else:
        endpoint, given = trigger_bucket_post, models.TriggerBucketPostVariables.from_dict(values)
    kwargs: dict[str, Any] = {"trigger_id": trigger_id, "variables": given}
    if environment is not None:
        kwargs["runscope_environment"] = environment
    return Call(endpoint, kwargs, _data)


def read_call(run: RunState) -> Call[RunRead]:
    """The read of one run's result (with its per-request results)."""
    kwargs = {"bucket_key": run.bucket_key, "test_id": run.test_id, "test_run_id": run.test_run_id}
    return Call(get_test_result, kwargs, _data)


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
