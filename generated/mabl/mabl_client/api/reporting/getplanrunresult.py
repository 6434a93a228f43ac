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
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.plan_run_result import PlanRunResult


def _get_kwargs(
    plan_run_id: str,
    *,
    advanced_metrics: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["advanced_metrics"] = advanced_metrics

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/results/planRun/{plan_run_id}".format(
            plan_run_id=quote(str(plan_run_id), safe=""),
        ),
    }
    if params:  # an empty params= still makes httpx parse and rebuild the URL once more
        _kwargs["params"] = params

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | PlanRunResult | None:
    from ...models.error import Error  # noqa: PLC0415
    from ...models.plan_run_result import PlanRunResult  # noqa: PLC0415

    if response.status_code == 200:
        with _d.gc_paused_for(response.content):
            response_200 = PlanRunResult.from_dict(orjson.loads(response.content))

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | PlanRunResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    plan_run_id: str,
    *,
    client: AuthenticatedClient | Client,
    advanced_metrics: bool | Unset = UNSET,
) -> Response[Error | PlanRunResult]:
    """Get a plan run summary

     Retrieve detailed information about this plan run, including each of its test runs.

    Args:
        plan_run_id (str):
        advanced_metrics (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PlanRunResult]
    """

    kwargs = _get_kwargs(
        plan_run_id=plan_run_id,
        advanced_metrics=advanced_metrics,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    plan_run_id: str,
    *,
    client: AuthenticatedClient | Client,
    advanced_metrics: bool | Unset = UNSET,
) -> Error | PlanRunResult | None:
    """Get a plan run summary

     Retrieve detailed information about this plan run, including each of its test runs.

    Args:
        plan_run_id (str):
        advanced_metrics (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PlanRunResult
    """

    return sync_detailed(
        plan_run_id=plan_run_id,
        client=client,
        advanced_metrics=advanced_metrics,
    ).parsed


async def asyncio_detailed(
    plan_run_id: str,
    *,
    client: AuthenticatedClient | Client,
    advanced_metrics: bool | Unset = UNSET,
) -> Response[Error | PlanRunResult]:
    """Get a plan run summary

     Retrieve detailed information about this plan run, including each of its test runs.

    Args:
        plan_run_id (str):
        advanced_metrics (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PlanRunResult]
    """

    kwargs = _get_kwargs(
        plan_run_id=plan_run_id,
        advanced_metrics=advanced_metrics,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    plan_run_id: str,
    *,
    client: AuthenticatedClient | Client,
    advanced_metrics: bool | Unset = UNSET,
) -> Error | PlanRunResult | None:
    """Get a plan run summary

     Retrieve detailed information about this plan run, including each of its test runs.

    Args:
        plan_run_id (str):
        advanced_metrics (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PlanRunResult
    """

    return (
        await asyncio_detailed(
            plan_run_id=plan_run_id,
            client=client,
            advanced_metrics=advanced_metrics,
        )
    ).parsed
