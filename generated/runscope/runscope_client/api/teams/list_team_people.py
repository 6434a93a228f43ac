# Generated from specs/runscope/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/runscope/GENERATED.json.
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
    from ...models.envelope import Envelope
    from ...models.person_list_envelope import PersonListEnvelope


def _get_kwargs(
    team_id: str,
    *,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["count"] = count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/teams/{team_id}/people".format(
            team_id=quote(str(team_id), safe=""),
        ),
    }
    if params:  # an empty params= still makes httpx parse and rebuild the URL once more
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | PersonListEnvelope | None:
    from ...models.envelope import Envelope  # noqa: PLC0415
    from ...models.person_list_envelope import PersonListEnvelope  # noqa: PLC0415

    if response.status_code == 200:
        with _d.gc_paused_for(response.content):
            response_200 = PersonListEnvelope.from_dict(orjson.loads(response.content))

        return response_200

    if response.status_code == 400:
        with _d.gc_paused_for(response.content):
            response_400 = Envelope.from_dict(orjson.loads(response.content))

        return response_400

    if response.status_code == 401:
        with _d.gc_paused_for(response.content):
            response_401 = Envelope.from_dict(orjson.loads(response.content))

        return response_401

    if response.status_code == 403:
        with _d.gc_paused_for(response.content):
            response_403 = Envelope.from_dict(orjson.loads(response.content))

        return response_403

    if response.status_code == 404:
        with _d.gc_paused_for(response.content):
            response_404 = Envelope.from_dict(orjson.loads(response.content))

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | PersonListEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    team_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> Response[Envelope | PersonListEnvelope]:
    """The members of a team.

     Paged by page number; ask with a constant `count` and increasing `page` until `data` is empty.

    Args:
        team_id (str):
        page (int | Unset):
        count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | PersonListEnvelope]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        page=page,
        count=count,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    team_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> Envelope | PersonListEnvelope | None:
    """The members of a team.

     Paged by page number; ask with a constant `count` and increasing `page` until `data` is empty.

    Args:
        team_id (str):
        page (int | Unset):
        count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Envelope | PersonListEnvelope
    """

    return sync_detailed(
        team_id=team_id,
        client=client,
        page=page,
        count=count,
    ).parsed


async def asyncio_detailed(
    team_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> Response[Envelope | PersonListEnvelope]:
    """The members of a team.

     Paged by page number; ask with a constant `count` and increasing `page` until `data` is empty.

    Args:
        team_id (str):
        page (int | Unset):
        count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | PersonListEnvelope]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        page=page,
        count=count,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    team_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> Envelope | PersonListEnvelope | None:
    """The members of a team.

     Paged by page number; ask with a constant `count` and increasing `page` until `data` is empty.

    Args:
        team_id (str):
        page (int | Unset):
        count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Envelope | PersonListEnvelope
    """

    return (
        await asyncio_detailed(
            team_id=team_id,
            client=client,
            page=page,
            count=count,
        )
    ).parsed
