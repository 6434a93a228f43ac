# Generated from specs/mabl/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/mabl/GENERATED.json.
from __future__ import annotations

from http import HTTPStatus
from io import BytesIO
from typing import TYPE_CHECKING, Any, cast

import httpx
import orjson

from ... import _decode as _d
from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, Response, Unset

if TYPE_CHECKING:
    from ...models.error import Error


def _get_kwargs(
    *,
    branch: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    auto_update: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["branch"] = branch

    params["format"] = format_

    params["auto_update"] = auto_update

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/link/agents/distribution-redirect",
    }
    if params:  # an empty params= still makes httpx parse and rebuild the URL once more
        _kwargs["params"] = params

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | File | None:
    from ...models.error import Error  # noqa: PLC0415

    if response.status_code == 200:
        with _d.gc_paused_for(response.content):
            response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 302:
        response_302 = cast(Any, None)

        return response_302

    if response.status_code == 307:
        response_307 = cast(Any, None)

        return response_307

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    branch: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    auto_update: bool | Unset = UNSET,
) -> Response[Any | Error | File]:
    """Download Link Agent

     Redirect the client to download the latest Link Agent distribution

    Args:
        branch (str | Unset):
        format_ (str | Unset):
        auto_update (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | File]
    """

    kwargs = _get_kwargs(
        branch=branch,
        format_=format_,
        auto_update=auto_update,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    branch: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    auto_update: bool | Unset = UNSET,
) -> Any | Error | File | None:
    """Download Link Agent

     Redirect the client to download the latest Link Agent distribution

    Args:
        branch (str | Unset):
        format_ (str | Unset):
        auto_update (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | File
    """

    return sync_detailed(
        client=client,
        branch=branch,
        format_=format_,
        auto_update=auto_update,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    branch: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    auto_update: bool | Unset = UNSET,
) -> Response[Any | Error | File]:
    """Download Link Agent

     Redirect the client to download the latest Link Agent distribution

    Args:
        branch (str | Unset):
        format_ (str | Unset):
        auto_update (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | File]
    """

    kwargs = _get_kwargs(
        branch=branch,
        format_=format_,
        auto_update=auto_update,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    branch: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    auto_update: bool | Unset = UNSET,
) -> Any | Error | File | None:
    """Download Link Agent

     Redirect the client to download the latest Link Agent distribution

    Args:
        branch (str | Unset):
        format_ (str | Unset):
        auto_update (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | File
    """

    return (
        await asyncio_detailed(
            client=client,
            branch=branch,
            format_=format_,
            auto_update=auto_update,
        )
    ).parsed
