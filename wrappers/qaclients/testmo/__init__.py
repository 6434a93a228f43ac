"""Testmo automation runs: list and read runs, submit results from JUnit reports, all sync or async.

    from qaclients.testmo import Testmo, read_junit

    with Testmo.from_env() as tm:                       # TESTMO_BASE_URL, TESTMO_TOKEN
        for run in tm.automation_runs(project_id=1, status=[RunStatus.FAILURE]):
            print(run.id, run.name, run.failure_count)
        result = tm.submit_results(1, name="CI #42", source="backend", tests=read_junit("report.xml"), threads=4)

A submission that fails midway raises :class:`SubmitError`; ``submit_results(..., resume=error.progress)`` finishes
it without sending any accepted test again. The generated low-level client stays reachable as ``tm.api``.
"""

from typing import TYPE_CHECKING

from qaclients.core._lazy import on_first_use

from ._client import Testmo
from ._requests import RunFilters

if TYPE_CHECKING:
    from testmo_client.models import (
        Artifact,
        AutomationRun,
        AutomationRunThread,
        Field,
        FieldType,
        Link,
        RunStatus,
        SortOrder,
        Test,
    )

    from ._async_client import AsyncTestmo
    from ._junit import DEFAULT_STATUS_MAP, JUnitError, parse_junit, read_junit, test_key
    from ._submit import SubmitError, SubmitProgress, SubmitResult

__all__ = [
    "DEFAULT_STATUS_MAP",
    "Artifact",
    "AsyncTestmo",
    "AutomationRun",
    "AutomationRunThread",
    "Field",
    "FieldType",
    "JUnitError",
    "Link",
    "RunFilters",
    "RunStatus",
    "SortOrder",
    "SubmitError",
    "SubmitProgress",
    "SubmitResult",
    "Test",
    "Testmo",
    "parse_junit",
    "read_junit",
    "test_key",
]

# Imported on first use, so that ``import qaclients.testmo`` defines the client and little else: the async client (and
# asyncio with it), the JUnit reader, the submission's records, and each model named here, none built before it is
# used.
# Hidden from type checkers, which see the imports above and keep rejecting names that are not there.
if not TYPE_CHECKING:
    _MODELS = [
        "Artifact",
        "AutomationRun",
        "AutomationRunThread",
        "Field",
        "FieldType",
        "Link",
        "RunStatus",
        "SortOrder",
        "Test",
    ]
    __getattr__, __dir__ = on_first_use(
        __name__,
        globals(),
        {
            "AsyncTestmo": "._async_client",
            **dict.fromkeys(["DEFAULT_STATUS_MAP", "JUnitError", "parse_junit", "read_junit", "test_key"], "._junit"),
            **dict.fromkeys(["SubmitError", "SubmitProgress", "SubmitResult"], "._submit"),
            **dict.fromkeys(_MODELS, "testmo_client.models"),
        },
    )
