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
    from ...models.run import Run
    from ...models.run_create import RunCreate


def _get_kwargs(
    org: UUID,
    id: int,
    *,
    body: RunCreate,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/organizations/{org}/scenarios/{id}/runs".format(
            org=quote(str(org), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Run | None:
    from ...models.error import Error  # noqa: PLC0415
    from ...models.run import Run  # noqa: PLC0415

    if response.status_code == 200:
        with _d.gc_paused_for(response.content):
            response_200 = Run.from_dict(orjson.loads(response.content))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Run]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    org: UUID,
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: RunCreate,
) -> Response[Error | Run]:
    """Create a Scenario Run.

     Creates a Run for the given scenario given an optional set of token replacements.

    Args:
        org (UUID):
        id (int):
        body (RunCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Run]
    """

    kwargs = _get_kwargs(
        org=org,
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    org: UUID,
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: RunCreate,
) -> Error | Run | None:
    """Create a Scenario Run.

     Creates a Run for the given scenario given an optional set of token replacements.

    Args:
        org (UUID):
        id (int):
        body (RunCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Run
    """

    return sync_detailed(
        org=org,
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    org: UUID,
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: RunCreate,
) -> Response[Error | Run]:
    """Create a Scenario Run.

     Creates a Run for the given scenario given an optional set of token replacements.

    Args:
        org (UUID):
        id (int):
        body (RunCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Run]
    """

    kwargs = _get_kwargs(
        org=org,
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    org: UUID,
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: RunCreate,
) -> Error | Run | None:
    """Create a Scenario Run.

     Creates a Run for the given scenario given an optional set of token replacements.

    Args:
        org (UUID):
        id (int):
        body (RunCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Run
    """

    return (
        await asyncio_detailed(
            org=org,
            id=id,
            client=client,
            body=body,
        )
    ).parsed
