"""``AsyncStackMoxie``: the asynchronous twin of ``StackMoxie``: the same methods, awaited; runs async-iterated.

async with AsyncStackMoxie.from_env() as sm:            # STACKMOXIE_TOKEN, STACKMOXIE_ORG
    scenario = await (await sm.begin_create_scenario("Lead sync", definition)).result(timeout=120)
    run = await (await sm.begin_run(scenario.id, with_log=True)).result(timeout=600)
    async for past in sm.runs(scenario.id, outcome=["Failed", "Error"]):
        print(past.id, past.outcome)
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Mapping, Sequence
from types import ModuleType
from typing import Any, Literal, Self, TypeVar, Unpack

from stackmoxie_client.api.connections import (
    create_connection,
    delete_connection,
    get_connection,
    list_connections,
    update_connection,
)
from stackmoxie_client.api.folders import create_folder, delete_folder, get_folder, list_folders, update_folder
from stackmoxie_client.api.members import (
    get_member,
    invite_member,
    list_members,
    reinvite_member,
    remove_member,
    update_member,
)
from stackmoxie_client.api.notification_groups import (
    create_notification_group,
    delete_notification_group,
    list_notification_groups,
    update_notification_group,
)
from stackmoxie_client.api.organizations import create_organization, update_organization
from stackmoxie_client.api.registry import get_cog_registry
from stackmoxie_client.api.runs import (
    create_scenario_run,
    get_most_recent_run,
    get_run_log,
    get_scenario_run,
    list_scenario_runs,
)
from stackmoxie_client.api.scenarios import (
    create_async_scenario,
    create_scenario,
    delete_scenario,
    get_async_job,
    get_scenario,
    list_exposed_templates,
    list_linkable_templates,
    list_scenarios,
    list_templates,
    update_scenario,
)
from stackmoxie_client.api.schedules import (
    create_schedule,
    delete_schedule,
    get_schedule,
    list_schedules,
    update_schedule,
)
from stackmoxie_client.models import (
    Cog,
    Connection,
    Folder,
    Job,
    JobReference,
    NotificationGroup,
    Notify,
    Organization,
    OrganizationMember,
    RegistryEntry,
    Role,
    Run,
    RunCreate,
    RunLog,
    Scenario,
    ScenarioDefinition,
    ScenarioWrite,
    Schedule,
    User,
)
from stackmoxie_client.types import Response

from qaclients.core import (
    AsyncPager,
    AsyncPoller,
    ClientConfig,
    NotFoundError,
    Outcome,
    PollSchedule,
    QAClientError,
    TimeoutError,
    async_api_error_hook,
    translated,
)

from . import _bodies as bodies
from . import _declarations as declared
from ._bodies import OrganizationFields, ScenarioFields
from ._requests import (
    ClientBase,
    RunFilters,
    StartError,
    async_lost_job_finder,
    job_failure,
    job_of_scenario,
    may_have_acted,
    parsed,
    parsed_list,
    refused,
    run_filters,
    scenario_from_job,
)

__all__ = ["AsyncStackMoxie"]

T = TypeVar("T")
TemplateKind = Literal["all", "linkable", "exposed"]
_TEMPLATES: Mapping[str, ModuleType] = {
    "all": list_templates,
    "linkable": list_linkable_templates,
    "exposed": list_exposed_templates,
}


@declared.checked
class AsyncStackMoxie(ClientBase):
    """An asynchronous Stack Moxie client for one Organization; see :class:`~qaclients.stackmoxie.StackMoxie`.

    Args:
        org: The Organization's UUID; every call is scoped to it.
        token: The API JWT (sent as ``Authorization: Bearer``; never shown in a repr, log or error).
        base_url: The API root, ``https://app.stackmoxie.com/api`` by default.
        config: A ready :class:`~qaclients.core.ClientConfig` instead of ``token`` and ``base_url``.
        **options: Any other :class:`~qaclients.core.ClientConfig` setting (timeout, retry, transport, clock, ...).
    """

    def __init__(
        self,
        org: str | uuid.UUID,
        token: str | None = None,
        *,
        base_url: str | None = None,
        config: ClientConfig | None = None,
        **options: Any,
    ) -> None:
        super().__init__(org, self.make_config(base_url, token, config, options))
        http = self.config.build_async_client(declared.auth_headers(self._token))
        http.event_hooks["response"] = [*http.event_hooks["response"], async_api_error_hook(declared.error_message)]
        self.api.set_async_httpx_client(http)
        self._http = http

    @classmethod
    def from_env(cls, **overrides: Any) -> Self:
        """Read ``STACKMOXIE_TOKEN``, ``STACKMOXIE_ORG`` and optionally ``STACKMOXIE_BASE_URL`` (and ``_TIMEOUT``,
        ``_MAX_RETRIES``)."""
        overrides.setdefault("base_url", os.environ.get(declared.ENV_PREFIX + "BASE_URL") or declared.DEFAULT_BASE_URL)
        return cls(cls.env_org(os.environ), config=ClientConfig.from_env(declared.ENV_PREFIX, **overrides))

    async def aclose(self) -> None:
        """Close the connection pool (not a client you passed in as ``async_http_client``)."""
        if self.config.async_http_client is None:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.aclose()

    async def _call(self, endpoint: ModuleType, expected: type[T], *args: Any, **kwargs: Any) -> T:
        with translated():
            response: Response[Any] = await endpoint.asyncio_detailed(self.org, *args, client=self.api, **kwargs)
        return parsed(response, expected)

    async def _list(self, endpoint: ModuleType, item: type[T], *args: Any) -> list[T]:
        with translated():
            response: Response[Any] = await endpoint.asyncio_detailed(self.org, *args, client=self.api)
        return parsed_list(response, item)

    async def _send(self, endpoint: ModuleType, *args: Any) -> None:
        with translated():
            await endpoint.asyncio_detailed(self.org, *args, client=self.api)

    # -- the Organization and its members ---------------------------------------------------------------------

    async def create_organization(self, name: str, *, status_page_is_public: bool = False) -> Organization:
        """Create another Organization (you become its admin); bind a new client to its ``uuid`` to use it."""
        body = bodies.organization(name, status_page_is_public)
        with translated():
            response = await create_organization.asyncio_detailed(client=self.api, body=body)
        return parsed(response, Organization)

    async def update_organization(self, **fields: Unpack[OrganizationFields]) -> Organization:
        """Change this Organization's name, status page, notification address or setting."""
        return await self._call(update_organization, Organization, body=bodies.organization_update(fields))

    async def members(self) -> list[OrganizationMember]:
        """Every team membership."""
        return await self._list(list_members, OrganizationMember)

    async def member(self, member_id: int) -> OrganizationMember:
        """One team membership."""
        return await self._call(get_member, OrganizationMember, member_id)

    async def invite_member(self, email: str, role: Role | str | None = None) -> OrganizationMember:
        """Invite someone by email."""
        return await self._call(invite_member, OrganizationMember, body=bodies.invite(email, role))

    async def update_member(self, member_id: int, role: Role | str) -> OrganizationMember:
        """Change a member's role."""
        return await self._call(update_member, OrganizationMember, member_id, body=bodies.member_update(role))

    async def remove_member(self, member_id: int) -> None:
        """Remove a member from the Organization."""
        await self._send(remove_member, member_id)

    async def reinvite_member(self, member_id: int) -> None:
        """Send the invitation again (a 400 :class:`~qaclients.core.BadRequestError` once they activated)."""
        await self._send(reinvite_member, member_id)

    # -- notification groups, connections, the cog registry ---------------------------------------------------

    async def notification_groups(self) -> list[NotificationGroup]:
        """Every Notification Group."""
        return await self._list(list_notification_groups, NotificationGroup)

    async def create_notification_group(
        self, name: str, *, email: str | None = None, members: Sequence[User] | None = None
    ) -> NotificationGroup:
        """Create a Notification Group."""
        body = bodies.notification_group(name, email, members)
        return await self._call(create_notification_group, NotificationGroup, body=body)

    async def update_notification_group(
        self, group_id: int, name: str, *, email: str | None = None, members: Sequence[User] | None = None
    ) -> NotificationGroup:
        """Update a Notification Group (its name is required, as for creating one)."""
        body = bodies.notification_group(name, email, members)
        return await self._call(update_notification_group, NotificationGroup, group_id, body=body)

    async def delete_notification_group(self, group_id: int) -> None:
        """Delete a Notification Group."""
        await self._send(delete_notification_group, group_id)

    async def connections(self) -> list[Connection]:
        """Every Connection to another platform."""
        return await self._list(list_connections, Connection)

    async def connection(self, connection_id: int) -> Connection:
        """One Connection."""
        return await self._call(get_connection, Connection, connection_id)

    async def create_connection(
        self, cog: Cog | str, auth: Mapping[str, Any], *, profile: str = "default"
    ) -> Connection:
        """Connect a cog; ``auth`` holds the fields its registry entry asks for (422 when they do not fit)."""
        return await self._call(create_connection, Connection, body=bodies.connection(cog, auth, profile))

    async def update_connection(self, connection_id: int, auth: Mapping[str, Any]) -> Connection:
        """Replace a Connection's authentication details."""
        return await self._call(update_connection, Connection, connection_id, body=bodies.connection_update(auth))

    async def delete_connection(self, connection_id: int) -> None:
        """Delete a Connection."""
        await self._send(delete_connection, connection_id)

    async def cog_registry(self) -> list[RegistryEntry]:
        """The Crank Cog Registry entries this Organization may use."""
        return await self._list(get_cog_registry, RegistryEntry)

    # -- folders and schedules ---------------------------------------------------------------------------------

    async def folders(self) -> list[Folder]:
        """Every Folder."""
        return await self._list(list_folders, Folder)

    async def folder(self, folder_id: int) -> Folder:
        """One Folder."""
        return await self._call(get_folder, Folder, folder_id)

    async def create_folder(self, name: str, *, description: str | None = None) -> Folder:
        """Create a Folder."""
        return await self._call(create_folder, Folder, body=bodies.folder(name, description))

    async def update_folder(self, folder_id: int, name: str, *, description: str | None = None) -> Folder:
        """Update a Folder (its name is required)."""
        return await self._call(update_folder, Folder, folder_id, body=bodies.folder(name, description))

    async def delete_folder(self, folder_id: int) -> None:
        """Delete a Folder."""
        await self._send(delete_folder, folder_id)

    async def schedules(self) -> list[Schedule]:
        """Every Schedule."""
        return await self._list(list_schedules, Schedule)

    async def schedule(self, schedule_id: int) -> Schedule:
        """One Schedule."""
        return await self._call(get_schedule, Schedule, schedule_id)

    async def create_schedule(self, scenario: int | Scenario, interval: int) -> Schedule:
        """Run ``scenario`` every ``interval`` seconds."""
        return await self._call(create_schedule, Schedule, body=bodies.schedule(scenario, interval))

    async def update_schedule(self, schedule_id: int, scenario: int | Scenario, interval: int) -> Schedule:
        """Change what a Schedule runs and how often."""
        return await self._call(update_schedule, Schedule, schedule_id, body=bodies.schedule(scenario, interval))

    async def delete_schedule(self, schedule_id: int) -> None:
        """Delete a Schedule."""
        await self._send(delete_schedule, schedule_id)

    # -- scenarios and templates -------------------------------------------------------------------------------

    async def scenarios(self) -> list[Scenario]:
        """Every test Scenario."""
        return await self._list(list_scenarios, Scenario)

    async def scenario(self, scenario_id: int) -> Scenario:
        """One Scenario."""
        return await self._call(get_scenario, Scenario, scenario_id)

    async def templates(self, kind: TemplateKind = "all") -> list[Scenario]:
        """Template Scenarios: ``all``, the ``linkable`` ones, or those ``exposed`` to external APIs."""
        return await self._list(_TEMPLATES[kind], Scenario)

    async def create_scenario(
        self, name: str, definition: ScenarioDefinition | Mapping[str, Any], **fields: Unpack[ScenarioFields]
    ) -> Scenario:
        """Create a Scenario at once (a malformed definition is a 422 :class:`~qaclients.core.ValidationError`)."""
        return await self._call(create_scenario, Scenario, body=bodies.scenario_write(name, definition, fields))

    async def update_scenario(
        self,
        scenario_id: int,
        name: str,
        definition: ScenarioDefinition | Mapping[str, Any],
        **fields: Unpack[ScenarioFields],
    ) -> Scenario:
        """Update a Scenario (name and definition are required, as the docs say)."""
        body = bodies.scenario_write(name, definition, fields)
        return await self._call(update_scenario, Scenario, scenario_id, body=body)

    async def delete_scenario(self, scenario_id: int) -> None:
        """Delete a Scenario."""
        await self._send(delete_scenario, scenario_id)

    async def job(self, job_id: str | uuid.UUID) -> Job:
        """An async job's status."""
        return await self._call(get_async_job, Job, bodies.job_uuid(job_id))

    async def begin_create_scenario(
        self,
        name: str,
        definition: ScenarioDefinition | Mapping[str, Any],
        *,
        progress: Callable[[Job], None] | None = None,
        poll_schedule: PollSchedule | None = None,
        **fields: Unpack[ScenarioFields],
    ) -> AsyncPoller[Job, Scenario]:
        """Create a Scenario asynchronously; the poller's ``result()`` is the created Scenario.

        ``result()`` raises :class:`~qaclients.core.OperationFailed` (with the job's reason) when the job fails.
        """
        body = bodies.scenario_write(name, definition, fields)
        return self._job_poller(await self._submit_job(body), progress, poll_schedule)

    async def _submit_job(self, body: ScenarioWrite) -> str:
        submitted_at = int(self.config.clock.wall() * 1000)
        try:
            return (await self._call(create_async_scenario, JobReference, body=body)).job_id
        except QAClientError as error:
            if refused(error):
                raise
            token = self.job_submit_token(submitted_at if may_have_acted(error) else None, body.to_dict())
            raise self.start_failed("submitting the scenario-creation job", error, token, sent=True) from error

    async def _find_or_submit(self, token: str, data: dict[str, Any]) -> Job:
        """The job of a lost submission: the scenario it made, once found; else the job of a new submission."""
        body = ScenarioWrite.from_dict(data["body"])
        if data["submitted_at"] is not None:
            finder = async_lost_job_finder(
                self.scenarios, body.name, int(data["submitted_at"]), token, self.config.clock
            )
            try:
                found = await finder.result(timeout=finder.settle)
            except TimeoutError:
                found = []
            if len(found) > 1:
                raise StartError(
                    f"{len(found)} new scenarios are named {body.name!r}: which one the lost submission made cannot "
                    "be known; resume is not possible, look at them with scenarios()",
                    continuation_token=token,
                    may_have_started=True,
                )
            if found:
                return job_of_scenario(found[0])
        return await self.job(await self._submit_job(body))

    def resume_create_scenario(
        self,
        continuation_token: str,
        *,
        progress: Callable[[Job], None] | None = None,
        poll_schedule: PollSchedule | None = None,
    ) -> AsyncPoller[Job, Scenario]:
        """The poller of :meth:`begin_create_scenario` again, from its ``continuation_token()``, or from a
        :class:`StartError`'s: then its first read looks for the scenario the lost submission may have made, and
        submits again only when none appeared."""
        kind, data = self.token_kind(continuation_token, (declared.JOB_TOKEN, declared.JOB_SUBMIT_TOKEN))
        if kind == declared.JOB_TOKEN:
            return self._job_poller(str(data["job_id"]), progress, poll_schedule)
        job_ids: list[str] = []

        async def fetch() -> Job:
            if job_ids:
                return await self.job(job_ids[0])
            job = await self._find_or_submit(continuation_token, data)
            if job.job_id:
                job_ids.append(job.job_id)
            return job

        return AsyncPoller(
            fetch=fetch,
            classify=declared.job_outcome,
            token=continuation_token,
            result=scenario_from_job,
            failure=job_failure,
            progress=progress,
            schedule=poll_schedule or declared.JOB_SCHEDULE,
            clock=self.config.clock,
        )

    def _job_poller(
        self, job_id: str, progress: Callable[[Job], None] | None, poll_schedule: PollSchedule | None
    ) -> AsyncPoller[Job, Scenario]:
        return AsyncPoller(
            fetch=lambda: self.job(job_id),
            classify=declared.job_outcome,
            token=self.job_token(job_id),
            result=scenario_from_job,
            failure=job_failure,
            progress=progress,
            schedule=poll_schedule or declared.JOB_SCHEDULE,
            clock=self.config.clock,
        )

    # -- runs --------------------------------------------------------------------------------------------------

    async def create_run(
        self, scenario_id: int, *, tokens: Mapping[str, Any] | None = None, notify: Notify | str | None = None
    ) -> Run:
        """Start a run and return it as created (see :meth:`begin_run` to wait for it)."""
        return await self._call(create_scenario_run, Run, scenario_id, body=bodies.run_create(tokens, notify))

    async def run(self, scenario_id: int, run_id: int) -> Run:
        """One Run."""
        return await self._call(get_scenario_run, Run, scenario_id, run_id)

    async def run_log(self, scenario_id: int, run_id: int, log_id: int) -> RunLog:
        """A Run's log (its ``log`` id)."""
        return await self._call(get_run_log, RunLog, scenario_id, run_id, log_id)

    async def latest_run(self, scenario_id: int) -> Run:
        """The Scenario's most recent Run."""
        return await self._call(get_most_recent_run, Run, scenario_id)

    def runs(
        self,
        scenario_id: int,
        *,
        continuation_token: str | None = None,
        max_items: int | None = None,
        **filters: Unpack[RunFilters],
    ) -> AsyncPager[Run]:
        """A Scenario's runs, newest first, fetched page by page as you iterate.

        Filters (:class:`RunFilters`): ``outcome`` (e.g. ``["Failed", "Error"]``), ``ran_after`` and ``ran_before``
        (aware datetimes or epoch milliseconds).
        """
        params = run_filters(filters)

        async def fetch(params: dict[str, Any]) -> list[Run]:
            with translated():
                response = await list_scenario_runs.asyncio_detailed(self.org, scenario_id, client=self.api, **params)
            return parsed_list(response, Run)

        return AsyncPager(
            fetch, declared.run_paging(), params=params, continuation_token=continuation_token, max_items=max_items
        )

    async def begin_run(
        self,
        scenario_id: int,
        *,
        tokens: Mapping[str, Any] | None = None,
        notify: Notify | str | None = None,
        with_log: bool = False,
        progress: Callable[[Run], None] | None = None,
        poll_schedule: PollSchedule | None = None,
    ) -> AsyncPoller[Run, Run]:
        """Start a run and wait for it: ``result()`` is the Run once its outcome is final (Passed, Failed or Error).

        Args:
            tokens: Token replacements for the scenario's steps.
            notify: Who is notified (``me`` by default, or ``team``).
            with_log: Put the run's :class:`RunLog` in ``run.log`` once it is final.
            progress: Called with every Run read.
            poll_schedule: Poll intervals (default: from 2 s, backing off to 15 s).
        """
        run = await self._start_run(scenario_id, bodies.run_create(tokens, notify), with_log, after_run=None)
        return self._run_poller(
            scenario_id, run.id, with_log, progress=progress, poll_schedule=poll_schedule, initial=run
        )

    async def _start_run(self, scenario_id: int, body: RunCreate, with_log: bool, *, after_run: int | None) -> Run:
        """Start a run once: the newest run before it is noted, so that a start whose answer is lost is found."""

        def failed(error: QAClientError, after: int | None, *, sent: bool) -> StartError:
            token = self.run_start_token(scenario_id, after, with_log, body.to_dict())
            return self.start_failed(f"starting a run of scenario {scenario_id}", error, token, sent=sent)

        try:
            if after_run is None:
                after_run = await self._newest_run_id(scenario_id)
            else:  # resuming: did the lost start happen after all?
                found = await self._newer_runs(scenario_id, after_run)
                if found:
                    return self._adopt(found, failed, after_run)
        except QAClientError as error:
            if refused(error):
                raise
            raise failed(error, after_run, sent=False) from error
        try:
            return await self._call(create_scenario_run, Run, scenario_id, body=body)
        except QAClientError as error:
            if refused(error):
                raise
            if not may_have_acted(error):
                raise failed(error, after_run, sent=False) from error
            try:
                found = await self._newer_runs(scenario_id, after_run)
            except QAClientError:
                raise failed(error, after_run, sent=True) from error
            if not found:
                raise failed(error, after_run, sent=False) from error
            return self._adopt(found, failed, after_run)

    async def _newer_runs(self, scenario_id: int, after_run: int) -> list[Run]:
        runs: list[Run] = []
        async for run in self.runs(scenario_id):
            if run.id <= after_run:
                break
            runs.append(run)
        return runs

    @staticmethod
    def _adopt(found: list[Run], failed: Callable[..., StartError], after_run: int) -> Run:
        if len(found) == 1:
            return found[0]
        error = QAClientError(f"{len(found)} runs started since run {after_run}: which one is ours cannot be known")
        raise failed(error, after_run, sent=True)

    async def _newest_run_id(self, scenario_id: int) -> int:
        try:
            return (await self.latest_run(scenario_id)).id
        except NotFoundError:
            await self.scenario(scenario_id)  # a missing scenario stays a 404; a scenario that never ran has none
            return 0

    def resume_run(
        self,
        continuation_token: str,
        *,
        progress: Callable[[Run], None] | None = None,
        poll_schedule: PollSchedule | None = None,
    ) -> AsyncPoller[Run, Run]:
        """The poller of :meth:`begin_run` again, from its ``continuation_token()`` (e.g. in another process), or
        from a :class:`StartError`'s: then its first read checks the server for the run the lost start may have
        made, and starts the run only when there is none."""
        kind, data = self.token_kind(continuation_token, (declared.RUN_TOKEN, declared.RUN_START_TOKEN))
        with_log = bool(data["with_log"])
        if kind == declared.RUN_TOKEN:
            ids = int(data["scenario_id"]), int(data["run_id"])
            return self._run_poller(*ids, with_log, progress=progress, poll_schedule=poll_schedule)
        scenario_id, body, run_ids = int(data["scenario_id"]), RunCreate.from_dict(data["body"]), list[int]()

        async def fetch() -> Run:
            if not run_ids:
                run_ids.append((await self._start_run(scenario_id, body, with_log, after_run=data["after_run"])).id)
            return await self._read_run(scenario_id, run_ids[0], with_log)

        return AsyncPoller(
            fetch=fetch,
            classify=declared.run_outcome,
            token=continuation_token,
            progress=progress,
            schedule=poll_schedule or declared.RUN_SCHEDULE,
            clock=self.config.clock,
        )

    async def _read_run(self, scenario_id: int, run_id: int, with_log: bool) -> Run:
        run = await self.run(scenario_id, run_id)
        if with_log and declared.run_outcome(run) is not Outcome.RUNNING and isinstance(run.log, int):
            run.log = await self.run_log(scenario_id, run_id, run.log)
        return run

    def _run_poller(
        self,
        scenario_id: int,
        run_id: int,
        with_log: bool,
        *,
        progress: Callable[[Run], None] | None,
        poll_schedule: PollSchedule | None,
        initial: Run | None = None,
    ) -> AsyncPoller[Run, Run]:
        return AsyncPoller(
            fetch=lambda: self._read_run(scenario_id, run_id, with_log),
            classify=declared.run_outcome,
            token=self.run_token(scenario_id, run_id, with_log),
            progress=progress,
            initial=initial,
            schedule=poll_schedule or declared.RUN_SCHEDULE,
            clock=self.config.clock,
        )
