# ruff: noqa: PT028 - a builder named test_run is an API call, not a pytest test
"""Call builders for the single-request test-run operations: pure (no I/O), each returns the
:class:`~qaclients.core._shells.Call` to send. ``TestManagement`` and ``AsyncTestManagement`` make each a method of
the same name, parameters and docstring (a builder named ``close_test_run_``, clear of the generated module it calls,
makes ``close_test_run``); the listings and the long-running work stay in each client.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Unpack

from browserstack_tm_client import models
from browserstack_tm_client.api.test_runs import (
    assign_test_run_test_cases,
    close_test_run,
    create_test_run,
    delete_test_run,
    get_test_run,
    patch_test_run,
    replace_test_run,
)
from browserstack_tm_client.types import Response

from qaclients.core._shells import Call

from ._requests import (
    Assignee,
    RunDetails,
    RunFields,
    RunStateName,
    assign_body,
    either,
    fields_body,
    flag,
    parsed,
    replace_body,
    run_of,
)

if TYPE_CHECKING:
    from browserstack_tm_client.models import TestRun

__all__: list[str] = []


def _run(response: Response[Any]) -> TestRun:
    return run_of(parsed(response, models.TestRunEnvelope))


def _success(response: Response[Any]) -> None:
    parsed(response, models.Success)


def test_run(project_id: str, test_run_id: str, *, minify: bool = False) -> Call[TestRun]:
    """One test run: in full (with its test cases and ``overall_progress``) or, with ``minify``, the essentials."""
    return Call(get_test_run, (project_id, test_run_id), {"minify": flag(minify)}, _run)


def create_test_run_(project_id: str, **fields: Unpack[RunFields]) -> Call[TestRun]:
    """Create a test run; its test cases come from ``test_cases``, ``folder_ids``, ``include_all`` and
    ``filter_test_cases`` (see :class:`RunFields`)."""
    body = models.CreateTestRunRequest(test_run=fields_body(fields))
    return Call(create_test_run, (project_id,), {"body": body}, _run)


def update_test_run(project_id: str, test_run_id: str, **changes: Unpack[RunFields]) -> Call[TestRun]:
    """Change only the fields given (PATCH); everything else is kept. ``assignee=None`` clears the assignee,
    ``tags=[]`` the tags. To set a run as a whole, clearing what is not given, use :meth:`replace_test_run`."""
    body = models.PatchTestRunRequest(test_run=fields_body(changes))
    return Call(patch_test_run, (project_id, test_run_id), {"body": body}, _run)


def replace_test_run_(
    project_id: str,
    test_run_id: str,
    *,
    name: str,
    run_state: RunStateName,
    **fields: Unpack[RunDetails],
) -> Call[TestRun]:
    """Set the whole run (POST /update): every field not given is cleared (no description, no assignee, no
    tags, ...) and its test cases are replaced by the ones given. To change a few fields use
    :meth:`update_test_run`."""
    body = models.ReplaceTestRunRequest(test_run=replace_body({**fields, "name": name, "run_state": run_state}))
    return Call(replace_test_run, (project_id, test_run_id), {"body": body}, _run)


def assign_test_cases(
    project_id: str, test_run_id: str, assignments: Iterable[Assignee | Mapping[str, Any]]
) -> Call[None]:
    """Set who tests which test case (per configuration when the run has configurations)."""
    body = assign_body(assignments)
    return Call(assign_test_run_test_cases, (project_id, test_run_id), {"body": body}, _success)


def close_test_run_(project_id: str, test_run_id: str) -> Call[TestRun]:
    """Close a test run."""
    return Call(close_test_run, (project_id, test_run_id), {}, _run)


def delete_test_run_(project_id: str, test_run_id: str) -> Call[str]:
    """Delete a test run; returns the service's confirmation message."""

    def message(response: Response[Any]) -> str:
        return either(parsed(response, models.Deleted).message, f"Test Run {test_run_id} deleted")

    return Call(delete_test_run, (project_id, test_run_id), {}, message)
