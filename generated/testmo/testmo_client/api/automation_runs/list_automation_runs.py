# Generated from specs/testmo/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/testmo/GENERATED.json.
from __future__ import annotations

import datetime
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
    from ...models.automation_run_list import AutomationRunList
    from ...models.error import Error
    from ...models.per_page import PerPage
    from ...models.sort_order import SortOrder
    from ...models.validation_error_body import ValidationErrorBody


def _get_kwargs(
    project_id: int,
    *,
    page: int | Unset = UNSET,
    per_page: PerPage | Unset = UNSET,
    sort: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    expands: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_by: str | Unset = UNSET,
    config_id: str | Unset = UNSET,
    milestone_id: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    tags: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    json_per_page: int | Unset = UNSET
    if not isinstance(per_page, Unset):
        json_per_page = per_page.value

    params["per_page"] = json_per_page

    params["sort"] = sort

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["expands"] = expands

    json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        json_created_after = created_after.isoformat()
    params["created_after"] = json_created_after

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = created_before.isoformat()
    params["created_before"] = json_created_before

    params["created_by"] = created_by

    params["config_id"] = config_id

    params["milestone_id"] = milestone_id

    params["source_id"] = source_id

    params["status"] = status

    params["tags"] = tags

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{project_id}/automation/runs".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }
    if params:  # an empty params= still makes httpx parse and rebuild the URL once more
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AutomationRunList | Error | ValidationErrorBody | None:
    from ...models.automation_run_list import AutomationRunList  # noqa: PLC0415
    from ...models.error import Error  # noqa: PLC0415
    from ...models.validation_error_body import ValidationErrorBody  # noqa: PLC0415

    if response.status_code == 200:
        with _d.gc_paused_for(response.content):
            response_200 = AutomationRunList.from_dict(orjson.loads(response.content))

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

    if response.status_code == 422:
        with _d.gc_paused_for(response.content):
            response_422 = ValidationErrorBody.from_dict(orjson.loads(response.content))

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AutomationRunList | Error | ValidationErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: PerPage | Unset = UNSET,
    sort: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    expands: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_by: str | Unset = UNSET,
    config_id: str | Unset = UNSET,
    milestone_id: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    tags: str | Unset = UNSET,
) -> Response[AutomationRunList | Error | ValidationErrorBody]:
    """Returns all automation runs for a project.

     This method uses pagination; request further pages with `page` until `next_page` is null.

    Args:
        project_id (int):
        page (int | Unset):
        per_page (PerPage | Unset):
        sort (str | Unset):
        order (SortOrder | Unset):
        expands (str | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        created_by (str | Unset):
        config_id (str | Unset):
        milestone_id (str | Unset):
        source_id (str | Unset):
        status (str | Unset):
        tags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationRunList | Error | ValidationErrorBody]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        page=page,
        per_page=per_page,
        sort=sort,
        order=order,
        expands=expands,
        created_after=created_after,
        created_before=created_before,
        created_by=created_by,
        config_id=config_id,
        milestone_id=milestone_id,
        source_id=source_id,
        status=status,
        tags=tags,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: PerPage | Unset = UNSET,
    sort: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    expands: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_by: str | Unset = UNSET,
    config_id: str | Unset = UNSET,
    milestone_id: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    tags: str | Unset = UNSET,
) -> AutomationRunList | Error | ValidationErrorBody | None:
    """Returns all automation runs for a project.

     This method uses pagination; request further pages with `page` until `next_page` is null.

    Args:
        project_id (int):
        page (int | Unset):
        per_page (PerPage | Unset):
        sort (str | Unset):
        order (SortOrder | Unset):
        expands (str | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        created_by (str | Unset):
        config_id (str | Unset):
        milestone_id (str | Unset):
        source_id (str | Unset):
        status (str | Unset):
        tags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationRunList | Error | ValidationErrorBody
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        page=page,
        per_page=per_page,
        sort=sort,
        order=order,
        expands=expands,
        created_after=created_after,
        created_before=created_before,
        created_by=created_by,
        config_id=config_id,
        milestone_id=milestone_id,
        source_id=source_id,
        status=status,
        tags=tags,
    ).parsed


async def asyncio_detailed(
    project_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: PerPage | Unset = UNSET,
    sort: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    expands: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_by: str | Unset = UNSET,
    config_id: str | Unset = UNSET,
    milestone_id: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    tags: str | Unset = UNSET,
) -> Response[AutomationRunList | Error | ValidationErrorBody]:
    """Returns all automation runs for a project.

     This method uses pagination; request further pages with `page` until `next_page` is null.

    Args:
        project_id (int):
        page (int | Unset):
        per_page (PerPage | Unset):
        sort (str | Unset):
        order (SortOrder | Unset):
        expands (str | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        created_by (str | Unset):
        config_id (str | Unset):
        milestone_id (str | Unset):
        source_id (str | Unset):
        status (str | Unset):
        tags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationRunList | Error | ValidationErrorBody]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        page=page,
        per_page=per_page,
        sort=sort,
        order=order,
        expands=expands,
        created_after=created_after,
        created_before=created_before,
        created_by=created_by,
        config_id=config_id,
        milestone_id=milestone_id,
        source_id=source_id,
        status=status,
        tags=tags,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: PerPage | Unset = UNSET,
    sort: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    expands: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_by: str | Unset = UNSET,
    config_id: str | Unset = UNSET,
    milestone_id: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    tags: str | Unset = UNSET,
) -> AutomationRunList | Error | ValidationErrorBody | None:
    """Returns all automation runs for a project.

     This method uses pagination; request further pages with `page` until `next_page` is null.

    Args:
        project_id (int):
        page (int | Unset):
        per_page (PerPage | Unset):
        sort (str | Unset):
        order (SortOrder | Unset):
        expands (str | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        created_by (str | Unset):
        config_id (str | Unset):
        milestone_id (str | Unset):
        source_id (str | Unset):
        status (str | Unset):
        tags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationRunList | Error | ValidationErrorBody
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            page=page,
            per_page=per_page,
            sort=sort,
            order=order,
            expands=expands,
            created_after=created_after,
            created_before=created_before,
            created_by=created_by,
            config_id=config_id,
            milestone_id=milestone_id,
            source_id=source_id,
            status=status,
            tags=tags,
        )
    ).parsed
