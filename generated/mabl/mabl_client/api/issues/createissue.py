# Generated from specs/mabl/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/mabl/GENERATED.json.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx
import orjson

from ... import _decode as _d
from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.issue import Issue
    from ...models.issue_fields import IssueFields


def _get_kwargs(
    *,
    body: IssueFields,
    issue_tracker_id: str | Unset = UNSET,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["issue_tracker_id"] = issue_tracker_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/issues",
    }
    if params:  # an empty params= still makes httpx parse and rebuild the URL once more
        _kwargs["params"] = params

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Issue | None:
    from ...models.error import Error  # noqa: PLC0415
    from ...models.issue import Issue  # noqa: PLC0415

    if response.status_code == 200:
        with _d.gc_paused_for(response.content):
            response_200 = Issue.from_dict(orjson.loads(response.content))

        return response_200

    if response.status_code == 201:
        with _d.gc_paused_for(response.content):
            response_201 = Issue.from_dict(orjson.loads(response.content))

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Issue]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IssueFields,
    issue_tracker_id: str | Unset = UNSET,
) -> Response[Error | Issue]:
    """Create issue

    Args:
        issue_tracker_id (str | Unset):
        body (IssueFields):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Issue]
    """

    kwargs = _get_kwargs(
        body=body,
        issue_tracker_id=issue_tracker_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: IssueFields,
    issue_tracker_id: str | Unset = UNSET,
) -> Error | Issue | None:
    """Create issue

    Args:
        issue_tracker_id (str | Unset):
        body (IssueFields):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Issue
    """

    return sync_detailed(
        client=client,
        body=body,
        issue_tracker_id=issue_tracker_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IssueFields,
    issue_tracker_id: str | Unset = UNSET,
) -> Response[Error | Issue]:
    """Create issue

    Args:
        issue_tracker_id (str | Unset):
        body (IssueFields):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Issue]
    """

    kwargs = _get_kwargs(
        body=body,
        issue_tracker_id=issue_tracker_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: IssueFields,
    issue_tracker_id: str | Unset = UNSET,
) -> Error | Issue | None:
    """Create issue

    Args:
        issue_tracker_id (str | Unset):
        body (IssueFields):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Issue
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            issue_tracker_id=issue_tracker_id,
        )
    ).parsed
