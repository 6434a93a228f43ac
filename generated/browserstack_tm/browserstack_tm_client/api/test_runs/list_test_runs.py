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
    from ...models.test_run_list import TestRunList


def _get_kwargs(
    project_id: str,
    *,
    p: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    closed_before: str | Unset = UNSET,
    closed_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    test_plan_id: str | Unset = UNSET,
    assignee: str | Unset = UNSET,
    include_closed: bool | Unset = UNSET,
    run_state: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["p"] = p

    params["page_size"] = page_size

    params["closed_before"] = closed_before

    params["closed_after"] = closed_after

    params["created_before"] = created_before

    params["created_after"] = created_after

    params["test_plan_id"] = test_plan_id

    params["assignee"] = assignee

    params["include_closed"] = include_closed

    params["run_state"] = run_state

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{project_id}/test-runs".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }
    if params:  # an empty params= still makes httpx parse and rebuild the URL once more
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | None | TestRunList | None:
    from ...models.error_body import ErrorBody  # noqa: PLC0415
    from ...models.test_run_list import TestRunList  # noqa: PLC0415

    if response.status_code == 200:
        with _d.gc_paused_for(response.content):
            response_200 = TestRunList.from_dict(orjson.loads(response.content))

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
) -> Response[ErrorBody | None | TestRunList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    p: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    closed_before: str | Unset = UNSET,
    closed_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    test_plan_id: str | Unset = UNSET,
    assignee: str | Unset = UNSET,
    include_closed: bool | Unset = UNSET,
    run_state: str | Unset = UNSET,
) -> Response[ErrorBody | None | TestRunList]:
    """Returns the test runs of a project, page by page, optionally filtered.

     Multiple values of one filter are ORed (comma-separated); different filters are ANDed. Paging with
    `p` and `page_size`; `info.next` is null on the last page (facts, Response envelopes).

    Args:
        project_id (str):
        p (int | Unset):
        page_size (int | Unset):
        closed_before (str | Unset): A date as the list filters take it, YYYY-MM-DD or DD-MM-YYYY.
        closed_after (str | Unset): A date as the list filters take it, YYYY-MM-DD or DD-MM-YYYY.
        created_before (str | Unset): A date as the list filters take it, YYYY-MM-DD or DD-MM-
            YYYY.
        created_after (str | Unset): A date as the list filters take it, YYYY-MM-DD or DD-MM-YYYY.
        test_plan_id (str | Unset):
        assignee (str | Unset):
        include_closed (bool | Unset):
        run_state (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | None | TestRunList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        p=p,
        page_size=page_size,
        closed_before=closed_before,
        closed_after=closed_after,
        created_before=created_before,
        created_after=created_after,
        test_plan_id=test_plan_id,
        assignee=assignee,
        include_closed=include_closed,
        run_state=run_state,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    p: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    closed_before: str | Unset = UNSET,
    closed_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    test_plan_id: str | Unset = UNSET,
    assignee: str | Unset = UNSET,
    include_closed: bool | Unset = UNSET,
    run_state: str | Unset = UNSET,
) -> ErrorBody | None | TestRunList | None:
    """Returns the test runs of a project, page by page, optionally filtered.

     Multiple values of one filter are ORed (comma-separated); different filters are ANDed. Paging with
    `p` and `page_size`; `info.next` is null on the last page (facts, Response envelopes).

    Args:
        project_id (str):
        p (int | Unset):
        page_size (int | Unset):
        closed_before (str | Unset): A date as the list filters take it, YYYY-MM-DD or DD-MM-YYYY.
        closed_after (str | Unset): A date as the list filters take it, YYYY-MM-DD or DD-MM-YYYY.
        created_before (str | Unset): A date as the list filters take it, YYYY-MM-DD or DD-MM-
            YYYY.
        created_after (str | Unset): A date as the list filters take it, YYYY-MM-DD or DD-MM-YYYY.
        test_plan_id (str | Unset):
        assignee (str | Unset):
        include_closed (bool | Unset):
        run_state (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | None | TestRunList
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        p=p,
        page_size=page_size,
        closed_before=closed_before,
        closed_after=closed_after,
        created_before=created_before,
        created_after=created_after,
        test_plan_id=test_plan_id,
        assignee=assignee,
        include_closed=include_closed,
        run_state=run_state,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    p: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    closed_before: str | Unset = UNSET,
    closed_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    test_plan_id: str | Unset = UNSET,
    assignee: str | Unset = UNSET,
    include_closed: bool | Unset = UNSET,
    run_state: str | Unset = UNSET,
) -> Response[ErrorBody | None | TestRunList]:
    """Returns the test runs of a project, page by page, optionally filtered.

     Multiple values of one filter are ORed (comma-separated); different filters are ANDed. Paging with
    `p` and `page_size`; `info.next` is null on the last page (facts, Response envelopes).

    Args:
        project_id (str):
        p (int | Unset):
        page_size (int | Unset):
        closed_before (str | Unset): A date as the list filters take it, YYYY-MM-DD or DD-MM-YYYY.
        closed_after (str | Unset): A date as the list filters take it, YYYY-MM-DD or DD-MM-YYYY.
        created_before (str | Unset): A date as the list filters take it, YYYY-MM-DD or DD-MM-
            YYYY.
        created_after (str | Unset): A date as the list filters take it, YYYY-MM-DD or DD-MM-YYYY.
        test_plan_id (str | Unset):
        assignee (str | Unset):
        include_closed (bool | Unset):
        run_state (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | None | TestRunList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        p=p,
        page_size=page_size,
        closed_before=closed_before,
        closed_after=closed_after,
        created_before=created_before,
        created_after=created_after,
        test_plan_id=test_plan_id,
        assignee=assignee,
        include_closed=include_closed,
        run_state=run_state,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    p: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    closed_before: str | Unset = UNSET,
    closed_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    test_plan_id: str | Unset = UNSET,
    assignee: str | Unset = UNSET,
    include_closed: bool | Unset = UNSET,
    run_state: str | Unset = UNSET,
) -> ErrorBody | None | TestRunList | None:
    """Returns the test runs of a project, page by page, optionally filtered.

     Multiple values of one filter are ORed (comma-separated); different filters are ANDed. Paging with
    `p` and `page_size`; `info.next` is null on the last page (facts, Response envelopes).

    Args:
        project_id (str):
        p (int | Unset):
        page_size (int | Unset):
        closed_before (str | Unset): A date as the list filters take it, YYYY-MM-DD or DD-MM-YYYY.
        closed_after (str | Unset): A date as the list filters take it, YYYY-MM-DD or DD-MM-YYYY.
        created_before (str | Unset): A date as the list filters take it, YYYY-MM-DD or DD-MM-
            YYYY.
        created_after (str | Unset): A date as the list filters take it, YYYY-MM-DD or DD-MM-YYYY.
        test_plan_id (str | Unset):
        assignee (str | Unset):
        include_closed (bool | Unset):
        run_state (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | None | TestRunList
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            p=p,
            page_size=page_size,
            closed_before=closed_before,
            closed_after=closed_after,
            created_before=created_before,
            created_after=created_after,
            test_plan_id=test_plan_id,
            assignee=assignee,
            include_closed=include_closed,
            run_state=run_state,
        )
    ).parsed
