"""The public face of qaclients.browserstack_tm, pinned; sync and async clients offer the same methods."""

from __future__ import annotations

import inspect

import qaclients.browserstack_tm as bstm


def test_exports() -> None:
    assert sorted(bstm.__all__) == sorted(
        [
            "REGIONS", "Assignee", "AsyncTestManagement", "CloneStatus", "ConfigurationMapEntry", "IssueTracker",
            "Pair", "Region", "RunDetails", "RunFields", "RunFilters", "RunTestCase", "TestCaseFilter",
            "TestCaseMapping", "TestCaseStatus", "TestCasesUpdate", "TestCasesUpdateResult", "TestCasesUpdatedEvent",
            "TestManagement", "TestRun", "error_code", "parse_completion_event",
        ]
    )  # fmt: skip
    for name in bstm.__all__:
        assert hasattr(bstm, name), name


def _methods(cls: type) -> dict[str, list[str]]:
    return {
        name: [p for p in inspect.signature(member).parameters if p != "prefetch"]
        for name, member in vars(cls).items()
        if callable(member) and not name.startswith("_") and name not in ("close", "aclose")
    }


def test_sync_and_async_have_the_same_methods_and_arguments() -> None:
    sync, asynchronous = _methods(bstm.TestManagement), _methods(bstm.AsyncTestManagement)
    assert sync == asynchronous
    assert {"begin_clone", "begin_update_test_cases", "resume_clone", "resume_update_test_cases"} <= set(sync)
    assert {"update_test_run", "replace_test_run", "create_test_run", "assign_test_cases"} <= set(sync)
