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
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, Unpack

from stackmoxie_client import models
from stackmoxie_client.models import Notify

from qaclients.core import (
    AsyncPoller,
    ClientConfig,
    PollSchedule,
    TimeoutError,
    async_api_error_hook,
    translated,
)
from qaclients.core._shells import Flow, adrive, async_call, async_listing

from . import _bodies as bodies
from . import _calls as calls
from . import _declarations as declared
from . import _flows as flows
from ._bodies import ScenarioFields
from ._calls import Call
from ._requests import (
    ClientBase,
    job_failure,
    scenario_from_job,
)

if TYPE_CHECKING:
    from stackmoxie_client.models import Job, Run, Scenario, ScenarioDefinition

__all__ = ["AsyncStackMoxie"]

T = TypeVar("T")


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

    async def _run(self, call: Call[T]) -> T:
        with translated():
            response = await call.endpoint.asyncio_detailed(*call.path(self.org), client=self.api, **call.kwargs)
        return call.finish(response)

    # -- the Organization and its members ---------------------------------------------------------------------

    create_organization = async_call(calls.create_organization_)
    update_organization = async_call(calls.update_organization_)
    members = async_call(calls.members)
    member = async_call(calls.member)
    invite_member = async_call(calls.invite_member_)
    update_member = async_call(calls.update_member_)
    remove_member = async_call(calls.remove_member_)
    reinvite_member = async_call(calls.reinvite_member_)

    # -- notification groups, connections, the cog registry ---------------------------------------------------

    notification_groups = async_call(calls.notification_groups)
    create_notification_group = async_call(calls.create_notification_group_)
    update_notification_group = async_call(calls.update_notification_group_)
    delete_notification_group = async_call(calls.delete_notification_group_)
    connections = async_call(calls.connections)
    connection = async_call(calls.connection)
    create_connection = async_call(calls.create_connection_)
    update_connection = async_call(calls.update_connection_)
    delete_connection = async_call(calls.delete_connection_)
    cog_registry = async_call(calls.cog_registry)

    # -- folders and schedules ---------------------------------------------------------------------------------

    folders = async_call(calls.folders)
    folder = async_call(calls.folder)
    create_folder = async_call(calls.create_folder_)
    update_folder = async_call(calls.update_folder_)
    delete_folder = async_call(calls.delete_folder_)
    schedules = async_call(calls.schedules)
    schedule = async_call(calls.schedule)
    create_schedule = async_call(calls.create_schedule_)
    update_schedule = async_call(calls.update_schedule_)
    delete_schedule = async_call(calls.delete_schedule_)

    # -- scenarios and templates -------------------------------------------------------------------------------

    scenarios = async_call(calls.scenarios)
    scenario = async_call(calls.scenario)
    templates = async_call(calls.templates)
    create_scenario = async_call(calls.create_scenario_)
    update_scenario = async_call(calls.update_scenario_)
    delete_scenario = async_call(calls.delete_scenario_)
    job = async_call(calls.job)

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
        return self._job_poller(await self._flow(flows.submit_job(self, body)), progress, poll_schedule)

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
            job = await self._flow(flows.find_or_submit(self, continuation_token, data))
            if job.job_id:
                job_ids.append(job.job_id)
            return job

        return AsyncPoller(
            fetch=fetch,
            classify=flows.job_outcome,
            token=continuation_token,
            result=scenario_from_job,
            failure=job_failure,
            progress=progress,
            schedule=poll_schedule or flows.JOB_SCHEDULE,
            clock=self.config.clock,
        )

    def _job_poller(
        self, job_id: str, progress: Callable[[Job], None] | None, poll_schedule: PollSchedule | None
    ) -> AsyncPoller[Job, Scenario]:
        return AsyncPoller(
            fetch=lambda: self.job(job_id),
            classify=flows.job_outcome,
            token=self.job_token(job_id),
            result=scenario_from_job,
            failure=job_failure,
            progress=progress,
            schedule=poll_schedule or flows.JOB_SCHEDULE,
            clock=self.config.clock,
        )

    # -- runs --------------------------------------------------------------------------------------------------

    create_run = async_call(calls.create_run)
    run = async_call(calls.run)
    run_log = async_call(calls.run_log)
    latest_run = async_call(calls.latest_run)
    runs = async_listing(calls.runs)

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
        body = bodies.run_create(tokens, notify)
        run = await self._flow(flows.start_run(self, scenario_id, body, with_log, None))
        return self._run_poller(
            scenario_id, run.id, with_log, progress=progress, poll_schedule=poll_schedule, initial=run
        )

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
        scenario_id, body, run_ids = int(data["scenario_id"]), models.RunCreate.from_dict(data["body"]), list[int]()

        async def fetch() -> Run:
            if not run_ids:
                run_ids.append(
                    (await self._flow(flows.start_run(self, scenario_id, body, with_log, data["after_run"]))).id
                )
            return await self._flow(flows.read_run(scenario_id, run_ids[0], with_log))

        return AsyncPoller(
            fetch=fetch,
            classify=flows.run_outcome,
            token=continuation_token,
            progress=progress,
            schedule=poll_schedule or flows.RUN_SCHEDULE,
            clock=self.config.clock,
        )

    async def _step(self, step: Any) -> Any:
        """One step of a flow: a call, or the runs or scenarios only a pager or poller can find."""
        if isinstance(step, flows.NewerRuns):
            runs: list[Run] = []
            async for run in self.runs(step.scenario_id):
                if run.id <= step.after_run:
                    break
                runs.append(run)
            return runs
        if isinstance(step, flows.LostScenarios):
            finder = flows.async_lost_job_finder(
                self.scenarios, step.name, step.submitted_at, step.token, self.config.clock
            )
            try:
                return await finder.result(timeout=finder.settle)
            except TimeoutError:
                return []
        return await self._run(step)

    async def _flow(self, flow: Flow[T]) -> T:
        return await adrive(flow, self._step)

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
            fetch=lambda: self._flow(flows.read_run(scenario_id, run_id, with_log)),
            classify=flows.run_outcome,
            token=self.run_token(scenario_id, run_id, with_log),
            progress=progress,
            initial=initial,
            schedule=poll_schedule or flows.RUN_SCHEDULE,
            clock=self.config.clock,
        )
