# Generated from specs/runscope/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/runscope/GENERATED.json.
from __future__ import annotations

import datetime
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
    from ...models.bucket_request_count_envelope import BucketRequestCountEnvelope
    from ...models.envelope import Envelope


def _get_kwargs(
    bucket_key: str,
    *,
    date: datetime.date | Unset = UNSET,
    days: int | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_date: str | Unset = UNSET
    if not isinstance(date, Unset):
        json_date = date.isoformat()
    params["date"] = json_date

    params["days"] = days

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/buckets/{bucket_key}/requests".format(
            bucket_key=quote(str(bucket_key), safe=""),
        ),
    }
    if params:  # an empty params= still makes httpx parse and rebuild the URL once more
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BucketRequestCountEnvelope | Envelope | None:
    from ...models.bucket_request_count_envelope import BucketRequestCountEnvelope  # noqa: PLC0415
    from ...models.envelope import Envelope  # noqa: PLC0415

    if response.status_code == 200:
        with _d.gc_paused_for(response.content):
            response_200 = BucketRequestCountEnvelope.from_dict(orjson.loads(response.content))

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
) -> Response[BucketRequestCountEnvelope | Envelope]:
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
    date: datetime.date | Unset = UNSET,
    days: int | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
) -> Response[BucketRequestCountEnvelope | Envelope]:
    """How many requests the bucket's tests made (the last day by default).

    Args:
        bucket_key (str):
        date (datetime.date | Unset):
        days (int | Unset):
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BucketRequestCountEnvelope | Envelope]
    """

    kwargs = _get_kwargs(
        bucket_key=bucket_key,
        date=date,
        days=days,
        from_=from_,
        to=to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    bucket_key: str,
    *,
    client: AuthenticatedClient | Client,
    date: datetime.date | Unset = UNSET,
    days: int | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
) -> BucketRequestCountEnvelope | Envelope | None:
    """How many requests the bucket's tests made (the last day by default).

    Args:
        bucket_key (str):
        date (datetime.date | Unset):
        days (int | Unset):
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BucketRequestCountEnvelope | Envelope
    """

    return sync_detailed(
        bucket_key=bucket_key,
        client=client,
        date=date,
        days=days,
        from_=from_,
        to=to,
    ).parsed


async def asyncio_detailed(
    bucket_key: str,
    *,
    client: AuthenticatedClient | Client,
    date: datetime.date | Unset = UNSET,
    days: int | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
) -> Response[BucketRequestCountEnvelope | Envelope]:
    """How many requests the bucket's tests made (the last day by default).

    Args:
        bucket_key (str):
        date (datetime.date | Unset):
        days (int | Unset):
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BucketRequestCountEnvelope | Envelope]
    """

    kwargs = _get_kwargs(
        bucket_key=bucket_key,
        date=date,
        days=days,
        from_=from_,
        to=to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    bucket_key: str,
    *,
    client: AuthenticatedClient | Client,
    date: datetime.date | Unset = UNSET,
    days: int | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
) -> BucketRequestCountEnvelope | Envelope | None:
    """How many requests the bucket's tests made (the last day by default).

    Args:
        bucket_key (str):
        date (datetime.date | Unset):
        days (int | Unset):
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BucketRequestCountEnvelope | Envelope
    """

    return (
        await asyncio_detailed(
            bucket_key=bucket_key,
            client=client,
            date=date,
            days=days,
            from_=from_,
            to=to,
        )
    ).parsed
