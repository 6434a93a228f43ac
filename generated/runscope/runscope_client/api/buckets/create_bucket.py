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
    from ...models.bucket_envelope import BucketEnvelope
    from ...models.bucket_write import BucketWrite
    from ...models.envelope import Envelope


def _get_kwargs(
    *,
    body: BucketWrite | Unset = UNSET,
    name: str | Unset = UNSET,
    team_uuid: str | Unset = UNSET,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["name"] = name

    params["team_uuid"] = team_uuid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/buckets",
    }
    if params:  # an empty params= still makes httpx parse and rebuild the URL once more
        _kwargs["params"] = params

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BucketEnvelope | Envelope | None:
    from ...models.bucket_envelope import BucketEnvelope  # noqa: PLC0415
    from ...models.envelope import Envelope  # noqa: PLC0415

    if response.status_code == 201:
        with _d.gc_paused_for(response.content):
            response_201 = BucketEnvelope.from_dict(orjson.loads(response.content))

        return response_201

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BucketEnvelope | Envelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BucketWrite | Unset = UNSET,
    name: str | Unset = UNSET,
    team_uuid: str | Unset = UNSET,
) -> Response[BucketEnvelope | Envelope]:
    """Create a bucket.

     `name` and `team_uuid` are query parameters, as the reference shows; some old clients send them as a
    JSON body instead, which is accepted too (facts, Paths).

    Args:
        name (str | Unset):
        team_uuid (str | Unset):
        body (BucketWrite | Unset): The old clients' body form of the bucket create parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BucketEnvelope | Envelope]
    """

    kwargs = _get_kwargs(
        body=body,
        name=name,
        team_uuid=team_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: BucketWrite | Unset = UNSET,
    name: str | Unset = UNSET,
    team_uuid: str | Unset = UNSET,
) -> BucketEnvelope | Envelope | None:
    """Create a bucket.

     `name` and `team_uuid` are query parameters, as the reference shows; some old clients send them as a
    JSON body instead, which is accepted too (facts, Paths).

    Args:
        name (str | Unset):
        team_uuid (str | Unset):
        body (BucketWrite | Unset): The old clients' body form of the bucket create parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BucketEnvelope | Envelope
    """

    return sync_detailed(
        client=client,
        body=body,
        name=name,
        team_uuid=team_uuid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BucketWrite | Unset = UNSET,
    name: str | Unset = UNSET,
    team_uuid: str | Unset = UNSET,
) -> Response[BucketEnvelope | Envelope]:
    """Create a bucket.

     `name` and `team_uuid` are query parameters, as the reference shows; some old clients send them as a
    JSON body instead, which is accepted too (facts, Paths).

    Args:
        name (str | Unset):
        team_uuid (str | Unset):
        body (BucketWrite | Unset): The old clients' body form of the bucket create parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BucketEnvelope | Envelope]
    """

    kwargs = _get_kwargs(
        body=body,
        name=name,
        team_uuid=team_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BucketWrite | Unset = UNSET,
    name: str | Unset = UNSET,
    team_uuid: str | Unset = UNSET,
) -> BucketEnvelope | Envelope | None:
    """Create a bucket.

     `name` and `team_uuid` are query parameters, as the reference shows; some old clients send them as a
    JSON body instead, which is accepted too (facts, Paths).

    Args:
        name (str | Unset):
        team_uuid (str | Unset):
        body (BucketWrite | Unset): The old clients' body form of the bucket create parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BucketEnvelope | Envelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            name=name,
            team_uuid=team_uuid,
        )
    ).parsed
