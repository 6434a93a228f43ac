"""``Mabl``: the synchronous client. Resources, paged lists with each list's own end rule, reports, deploy-and-wait
and artifact exports.

with Mabl.from_env() as mabl:                                  # MABL_API_KEY, MABL_WORKSPACE_ID
    for app in mabl.applications.list():
        print(app.id, app.name)
    result = mabl.begin_deployment(environment_id="…-e", plan_labels=["smoke"]).result(timeout=3600)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx
from mabl_client import models
from mabl_client.api.deployment_events import (
    getexecutionresultforevent,
    ondeploy,
    querydeploymentevents,
    querydeploymenteventsbyrevision,
)
from mabl_client.api.reporting import (
    createtestrunartifactexport,
    gettestrunartifactexport,
)

from qaclients.core import ClientConfig, QAClientError, checked_arguments, raise_api_errors

from . import _declarations as declared
from ._catalog import Catalog
from ._params import activity_filters, deployment_body, export_body

if TYPE_CHECKING:
    from mabl_client.models import (
        Application,
        DatabaseConnection,
        DeploymentEvent,
        Environment,
        ExecutionResult,
        Issue,
        Mailbox,
    )

    from qaclients.core import Pager, Poller, PollSchedule

    from ._create import PendingDeployment, PendingExport
    from ._credentials import StoredCredentials
    from ._deployment import DeploymentProgress, DeploymentResult, DeploymentStatus
    from ._export import CompletedExport, ExportState
    from ._params import ExportProgress
    from ._requests import When
    from ._resources import Resource

__all__ = ["Mabl"]

T = TypeVar("T")


@checked_arguments(declared.ARGUMENT_RULES, suffixes=declared.ARGUMENT_SUFFIXES)
class Mabl(Catalog):
    """A synchronous mabl client.

    Args:
        api_key: A mabl API key (sent as HTTP Basic ``key:<api key>``; never in a repr, log or error). Its type
            decides what it may call: a Viewer key reads, a Deployment key triggers deployments, usage reports need
            a company Reporting key (a wrong type answers :class:`~qaclients.core.ForbiddenError`).
        workspace_id: The default workspace of every call that takes one.
        base_url: ``https://api.mabl.com`` unless given.
        config: A ready :class:`~qaclients.core.ClientConfig` instead of the arguments above.
        **options: Any other :class:`~qaclients.core.ClientConfig` setting (timeout, retry, transport, clock, ...).

    Attributes:
        applications, environments, credentials, database_connections, issues, mailboxes: Resources with ``get``,
            ``list`` (where mabl lists them), ``create``, ``update``, ``remove``. Credentials come back as
            :class:`StoredCredentials`, their secret values wrapped.
        api: The generated low-level client (``mabl_client``), for anything not wrapped here.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        workspace_id: str | None = None,
        base_url: str | None = None,
        config: ClientConfig | None = None,
        **options: Any,
    ) -> None:
        from ._resources import (  # noqa: PLC0415 - the resources load with the first client, not at import
            APPLICATIONS,
            CREDENTIALS,
            DATABASE_CONNECTIONS,
            ENVIRONMENTS,
            ISSUES,
            MAILBOXES,
            Resource,
        )

        super().__init__(self.make_config(base_url, api_key, config, options), workspace_id)
        http = self.config.build_client(declared.auth_headers(self._key))
        http.event_hooks["response"] = [*http.event_hooks["response"], raise_api_errors(declared.error_message)]
        self.api.set_httpx_client(http)
        self._http = http
        self._download_http: httpx.Client | None = None
        self.applications: Resource[Application] = Resource(self, APPLICATIONS)
        self.environments: Resource[Environment] = Resource(self, ENVIRONMENTS)
        self.credentials: Resource[StoredCredentials] = Resource(self, CREDENTIALS)
        self.database_connections: Resource[DatabaseConnection] = Resource(self, DATABASE_CONNECTIONS)
        self.issues: Resource[Issue] = Resource(self, ISSUES)
        self.mailboxes: Resource[Mailbox] = Resource(self, MAILBOXES)

    @classmethod
    def from_env(cls, *, env: Mapping[str, str] | None = None, **overrides: Any) -> Self:
        """Read ``MABL_API_KEY``, ``MABL_WORKSPACE_ID``, ``MABL_BASE_URL``, ``MABL_TIMEOUT``, ``MABL_MAX_RETRIES``."""
        config, workspace_id = cls.env_config(env, overrides)
        return cls(config=config, workspace_id=workspace_id)

    def close(self) -> None:
        """Close the connection pools (not a client you passed in as ``http_client``)."""
        if self.config.http_client is None:
            self._http.close()
        if self._download_http is not None:
            self._download_http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # -- deployments -------------------------------------------------------------------------------------------------

    def deployment_events(
        self, workspace_id: str | None = None, *, environment_id: str | None = None, start: When | None = None,
        end: When | None = None, page_size: int = declared.PAGE_SIZE, continuation_token: str | None = None,
        max_items: int | None = None,
    ) -> Pager[DeploymentEvent]:  # fmt: skip
        """Deployment events of a workspace, newest first."""
        filters = activity_filters(start, end, {"environment_id": environment_id} if environment_id else {})
        return self._pager(
            querydeploymentevents, "querydeploymentevents", models.DeploymentEventList, page_size=page_size,
            token=continuation_token, max_items=max_items, workspace_id=self.workspace(workspace_id), **filters,
        )  # fmt: skip

    def deployment_events_by_revision(
        self, revision: str, workspace_id: str | None = None, *, page_size: int = declared.PAGE_SIZE,
        continuation_token: str | None = None, max_items: int | None = None,
    ) -> Pager[DeploymentEvent]:  # fmt: skip
        """Deployment events carrying a revision (commit id / SHA)."""
        return self._pager(
            querydeploymenteventsbyrevision, "querydeploymenteventsbyrevision", models.DeploymentEventList,
            page_size=page_size, token=continuation_token, max_items=max_items,
            workspace_id=self.workspace(workspace_id), revision=revision,
        )  # fmt: skip

    def deployment_result(self, deployment_event_id: str) -> ExecutionResult:
        """The execution result of a deployment event as it stands now (see :meth:`begin_deployment` to wait)."""
        send = partial(getexecutionresultforevent.sync_detailed, deployment_event_id, client=self.api)
        return self._call(send, models.ExecutionResult)

    def begin_deployment(
        self, *, environment_id: str | None = None, application_id: str | None = None,
        plan_labels: Iterable[str] | None = None, preview: bool = False,
        progress: Callable[[DeploymentProgress], None] | None = None, schedule: PollSchedule | None = None,
        **event: Any,
    ) -> Poller[DeploymentStatus, DeploymentResult]:  # fmt: skip
        """Create a deployment event (``preview=True``: a dry run that starts nothing) and wait for what it started.

        The poller waits until every plan run the event triggered has appeared and is final, retries included (a
        plan mabl retries appears as a second execution), and mabl has concluded. ``result()`` returns the
        :class:`DeploymentResult` (succeeded first attempt or with retries, each plan's and test's outcome); a failed
        deployment raises :class:`~qaclients.core.OperationFailed` whose ``.result`` is that same record.

        Args:
            environment_id: The environment deployed to (this or ``application_id`` is required).
            application_id: The application deployed.
            plan_labels: Run the active plans carrying any of these labels.
            preview: Report the plans that would run, without running them.
            progress: Called after every read with plans and tests passed, failed and running.
            schedule: Poll intervals; every 10 s by default, as mabl's own clients poll.
            **event: Any other field of the event: ``revision``, ``source_control_tag``, ``event_time``,
                ``properties``, ``plan_overrides``, ``actions``.
        """
        from ._create import PendingDeployment  # noqa: PLC0415 - deploy-and-wait loads on first use

        body = deployment_body(models.CreateDeploymentEvent, environment_id, application_id, plan_labels, event)
        since = int(self.config.clock.wall() * 1000)
        pending = PendingDeployment(body.to_dict(), preview, since, self.workspace_id)
        return self._create_deployment(pending, progress, schedule)

    def resume_deployment(
        self, token: str, *, progress: Callable[[DeploymentProgress], None] | None = None,
        schedule: PollSchedule | None = None,
    ) -> Poller[DeploymentStatus, DeploymentResult]:  # fmt: skip
        """Resume from any deployment token: a poller's, or a :class:`DeploymentCreateError`'s (whose event may or may
        not exist: it is looked for in the deployment events list first, and created only when absent).

        Raises:
            DeploymentCreateError: The search or the create failed again (resume again), or several events match.
        """
        from ._create import pending_deployment  # noqa: PLC0415 - deploy-and-wait loads on first use

        pending = pending_deployment(token)
        if pending is None:
            return self.deployment_from_token(token, progress=progress, schedule=schedule)
        if not pending.preview:
            try:
                events = list(self._events_since(pending))
            except QAClientError as error:
                raise pending.failed(error, step="looking for the deployment event") from error
            found = pending.matches(events)
            if len(found) > 1:
                raise pending.ambiguous(found)
            if found:
                return self._deployment_poller(found[0], False, progress, schedule, initial=False)
        return self._create_deployment(pending, progress, schedule)

    def _events_since(self, pending: PendingDeployment) -> Pager[DeploymentEvent]:
        environment = pending.body.get("environment_id")
        return self.deployment_events(
            pending.workspace_id or self.workspace(None), environment_id=environment, start=pending.search_from
        )

    def _create_deployment(
        self, pending: PendingDeployment, progress: Callable[[DeploymentProgress], None] | None,
        schedule: PollSchedule | None,
    ) -> Poller[DeploymentStatus, DeploymentResult]:  # fmt: skip
        from ._create import is_uncertain  # noqa: PLC0415 - deploy-and-wait loads on first use

        body = models.CreateDeploymentEvent.from_dict(pending.body)
        send = partial(ondeploy.sync_detailed, client=self.api, body=body, preview=pending.preview)
        try:
            created = self._call(send, models.DeploymentEvent)
        except QAClientError as error:
            if is_uncertain(error):
                raise pending.failed(error) from error
            raise
        return self._deployment_poller(created, pending.preview, progress, schedule, initial=True)

    def deployment_from_token(
        self, token: str, *, progress: Callable[[DeploymentProgress], None] | None = None,
        schedule: PollSchedule | None = None,
    ) -> Poller[DeploymentStatus, DeploymentResult]:  # fmt: skip
        """Resume waiting on a deployment from ``poller.continuation_token()`` (or a TimeoutError's), anywhere."""
        from ._deployment import event_from_token  # noqa: PLC0415 - deploy-and-wait loads on first use

        event, preview = event_from_token(token)
        return self._deployment_poller(event, preview, progress, schedule, initial=False)

    def _deployment_poller(
        self, event: DeploymentEvent, preview: bool, progress: Callable[[DeploymentProgress], None] | None,
        schedule: PollSchedule | None, *, initial: bool,
    ) -> Poller[DeploymentStatus, DeploymentResult]:  # fmt: skip
        from qaclients.core import Poller  # noqa: PLC0415 - pollers load with the first one

        from ._deployment import (  # noqa: PLC0415 - deploy-and-wait loads on first use
            DEPLOYMENT_POLL,
            DeploymentStatus,
            classify,
            deployment_result,
            deployment_token,
            progress_of,
        )

        def fetch() -> DeploymentStatus:
            return DeploymentStatus(event, self.deployment_result(event.id))

        return Poller(
            fetch=fetch,
            classify=classify,
            result=deployment_result,
            token=deployment_token(event, preview),
            progress=None if progress is None else (lambda status: progress(progress_of(status))),
            initial=DeploymentStatus(event, None, preview) if initial or preview else None,
            schedule=schedule or DEPLOYMENT_POLL,
            clock=self.config.clock,
        )

    # -- artifact exports --------------------------------------------------------------------------------------------

    def begin_export_artifacts(
        self, test_run_id: str, types: Iterable[str] | None = None, *, progress: ExportProgress | None = None,
        schedule: PollSchedule | None = None,
    ) -> Poller[ExportState, CompletedExport]:  # fmt: skip
        """Export a test run's artifacts (``types``: console_logs, doms, hars, screenshots, traces, xray_json; mabl's
        default is screenshots) and wait until the ZIP is ready; ``result().download(path)`` streams it."""
        from ._create import PendingExport  # noqa: PLC0415 - exports load on first use

        pending = PendingExport(test_run_id, None if types is None else tuple(types))
        return self._create_export(pending, progress, schedule)

    def resume_export(
        self, token: str, *, progress: ExportProgress | None = None, schedule: PollSchedule | None = None
    ) -> Poller[ExportState, CompletedExport]:
        """Resume from any export token: a poller's or a download's (waits again), or an :class:`ExportCreateError`'s
        (asks for the export again)."""
        from ._create import pending_export  # noqa: PLC0415 - exports load on first use
        from ._export import export_from_token  # noqa: PLC0415 - exports load on first use

        pending = pending_export(token)
        if pending is None:
            return self._export_poller(export_from_token(token), progress, schedule)
        return self._create_export(pending, progress, schedule)

    def _create_export(
        self, pending: PendingExport, progress: ExportProgress | None, schedule: PollSchedule | None
    ) -> Poller[ExportState, CompletedExport]:
        from ._create import is_uncertain  # noqa: PLC0415 - exports load on first use
        from ._export import ExportState  # noqa: PLC0415 - exports load on first use

        body = export_body(pending.types)
        send = partial(createtestrunartifactexport.sync_detailed, pending.test_run_id, client=self.api, body=body)
        try:
            created = self._call(send, models.ArtifactExport)
        except QAClientError as error:
            if is_uncertain(error):
                raise pending.failed(error) from error
            raise
        return self._export_poller(ExportState.of(created), progress, schedule)

    def export_from_token(
        self, token: str, *, progress: ExportProgress | None = None
    ) -> Poller[ExportState, CompletedExport]:
        """Resume waiting on an export from its continuation token."""
        from ._export import export_from_token  # noqa: PLC0415 - exports load on first use

        return self._export_poller(export_from_token(token), progress, None)

    def _export_poller(
        self, known: ExportState | str, progress: ExportProgress | None, schedule: PollSchedule | None
    ) -> Poller[ExportState, CompletedExport]:
        from qaclients.core import Poller  # noqa: PLC0415 - pollers load with the first one

        from ._export import (  # noqa: PLC0415 - exports load on first use
            EXPORT_POLL,
            CompletedExport,
            ExportState,
            classify_export,
            export_token,
        )

        export_id = known if isinstance(known, str) else known.export_id

        def fetch() -> ExportState:
            send = partial(gettestrunartifactexport.sync_detailed, export_id, client=self.api)
            return ExportState.of(self._call(send, models.ArtifactExport))

        return Poller(
            fetch=fetch,
            classify=classify_export,
            result=lambda state: CompletedExport(state, self._downloads()),
            token=export_token(export_id),
            progress=progress,
            initial=None if isinstance(known, str) else known,
            schedule=schedule or EXPORT_POLL,
            clock=self.config.clock,
        )

    def _downloads(self) -> httpx.Client:
        if self._download_http is None:
            self._download_http = self.config.build_download_client()
        return self._download_http
