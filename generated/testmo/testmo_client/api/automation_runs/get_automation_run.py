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
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.automation_run_response import AutomationRunResponse
    from ...models.error import Error
    from ...models.validation_error_body import ValidationErrorBody


def _get_kwargs(
    automation_run_id: int,
    *,
    expands: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["expands"] = expands

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/automation/runs/{automation_run_id}".format(
            automation_run_id=quote(str(automation_run_id), safe=""),
        ),
    }
    if params:  # an empty params= still makes httpx parse and rebuild the URL once more
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AutomationRunResponse | Error | ValidationErrorBody | None:
    from ...models.automation_run_response import AutomationRunResponse  # noqa: PLC0415
    from ...models.error import Error  # noqa: PLC0415
    from ...models.validation_error_body import ValidationErrorBody  # noqa: PLC0415

    if response.status_code == 200:
        with _d.gc_paused_for(response.content):
            response_200 = AutomationRunResponse.from_dict(orjson.loads(response.content))

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
) -> Response[AutomationRunResponse | Error | ValidationErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    automation_run_id: int,
    *,
    client: AuthenticatedClient | Client,
    expands: str | Unset = UNSET,
) -> Response[AutomationRunResponse | Error | ValidationErrorBody]:
    """Returns a single automation run.

    Args:
        automation_run_id (int):
        expands (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationRunResponse | Error | ValidationErrorBody]
    """

    kwargs = _get_kwargs(
        automation_run_id=automation_run_id,
        expands=expands,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    automation_run_id: int,
    *,
    client: AuthenticatedClient | Client,
    expands: str | Unset = UNSET,
) -> AutomationRunResponse | Error | ValidationErrorBody | None:
    """Returns a single automation run.

    Args:
        automation_run_id (int):
        expands (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationRunResponse | Error | ValidationErrorBody
    """

    return sync_detailed(
        automation_run_id=automation_run_id,
        client=client,
        expands=expands,
    ).parsed


async def asyncio_detailed(
    automation_run_id: int,
    *,
    client: AuthenticatedClient | Client,
    expands: str | Unset = UNSET,
) -> Response[AutomationRunResponse | Error | ValidationErrorBody]:
    """Returns a single automation run.

    Args:
        automation_run_id (int):
        expands (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationRunResponse | Error | ValidationErrorBody]
    """

    kwargs = _get_kwargs(
        automation_run_id=automation_run_id,
        expands=expands,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    automation_run_id: int,
    *,
    client: AuthenticatedClient | Client,
    expands: str | Unset = UNSET,
) -> AutomationRunResponse | Error | ValidationErrorBody | None:
    """Returns a single automation run.

    Args:
        automation_run_id (int):
        expands (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationRunResponse | Error | ValidationErrorBody
    """

    return (
        await asyncio_detailed(
            automation_run_id=automation_run_id,
            client=client,
            expands=expands,
        )
    ).parsed
