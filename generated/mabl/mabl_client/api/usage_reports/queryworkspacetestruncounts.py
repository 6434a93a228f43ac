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
    from ...models.granularity import Granularity
    from ...models.group_by import GroupBy
    from ...models.test_run_counts import TestRunCounts
    from ...models.test_type import TestType


def _get_kwargs(
    workspace_id: str,
    *,
    start_time: int,
    end_time: int,
    granularity: Granularity,
    group_by: GroupBy | Unset = UNSET,
    application_id: str | Unset = UNSET,
    plan_id: str | Unset = UNSET,
    test_type: TestType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start_time"] = start_time

    params["end_time"] = end_time

    json_granularity = granularity.value
    params["granularity"] = json_granularity

    json_group_by: str | Unset = UNSET
    if not isinstance(group_by, Unset):
        json_group_by = group_by.value

    params["group_by"] = json_group_by

    params["application_id"] = application_id

    params["plan_id"] = plan_id

    json_test_type: str | Unset = UNSET
    if not isinstance(test_type, Unset):
        json_test_type = test_type.value

    params["test_type"] = json_test_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/workspaces/{workspace_id}/reports/usage/testRunCounts".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
    }
    if params:  # an empty params= still makes httpx parse and rebuild the URL once more
        _kwargs["params"] = params

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | TestRunCounts | None:
    from ...models.error import Error  # noqa: PLC0415
    from ...models.test_run_counts import TestRunCounts  # noqa: PLC0415

    if response.status_code == 200:
        with _d.gc_paused_for(response.content):
            response_200 = TestRunCounts.from_dict(orjson.loads(response.content))

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
) -> Response[Error | TestRunCounts]:
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
    start_time: int,
    end_time: int,
    granularity: Granularity,
    group_by: GroupBy | Unset = UNSET,
    application_id: str | Unset = UNSET,
    plan_id: str | Unset = UNSET,
    test_type: TestType | Unset = UNSET,
) -> Response[Error | TestRunCounts]:
    """Query test run counts

     Retrieve the count of test runs in an active workspace, aggregated into time buckets. Each bucket
    reports the total number of runs that started within the bucket window, as well as how many of those
    passed and how many failed or were terminated. Useful for plotting test activity over time, tracking
    reliability trends, and feeding external dashboards with per-day/week/month usage metrics. Runs are
    counted by their `start_time`, not `end_time` — a long-running test that starts on day D and
    finishes on day D+1 is attributed to day D. In-flight runs (ones that have started but not yet
    completed) are included in `total_test_runs` and counted as `failed_test_runs` until they complete,
    since they have not yet succeeded. Optional filters (`application_id`, `plan_id`, `test_type`)
    narrow the underlying row set. Optional `group_by` (`plan` or `application`) breaks each time bucket
    further into one bucket per group value, with the `group_id` field on each bucket identifying the
    dimension value. All timestamps in requests and responses are Unix epoch milliseconds. Bucket
    boundaries are aligned to UTC; convert to local time on the client side if needed. Time range is
    capped by granularity: daily (90 days), weekly/monthly (400 days). Data is served live from the test
    run database, so results reflect runs completed within seconds of the request.

    Args:
        workspace_id (str):
        start_time (int): A point in time, Unix epoch milliseconds (facts §1).
        end_time (int): A point in time, Unix epoch milliseconds (facts §1).
        granularity (Granularity): Bucket size; the window may span 90 days by day, 400 days by
            week or month.
        group_by (GroupBy | Unset):
        application_id (str | Unset):
        plan_id (str | Unset):
        test_type (TestType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TestRunCounts]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        start_time=start_time,
        end_time=end_time,
        granularity=granularity,
        group_by=group_by,
        application_id=application_id,
        plan_id=plan_id,
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
    start_time: int,
    end_time: int,
    granularity: Granularity,
    group_by: GroupBy | Unset = UNSET,
    application_id: str | Unset = UNSET,
    plan_id: str | Unset = UNSET,
    test_type: TestType | Unset = UNSET,
) -> Error | TestRunCounts | None:
    """Query test run counts

     Retrieve the count of test runs in an active workspace, aggregated into time buckets. Each bucket
    reports the total number of runs that started within the bucket window, as well as how many of those
    passed and how many failed or were terminated. Useful for plotting test activity over time, tracking
    reliability trends, and feeding external dashboards with per-day/week/month usage metrics. Runs are
    counted by their `start_time`, not `end_time` — a long-running test that starts on day D and
    finishes on day D+1 is attributed to day D. In-flight runs (ones that have started but not yet
    completed) are included in `total_test_runs` and counted as `failed_test_runs` until they complete,
    since they have not yet succeeded. Optional filters (`application_id`, `plan_id`, `test_type`)
    narrow the underlying row set. Optional `group_by` (`plan` or `application`) breaks each time bucket
    further into one bucket per group value, with the `group_id` field on each bucket identifying the
    dimension value. All timestamps in requests and responses are Unix epoch milliseconds. Bucket
    boundaries are aligned to UTC; convert to local time on the client side if needed. Time range is
    capped by granularity: daily (90 days), weekly/monthly (400 days). Data is served live from the test
    run database, so results reflect runs completed within seconds of the request.

    Args:
        workspace_id (str):
        start_time (int): A point in time, Unix epoch milliseconds (facts §1).
        end_time (int): A point in time, Unix epoch milliseconds (facts §1).
        granularity (Granularity): Bucket size; the window may span 90 days by day, 400 days by
            week or month.
        group_by (GroupBy | Unset):
        application_id (str | Unset):
        plan_id (str | Unset):
        test_type (TestType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TestRunCounts
    """

    return sync_detailed(
        workspace_id=workspace_id,
        client=client,
        start_time=start_time,
        end_time=end_time,
        granularity=granularity,
        group_by=group_by,
        application_id=application_id,
        plan_id=plan_id,
        test_type=test_type,
    ).parsed


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    start_time: int,
    end_time: int,
    granularity: Granularity,
    group_by: GroupBy | Unset = UNSET,
    application_id: str | Unset = UNSET,
    plan_id: str | Unset = UNSET,
    test_type: TestType | Unset = UNSET,
) -> Response[Error | TestRunCounts]:
    """Query test run counts

     Retrieve the count of test runs in an active workspace, aggregated into time buckets. Each bucket
    reports the total number of runs that started within the bucket window, as well as how many of those
    passed and how many failed or were terminated. Useful for plotting test activity over time, tracking
    reliability trends, and feeding external dashboards with per-day/week/month usage metrics. Runs are
    counted by their `start_time`, not `end_time` — a long-running test that starts on day D and
    finishes on day D+1 is attributed to day D. In-flight runs (ones that have started but not yet
    completed) are included in `total_test_runs` and counted as `failed_test_runs` until they complete,
    since they have not yet succeeded. Optional filters (`application_id`, `plan_id`, `test_type`)
    narrow the underlying row set. Optional `group_by` (`plan` or `application`) breaks each time bucket
    further into one bucket per group value, with the `group_id` field on each bucket identifying the
    dimension value. All timestamps in requests and responses are Unix epoch milliseconds. Bucket
    boundaries are aligned to UTC; convert to local time on the client side if needed. Time range is
    capped by granularity: daily (90 days), weekly/monthly (400 days). Data is served live from the test
    run database, so results reflect runs completed within seconds of the request.

    Args:
        workspace_id (str):
        start_time (int): A point in time, Unix epoch milliseconds (facts §1).
        end_time (int): A point in time, Unix epoch milliseconds (facts §1).
        granularity (Granularity): Bucket size; the window may span 90 days by day, 400 days by
            week or month.
        group_by (GroupBy | Unset):
        application_id (str | Unset):
        plan_id (str | Unset):
        test_type (TestType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TestRunCounts]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        start_time=start_time,
        end_time=end_time,
        granularity=granularity,
        group_by=group_by,
        application_id=application_id,
        plan_id=plan_id,
        test_type=test_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    start_time: int,
    end_time: int,
    granularity: Granularity,
    group_by: GroupBy | Unset = UNSET,
    application_id: str | Unset = UNSET,
    plan_id: str | Unset = UNSET,
    test_type: TestType | Unset = UNSET,
) -> Error | TestRunCounts | None:
    """Query test run counts

     Retrieve the count of test runs in an active workspace, aggregated into time buckets. Each bucket
    reports the total number of runs that started within the bucket window, as well as how many of those
    passed and how many failed or were terminated. Useful for plotting test activity over time, tracking
    reliability trends, and feeding external dashboards with per-day/week/month usage metrics. Runs are
    counted by their `start_time`, not `end_time` — a long-running test that starts on day D and
    finishes on day D+1 is attributed to day D. In-flight runs (ones that have started but not yet
    completed) are included in `total_test_runs` and counted as `failed_test_runs` until they complete,
    since they have not yet succeeded. Optional filters (`application_id`, `plan_id`, `test_type`)
    narrow the underlying row set. Optional `group_by` (`plan` or `application`) breaks each time bucket
    further into one bucket per group value, with the `group_id` field on each bucket identifying the
    dimension value. All timestamps in requests and responses are Unix epoch milliseconds. Bucket
    boundaries are aligned to UTC; convert to local time on the client side if needed. Time range is
    capped by granularity: daily (90 days), weekly/monthly (400 days). Data is served live from the test
    run database, so results reflect runs completed within seconds of the request.

    Args:
        workspace_id (str):
        start_time (int): A point in time, Unix epoch milliseconds (facts §1).
        end_time (int): A point in time, Unix epoch milliseconds (facts §1).
        granularity (Granularity): Bucket size; the window may span 90 days by day, 400 days by
            week or month.
        group_by (GroupBy | Unset):
        application_id (str | Unset):
        plan_id (str | Unset):
        test_type (TestType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TestRunCounts
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            start_time=start_time,
            end_time=end_time,
            granularity=granularity,
            group_by=group_by,
            application_id=application_id,
            plan_id=plan_id,
            test_type=test_type,
        )
    ).parsed
