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
    from ...models.application import Application
    from ...models.application_fields import ApplicationFields
    from ...models.error import Error


def _get_kwargs(
    application_id: str,
    *,
    body: ApplicationFields,
    field_mask: str | Unset = UNSET,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["field_mask"] = field_mask

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/applications/{application_id}".format(
            application_id=quote(str(application_id), safe=""),
        ),
    }
    if params:  # an empty params= still makes httpx parse and rebuild the URL once more
        _kwargs["params"] = params

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Application | Error | None:
    from ...models.application import Application  # noqa: PLC0415
    from ...models.error import Error  # noqa: PLC0415

    if response.status_code == 200:
        with _d.gc_paused_for(response.content):
            response_200 = Application.from_dict(orjson.loads(response.content))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Application | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    application_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ApplicationFields,
    field_mask: str | Unset = UNSET,
) -> Response[Application | Error]:
    """Update application

     Update an existing application

    Args:
        application_id (str):
        field_mask (str | Unset):
        body (ApplicationFields):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Application | Error]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        body=body,
        field_mask=field_mask,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    application_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ApplicationFields,
    field_mask: str | Unset = UNSET,
) -> Application | Error | None:
    """Update application

     Update an existing application

    Args:
        application_id (str):
        field_mask (str | Unset):
        body (ApplicationFields):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Application | Error
    """

    return sync_detailed(
        application_id=application_id,
        client=client,
        body=body,
        field_mask=field_mask,
    ).parsed


async def asyncio_detailed(
    application_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ApplicationFields,
    field_mask: str | Unset = UNSET,
) -> Response[Application | Error]:
    """Update application

     Update an existing application

    Args:
        application_id (str):
        field_mask (str | Unset):
        body (ApplicationFields):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Application | Error]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        body=body,
        field_mask=field_mask,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    application_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ApplicationFields,
    field_mask: str | Unset = UNSET,
) -> Application | Error | None:
    """Update application

     Update an existing application

    Args:
        application_id (str):
        field_mask (str | Unset):
        body (ApplicationFields):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Application | Error
    """

    return (
        await asyncio_detailed(
            application_id=application_id,
            client=client,
            body=body,
            field_mask=field_mask,
        )
    ).parsed
