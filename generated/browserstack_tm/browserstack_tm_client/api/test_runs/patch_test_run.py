# Generated from specs/browserstack_tm/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/browserstack_tm/GENERATED.json.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx
import orjson

from ... import _decode as _d
from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response

if TYPE_CHECKING:
    from ...models.error_body import ErrorBody
    from ...models.patch_test_run_request import PatchTestRunRequest
    from ...models.test_run_envelope import TestRunEnvelope


def _get_kwargs(
    project_id: str,
    test_run_id: str,
    *,
    body: PatchTestRunRequest,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/projects/{project_id}/test-runs/{test_run_id}/update".format(
            project_id=quote(str(project_id), safe=""),
            test_run_id=quote(str(test_run_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | None | TestRunEnvelope | None:
    from ...models.error_body import ErrorBody  # noqa: PLC0415
    from ...models.test_run_envelope import TestRunEnvelope  # noqa: PLC0415

    if response.status_code == 200:
        with _d.gc_paused_for(response.content):
            response_200 = TestRunEnvelope.from_dict(orjson.loads(response.content))

        return response_200

    if response.status_code == 400:
        with _d.gc_paused_for(response.content):

            def _parse_response_400(data: object) -> ErrorBody | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_error_response_body_type_0 = ErrorBody.from_dict(data)

                    return componentsschemas_error_response_body_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ErrorBody | None, data)

            response_400 = _parse_response_400(orjson.loads(response.content))

        return response_400

    if response.status_code == 401:
        with _d.gc_paused_for(response.content):

            def _parse_response_401(data: object) -> ErrorBody | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_error_response_body_type_0 = ErrorBody.from_dict(data)

                    return componentsschemas_error_response_body_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ErrorBody | None, data)

            response_401 = _parse_response_401(orjson.loads(response.content))

        return response_401

    if response.status_code == 403:
        with _d.gc_paused_for(response.content):

            def _parse_response_403(data: object) -> ErrorBody | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_error_response_body_type_0 = ErrorBody.from_dict(data)

                    return componentsschemas_error_response_body_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ErrorBody | None, data)

            response_403 = _parse_response_403(orjson.loads(response.content))

        return response_403

    if response.status_code == 404:
        with _d.gc_paused_for(response.content):

            def _parse_response_404(data: object) -> ErrorBody | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_error_response_body_type_0 = ErrorBody.from_dict(data)

                    return componentsschemas_error_response_body_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ErrorBody | None, data)

            response_404 = _parse_response_404(orjson.loads(response.content))

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | None | TestRunEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    test_run_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PatchTestRunRequest,
) -> Response[ErrorBody | None | TestRunEnvelope]:
    """Updates the fields of a test run that the body names; the others are kept (sparse update).

     Omitting a field leaves it unchanged; an empty array clears an array field. Answers keyed `testrun`
    (facts).

    Args:
        project_id (str):
        test_run_id (str):
        body (PatchTestRunRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | None | TestRunEnvelope]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        test_run_id=test_run_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    test_run_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PatchTestRunRequest,
) -> ErrorBody | None | TestRunEnvelope | None:
    """Updates the fields of a test run that the body names; the others are kept (sparse update).

     Omitting a field leaves it unchanged; an empty array clears an array field. Answers keyed `testrun`
    (facts).

    Args:
        project_id (str):
        test_run_id (str):
        body (PatchTestRunRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | None | TestRunEnvelope
    """

    return sync_detailed(
        project_id=project_id,
        test_run_id=test_run_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    test_run_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PatchTestRunRequest,
) -> Response[ErrorBody | None | TestRunEnvelope]:
    """Updates the fields of a test run that the body names; the others are kept (sparse update).

     Omitting a field leaves it unchanged; an empty array clears an array field. Answers keyed `testrun`
    (facts).

    Args:
        project_id (str):
        test_run_id (str):
        body (PatchTestRunRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | None | TestRunEnvelope]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        test_run_id=test_run_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    test_run_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PatchTestRunRequest,
) -> ErrorBody | None | TestRunEnvelope | None:
    """Updates the fields of a test run that the body names; the others are kept (sparse update).

     Omitting a field leaves it unchanged; an empty array clears an array field. Answers keyed `testrun`
    (facts).

    Args:
        project_id (str):
        test_run_id (str):
        body (PatchTestRunRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | None | TestRunEnvelope
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            test_run_id=test_run_id,
            client=client,
            body=body,
        )
    ).parsed
