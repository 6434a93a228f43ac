# Generated from specs/testmo/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/testmo/GENERATED.json.
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
    from ...models.create_automation_run import CreateAutomationRun
    from ...models.created_id import CreatedId
    from ...models.error import Error
    from ...models.validation_error_body import ValidationErrorBody


def _get_kwargs(
    project_id: int,
    *,
    body: CreateAutomationRun,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/projects/{project_id}/automation/runs".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatedId | Error | ValidationErrorBody | None:
    from ...models.created_id import CreatedId  # noqa: PLC0415
    from ...models.error import Error  # noqa: PLC0415
    from ...models.validation_error_body import ValidationErrorBody  # noqa: PLC0415

    if response.status_code == 201:
        with _d.gc_paused_for(response.content):
            response_201 = CreatedId.from_dict(orjson.loads(response.content))

        return response_201

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
) -> Response[CreatedId | Error | ValidationErrorBody]:
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
    body: CreateAutomationRun,
) -> Response[CreatedId | Error | ValidationErrorBody]:
    """Creates a new automation run in a target project.

     Prepares a run for adding threads and test results; returns the ID of the new run.

    Args:
        project_id (int):
        body (CreateAutomationRun):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedId | Error | ValidationErrorBody]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CreateAutomationRun,
) -> CreatedId | Error | ValidationErrorBody | None:
    """Creates a new automation run in a target project.

     Prepares a run for adding threads and test results; returns the ID of the new run.

    Args:
        project_id (int):
        body (CreateAutomationRun):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedId | Error | ValidationErrorBody
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CreateAutomationRun,
) -> Response[CreatedId | Error | ValidationErrorBody]:
    """Creates a new automation run in a target project.

     Prepares a run for adding threads and test results; returns the ID of the new run.

    Args:
        project_id (int):
        body (CreateAutomationRun):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedId | Error | ValidationErrorBody]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CreateAutomationRun,
) -> CreatedId | Error | ValidationErrorBody | None:
    """Creates a new automation run in a target project.

     Prepares a run for adding threads and test results; returns the ID of the new run.

    Args:
        project_id (int):
        body (CreateAutomationRun):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedId | Error | ValidationErrorBody
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
