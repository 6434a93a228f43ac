"""Stack Moxie: scenarios, runs, schedules, connections and the rest, bound to one Organization, sync or async.

    from qaclients.stackmoxie import StackMoxie

    with StackMoxie.from_env() as sm:                         # STACKMOXIE_TOKEN, STACKMOXIE_ORG
        scenario = sm.begin_create_scenario("Lead sync", definition).result(timeout=120)
        run = sm.begin_run(scenario.id, tokens={"email": "qa@example.com"}, with_log=True).result(timeout=600)
        print(run.outcome, [step.message for step in run.log.body])
        for failed in sm.runs(scenario.id, outcome=["Failed", "Error"]):
            print(failed.id, failed.created_at)

A poller's ``continuation_token()`` resumes it elsewhere (``sm.resume_run(token)``, ``sm.resume_create_scenario``);
a wait that times out raises :class:`~qaclients.core.TimeoutError` carrying it. The generated low-level client
stays reachable as ``sm.api``.
"""

from typing import TYPE_CHECKING

from qaclients.core._lazy import on_first_use

from ._bodies import OrganizationFields, ScenarioFields
from ._client import StackMoxie
from ._requests import RunFilters, StartError

if TYPE_CHECKING:
    from stackmoxie_client.models import (
        Cog,
        Connection,
        DashboardSetting,
        Folder,
        Job,
        JobStatus,
        LinkedScenario,
        NotificationGroup,
        NotificationGroupWrite,
        NotificationSetting,
        Notify,
        Organization,
        OrganizationMember,
        RegistryEntry,
        Role,
        Run,
        RunLog,
        RunOutcome,
        Scenario,
        ScenarioDefinition,
        ScenarioType,
        Schedule,
        Severity,
        Step,
        StepResult,
        User,
    )

    from ._async_client import AsyncStackMoxie

__all__ = [
    "AsyncStackMoxie",
    "Cog",
    "Connection",
    "DashboardSetting",
    "Folder",
    "Job",
    "JobStatus",
    "LinkedScenario",
    "NotificationGroup",
    "NotificationGroupWrite",
    "NotificationSetting",
    "Notify",
    "Organization",
    "OrganizationFields",
    "OrganizationMember",
    "RegistryEntry",
    "Role",
    "Run",
    "RunFilters",
    "RunLog",
    "RunOutcome",
    "Scenario",
    "ScenarioDefinition",
    "ScenarioFields",
    "ScenarioType",
    "Schedule",
    "Severity",
    "StackMoxie",
    "StartError",
    "Step",
    "StepResult",
    "User",
]

# The async client (and asyncio with it) is imported on first use, so a synchronous program never pays for it; so
# is each model named here, so that none is built before it is used.
# Hidden from type checkers, which see the imports above and keep rejecting names that are not there.
if not TYPE_CHECKING:
    _MODELS = [
        "Cog",
        "Connection",
        "DashboardSetting",
        "Folder",
        "Job",
        "JobStatus",
        "LinkedScenario",
        "NotificationGroup",
        "NotificationGroupWrite",
        "NotificationSetting",
        "Notify",
        "Organization",
        "OrganizationMember",
        "RegistryEntry",
        "Role",
        "Run",
        "RunLog",
        "RunOutcome",
        "Scenario",
        "ScenarioDefinition",
        "ScenarioType",
        "Schedule",
        "Severity",
        "Step",
        "StepResult",
        "User",
    ]
    __getattr__, __dir__ = on_first_use(
        __name__, globals(), {"AsyncStackMoxie": "._async_client", **dict.fromkeys(_MODELS, "stackmoxie_client.models")}
    )
