"""``AsyncMabl``: the asynchronous twin of ``Mabl``, with the same methods, awaited; lists are async-iterated.

async with AsyncMabl.from_env() as mabl:
    async for app in mabl.applications.list():
        print(app.id, app.name)
    poller = await mabl.begin_deployment(environment_id="…-e", plan_labels=["smoke"])
    result = await poller.result(timeout=3600)
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

from qaclients.core import (
    AsyncPager,
    AsyncPoller,
    ClientConfig,
    PollSchedule,
    QAClientError,
    async_api_error_hook,
    checked_arguments,
)

from . import _declarations as declared
from ._async_catalog import AsyncCatalog
from ._create import PendingDeployment, PendingExport, is_uncertain, pending_deployment, pending_export
from ._credentials import StoredCredentials
from ._deployment import (
    DEPLOYMENT_POLL,
    DeploymentProgress,
    DeploymentResult,
    DeploymentStatus,
    classify,
    deployment_result,
    deployment_token,
    event_from_token,
    progress_of,
)
from ._export import EXPORT_POLL, AsyncCompletedExport, ExportState, classify_export, export_from_token, export_token
from ._params import (
    ExportProgress,
    activity_filters,
    deployment_body,
    export_body,
)
from ._requests import When
from ._resources import (
    APPLICATIONS,
    CREDENTIALS,
    DATABASE_CONNECTIONS,
    ENVIRONMENTS,
    ISSUES,
    MAILBOXES,
    AsyncResource,
)

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

__all__ = ["AsyncMabl"]

T = TypeVar("T")


@checked_arguments(declared.ARGUMENT_RULES, suffixes=declared.ARGUMENT_SUFFIXES)
class AsyncMabl(AsyncCatalog):
    """An asynchronous mabl client; see :class:`~qaclients.mabl.Mabl` for the methods.

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
        super().__init__(self.make_config(base_url, api_key, config, options), workspace_id)
        http = self.config.build_async_client(declared.auth_headers(self._key))
        http.event_hooks["response"] = [*http.event_hooks["response"], async_api_error_hook(declared.error_message)]
        self.api.set_async_httpx_client(http)
        self._http = http
        self._download_http: httpx.AsyncClient | None = None
        self.applications: AsyncResource[Application] = AsyncResource(self, APPLICATIONS)
        self.environments: AsyncResource[Environment] = AsyncResource(self, ENVIRONMENTS)
        self.credentials: AsyncResource[StoredCredentials] = AsyncResource(self, CREDENTIALS)
        self.database_connections: AsyncResource[DatabaseConnection] = AsyncResource(self, DATABASE_CONNECTIONS)
        self.issues: AsyncResource[Issue] = AsyncResource(self, ISSUES)
        self.mailboxes: AsyncResource[Mailbox] = AsyncResource(self, MAILBOXES)

    @classmethod
    def from_env(cls, *, env: Mapping[str, str] | None = None, **overrides: Any) -> Self:
        """Read ``MABL_API_KEY``, ``MABL_WORKSPACE_ID``, ``MABL_BASE_URL``, ``MABL_TIMEOUT``, ``MABL_MAX_RETRIES``."""
        config, workspace_id = cls.env_config(env, overrides)
        return cls(config=config, workspace_id=workspace_id)

    async def aclose(self) -> None:
        """Close the connection pools (not a client you passed in as ``async_http_client``)."""
        if self.config.async_http_client is None:
            await self._http.aclose()
        if self._download_http is not None:
            await self._download_http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.aclose()

    # -- deployments -------------------------------------------------------------------------------------------------

    def deployment_events(
        self, workspace_id: str | None = None, *, environment_id: str | None = None, start: When | None = None,
        end: When | None = None, page_size: int = declared.PAGE_SIZE, continuation_token: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[DeploymentEvent]:  # fmt: skip
        """Deployment events of a workspace, newest first."""
        filters = activity_filters(start, end, {"environment_id": environment_id} if environment_id else {})
        return self._pager(
            querydeploymentevents, "querydeploymentevents", models.DeploymentEventList, page_size=page_size,
            token=continuation_token, max_items=max_items, workspace_id=self.workspace(workspace_id), **filters,
        )  # fmt: skip

    def deployment_events_by_revision(
        self, revision: str, workspace_id: str | None = None, *, page_size: int = declared.PAGE_SIZE,
        continuation_token: str | None = None, max_items: int | None = None,
    ) -> AsyncPager[DeploymentEvent]:  # fmt: skip
        """Deployment events carrying a revision (commit id / SHA)."""
        return self._pager(
            querydeploymenteventsbyrevision, "querydeploymenteventsbyrevision", models.DeploymentEventList,
            page_size=page_size, token=continuation_token, max_items=max_items,
            workspace_id=self.workspace(workspace_id), revision=revision,
        )  # fmt: skip

    async def deployment_result(self, deployment_event_id: str) -> ExecutionResult:
        """The execution result of a deployment event as it stands now (see :meth:`begin_deployment` to wait)."""
        send = partial(getexecutionresultforevent.asyncio_detailed, deployment_event_id, client=self.api)
        return await self._call(send, models.ExecutionResult)

    async def begin_deployment(
        self, *, environment_id: str | None = None, application_id: str | None = None,
        plan_labels: Iterable[str] | None = None, preview: bool = False,
        progress: Callable[[DeploymentProgress], None] | None = None, schedule: PollSchedule | None = None,
        **event: Any,
    ) -> AsyncPoller[DeploymentStatus, DeploymentResult]:  # fmt: skip
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
        body = deployment_body(models.CreateDeploymentEvent, environment_id, application_id, plan_labels, event)
        since = int(self.config.clock.wall() * 1000)
        pending = PendingDeployment(body.to_dict(), preview, since, self.workspace_id)
        return await self._create_deployment(pending, progress, schedule)

    async def resume_deployment(
        self, token: str, *, progress: Callable[[DeploymentProgress], None] | None = None,
        schedule: PollSchedule | None = None,
    ) -> AsyncPoller[DeploymentStatus, DeploymentResult]:  # fmt: skip
        """Resume from any deployment token: a poller's, or a :class:`DeploymentCreateError`'s (whose event may or may
        not exist: it is looked for in the deployment events list first, and created only when absent).

        Raises:
            DeploymentCreateError: The search or the create failed again (resume again), or several events match.
        """
        pending = pending_deployment(token)
        if pending is None:
            return self.deployment_from_token(token, progress=progress, schedule=schedule)
        if not pending.preview:
            try:
                events = await self._events_since(pending)
            except QAClientError as error:
                raise pending.failed(error, step="looking for the deployment event") from error
            found = pending.matches(events)
            if len(found) > 1:
                raise pending.ambiguous(found)
            if found:
                return self._deployment_poller(found[0], False, progress, schedule, initial=False)
        return await self._create_deployment(pending, progress, schedule)

    async def _events_since(self, pending: PendingDeployment) -> list[DeploymentEvent]:
        environment = pending.body.get("environment_id")
        pager = self.deployment_events(
            pending.workspace_id or self.workspace(None), environment_id=environment, start=pending.search_from
        )
        async with pager:
            return [event async for event in pager]

    async def _create_deployment(
        self, pending: PendingDeployment, progress: Callable[[DeploymentProgress], None] | None,
        schedule: PollSchedule | None,
    ) -> AsyncPoller[DeploymentStatus, DeploymentResult]:  # fmt: skip
        body = models.CreateDeploymentEvent.from_dict(pending.body)
        send = partial(ondeploy.asyncio_detailed, client=self.api, body=body, preview=pending.preview)
        try:
            created = await self._call(send, models.DeploymentEvent)
        except QAClientError as error:
            if is_uncertain(error):
                raise pending.failed(error) from error
            raise
        return self._deployment_poller(created, pending.preview, progress, schedule, initial=True)

    def deployment_from_token(
        self, token: str, *, progress: Callable[[DeploymentProgress], None] | None = None,
        schedule: PollSchedule | None = None,
    ) -> AsyncPoller[DeploymentStatus, DeploymentResult]:  # fmt: skip
        """Resume waiting on a deployment from ``poller.continuation_token()`` (or a TimeoutError's), anywhere."""
        event, preview = event_from_token(token)
        return self._deployment_poller(event, preview, progress, schedule, initial=False)

    def _deployment_poller(
        self, event: DeploymentEvent, preview: bool, progress: Callable[[DeploymentProgress], None] | None,
        schedule: PollSchedule | None, *, initial: bool,
    ) -> AsyncPoller[DeploymentStatus, DeploymentResult]:  # fmt: skip
        async def fetch() -> DeploymentStatus:
            return DeploymentStatus(event, await self.deployment_result(event.id))

        return AsyncPoller(
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

    async def begin_export_artifacts(
        self, test_run_id: str, types: Iterable[str] | None = None, *, progress: ExportProgress | None = None,
        schedule: PollSchedule | None = None,
    ) -> AsyncPoller[ExportState, AsyncCompletedExport]:  # fmt: skip
        """Export a test run's artifacts (``types``: console_logs, doms, hars, screenshots, traces, xray_json; mabl's
        default is screenshots) and wait until the ZIP is ready; ``result().download(path)`` streams it."""
        pending = PendingExport(test_run_id, None if types is None else tuple(types))
        return await self._create_export(pending, progress, schedule)

    async def resume_export(
        self, token: str, *, progress: ExportProgress | None = None, schedule: PollSchedule | None = None
    ) -> AsyncPoller[ExportState, AsyncCompletedExport]:
        """Resume from any export token: a poller's or a download's (waits again), or an :class:`ExportCreateError`'s
        (asks for the export again)."""
        pending = pending_export(token)
        if pending is None:
            return self._export_poller(export_from_token(token), progress, schedule)
        return await self._create_export(pending, progress, schedule)

    async def _create_export(
        self, pending: PendingExport, progress: ExportProgress | None, schedule: PollSchedule | None
    ) -> AsyncPoller[ExportState, AsyncCompletedExport]:
        body = export_body(pending.types)
        send = partial(createtestrunartifactexport.asyncio_detailed, pending.test_run_id, client=self.api, body=body)
        try:
            created = await self._call(send, models.ArtifactExport)
        except QAClientError as error:
            if is_uncertain(error):
                raise pending.failed(error) from error
            raise
        return self._export_poller(ExportState.of(created), progress, schedule)

    def export_from_token(
        self, token: str, *, progress: ExportProgress | None = None
    ) -> AsyncPoller[ExportState, AsyncCompletedExport]:
        """Resume waiting on an export from its continuation token."""
        return self._export_poller(export_from_token(token), progress, None)

    def _export_poller(
        self, known: ExportState | str, progress: ExportProgress | None, schedule: PollSchedule | None
    ) -> AsyncPoller[ExportState, AsyncCompletedExport]:
        export_id = known if isinstance(known, str) else known.export_id

        async def fetch() -> ExportState:
            send = partial(gettestrunartifactexport.asyncio_detailed, export_id, client=self.api)
            return ExportState.of(await self._call(send, models.ArtifactExport))

        return AsyncPoller(
            fetch=fetch,
            classify=classify_export,
            result=lambda state: AsyncCompletedExport(state, self._downloads()),
            token=export_token(export_id),
            progress=progress,
            initial=None if isinstance(known, str) else known,
            schedule=schedule or EXPORT_POLL,
            clock=self.config.clock,
        )

    def _downloads(self) -> httpx.AsyncClient:
        if self._download_http is None:
            self._download_http = self.config.build_async_download_client()
        return self._download_http
