# Generated from specs/runscope/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/runscope/GENERATED.json.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx
import orjson

from ... import _decode as _d
from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.envelope import Envelope
    from ...models.grant_type import GrantType
    from ...models.o_auth_token import OAuthToken


def _get_kwargs(
    *,
    client_id: str,
    client_secret: str,
    code: str,
    grant_type: GrantType,
    redirect_uri: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["client_id"] = client_id

    params["client_secret"] = client_secret

    params["code"] = code

    json_grant_type = grant_type.value
    params["grant_type"] = json_grant_type

    params["redirect_uri"] = redirect_uri

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/signin/oauth/access_token",
    }
    if params:  # an empty params= still makes httpx parse and rebuild the URL once more
        _kwargs["params"] = params

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Envelope | OAuthToken | None:
    from ...models.envelope import Envelope  # noqa: PLC0415
    from ...models.o_auth_token import OAuthToken  # noqa: PLC0415

    if response.status_code == 200:
        with _d.gc_paused_for(response.content):
            response_200 = OAuthToken.from_dict(orjson.loads(response.content))

        return response_200

    if response.status_code == 400:
        with _d.gc_paused_for(response.content):
            response_400 = Envelope.from_dict(orjson.loads(response.content))

        return response_400

    if response.status_code == 401:
        with _d.gc_paused_for(response.content):
            response_401 = Envelope.from_dict(orjson.loads(response.content))

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | OAuthToken]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    client_secret: str,
    code: str,
    grant_type: GrantType,
    redirect_uri: str | Unset = UNSET,
) -> Response[Envelope | OAuthToken]:
    """Exchange an authorization code for an access token.

     Step 3 of the web application flow; every value travels in the query string, none in a body.

    Args:
        client_id (str):
        client_secret (str):
        code (str):
        grant_type (GrantType):
        redirect_uri (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | OAuthToken]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        client_secret=client_secret,
        code=code,
        grant_type=grant_type,
        redirect_uri=redirect_uri,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    client_secret: str,
    code: str,
    grant_type: GrantType,
    redirect_uri: str | Unset = UNSET,
) -> Envelope | OAuthToken | None:
    """Exchange an authorization code for an access token.

     Step 3 of the web application flow; every value travels in the query string, none in a body.

    Args:
        client_id (str):
        client_secret (str):
        code (str):
        grant_type (GrantType):
        redirect_uri (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Envelope | OAuthToken
    """

    return sync_detailed(
        client=client,
        client_id=client_id,
        client_secret=client_secret,
        code=code,
        grant_type=grant_type,
        redirect_uri=redirect_uri,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    client_secret: str,
    code: str,
    grant_type: GrantType,
    redirect_uri: str | Unset = UNSET,
) -> Response[Envelope | OAuthToken]:
    """Exchange an authorization code for an access token.

     Step 3 of the web application flow; every value travels in the query string, none in a body.

    Args:
        client_id (str):
        client_secret (str):
        code (str):
        grant_type (GrantType):
        redirect_uri (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | OAuthToken]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        client_secret=client_secret,
        code=code,
        grant_type=grant_type,
        redirect_uri=redirect_uri,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    client_secret: str,
    code: str,
    grant_type: GrantType,
    redirect_uri: str | Unset = UNSET,
) -> Envelope | OAuthToken | None:
    """Exchange an authorization code for an access token.

     Step 3 of the web application flow; every value travels in the query string, none in a body.

    Args:
        client_id (str):
        client_secret (str):
        code (str):
        grant_type (GrantType):
        redirect_uri (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Envelope | OAuthToken
    """

    return (
        await asyncio_detailed(
            client=client,
            client_id=client_id,
            client_secret=client_secret,
            code=code,
            grant_type=grant_type,
            redirect_uri=redirect_uri,
        )
    ).parsed
