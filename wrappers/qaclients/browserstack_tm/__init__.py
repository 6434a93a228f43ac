"""BrowserStack Test Management (test runs): list, create, update, clone and change runs, sync or async.

    from qaclients.browserstack_tm import TestManagement

    with TestManagement.from_env() as tm:                # BROWSERSTACK_USERNAME, BROWSERSTACK_ACCESS_KEY
        for run in tm.test_runs("PR-1", run_state=["in_progress", "under_review"]):
            print(run.identifier, run.name, run.assignee)
        run = tm.create_test_run("PR-1", name="Nightly", test_cases=["TC-1", "TC-2"], configurations=[101])
        tm.update_test_run("PR-1", run.identifier, assignee="qa@example.com")      # sparse: the rest is kept
        clone = tm.begin_clone("PR-1", run.identifier).result(timeout=60)        # waits for its test cases
        change = tm.begin_update_test_cases("PR-1", clone.identifier, add=["TC-3"]).result(timeout=120)
        print(change.added, change.removed)

``TestManagement(username, access_key, region="eu")`` picks a regional API root (``REGIONS``). Errors are the
:mod:`qaclients.core` tree whatever shape the body had, with its message read out (``error_code(error)`` gives the
machine-readable ``error``, e.g. ``duplicate_test_case_id``). The completion event of an add/remove, for services
that receive it, parses with ``parse_completion_event(body)``. The generated low-level client stays reachable as
``tm.api``.
"""

from typing import TYPE_CHECKING

from qaclients.core._lazy import on_first_use

from ._client import TestManagement
from ._declarations import REGIONS, Region, error_code
from ._events import parse_completion_event
from ._requests import Assignee, RunDetails, RunFields, RunFilters

if TYPE_CHECKING:
    from browserstack_tm_client.models import (
        ConfigurationMapEntry,
        IssueTracker,
        RunTestCase,
        TestCaseFilter,
        TestCaseMapping,
        TestCaseStatus,
        TestCasesUpdatedEvent,
        TestRun,
    )

    from ._async_client import AsyncTestManagement
    from ._operations import CloneStatus, Pair, TestCasesUpdate, TestCasesUpdateResult

__all__ = [
    "REGIONS",
    "Assignee",
    "AsyncTestManagement",
    "CloneStatus",
    "ConfigurationMapEntry",
    "IssueTracker",
    "Pair",
    "Region",
    "RunDetails",
    "RunFields",
    "RunFilters",
    "RunTestCase",
    "TestCaseFilter",
    "TestCaseMapping",
    "TestCaseStatus",
    "TestCasesUpdate",
    "TestCasesUpdateResult",
    "TestCasesUpdatedEvent",
    "TestManagement",
    "TestRun",
    "error_code",
    "parse_completion_event",
]

# Imported on first use, so that a program pays only for what it touches: the async client (and asyncio with it);
# the clone and test-case updates' statuses (with the core's pollers); and each model named here, so that none is
# built before it is used.
# Hidden from type checkers, which see the imports above and keep rejecting names that are not there.
if not TYPE_CHECKING:
    _MODELS = [
        "ConfigurationMapEntry",
        "IssueTracker",
        "RunTestCase",
        "TestCaseFilter",
        "TestCaseMapping",
        "TestCaseStatus",
        "TestCasesUpdatedEvent",
        "TestRun",
    ]
    _OPERATIONS = ["CloneStatus", "Pair", "TestCasesUpdate", "TestCasesUpdateResult"]
    __getattr__, __dir__ = on_first_use(
        __name__,
        globals(),
        {
            "AsyncTestManagement": "._async_client",
            **dict.fromkeys(_OPERATIONS, "._operations"),
            **dict.fromkeys(_MODELS, "browserstack_tm_client.models"),
        },
    )
