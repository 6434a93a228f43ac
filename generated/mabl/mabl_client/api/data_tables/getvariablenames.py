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
from ...types import Response

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.variable_name_list import VariableNameList


def _get_kwargs(
    data_table_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dataTables/{data_table_id}/variableNames".format(
            data_table_id=quote(str(data_table_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | VariableNameList | None:
    from ...models.error import Error  # noqa: PLC0415
    from ...models.variable_name_list import VariableNameList  # noqa: PLC0415

    if response.status_code == 200:
        with _d.gc_paused_for(response.content):
            response_200 = VariableNameList.from_dict(orjson.loads(response.content))

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | VariableNameList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    data_table_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | VariableNameList]:
    """Get variable names

     Get the current variable names for a DataTable

    Args:
        data_table_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VariableNameList]
    """

    kwargs = _get_kwargs(
        data_table_id=data_table_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    data_table_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | VariableNameList | None:
    """Get variable names

     Get the current variable names for a DataTable

    Args:
        data_table_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VariableNameList
    """

    return sync_detailed(
        data_table_id=data_table_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    data_table_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | VariableNameList]:
    """Get variable names

     Get the current variable names for a DataTable

    Args:
        data_table_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VariableNameList]
    """

    kwargs = _get_kwargs(
        data_table_id=data_table_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    data_table_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | VariableNameList | None:
    """Get variable names

     Get the current variable names for a DataTable

    Args:
        data_table_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VariableNameList
    """

    return (
        await asyncio_detailed(
            data_table_id=data_table_id,
            client=client,
        )
    ).parsed
