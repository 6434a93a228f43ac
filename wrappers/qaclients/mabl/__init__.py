"""mabl: resources, paged lists with each list's own end rule, reports, deploy-and-wait and artifact exports.

    from qaclients.mabl import Mabl

    with Mabl.from_env() as mabl:                          # MABL_API_KEY, MABL_WORKSPACE_ID
        for app in mabl.applications.list():
            print(app.id, app.name)
        poller = mabl.begin_deployment(environment_id="…-e", plan_labels=["smoke"], progress=print)
        result = poller.result(timeout=3600)               # waits for retried plans too
        print(result.succeeded, result.succeeded_with_retries, [p.name for p in result.failed_plans])

        export = mabl.begin_export_artifacts(test_run_id, types=["screenshots"]).result(timeout=600)
        export.download("artifacts.zip", progress=lambda done, total: ...)

A create whose answer is lost is never resent blindly: :class:`DeploymentCreateError` (and
:class:`ExportCreateError`) carry a ``continuation_token``; ``resume_deployment(token)`` looks for the event in the
deployment events list before creating it, and ``resume_export(token)`` resumes any export token.

Authentication is HTTP Basic with the user ``key`` and the API key as password; the key never shows in a repr, log
line or error, nor do credentials' secret values. The generated low-level client stays reachable as ``mabl.api``.
"""

from typing import TYPE_CHECKING

from qaclients.core._lazy import on_first_use

from ._client import Mabl
from ._requests import UsageWindowError

if TYPE_CHECKING:
    from mabl_client.models import (
        Application,
        DataTable,
        DeploymentEvent,
        Environment,
        ExecutionResult,
        Issue,
        Mailbox,
        Scenario,
    )

    from ._async_client import AsyncMabl
    from ._create import DeploymentCreateError, ExportCreateError
    from ._credentials import StoredCredentials
    from ._deployment import (
        DeploymentProgress,
        DeploymentResult,
        DeploymentStatus,
        PlanAttempt,
        PlanOutcome,
        TestOutcome,
    )
    from ._export import AsyncCompletedExport, CompletedExport, ExportState

__all__ = [
    "Application",
    "AsyncCompletedExport",
    "AsyncMabl",
    "CompletedExport",
    "DataTable",
    "DeploymentCreateError",
    "DeploymentEvent",
    "DeploymentProgress",
    "DeploymentResult",
    "DeploymentStatus",
    "Environment",
    "ExecutionResult",
    "ExportCreateError",
    "ExportState",
    "Issue",
    "Mabl",
    "Mailbox",
    "PlanAttempt",
    "PlanOutcome",
    "Scenario",
    "StoredCredentials",
    "TestOutcome",
    "UsageWindowError",
]

# Imported on first use, so that a program pays only for what it touches: the async client (and asyncio with it);
# deploy-and-wait, exports and their lost-create errors (with the core's pollers and downloads); the credentials view;
# and each model named here, so that none is built before it is used.
# Hidden from type checkers, which see the imports above and keep rejecting names that are not there.
if not TYPE_CHECKING:
    _MODELS = [
        "Application",
        "DataTable",
        "DeploymentEvent",
        "Environment",
        "ExecutionResult",
        "Issue",
        "Mailbox",
        "Scenario",
    ]
    _DEPLOYMENTS = ["DeploymentProgress", "DeploymentResult", "DeploymentStatus", "PlanAttempt", "PlanOutcome"]
    __getattr__, __dir__ = on_first_use(
        __name__,
        globals(),
        {
            "AsyncMabl": "._async_client",
            **dict.fromkeys(["DeploymentCreateError", "ExportCreateError"], "._create"),
            **dict.fromkeys([*_DEPLOYMENTS, "TestOutcome"], "._deployment"),
            **dict.fromkeys(["AsyncCompletedExport", "CompletedExport", "ExportState"], "._export"),
            "StoredCredentials": "._credentials",
            **dict.fromkeys(_MODELS, "mabl_client.models"),
        },
    )
