# Generated from specs/mabl/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/mabl/GENERATED.json.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx
import orjson

from ... import _decode as _d
from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.credentials import Credentials
    from ...models.error import Error


def _get_kwargs(
    credentials_id: str,
    *,
    with_secrets: bool | Unset = UNSET,
    with_computed_totp_count: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["with_secrets"] = with_secrets

    params["with_computed_totp_count"] = with_computed_totp_count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/credentials/{credentials_id}".format(
            credentials_id=quote(str(credentials_id), safe=""),
        ),
    }
    if params:  # an empty params= still makes httpx parse and rebuild the URL once more
        _kwargs["params"] = params

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Credentials | Error | None:
    from ...models.credentials import Credentials  # noqa: PLC0415
    from ...models.error import Error  # noqa: PLC0415

    if response.status_code == 200:
        with _d.gc_paused_for(response.content):
            response_200 = Credentials.from_dict(orjson.loads(response.content))

        return response_200

    if response.status_code == 400:
        with _d.gc_paused_for(response.content):
            response_400 = Error.from_dict(orjson.loads(response.content))

        return response_400

    if response.status_code == 401:
        with _d.gc_paused_for(response.content):
            response_401 = Error.from_dict(orjson.loads(response.content))

        return response_401

    if response.status_code == 403:
        with _d.gc_paused_for(response.content):
            response_403 = Error.from_dict(orjson.loads(response.content))

        return response_403

    if response.status_code == 404:
        with _d.gc_paused_for(response.content):
            response_404 = Error.from_dict(orjson.loads(response.content))

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Credentials | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    credentials_id: str,
    *,
    client: AuthenticatedClient | Client,
    with_secrets: bool | Unset = UNSET,
    with_computed_totp_count: int | Unset = UNSET,
) -> Response[Credentials | Error]:
    """Get Credentials

     Retrieve complete information about credentials. Includes plain text secrets. NOTE: TOTP secret keys
    are never returned to the client

    Args:
        credentials_id (str):
        with_secrets (bool | Unset):
        with_computed_totp_count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Credentials | Error]
    """

    kwargs = _get_kwargs(
        credentials_id=credentials_id,
        with_secrets=with_secrets,
        with_computed_totp_count=with_computed_totp_count,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    credentials_id: str,
    *,
    client: AuthenticatedClient | Client,
    with_secrets: bool | Unset = UNSET,
    with_computed_totp_count: int | Unset = UNSET,
) -> Credentials | Error | None:
    """Get Credentials

     Retrieve complete information about credentials. Includes plain text secrets. NOTE: TOTP secret keys
    are never returned to the client

    Args:
        credentials_id (str):
        with_secrets (bool | Unset):
        with_computed_totp_count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Credentials | Error
    """

    return sync_detailed(
        credentials_id=credentials_id,
        client=client,
        with_secrets=with_secrets,
        with_computed_totp_count=with_computed_totp_count,
    ).parsed


async def asyncio_detailed(
    credentials_id: str,
    *,
    client: AuthenticatedClient | Client,
    with_secrets: bool | Unset = UNSET,
    with_computed_totp_count: int | Unset = UNSET,
) -> Response[Credentials | Error]:
    """Get Credentials

     Retrieve complete information about credentials. Includes plain text secrets. NOTE: TOTP secret keys
    are never returned to the client

    Args:
        credentials_id (str):
        with_secrets (bool | Unset):
        with_computed_totp_count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Credentials | Error]
    """

    kwargs = _get_kwargs(
        credentials_id=credentials_id,
        with_secrets=with_secrets,
        with_computed_totp_count=with_computed_totp_count,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    credentials_id: str,
    *,
    client: AuthenticatedClient | Client,
    with_secrets: bool | Unset = UNSET,
    with_computed_totp_count: int | Unset = UNSET,
) -> Credentials | Error | None:
    """Get Credentials

     Retrieve complete information about credentials. Includes plain text secrets. NOTE: TOTP secret keys
    are never returned to the client

    Args:
        credentials_id (str):
        with_secrets (bool | Unset):
        with_computed_totp_count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Credentials | Error
    """

    return (
        await asyncio_detailed(
            credentials_id=credentials_id,
            client=client,
            with_secrets=with_secrets,
            with_computed_totp_count=with_computed_totp_count,
        )
    ).parsed
