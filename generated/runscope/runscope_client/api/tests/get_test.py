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
from ...types import Response

if TYPE_CHECKING:
    from ...models.envelope import Envelope
    from ...models.test_envelope import TestEnvelope


def _get_kwargs(
    bucket_key: str,
    test_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/buckets/{bucket_key}/tests/{test_id}".format(
            bucket_key=quote(str(bucket_key), safe=""),
            test_id=quote(str(test_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | TestEnvelope | None:
    from ...models.envelope import Envelope  # noqa: PLC0415
    from ...models.test_envelope import TestEnvelope  # noqa: PLC0415

    if response.status_code == 200:
        with _d.gc_paused_for(response.content):
            response_200 = TestEnvelope.from_dict(orjson.loads(response.content))

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
) -> Response[Envelope | TestEnvelope]:
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
) -> Response[Envelope | TestEnvelope]:
    """Retrieve the details of a given test by ID.

    Args:
        bucket_key (str):
        test_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | TestEnvelope]
    """

    kwargs = _get_kwargs(
        bucket_key=bucket_key,
        test_id=test_id,
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
) -> Envelope | TestEnvelope | None:
    """Retrieve the details of a given test by ID.

    Args:
        bucket_key (str):
        test_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Envelope | TestEnvelope
    """

    return sync_detailed(
        bucket_key=bucket_key,
        test_id=test_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    bucket_key: str,
    test_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Envelope | TestEnvelope]:
    """Retrieve the details of a given test by ID.

    Args:
        bucket_key (str):
        test_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | TestEnvelope]
    """

    kwargs = _get_kwargs(
        bucket_key=bucket_key,
        test_id=test_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    bucket_key: str,
    test_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Envelope | TestEnvelope | None:
    """Retrieve the details of a given test by ID.

    Args:
        bucket_key (str):
        test_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Envelope | TestEnvelope
    """

    return (
        await asyncio_detailed(
            bucket_key=bucket_key,
            test_id=test_id,
            client=client,
        )
    ).parsed
