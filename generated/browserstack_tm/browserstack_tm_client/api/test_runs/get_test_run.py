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
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error_body import ErrorBody
    from ...models.test_run_envelope import TestRunEnvelope


def _get_kwargs(
    project_id: str,
    test_run_id: str,
    *,
    minify: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["minify"] = minify

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{project_id}/test-runs/{test_run_id}".format(
            project_id=quote(str(project_id), safe=""),
            test_run_id=quote(str(test_run_id), safe=""),
        ),
    }
    if params:  # an empty params= still makes httpx parse and rebuild the URL once more
        _kwargs["params"] = params

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

    if response.status_code == 500:
        with _d.gc_paused_for(response.content):

            def _parse_response_500(data: object) -> ErrorBody | None:
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

            response_500 = _parse_response_500(orjson.loads(response.content))

        return response_500

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
    minify: bool | Unset = UNSET,
) -> Response[ErrorBody | None | TestRunEnvelope]:
    """Returns one test run, in full or minified.

     In full the run carries its test cases and `overall_progress`; `minify=true` keeps only the
    essential fields. `minify=true` has been seen to answer 500 with a literal `null` body and succeed
    on retry (facts).

    Args:
        project_id (str):
        test_run_id (str):
        minify (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | None | TestRunEnvelope]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        test_run_id=test_run_id,
        minify=minify,
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
    minify: bool | Unset = UNSET,
) -> ErrorBody | None | TestRunEnvelope | None:
    """Returns one test run, in full or minified.

     In full the run carries its test cases and `overall_progress`; `minify=true` keeps only the
    essential fields. `minify=true` has been seen to answer 500 with a literal `null` body and succeed
    on retry (facts).

    Args:
        project_id (str):
        test_run_id (str):
        minify (bool | Unset):

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
        minify=minify,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    test_run_id: str,
    *,
    client: AuthenticatedClient | Client,
    minify: bool | Unset = UNSET,
) -> Response[ErrorBody | None | TestRunEnvelope]:
    """Returns one test run, in full or minified.

     In full the run carries its test cases and `overall_progress`; `minify=true` keeps only the
    essential fields. `minify=true` has been seen to answer 500 with a literal `null` body and succeed
    on retry (facts).

    Args:
        project_id (str):
        test_run_id (str):
        minify (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | None | TestRunEnvelope]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        test_run_id=test_run_id,
        minify=minify,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    test_run_id: str,
    *,
    client: AuthenticatedClient | Client,
    minify: bool | Unset = UNSET,
) -> ErrorBody | None | TestRunEnvelope | None:
    """Returns one test run, in full or minified.

     In full the run carries its test cases and `overall_progress`; `minify=true` keeps only the
    essential fields. `minify=true` has been seen to answer 500 with a literal `null` body and succeed
    on retry (facts).

    Args:
        project_id (str):
        test_run_id (str):
        minify (bool | Unset):

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
            minify=minify,
        )
    ).parsed
