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
    from ...models.account_group_by import AccountGroupBy
    from ...models.error import Error
    from ...models.execution_seconds import ExecutionSeconds
    from ...models.granularity import Granularity
    from ...models.test_type import TestType


def _get_kwargs(
    account_id: str,
    *,
    start_time: int,
    end_time: int,
    granularity: Granularity,
    group_by: AccountGroupBy | Unset = UNSET,
    application_id: str | Unset = UNSET,
    plan_id: str | Unset = UNSET,
    test_type: TestType | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
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

    params["workspace_id"] = workspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts/{account_id}/reports/usage/executionSeconds".format(
            account_id=quote(str(account_id), safe=""),
        ),
    }
    if params:  # an empty params= still makes httpx parse and rebuild the URL once more
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ExecutionSeconds | None:
    from ...models.error import Error  # noqa: PLC0415
    from ...models.execution_seconds import ExecutionSeconds  # noqa: PLC0415

    if response.status_code == 200:
        with _d.gc_paused_for(response.content):
            response_200 = ExecutionSeconds.from_dict(orjson.loads(response.content))

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
) -> Response[Error | ExecutionSeconds]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    start_time: int,
    end_time: int,
    granularity: Granularity,
    group_by: AccountGroupBy | Unset = UNSET,
    application_id: str | Unset = UNSET,
    plan_id: str | Unset = UNSET,
    test_type: TestType | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> Response[Error | ExecutionSeconds]:
    """Query account execution seconds

     Same as `/workspaces/{workspace_id}/reports/usage/executionSeconds` but aggregates across every
    active workspace the authenticated caller has access to within the account. Use this for account-
    wide billing or utilization reports, or pair with `group_by=workspace` to produce a per-workspace
    breakdown of execution seconds. Scope to one workspace by passing its identifier as the
    `workspace_id` query parameter; the caller must have access to that workspace. All filter,
    granularity, `group_by`, and time-range rules are identical to the workspace-level endpoint. All
    timestamps are Unix epoch milliseconds.

    Args:
        account_id (str):
        start_time (int): A point in time, Unix epoch milliseconds (facts §1).
        end_time (int): A point in time, Unix epoch milliseconds (facts §1).
        granularity (Granularity): Bucket size; the window may span 90 days by day, 400 days by
            week or month.
        group_by (AccountGroupBy | Unset): The account reports can also split by workspace.
        application_id (str | Unset):
        plan_id (str | Unset):
        test_type (TestType | Unset):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ExecutionSeconds]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        start_time=start_time,
        end_time=end_time,
        granularity=granularity,
        group_by=group_by,
        application_id=application_id,
        plan_id=plan_id,
        test_type=test_type,
        workspace_id=workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    start_time: int,
    end_time: int,
    granularity: Granularity,
    group_by: AccountGroupBy | Unset = UNSET,
    application_id: str | Unset = UNSET,
    plan_id: str | Unset = UNSET,
    test_type: TestType | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> Error | ExecutionSeconds | None:
    """Query account execution seconds

     Same as `/workspaces/{workspace_id}/reports/usage/executionSeconds` but aggregates across every
    active workspace the authenticated caller has access to within the account. Use this for account-
    wide billing or utilization reports, or pair with `group_by=workspace` to produce a per-workspace
    breakdown of execution seconds. Scope to one workspace by passing its identifier as the
    `workspace_id` query parameter; the caller must have access to that workspace. All filter,
    granularity, `group_by`, and time-range rules are identical to the workspace-level endpoint. All
    timestamps are Unix epoch milliseconds.

    Args:
        account_id (str):
        start_time (int): A point in time, Unix epoch milliseconds (facts §1).
        end_time (int): A point in time, Unix epoch milliseconds (facts §1).
        granularity (Granularity): Bucket size; the window may span 90 days by day, 400 days by
            week or month.
        group_by (AccountGroupBy | Unset): The account reports can also split by workspace.
        application_id (str | Unset):
        plan_id (str | Unset):
        test_type (TestType | Unset):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ExecutionSeconds
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        start_time=start_time,
        end_time=end_time,
        granularity=granularity,
        group_by=group_by,
        application_id=application_id,
        plan_id=plan_id,
        test_type=test_type,
        workspace_id=workspace_id,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    start_time: int,
    end_time: int,
    granularity: Granularity,
    group_by: AccountGroupBy | Unset = UNSET,
    application_id: str | Unset = UNSET,
    plan_id: str | Unset = UNSET,
    test_type: TestType | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> Response[Error | ExecutionSeconds]:
    """Query account execution seconds

     Same as `/workspaces/{workspace_id}/reports/usage/executionSeconds` but aggregates across every
    active workspace the authenticated caller has access to within the account. Use this for account-
    wide billing or utilization reports, or pair with `group_by=workspace` to produce a per-workspace
    breakdown of execution seconds. Scope to one workspace by passing its identifier as the
    `workspace_id` query parameter; the caller must have access to that workspace. All filter,
    granularity, `group_by`, and time-range rules are identical to the workspace-level endpoint. All
    timestamps are Unix epoch milliseconds.

    Args:
        account_id (str):
        start_time (int): A point in time, Unix epoch milliseconds (facts §1).
        end_time (int): A point in time, Unix epoch milliseconds (facts §1).
        granularity (Granularity): Bucket size; the window may span 90 days by day, 400 days by
            week or month.
        group_by (AccountGroupBy | Unset): The account reports can also split by workspace.
        application_id (str | Unset):
        plan_id (str | Unset):
        test_type (TestType | Unset):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ExecutionSeconds]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        start_time=start_time,
        end_time=end_time,
        granularity=granularity,
        group_by=group_by,
        application_id=application_id,
        plan_id=plan_id,
        test_type=test_type,
        workspace_id=workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    start_time: int,
    end_time: int,
    granularity: Granularity,
    group_by: AccountGroupBy | Unset = UNSET,
    application_id: str | Unset = UNSET,
    plan_id: str | Unset = UNSET,
    test_type: TestType | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> Error | ExecutionSeconds | None:
    """Query account execution seconds

     Same as `/workspaces/{workspace_id}/reports/usage/executionSeconds` but aggregates across every
    active workspace the authenticated caller has access to within the account. Use this for account-
    wide billing or utilization reports, or pair with `group_by=workspace` to produce a per-workspace
    breakdown of execution seconds. Scope to one workspace by passing its identifier as the
    `workspace_id` query parameter; the caller must have access to that workspace. All filter,
    granularity, `group_by`, and time-range rules are identical to the workspace-level endpoint. All
    timestamps are Unix epoch milliseconds.

    Args:
        account_id (str):
        start_time (int): A point in time, Unix epoch milliseconds (facts §1).
        end_time (int): A point in time, Unix epoch milliseconds (facts §1).
        granularity (Granularity): Bucket size; the window may span 90 days by day, 400 days by
            week or month.
        group_by (AccountGroupBy | Unset): The account reports can also split by workspace.
        application_id (str | Unset):
        plan_id (str | Unset):
        test_type (TestType | Unset):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ExecutionSeconds
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            start_time=start_time,
            end_time=end_time,
            granularity=granularity,
            group_by=group_by,
            application_id=application_id,
            plan_id=plan_id,
            test_type=test_type,
            workspace_id=workspace_id,
        )
    ).parsed
