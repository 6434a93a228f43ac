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
    from ...models.test_run_list_envelope import TestRunListEnvelope


def _get_kwargs(
    bucket_key: str,
    test_id: str,
    *,
    count: int | Unset = UNSET,
    since: float | Unset = UNSET,
    before: float | Unset = UNSET,
    subtests: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["count"] = count

    params["since"] = since

    params["before"] = before

    params["subtests"] = subtests

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/buckets/{bucket_key}/tests/{test_id}/results".format(
            bucket_key=quote(str(bucket_key), safe=""),
            test_id=quote(str(test_id), safe=""),
        ),
    }
    if params:  # an empty params= still makes httpx parse and rebuild the URL once more
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | TestRunListEnvelope | None:
    from ...models.envelope import Envelope  # noqa: PLC0415
    from ...models.test_run_list_envelope import TestRunListEnvelope  # noqa: PLC0415

    if response.status_code == 200:
        with _d.gc_paused_for(response.content):
            response_200 = TestRunListEnvelope.from_dict(orjson.loads(response.content))

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
) -> Response[Envelope | TestRunListEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    bucket_key: str,
    test_id: str,
    *,
    client: AuthenticatedClient | Client,
    count: int | Unset = UNSET,
    since: float | Unset = UNSET,
    before: float | Unset = UNSET,
    subtests: bool | Unset = UNSET,
) -> Response[Envelope | TestRunListEnvelope]:
    """The results of a test's runs, newest first, runs in progress included.

     A time window walked backwards: ask again with `before` = the oldest `started_at` seen, until a page
    is empty (facts, Lists).

    Args:
        bucket_key (str):
        test_id (str):
        count (int | Unset):
        since (float | Unset):
        before (float | Unset):
        subtests (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | TestRunListEnvelope]
    """

    kwargs = _get_kwargs(
        bucket_key=bucket_key,
        test_id=test_id,
        count=count,
        since=since,
        before=before,
        subtests=subtests,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    bucket_key: str,
    test_id: str,
    *,
    client: AuthenticatedClient | Client,
    count: int | Unset = UNSET,
    since: float | Unset = UNSET,
    before: float | Unset = UNSET,
    subtests: bool | Unset = UNSET,
) -> Envelope | TestRunListEnvelope | None:
    """The results of a test's runs, newest first, runs in progress included.

     A time window walked backwards: ask again with `before` = the oldest `started_at` seen, until a page
    is empty (facts, Lists).

    Args:
        bucket_key (str):
        test_id (str):
        count (int | Unset):
        since (float | Unset):
        before (float | Unset):
        subtests (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Envelope | TestRunListEnvelope
    """

    return sync_detailed(
        bucket_key=bucket_key,
        test_id=test_id,
        client=client,
        count=count,
        since=since,
        before=before,
        subtests=subtests,
    ).parsed


async def asyncio_detailed(
    bucket_key: str,
    test_id: str,
    *,
    client: AuthenticatedClient | Client,
    count: int | Unset = UNSET,
    since: float | Unset = UNSET,
    before: float | Unset = UNSET,
    subtests: bool | Unset = UNSET,
) -> Response[Envelope | TestRunListEnvelope]:
    """The results of a test's runs, newest first, runs in progress included.

     A time window walked backwards: ask again with `before` = the oldest `started_at` seen, until a page
    is empty (facts, Lists).

    Args:
        bucket_key (str):
        test_id (str):
        count (int | Unset):
        since (float | Unset):
        before (float | Unset):
        subtests (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | TestRunListEnvelope]
    """

    kwargs = _get_kwargs(
        bucket_key=bucket_key,
        test_id=test_id,
        count=count,
        since=since,
        before=before,
        subtests=subtests,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    bucket_key: str,
    test_id: str,
    *,
    client: AuthenticatedClient | Client,
    count: int | Unset = UNSET,
    since: float | Unset = UNSET,
    before: float | Unset = UNSET,
    subtests: bool | Unset = UNSET,
) -> Envelope | TestRunListEnvelope | None:
    """The results of a test's runs, newest first, runs in progress included.

     A time window walked backwards: ask again with `before` = the oldest `started_at` seen, until a page
    is empty (facts, Lists).

    Args:
        bucket_key (str):
        test_id (str):
        count (int | Unset):
        since (float | Unset):
        before (float | Unset):
        subtests (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Envelope | TestRunListEnvelope
    """

    return (
        await asyncio_detailed(
            bucket_key=bucket_key,
            test_id=test_id,
            client=client,
            count=count,
            since=since,
            before=before,
            subtests=subtests,
        )
    ).parsed
