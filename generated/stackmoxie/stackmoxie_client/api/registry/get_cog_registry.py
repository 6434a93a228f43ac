# Generated from specs/stackmoxie/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/stackmoxie/GENERATED.json.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote
from uuid import UUID

import httpx
import orjson

from ... import _decode as _d
from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.registry_entry import RegistryEntry


def _get_kwargs(
    org: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/organizations/{org}/registry".format(
            org=quote(str(org), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[RegistryEntry] | None:
    from ...models.error import Error  # noqa: PLC0415
    from ...models.registry_entry import RegistryEntry  # noqa: PLC0415

    if response.status_code == 200:
        with _d.gc_paused_for(response.content):
            response_200 = []
            _response_200 = orjson.loads(response.content)
            for response_200_item_data in _response_200:
                response_200_item = RegistryEntry.from_dict(response_200_item_data)

                response_200.append(response_200_item)

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[RegistryEntry]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    org: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | list[RegistryEntry]]:
    """Get the Cog Registry.

     Retrieves the Crank Cog Registry entries the Organization has access to use.

    Args:
        org (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[RegistryEntry]]
    """

    kwargs = _get_kwargs(
        org=org,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    org: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Error | list[RegistryEntry] | None:
    """Get the Cog Registry.

     Retrieves the Crank Cog Registry entries the Organization has access to use.

    Args:
        org (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[RegistryEntry]
    """

    return sync_detailed(
        org=org,
        client=client,
    ).parsed


async def asyncio_detailed(
    org: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | list[RegistryEntry]]:
    """Get the Cog Registry.

     Retrieves the Crank Cog Registry entries the Organization has access to use.

    Args:
        org (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[RegistryEntry]]
    """

    kwargs = _get_kwargs(
        org=org,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    org: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Error | list[RegistryEntry] | None:
    """Get the Cog Registry.

     Retrieves the Crank Cog Registry entries the Organization has access to use.

    Args:
        org (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[RegistryEntry]
    """

    return (
        await asyncio_detailed(
            org=org,
            client=client,
        )
    ).parsed
