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
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.run import Run


def _get_kwargs(
    org: UUID,
    id: int,
    *,
    page: int | Unset = UNSET,
    outcome: str | Unset = UNSET,
    ran_after: int | Unset = UNSET,
    ran_before: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["outcome"] = outcome

    params["ranAfter"] = ran_after

    params["ranBefore"] = ran_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/organizations/{org}/scenarios/{id}/runs".format(
            org=quote(str(org), safe=""),
            id=quote(str(id), safe=""),
        ),
    }
    if params:  # an empty params= still makes httpx parse and rebuild the URL once more
        _kwargs["params"] = params

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[Run] | None:
    from ...models.error import Error  # noqa: PLC0415
    from ...models.run import Run  # noqa: PLC0415

    if response.status_code == 200:
        with _d.gc_paused_for(response.content):
            response_200 = []
            _response_200 = orjson.loads(response.content)
            for response_200_item_data in _response_200:
                response_200_item = Run.from_dict(response_200_item_data)

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

    if response.status_code == 404:
        with _d.gc_paused_for(response.content):
            response_404 = Error.from_dict(orjson.loads(response.content))

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | list[Run]]:
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
    page: int | Unset = UNSET,
    outcome: str | Unset = UNSET,
    ran_after: int | Unset = UNSET,
    ran_before: int | Unset = UNSET,
) -> Response[Error | list[Run]]:
    """List Scenario Runs.

     Retrieves a list of Runs for the given Scenario ID, one page at a time (the only paged list, facts).
    A page past the last one is an empty array.

    Args:
        org (UUID):
        id (int):
        page (int | Unset):
        outcome (str | Unset):
        ran_after (int | Unset):
        ran_before (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Run]]
    """

    kwargs = _get_kwargs(
        org=org,
        id=id,
        page=page,
        outcome=outcome,
        ran_after=ran_after,
        ran_before=ran_before,
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
    page: int | Unset = UNSET,
    outcome: str | Unset = UNSET,
    ran_after: int | Unset = UNSET,
    ran_before: int | Unset = UNSET,
) -> Error | list[Run] | None:
    """List Scenario Runs.

     Retrieves a list of Runs for the given Scenario ID, one page at a time (the only paged list, facts).
    A page past the last one is an empty array.

    Args:
        org (UUID):
        id (int):
        page (int | Unset):
        outcome (str | Unset):
        ran_after (int | Unset):
        ran_before (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Run]
    """

    return sync_detailed(
        org=org,
        id=id,
        client=client,
        page=page,
        outcome=outcome,
        ran_after=ran_after,
        ran_before=ran_before,
    ).parsed


async def asyncio_detailed(
    org: UUID,
    id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    outcome: str | Unset = UNSET,
    ran_after: int | Unset = UNSET,
    ran_before: int | Unset = UNSET,
) -> Response[Error | list[Run]]:
    """List Scenario Runs.

     Retrieves a list of Runs for the given Scenario ID, one page at a time (the only paged list, facts).
    A page past the last one is an empty array.

    Args:
        org (UUID):
        id (int):
        page (int | Unset):
        outcome (str | Unset):
        ran_after (int | Unset):
        ran_before (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Run]]
    """

    kwargs = _get_kwargs(
        org=org,
        id=id,
        page=page,
        outcome=outcome,
        ran_after=ran_after,
        ran_before=ran_before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    org: UUID,
    id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    outcome: str | Unset = UNSET,
    ran_after: int | Unset = UNSET,
    ran_before: int | Unset = UNSET,
) -> Error | list[Run] | None:
    """List Scenario Runs.

     Retrieves a list of Runs for the given Scenario ID, one page at a time (the only paged list, facts).
    A page past the last one is an empty array.

    Args:
        org (UUID):
        id (int):
        page (int | Unset):
        outcome (str | Unset):
        ran_after (int | Unset):
        ran_before (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Run]
    """

    return (
        await asyncio_detailed(
            org=org,
            id=id,
            client=client,
            page=page,
            outcome=outcome,
            ran_after=ran_after,
            ran_before=ran_before,
        )
    ).parsed
