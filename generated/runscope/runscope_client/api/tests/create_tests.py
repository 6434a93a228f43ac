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
    from ...models.test_write import TestWrite
    from ...models.tests_created_envelope import TestsCreatedEnvelope


def _get_kwargs(
    bucket_key: str,
    *,
    body: list[TestWrite] | TestWrite,
) -> dict[str, Any]:
    from ...models.test_write import TestWrite  # noqa: PLC0415

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/buckets/{bucket_key}/tests".format(
            bucket_key=quote(str(bucket_key), safe=""),
        ),
    }

    if isinstance(body, TestWrite):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = []
        for componentsschemas_create_tests_body_type_1_item_data in body:
            componentsschemas_create_tests_body_type_1_item = (
                componentsschemas_create_tests_body_type_1_item_data.to_dict()
            )
            _kwargs["json"].append(componentsschemas_create_tests_body_type_1_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | TestsCreatedEnvelope | None:
    from ...models.envelope import Envelope  # noqa: PLC0415
    from ...models.tests_created_envelope import TestsCreatedEnvelope  # noqa: PLC0415

    if response.status_code == 201:
        with _d.gc_paused_for(response.content):
            response_201 = TestsCreatedEnvelope.from_dict(orjson.loads(response.content))

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
) -> Response[Envelope | TestsCreatedEnvelope]:
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
    body: list[TestWrite] | TestWrite,
) -> Response[Envelope | TestsCreatedEnvelope]:
    """Create one or more tests in this bucket.

     The body is one test object or an array of them; the answer holds the test or the tests created.

    Args:
        bucket_key (str):
        body (list[TestWrite] | TestWrite): One test or an array of them (facts, Shapes).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | TestsCreatedEnvelope]
    """

    kwargs = _get_kwargs(
        bucket_key=bucket_key,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    bucket_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[TestWrite] | TestWrite,
) -> Envelope | TestsCreatedEnvelope | None:
    """Create one or more tests in this bucket.

     The body is one test object or an array of them; the answer holds the test or the tests created.

    Args:
        bucket_key (str):
        body (list[TestWrite] | TestWrite): One test or an array of them (facts, Shapes).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Envelope | TestsCreatedEnvelope
    """

    return sync_detailed(
        bucket_key=bucket_key,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    bucket_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[TestWrite] | TestWrite,
) -> Response[Envelope | TestsCreatedEnvelope]:
    """Create one or more tests in this bucket.

     The body is one test object or an array of them; the answer holds the test or the tests created.

    Args:
        bucket_key (str):
        body (list[TestWrite] | TestWrite): One test or an array of them (facts, Shapes).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | TestsCreatedEnvelope]
    """

    kwargs = _get_kwargs(
        bucket_key=bucket_key,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    bucket_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[TestWrite] | TestWrite,
) -> Envelope | TestsCreatedEnvelope | None:
    """Create one or more tests in this bucket.

     The body is one test object or an array of them; the answer holds the test or the tests created.

    Args:
        bucket_key (str):
        body (list[TestWrite] | TestWrite): One test or an array of them (facts, Shapes).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Envelope | TestsCreatedEnvelope
    """

    return (
        await asyncio_detailed(
            bucket_key=bucket_key,
            client=client,
            body=body,
        )
    ).parsed
