"""The OAuth 2 web application flow (reference, Authentication Process), without I/O.

    url = authorize_url(client_id, "https://my.app/callback", scopes=["api:read", "test:write"], state=nonce)
    ...  # the user authorizes; Runscope redirects to the callback with ?code=...&state=...
    token = rs_oauth.exchange_code(client_id, client_secret, code, redirect_uri="https://my.app/callback")
    with Runscope(token=token.get_secret_value()) as rs: ...

The access token is a :class:`~qaclients.core.Secret`: never shown in a repr, a log line or an error.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlencode

from runscope_client import models

from qaclients.core import Secret

from . import _declarations as declared
from ._declarations import checked
from ._shells import Call, api

if TYPE_CHECKING:
    from runscope_client.models import OAuthToken

__all__ = ["AccessToken", "authorize_url", "exchange_call"]


@dataclass(frozen=True, slots=True)
class AccessToken:
    """An access token from the code exchange; ``repr`` and ``str`` never show it."""

    token: Secret
    token_type: str

    def get_secret_value(self) -> str:
        """The token itself, for ``Runscope(token=...)``."""
        return self.token.get_secret_value()


@checked
def authorize_url(
    client_id: str,
    redirect_uri: str,
    *,
    scopes: Iterable[str] = ("api:read",),
    state: str | None = None,
    base_url: str = declared.OAUTH_BASE_URL,
) -> str:
    """Where to send a user to authorize your application (step 1; ``response_type=code``).

    Raises:
        ValueError: A scope the reference does not list.
    """
    chosen = list(scopes)
    unknown = sorted(set(chosen) - set(declared.SCOPES))
    if unknown:
        raise ValueError(f"unknown scope(s) {', '.join(unknown)}; Runscope has {', '.join(declared.SCOPES)}")
    query = {"client_id": client_id, "redirect_uri": redirect_uri, "response_type": "code", "scope": " ".join(chosen)}
    if state is not None:
        query["state"] = state
    return f"{base_url.rstrip('/')}{declared.AUTHORIZE_PATH}?{urlencode(query)}"


def _token(answer: OAuthToken) -> AccessToken:
    return AccessToken(Secret(answer.access_token), answer.token_type)


@checked
def exchange_call(client_id: str, client_secret: str, code: str, redirect_uri: str | None = None) -> Call[AccessToken]:
    """The code exchange (step 3): query parameters only, on the OAuth host."""
    kwargs = {"client_id": client_id, "client_secret": client_secret, "code": code,
              "grant_type": models.GrantType.AUTHORIZATION_CODE}  # fmt: skip
    if redirect_uri is not None:
        kwargs["redirect_uri"] = redirect_uri
    return Call(api.oauth.exchange_oauth_code, kwargs, _token)
