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
    from ...models.test_run_result import TestRunResult


def _get_kwargs(
    test_run_id: str,
    *,
    advanced_metrics: bool | Unset = UNSET,
    advanced_metrics_by_flow: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["advanced_metrics"] = advanced_metrics

    params["advanced_metrics_by_flow"] = advanced_metrics_by_flow

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/results/testRun/{test_run_id}".format(
            test_run_id=quote(str(test_run_id), safe=""),
        ),
    }
    if params:  # an empty params= still makes httpx parse and rebuild the URL once more
        _kwargs["params"] = params

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | TestRunResult | None:
    from ...models.error import Error  # noqa: PLC0415
    from ...models.test_run_result import TestRunResult  # noqa: PLC0415

    if response.status_code == 200:
        with _d.gc_paused_for(response.content):
            response_200 = TestRunResult.from_dict(orjson.loads(response.content))

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
) -> Response[Error | TestRunResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    test_run_id: str,
    *,
    client: AuthenticatedClient | Client,
    advanced_metrics: bool | Unset = UNSET,
    advanced_metrics_by_flow: bool | Unset = UNSET,
) -> Response[Error | TestRunResult]:
    """Get a test run summary

     Retrieve detailed information about a test run and its outcome.

    Args:
        test_run_id (str):
        advanced_metrics (bool | Unset):
        advanced_metrics_by_flow (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TestRunResult]
    """

    kwargs = _get_kwargs(
        test_run_id=test_run_id,
        advanced_metrics=advanced_metrics,
        advanced_metrics_by_flow=advanced_metrics_by_flow,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    test_run_id: str,
    *,
    client: AuthenticatedClient | Client,
    advanced_metrics: bool | Unset = UNSET,
    advanced_metrics_by_flow: bool | Unset = UNSET,
) -> Error | TestRunResult | None:
    """Get a test run summary

     Retrieve detailed information about a test run and its outcome.

    Args:
        test_run_id (str):
        advanced_metrics (bool | Unset):
        advanced_metrics_by_flow (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TestRunResult
    """

    return sync_detailed(
        test_run_id=test_run_id,
        client=client,
        advanced_metrics=advanced_metrics,
        advanced_metrics_by_flow=advanced_metrics_by_flow,
    ).parsed


async def asyncio_detailed(
    test_run_id: str,
    *,
    client: AuthenticatedClient | Client,
    advanced_metrics: bool | Unset = UNSET,
    advanced_metrics_by_flow: bool | Unset = UNSET,
) -> Response[Error | TestRunResult]:
    """Get a test run summary

     Retrieve detailed information about a test run and its outcome.

    Args:
        test_run_id (str):
        advanced_metrics (bool | Unset):
        advanced_metrics_by_flow (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TestRunResult]
    """

    kwargs = _get_kwargs(
        test_run_id=test_run_id,
        advanced_metrics=advanced_metrics,
        advanced_metrics_by_flow=advanced_metrics_by_flow,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    test_run_id: str,
    *,
    client: AuthenticatedClient | Client,
    advanced_metrics: bool | Unset = UNSET,
    advanced_metrics_by_flow: bool | Unset = UNSET,
) -> Error | TestRunResult | None:
    """Get a test run summary

     Retrieve detailed information about a test run and its outcome.

    Args:
        test_run_id (str):
        advanced_metrics (bool | Unset):
        advanced_metrics_by_flow (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TestRunResult
    """

    return (
        await asyncio_detailed(
            test_run_id=test_run_id,
            client=client,
            advanced_metrics=advanced_metrics,
            advanced_metrics_by_flow=advanced_metrics_by_flow,
        )
    ).parsed
