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
    from ...models.bucket_envelope import BucketEnvelope
    from ...models.envelope import Envelope


def _get_kwargs(
    bucket_key: str,
    *,
    list_utilizations_gt: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["list_utilizations_gt"] = list_utilizations_gt

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/buckets/{bucket_key}".format(
            bucket_key=quote(str(bucket_key), safe=""),
        ),
    }
    if params:  # an empty params= still makes httpx parse and rebuild the URL once more
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BucketEnvelope | Envelope | None:
    from ...models.bucket_envelope import BucketEnvelope  # noqa: PLC0415
    from ...models.envelope import Envelope  # noqa: PLC0415

    if response.status_code == 200:
        with _d.gc_paused_for(response.content):
            response_200 = BucketEnvelope.from_dict(orjson.loads(response.content))

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
) -> Response[BucketEnvelope | Envelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    bucket_key: str,
    *,
    client: AuthenticatedClient | Client,
    list_utilizations_gt: int | Unset = UNSET,
) -> Response[BucketEnvelope | Envelope]:
    """The details of a bucket.

    Args:
        bucket_key (str):
        list_utilizations_gt (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BucketEnvelope | Envelope]
    """

    kwargs = _get_kwargs(
        bucket_key=bucket_key,
        list_utilizations_gt=list_utilizations_gt,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    bucket_key: str,
    *,
    client: AuthenticatedClient | Client,
    list_utilizations_gt: int | Unset = UNSET,
) -> BucketEnvelope | Envelope | None:
    """The details of a bucket.

    Args:
        bucket_key (str):
        list_utilizations_gt (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BucketEnvelope | Envelope
    """

    return sync_detailed(
        bucket_key=bucket_key,
        client=client,
        list_utilizations_gt=list_utilizations_gt,
    ).parsed


async def asyncio_detailed(
    bucket_key: str,
    *,
    client: AuthenticatedClient | Client,
    list_utilizations_gt: int | Unset = UNSET,
) -> Response[BucketEnvelope | Envelope]:
    """The details of a bucket.

    Args:
        bucket_key (str):
        list_utilizations_gt (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BucketEnvelope | Envelope]
    """

    kwargs = _get_kwargs(
        bucket_key=bucket_key,
        list_utilizations_gt=list_utilizations_gt,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    bucket_key: str,
    *,
    client: AuthenticatedClient | Client,
    list_utilizations_gt: int | Unset = UNSET,
) -> BucketEnvelope | Envelope | None:
    """The details of a bucket.

    Args:
        bucket_key (str):
        list_utilizations_gt (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BucketEnvelope | Envelope
    """

    return (
        await asyncio_detailed(
            bucket_key=bucket_key,
            client=client,
            list_utilizations_gt=list_utilizations_gt,
        )
    ).parsed
