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
    from ...models.batch_test_run_results import BatchTestRunResults
    from ...models.error import Error


def _get_kwargs(
    workspace_id: str,
    *,
    application_id: str | Unset = UNSET,
    environment_id: str | Unset = UNSET,
    test_id: str | Unset = UNSET,
    test_label: str | Unset = UNSET,
    plan_id: str | Unset = UNSET,
    plan_label: str | Unset = UNSET,
    outcomes: list[str] | Unset = UNSET,
    earliest_run_start_time: int | Unset = UNSET,
    latest_run_start_time: int | Unset = UNSET,
    advanced_metrics: bool | Unset = UNSET,
    limit: int | Unset = 500,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["application_id"] = application_id

    params["environment_id"] = environment_id

    params["test_id"] = test_id

    params["test_label"] = test_label

    params["plan_id"] = plan_id

    params["plan_label"] = plan_label

    json_outcomes: list[str] | Unset = UNSET
    if not isinstance(outcomes, Unset):
        json_outcomes = outcomes

    params["outcomes"] = json_outcomes

    params["earliest_run_start_time"] = earliest_run_start_time

    params["latest_run_start_time"] = latest_run_start_time

    params["advanced_metrics"] = advanced_metrics

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/results/workspace/{workspace_id}/testRuns".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
    }
    if params:  # an empty params= still makes httpx parse and rebuild the URL once more
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchTestRunResults | Error | None:
    from ...models.batch_test_run_results import BatchTestRunResults  # noqa: PLC0415
    from ...models.error import Error  # noqa: PLC0415

    if response.status_code == 200:
        with _d.gc_paused_for(response.content):
            response_200 = BatchTestRunResults.from_dict(orjson.loads(response.content))

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
) -> Response[BatchTestRunResults | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    application_id: str | Unset = UNSET,
    environment_id: str | Unset = UNSET,
    test_id: str | Unset = UNSET,
    test_label: str | Unset = UNSET,
    plan_id: str | Unset = UNSET,
    plan_label: str | Unset = UNSET,
    outcomes: list[str] | Unset = UNSET,
    earliest_run_start_time: int | Unset = UNSET,
    latest_run_start_time: int | Unset = UNSET,
    advanced_metrics: bool | Unset = UNSET,
    limit: int | Unset = 500,
    cursor: str | Unset = UNSET,
) -> Response[BatchTestRunResults | Error]:
    """Get test run summaries over a time range

     Get results for a batch of test runs, with filtering available for time range, test/plan labels,
    test ID, plan ID, application ID, environment ID, and status.

    Args:
        workspace_id (str):
        application_id (str | Unset):
        environment_id (str | Unset):
        test_id (str | Unset):
        test_label (str | Unset):
        plan_id (str | Unset):
        plan_label (str | Unset):
        outcomes (list[str] | Unset):
        earliest_run_start_time (int | Unset): A point in time, Unix epoch milliseconds (facts
            §1).
        latest_run_start_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
        advanced_metrics (bool | Unset):
        limit (int | Unset):  Default: 500.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchTestRunResults | Error]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        application_id=application_id,
        environment_id=environment_id,
        test_id=test_id,
        test_label=test_label,
        plan_id=plan_id,
        plan_label=plan_label,
        outcomes=outcomes,
        earliest_run_start_time=earliest_run_start_time,
        latest_run_start_time=latest_run_start_time,
        advanced_metrics=advanced_metrics,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    application_id: str | Unset = UNSET,
    environment_id: str | Unset = UNSET,
    test_id: str | Unset = UNSET,
    test_label: str | Unset = UNSET,
    plan_id: str | Unset = UNSET,
    plan_label: str | Unset = UNSET,
    outcomes: list[str] | Unset = UNSET,
    earliest_run_start_time: int | Unset = UNSET,
    latest_run_start_time: int | Unset = UNSET,
    advanced_metrics: bool | Unset = UNSET,
    limit: int | Unset = 500,
    cursor: str | Unset = UNSET,
) -> BatchTestRunResults | Error | None:
    """Get test run summaries over a time range

     Get results for a batch of test runs, with filtering available for time range, test/plan labels,
    test ID, plan ID, application ID, environment ID, and status.

    Args:
        workspace_id (str):
        application_id (str | Unset):
        environment_id (str | Unset):
        test_id (str | Unset):
        test_label (str | Unset):
        plan_id (str | Unset):
        plan_label (str | Unset):
        outcomes (list[str] | Unset):
        earliest_run_start_time (int | Unset): A point in time, Unix epoch milliseconds (facts
            §1).
        latest_run_start_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
        advanced_metrics (bool | Unset):
        limit (int | Unset):  Default: 500.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchTestRunResults | Error
    """

    return sync_detailed(
        workspace_id=workspace_id,
        client=client,
        application_id=application_id,
        environment_id=environment_id,
        test_id=test_id,
        test_label=test_label,
        plan_id=plan_id,
        plan_label=plan_label,
        outcomes=outcomes,
        earliest_run_start_time=earliest_run_start_time,
        latest_run_start_time=latest_run_start_time,
        advanced_metrics=advanced_metrics,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    application_id: str | Unset = UNSET,
    environment_id: str | Unset = UNSET,
    test_id: str | Unset = UNSET,
    test_label: str | Unset = UNSET,
    plan_id: str | Unset = UNSET,
    plan_label: str | Unset = UNSET,
    outcomes: list[str] | Unset = UNSET,
    earliest_run_start_time: int | Unset = UNSET,
    latest_run_start_time: int | Unset = UNSET,
    advanced_metrics: bool | Unset = UNSET,
    limit: int | Unset = 500,
    cursor: str | Unset = UNSET,
) -> Response[BatchTestRunResults | Error]:
    """Get test run summaries over a time range

     Get results for a batch of test runs, with filtering available for time range, test/plan labels,
    test ID, plan ID, application ID, environment ID, and status.

    Args:
        workspace_id (str):
        application_id (str | Unset):
        environment_id (str | Unset):
        test_id (str | Unset):
        test_label (str | Unset):
        plan_id (str | Unset):
        plan_label (str | Unset):
        outcomes (list[str] | Unset):
        earliest_run_start_time (int | Unset): A point in time, Unix epoch milliseconds (facts
            §1).
        latest_run_start_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
        advanced_metrics (bool | Unset):
        limit (int | Unset):  Default: 500.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchTestRunResults | Error]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        application_id=application_id,
        environment_id=environment_id,
        test_id=test_id,
        test_label=test_label,
        plan_id=plan_id,
        plan_label=plan_label,
        outcomes=outcomes,
        earliest_run_start_time=earliest_run_start_time,
        latest_run_start_time=latest_run_start_time,
        advanced_metrics=advanced_metrics,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    application_id: str | Unset = UNSET,
    environment_id: str | Unset = UNSET,
    test_id: str | Unset = UNSET,
    test_label: str | Unset = UNSET,
    plan_id: str | Unset = UNSET,
    plan_label: str | Unset = UNSET,
    outcomes: list[str] | Unset = UNSET,
    earliest_run_start_time: int | Unset = UNSET,
    latest_run_start_time: int | Unset = UNSET,
    advanced_metrics: bool | Unset = UNSET,
    limit: int | Unset = 500,
    cursor: str | Unset = UNSET,
) -> BatchTestRunResults | Error | None:
    """Get test run summaries over a time range

     Get results for a batch of test runs, with filtering available for time range, test/plan labels,
    test ID, plan ID, application ID, environment ID, and status.

    Args:
        workspace_id (str):
        application_id (str | Unset):
        environment_id (str | Unset):
        test_id (str | Unset):
        test_label (str | Unset):
        plan_id (str | Unset):
        plan_label (str | Unset):
        outcomes (list[str] | Unset):
        earliest_run_start_time (int | Unset): A point in time, Unix epoch milliseconds (facts
            §1).
        latest_run_start_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
        advanced_metrics (bool | Unset):
        limit (int | Unset):  Default: 500.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchTestRunResults | Error
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            application_id=application_id,
            environment_id=environment_id,
            test_id=test_id,
            test_label=test_label,
            plan_id=plan_id,
            plan_label=plan_label,
            outcomes=outcomes,
            earliest_run_start_time=earliest_run_start_time,
            latest_run_start_time=latest_run_start_time,
            advanced_metrics=advanced_metrics,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
