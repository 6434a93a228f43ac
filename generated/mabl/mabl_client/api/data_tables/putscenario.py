# Generated from specs/mabl/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/mabl/GENERATED.json.
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
    from ...models.error import Error
    from ...models.scenario import Scenario
    from ...models.scenario_fields import ScenarioFields


def _get_kwargs(
    scenario_id: str,
    *,
    body: ScenarioFields,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/dataTables/scenarios/{scenario_id}".format(
            scenario_id=quote(str(scenario_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Scenario | None:
    from ...models.error import Error  # noqa: PLC0415
    from ...models.scenario import Scenario  # noqa: PLC0415

    if response.status_code == 200:
        with _d.gc_paused_for(response.content):
            response_200 = Scenario.from_dict(orjson.loads(response.content))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Scenario]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    scenario_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ScenarioFields,
) -> Response[Error | Scenario]:
    """Update Scenario

     Update a scenario and/or its variable values

    Args:
        scenario_id (str):
        body (ScenarioFields):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Scenario]
    """

    kwargs = _get_kwargs(
        scenario_id=scenario_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    scenario_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ScenarioFields,
) -> Error | Scenario | None:
    """Update Scenario

     Update a scenario and/or its variable values

    Args:
        scenario_id (str):
        body (ScenarioFields):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Scenario
    """

    return sync_detailed(
        scenario_id=scenario_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    scenario_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ScenarioFields,
) -> Response[Error | Scenario]:
    """Update Scenario

     Update a scenario and/or its variable values

    Args:
        scenario_id (str):
        body (ScenarioFields):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Scenario]
    """

    kwargs = _get_kwargs(
        scenario_id=scenario_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    scenario_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ScenarioFields,
) -> Error | Scenario | None:
    """Update Scenario

     Update a scenario and/or its variable values

    Args:
        scenario_id (str):
        body (ScenarioFields):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Scenario
    """

    return (
        await asyncio_detailed(
            scenario_id=scenario_id,
            client=client,
            body=body,
        )
    ).parsed
