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
    from ...models.trigger_envelope import TriggerEnvelope
    from ...models.trigger_test_variables import TriggerTestVariables


def _get_kwargs(
    trigger_id: str,
    *,
    runscope_environment: str | Unset = UNSET,
    variables: TriggerTestVariables | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["runscope_environment"] = runscope_environment

    json_variables: dict[str, Any] | Unset = UNSET
    if not isinstance(variables, Unset):
        json_variables = variables.to_dict()
    if not isinstance(json_variables, Unset):
        params.update(json_variables)

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/radar/{trigger_id}/trigger".format(
            trigger_id=quote(str(trigger_id), safe=""),
        ),
    }
    if params:  # an empty params= still makes httpx parse and rebuild the URL once more
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | TriggerEnvelope | None:
    from ...models.envelope import Envelope  # noqa: PLC0415
    from ...models.trigger_envelope import TriggerEnvelope  # noqa: PLC0415

    if response.status_code == 200:
        with _d.gc_paused_for(response.content):
            response_200 = TriggerEnvelope.from_dict(orjson.loads(response.content))

        return response_200

    if response.status_code == 201:
        with _d.gc_paused_for(response.content):
            response_201 = TriggerEnvelope.from_dict(orjson.loads(response.content))

        return response_201

    if response.status_code == 400:
        with _d.gc_paused_for(response.content):
            response_400 = Envelope.from_dict(orjson.loads(response.content))

        return response_400

    if response.status_code == 401:
        with _d.gc_paused_for(response.content):
            response_401 = Envelope.from_dict(orjson.loads(response.content))

        return response_401

    if response.status_code == 404:
        with _d.gc_paused_for(response.content):
            response_404 = Envelope.from_dict(orjson.loads(response.content))

        return response_404

    if response.status_code == 429:
        with _d.gc_paused_for(response.content):
            response_429 = Envelope.from_dict(orjson.loads(response.content))

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | TriggerEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    trigger_id: str,
    *,
    client: AuthenticatedClient | Client,
    runscope_environment: str | Unset = UNSET,
    variables: TriggerTestVariables | Unset = UNSET,
) -> Response[Envelope | TriggerEnvelope]:
    """Start runs of a test (one per environment region) through its trigger URL.

     At most 10 triggers per 10 seconds per trigger URL; beyond that the answer is 429 (facts, Running
    tests).

    Args:
        trigger_id (str):
        runscope_environment (str | Unset):
        variables (TriggerTestVariables | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | TriggerEnvelope]
    """

    kwargs = _get_kwargs(
        trigger_id=trigger_id,
        runscope_environment=runscope_environment,
        variables=variables,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    trigger_id: str,
    *,
    client: AuthenticatedClient | Client,
    runscope_environment: str | Unset = UNSET,
    variables: TriggerTestVariables | Unset = UNSET,
) -> Envelope | TriggerEnvelope | None:
    """Start runs of a test (one per environment region) through its trigger URL.

     At most 10 triggers per 10 seconds per trigger URL; beyond that the answer is 429 (facts, Running
    tests).

    Args:
        trigger_id (str):
        runscope_environment (str | Unset):
        variables (TriggerTestVariables | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Envelope | TriggerEnvelope
    """

    return sync_detailed(
        trigger_id=trigger_id,
        client=client,
        runscope_environment=runscope_environment,
        variables=variables,
    ).parsed


async def asyncio_detailed(
    trigger_id: str,
    *,
    client: AuthenticatedClient | Client,
    runscope_environment: str | Unset = UNSET,
    variables: TriggerTestVariables | Unset = UNSET,
) -> Response[Envelope | TriggerEnvelope]:
    """Start runs of a test (one per environment region) through its trigger URL.

     At most 10 triggers per 10 seconds per trigger URL; beyond that the answer is 429 (facts, Running
    tests).

    Args:
        trigger_id (str):
        runscope_environment (str | Unset):
        variables (TriggerTestVariables | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | TriggerEnvelope]
    """

    kwargs = _get_kwargs(
        trigger_id=trigger_id,
        runscope_environment=runscope_environment,
        variables=variables,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    trigger_id: str,
    *,
    client: AuthenticatedClient | Client,
    runscope_environment: str | Unset = UNSET,
    variables: TriggerTestVariables | Unset = UNSET,
) -> Envelope | TriggerEnvelope | None:
    """Start runs of a test (one per environment region) through its trigger URL.

     At most 10 triggers per 10 seconds per trigger URL; beyond that the answer is 429 (facts, Running
    tests).

    Args:
        trigger_id (str):
        runscope_environment (str | Unset):
        variables (TriggerTestVariables | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Envelope | TriggerEnvelope
    """

    return (
        await asyncio_detailed(
            trigger_id=trigger_id,
            client=client,
            runscope_environment=runscope_environment,
            variables=variables,
        )
    ).parsed
