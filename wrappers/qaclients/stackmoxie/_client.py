"""``StackMoxie``: the synchronous client, bound to one Organization.

with StackMoxie.from_env() as sm:                      # STACKMOXIE_TOKEN, STACKMOXIE_ORG
    scenario = sm.begin_create_scenario("Lead sync", definition).result(timeout=120)
    run = sm.begin_run(scenario.id, tokens={"email": "qa@example.com"}, with_log=True).result(timeout=600)
    for past in sm.runs(scenario.id, outcome=["Failed", "Error"]):
        print(past.id, past.outcome)
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, Unpack

from stackmoxie_client import models
from stackmoxie_client.models import Notify

from qaclients.core import ClientConfig, TimeoutError, raise_api_errors, translated
from qaclients.core._shells import Flow, drive, sync_call, sync_listing

from . import _bodies as bodies
from . import _calls as calls
from . import _declarations as declared
from ._bodies import ScenarioFields
from ._calls import Call
from ._requests import (
    ClientBase,
    job_failure,
    newer_runs,
    scenario_from_job,
)

if TYPE_CHECKING:
    from stackmoxie_client.models import Job, Run, Scenario, ScenarioDefinition

    from qaclients.core import Poller, PollSchedule

# Starting and waiting (the flows, their pollers and outcomes) are imported by the first method that needs them
# (``from . import _flows as flows`` below), not by ``import qaclients.stackmoxie``.

__all__ = ["StackMoxie"]

T = TypeVar("T")


@declared.checked
class StackMoxie(ClientBase):
    """A synchronous Stack Moxie client for one Organization.

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
        http = self.config.build_client(declared.auth_headers(self._token))
        http.event_hooks["response"] = [*http.event_hooks["response"], raise_api_errors(declared.error_message)]
        self.api.set_httpx_client(http)
        self._http = http

    @classmethod
    def from_env(cls, **overrides: Any) -> Self:
        """Read ``STACKMOXIE_TOKEN``, ``STACKMOXIE_ORG`` and optionally ``STACKMOXIE_BASE_URL`` (and ``_TIMEOUT``,
        ``_MAX_RETRIES``)."""
        overrides.setdefault("base_url", os.environ.get(declared.ENV_PREFIX + "BASE_URL") or declared.DEFAULT_BASE_URL)
        return cls(cls.env_org(os.environ), config=ClientConfig.from_env(declared.ENV_PREFIX, **overrides))

    def close(self) -> None:
        """Close the connection pool (not a client you passed in as ``http_client``)."""
        if self.config.http_client is None:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _run(self, call: Call[T]) -> T:
        with translated():
            response = call.endpoint.sync_detailed(*call.path(self.org), client=self.api, **call.kwargs)
        return call.finish(response)

    # -- the Organization and its members ---------------------------------------------------------------------

    create_organization = sync_call(calls.create_organization_)
    update_organization = sync_call(calls.update_organization_)
    members = sync_call(calls.members)
    member = sync_call(calls.member)
    invite_member = sync_call(calls.invite_member_)
    update_member = sync_call(calls.update_member_)
    remove_member = sync_call(calls.remove_member_)
    reinvite_member = sync_call(calls.reinvite_member_)

    # -- notification groups, connections, the cog registry ---------------------------------------------------

    notification_groups = sync_call(calls.notification_groups)
    create_notification_group = sync_call(calls.create_notification_group_)
    update_notification_group = sync_call(calls.update_notification_group_)
    delete_notification_group = sync_call(calls.delete_notification_group_)
    connections = sync_call(calls.connections)
    connection = sync_call(calls.connection)
    create_connection = sync_call(calls.create_connection_)
    update_connection = sync_call(calls.update_connection_)
    delete_connection = sync_call(calls.delete_connection_)
    cog_registry = sync_call(calls.cog_registry)

    # -- folders and schedules ---------------------------------------------------------------------------------

    folders = sync_call(calls.folders)
    folder = sync_call(calls.folder)
    create_folder = sync_call(calls.create_folder_)
    update_folder = sync_call(calls.update_folder_)
    delete_folder = sync_call(calls.delete_folder_)
    schedules = sync_call(calls.schedules)
    schedule = sync_call(calls.schedule)
    create_schedule = sync_call(calls.create_schedule_)
    update_schedule = sync_call(calls.update_schedule_)
    delete_schedule = sync_call(calls.delete_schedule_)

    # -- scenarios and templates -------------------------------------------------------------------------------

    scenarios = sync_call(calls.scenarios)
    scenario = sync_call(calls.scenario)
    templates = sync_call(calls.templates)
    create_scenario = sync_call(calls.create_scenario_)
    update_scenario = sync_call(calls.update_scenario_)
    delete_scenario = sync_call(calls.delete_scenario_)
    job = sync_call(calls.job)

    def begin_create_scenario(
        self,
        name: str,
        definition: ScenarioDefinition | Mapping[str, Any],
        *,
        progress: Callable[[Job], None] | None = None,
        poll_schedule: PollSchedule | None = None,
        **fields: Unpack[ScenarioFields],
    ) -> Poller[Job, Scenario]:
        """Create a Scenario asynchronously; the poller's ``result()`` is the created Scenario.

        ``result()`` raises :class:`~qaclients.core.OperationFailed` (with the job's reason) when the job fails.
        """
        from . import _flows as flows  # noqa: PLC0415 - see the comment at the imports

        body = bodies.scenario_write(name, definition, fields)
        return self._job_poller(self._flow(flows.submit_job(self, body)), progress, poll_schedule)

    def resume_create_scenario(
        self,
        continuation_token: str,
        *,
        progress: Callable[[Job], None] | None = None,
        poll_schedule: PollSchedule | None = None,
    ) -> Poller[Job, Scenario]:
        """The poller of :meth:`begin_create_scenario` again, from its ``continuation_token()``, or from a
        :class:`StartError`'s: then its first read looks for the scenario the lost submission may have made, and
        submits again only when none appeared."""
        from qaclients.core import Poller  # noqa: PLC0415 - see the comment at the imports

        from . import _flows as flows  # noqa: PLC0415

        kind, data = self.token_kind(continuation_token, (declared.JOB_TOKEN, declared.JOB_SUBMIT_TOKEN))
        if kind == declared.JOB_TOKEN:
            return self._job_poller(str(data["job_id"]), progress, poll_schedule)
        job_ids: list[str] = []

        def fetch() -> Job:
            if job_ids:
                return self.job(job_ids[0])
            job = self._flow(flows.find_or_submit(self, continuation_token, data))
            if job.job_id:
                job_ids.append(job.job_id)
            return job

        return Poller(
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
    ) -> Poller[Job, Scenario]:
        from qaclients.core import Poller  # noqa: PLC0415 - see the comment at the imports

        from . import _flows as flows  # noqa: PLC0415

        return Poller(
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

    create_run = sync_call(calls.create_run)
    run = sync_call(calls.run)
    run_log = sync_call(calls.run_log)
    latest_run = sync_call(calls.latest_run)
    runs = sync_listing(calls.runs)

    def begin_run(
        self,
        scenario_id: int,
        *,
        tokens: Mapping[str, Any] | None = None,
        notify: Notify | str | None = None,
        with_log: bool = False,
        progress: Callable[[Run], None] | None = None,
        poll_schedule: PollSchedule | None = None,
    ) -> Poller[Run, Run]:
        """Start a run and wait for it: ``result()`` is the Run once its outcome is final (Passed, Failed or Error).

        Args:
            tokens: Token replacements for the scenario's steps.
            notify: Who is notified (``me`` by default, or ``team``).
            with_log: Put the run's :class:`RunLog` in ``run.log`` once it is final.
            progress: Called with every Run read.
            poll_schedule: Poll intervals (default: from 2 s, backing off to 15 s).
        """
        from . import _flows as flows  # noqa: PLC0415 - see the comment at the imports

        body = bodies.run_create(tokens, notify)
        run = self._flow(flows.start_run(self, scenario_id, body, with_log, None))
        return self._run_poller(
            scenario_id, run.id, with_log, progress=progress, poll_schedule=poll_schedule, initial=run
        )

    def resume_run(
        self,
        continuation_token: str,
        *,
        progress: Callable[[Run], None] | None = None,
        poll_schedule: PollSchedule | None = None,
    ) -> Poller[Run, Run]:
        """The poller of :meth:`begin_run` again, from its ``continuation_token()`` (e.g. in another process), or
        from a :class:`StartError`'s: then its first read checks the server for the run the lost start may have
        made, and starts the run only when there is none."""
        from qaclients.core import Poller  # noqa: PLC0415 - see the comment at the imports

        from . import _flows as flows  # noqa: PLC0415

        kind, data = self.token_kind(continuation_token, (declared.RUN_TOKEN, declared.RUN_START_TOKEN))
        with_log = bool(data["with_log"])
        if kind == declared.RUN_TOKEN:
            ids = int(data["scenario_id"]), int(data["run_id"])
            return self._run_poller(*ids, with_log, progress=progress, poll_schedule=poll_schedule)
        scenario_id, body, run_ids = int(data["scenario_id"]), models.RunCreate.from_dict(data["body"]), list[int]()

        def fetch() -> Run:
            if not run_ids:
                run_ids.append(self._flow(flows.start_run(self, scenario_id, body, with_log, data["after_run"])).id)
            return self._flow(flows.read_run(scenario_id, run_ids[0], with_log))

        return Poller(
            fetch=fetch,
            classify=flows.run_outcome,
            token=continuation_token,
            progress=progress,
            schedule=poll_schedule or flows.RUN_SCHEDULE,
            clock=self.config.clock,
        )

    def _step(self, step: Any) -> Any:
        """One step of a flow: a call, or the runs or scenarios only a pager or poller can find."""
        from . import _flows as flows  # noqa: PLC0415 - see the comment at the imports

        if isinstance(step, flows.NewerRuns):
            return newer_runs(self.runs(step.scenario_id), step.after_run)
        if isinstance(step, flows.LostScenarios):
            finder = flows.lost_job_finder(self.scenarios, step.name, step.submitted_at, step.token, self.config.clock)
            try:
                return finder.result(timeout=finder.settle)
            except TimeoutError:
                return []
        return self._run(step)

    def _flow(self, flow: Flow[T]) -> T:
        return drive(flow, self._step)

    def _run_poller(
        self,
        scenario_id: int,
        run_id: int,
        with_log: bool,
        *,
        progress: Callable[[Run], None] | None,
        poll_schedule: PollSchedule | None,
        initial: Run | None = None,
    ) -> Poller[Run, Run]:
        from qaclients.core import Poller  # noqa: PLC0415 - see the comment at the imports

        from . import _flows as flows  # noqa: PLC0415

        return Poller(
            fetch=lambda: self._flow(flows.read_run(scenario_id, run_id, with_log)),
            classify=flows.run_outcome,
            token=self.run_token(scenario_id, run_id, with_log),
            progress=progress,
            initial=initial,
            schedule=poll_schedule or flows.RUN_SCHEDULE,
            clock=self.config.clock,
        )
