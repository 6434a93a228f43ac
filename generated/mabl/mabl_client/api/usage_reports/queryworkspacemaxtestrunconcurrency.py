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
    from ...models.max_test_run_concurrency import MaxTestRunConcurrency
    from ...models.test_type import TestType


def _get_kwargs(
    workspace_id: str,
    *,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    test_type: TestType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start_time"] = start_time

    params["end_time"] = end_time

    json_test_type: str | Unset = UNSET
    if not isinstance(test_type, Unset):
        json_test_type = test_type.value

    params["test_type"] = json_test_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/workspaces/{workspace_id}/reports/usage/maxTestRunConcurrency".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
    }
    if params:  # an empty params= still makes httpx parse and rebuild the URL once more
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MaxTestRunConcurrency | None:
    from ...models.error import Error  # noqa: PLC0415
    from ...models.max_test_run_concurrency import MaxTestRunConcurrency  # noqa: PLC0415

    if response.status_code == 200:
        with _d.gc_paused_for(response.content):
            response_200 = MaxTestRunConcurrency.from_dict(orjson.loads(response.content))

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
) -> Response[Error | MaxTestRunConcurrency]:
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
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    test_type: TestType | Unset = UNSET,
) -> Response[Error | MaxTestRunConcurrency]:
    """Query workspace daily maximum concurrent test runs

     Retrieve the daily maximum number of simultaneously executing test runs in an active workspace,
    along with the workspace's configured test run concurrency limit for the same test type. The
    reported `max_test_run_concurrency` is computed as the maximum number of runs executing at any
    single instant during the day — not an average, not a count of runs started. If ten runs start and
    finish within the same minute but a different run was also executing for that minute, the maximum
    for that minute is eleven. Use this endpoint to track how close a workspace is running to its
    purchased concurrency capacity, decide when to request a limit increase, identify load bursts, or
    correlate peak usage with customer-side deployment or traffic patterns. Compare the
    `max_test_run_concurrency` values against `configured_test_run_concurrency_limit` to see headroom.
    Data is pre-aggregated from billable events by a background job that runs every 12 hours, so values
    for the current calendar day may be incomplete until the next aggregation cycle finishes. Time range
    cannot exceed 90 days. If `start_time` and `end_time` are both omitted, the endpoint returns the
    last 90 completed days ending at the start of the current UTC day. The
    `configured_test_run_concurrency_limit` is resolved against the requested `test_type`. For `browser`
    (the default when unspecified), it is the sum of the workspace's Linux, macOS, and Windows browser
    quotas. For `api`, `mobile`, or `performance`, it is the single numeric quota for that resource. A
    workspace with no configured quota for a given test type returns
    `configured_test_run_concurrency_limit: 0`.

    Args:
        workspace_id (str):
        start_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
        end_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
        test_type (TestType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MaxTestRunConcurrency]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        start_time=start_time,
        end_time=end_time,
        test_type=test_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    test_type: TestType | Unset = UNSET,
) -> Error | MaxTestRunConcurrency | None:
    """Query workspace daily maximum concurrent test runs

     Retrieve the daily maximum number of simultaneously executing test runs in an active workspace,
    along with the workspace's configured test run concurrency limit for the same test type. The
    reported `max_test_run_concurrency` is computed as the maximum number of runs executing at any
    single instant during the day — not an average, not a count of runs started. If ten runs start and
    finish within the same minute but a different run was also executing for that minute, the maximum
    for that minute is eleven. Use this endpoint to track how close a workspace is running to its
    purchased concurrency capacity, decide when to request a limit increase, identify load bursts, or
    correlate peak usage with customer-side deployment or traffic patterns. Compare the
    `max_test_run_concurrency` values against `configured_test_run_concurrency_limit` to see headroom.
    Data is pre-aggregated from billable events by a background job that runs every 12 hours, so values
    for the current calendar day may be incomplete until the next aggregation cycle finishes. Time range
    cannot exceed 90 days. If `start_time` and `end_time` are both omitted, the endpoint returns the
    last 90 completed days ending at the start of the current UTC day. The
    `configured_test_run_concurrency_limit` is resolved against the requested `test_type`. For `browser`
    (the default when unspecified), it is the sum of the workspace's Linux, macOS, and Windows browser
    quotas. For `api`, `mobile`, or `performance`, it is the single numeric quota for that resource. A
    workspace with no configured quota for a given test type returns
    `configured_test_run_concurrency_limit: 0`.

    Args:
        workspace_id (str):
        start_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
        end_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
        test_type (TestType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MaxTestRunConcurrency
    """

    return sync_detailed(
        workspace_id=workspace_id,
        client=client,
        start_time=start_time,
        end_time=end_time,
        test_type=test_type,
    ).parsed


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    test_type: TestType | Unset = UNSET,
) -> Response[Error | MaxTestRunConcurrency]:
    """Query workspace daily maximum concurrent test runs

     Retrieve the daily maximum number of simultaneously executing test runs in an active workspace,
    along with the workspace's configured test run concurrency limit for the same test type. The
    reported `max_test_run_concurrency` is computed as the maximum number of runs executing at any
    single instant during the day — not an average, not a count of runs started. If ten runs start and
    finish within the same minute but a different run was also executing for that minute, the maximum
    for that minute is eleven. Use this endpoint to track how close a workspace is running to its
    purchased concurrency capacity, decide when to request a limit increase, identify load bursts, or
    correlate peak usage with customer-side deployment or traffic patterns. Compare the
    `max_test_run_concurrency` values against `configured_test_run_concurrency_limit` to see headroom.
    Data is pre-aggregated from billable events by a background job that runs every 12 hours, so values
    for the current calendar day may be incomplete until the next aggregation cycle finishes. Time range
    cannot exceed 90 days. If `start_time` and `end_time` are both omitted, the endpoint returns the
    last 90 completed days ending at the start of the current UTC day. The
    `configured_test_run_concurrency_limit` is resolved against the requested `test_type`. For `browser`
    (the default when unspecified), it is the sum of the workspace's Linux, macOS, and Windows browser
    quotas. For `api`, `mobile`, or `performance`, it is the single numeric quota for that resource. A
    workspace with no configured quota for a given test type returns
    `configured_test_run_concurrency_limit: 0`.

    Args:
        workspace_id (str):
        start_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
        end_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
        test_type (TestType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MaxTestRunConcurrency]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        start_time=start_time,
        end_time=end_time,
        test_type=test_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    test_type: TestType | Unset = UNSET,
) -> Error | MaxTestRunConcurrency | None:
    """Query workspace daily maximum concurrent test runs

     Retrieve the daily maximum number of simultaneously executing test runs in an active workspace,
    along with the workspace's configured test run concurrency limit for the same test type. The
    reported `max_test_run_concurrency` is computed as the maximum number of runs executing at any
    single instant during the day — not an average, not a count of runs started. If ten runs start and
    finish within the same minute but a different run was also executing for that minute, the maximum
    for that minute is eleven. Use this endpoint to track how close a workspace is running to its
    purchased concurrency capacity, decide when to request a limit increase, identify load bursts, or
    correlate peak usage with customer-side deployment or traffic patterns. Compare the
    `max_test_run_concurrency` values against `configured_test_run_concurrency_limit` to see headroom.
    Data is pre-aggregated from billable events by a background job that runs every 12 hours, so values
    for the current calendar day may be incomplete until the next aggregation cycle finishes. Time range
    cannot exceed 90 days. If `start_time` and `end_time` are both omitted, the endpoint returns the
    last 90 completed days ending at the start of the current UTC day. The
    `configured_test_run_concurrency_limit` is resolved against the requested `test_type`. For `browser`
    (the default when unspecified), it is the sum of the workspace's Linux, macOS, and Windows browser
    quotas. For `api`, `mobile`, or `performance`, it is the single numeric quota for that resource. A
    workspace with no configured quota for a given test type returns
    `configured_test_run_concurrency_limit: 0`.

    Args:
        workspace_id (str):
        start_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
        end_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
        test_type (TestType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MaxTestRunConcurrency
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            start_time=start_time,
            end_time=end_time,
            test_type=test_type,
        )
    ).parsed
