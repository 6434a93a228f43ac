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
    from ...models.artifact_export import ArtifactExport
    from ...models.create_artifact_export import CreateArtifactExport
    from ...models.error import Error


def _get_kwargs(
    test_run_id: str,
    *,
    body: CreateArtifactExport | Unset = UNSET,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/report/runArtifacts/testRun/{test_run_id}".format(
            test_run_id=quote(str(test_run_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ArtifactExport | Error | None:
    from ...models.artifact_export import ArtifactExport  # noqa: PLC0415
    from ...models.error import Error  # noqa: PLC0415

    if response.status_code == 200:
        with _d.gc_paused_for(response.content):
            response_200 = ArtifactExport.from_dict(orjson.loads(response.content))

        return response_200

    if response.status_code == 201:
        with _d.gc_paused_for(response.content):
            response_201 = ArtifactExport.from_dict(orjson.loads(response.content))

        return response_201

    if response.status_code == 202:
        with _d.gc_paused_for(response.content):
            response_202 = ArtifactExport.from_dict(orjson.loads(response.content))

        return response_202

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
) -> Response[ArtifactExport | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    test_run_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateArtifactExport | Unset = UNSET,
) -> Response[ArtifactExport | Error]:
    """Create an export of test run artifacts

     Initiate an asynchronous export of specified test run artifacts, such as screenshots or HAR logs.
    This endpoint returns an export ID. Use the export ID with the [get
    export](https://api.help.mabl.com/reference/gettestrunartifactexport) endpoint to retrieve the
    download URL.

    Args:
        test_run_id (str):
        body (CreateArtifactExport | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArtifactExport | Error]
    """

    kwargs = _get_kwargs(
        test_run_id=test_run_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    test_run_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateArtifactExport | Unset = UNSET,
) -> ArtifactExport | Error | None:
    """Create an export of test run artifacts

     Initiate an asynchronous export of specified test run artifacts, such as screenshots or HAR logs.
    This endpoint returns an export ID. Use the export ID with the [get
    export](https://api.help.mabl.com/reference/gettestrunartifactexport) endpoint to retrieve the
    download URL.

    Args:
        test_run_id (str):
        body (CreateArtifactExport | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArtifactExport | Error
    """

    return sync_detailed(
        test_run_id=test_run_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    test_run_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateArtifactExport | Unset = UNSET,
) -> Response[ArtifactExport | Error]:
    """Create an export of test run artifacts

     Initiate an asynchronous export of specified test run artifacts, such as screenshots or HAR logs.
    This endpoint returns an export ID. Use the export ID with the [get
    export](https://api.help.mabl.com/reference/gettestrunartifactexport) endpoint to retrieve the
    download URL.

    Args:
        test_run_id (str):
        body (CreateArtifactExport | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArtifactExport | Error]
    """

    kwargs = _get_kwargs(
        test_run_id=test_run_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    test_run_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateArtifactExport | Unset = UNSET,
) -> ArtifactExport | Error | None:
    """Create an export of test run artifacts

     Initiate an asynchronous export of specified test run artifacts, such as screenshots or HAR logs.
    This endpoint returns an export ID. Use the export ID with the [get
    export](https://api.help.mabl.com/reference/gettestrunartifactexport) endpoint to retrieve the
    download URL.

    Args:
        test_run_id (str):
        body (CreateArtifactExport | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArtifactExport | Error
    """

    return (
        await asyncio_detailed(
            test_run_id=test_run_id,
            client=client,
            body=body,
        )
    ).parsed
