"""``AsyncRunscope``: the asynchronous client, the same methods as ``Runscope`` (awaited, or async-iterated).

async with AsyncRunscope.from_env() as rs:                 # RUNSCOPE_TOKEN (and optionally RUNSCOPE_BASE_URL)
    test = await rs.test(bucket_key, test_id)
    result = await (await rs.begin_trigger(test, environment="Production")).result(timeout=600)
    for run in result.runs:
        print(run.region, run.result, run.assertions_failed)
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Self, TypeVar

from qaclients.core import (
    AsyncPoller,
    ClientConfig,
    NotFoundError,
    PollSchedule,
    QAClientError,
    async_api_error_hook,
    retry_budget,
    translated,
)

from . import _calls as calls
from . import _calls_teams as team_calls
from . import _declarations as declared
from ._base import ClientBase
from ._oauth import AccessToken, exchange_call
from ._shells import Call, async_call, async_listing
from ._trigger import (
    TRIGGER_SCHEDULE,
    LostTrigger,
    RunState,
    TriggerResult,
    TriggerStatus,
    cannot_recover,
    classify,
    read_call,
    recovered,
    report,
    token_kind,
    trigger_call,
)

if TYPE_CHECKING:
    from runscope_client.models import TestRun as RunRead
    from runscope_client.models import Trigger

    from ._trigger import TriggerTarget

__all__ = ["AsyncRunscope"]

T = TypeVar("T")


class AsyncRunscope(ClientBase):
    """An asynchronous BlazeMeter API Monitoring (Runscope) client; see :class:`Runscope` for the methods.

    Args:
        base_url: The API root (default ``https://api.runscope.com``).
        token: The OAuth 2 access token (sent as ``Authorization: Bearer``; never shown in a repr, log or error).
        config: A ready :class:`~qaclients.core.ClientConfig` instead of the arguments above.
        oauth_base_url: The OAuth host, for :meth:`exchange_code` (default ``https://www.runscope.com``).
        **options: Any other :class:`~qaclients.core.ClientConfig` setting (timeout, retry, transport, clock, ...).

    Every method below maps to one operation (see ``specs/runscope/openapi.yaml``) and returns the envelope's
    ``data`` as a typed model; lists that page return an :class:`~qaclients.core.AsyncPager`. The generated low-level
    client stays reachable as ``api``.
    """

    def __init__(
        self,
        base_url: str | None = None,
        token: str | None = None,
        *,
        config: ClientConfig | None = None,
        oauth_base_url: str = declared.OAUTH_BASE_URL,
        **options: Any,
    ) -> None:
        super().__init__(self.make_config(base_url, token, config, options), oauth_base_url)
        auth = declared.auth_headers(self._token) if self._token else {}
        http = self.config.build_async_client(auth, rewrite_json=declared.envelope_bare_body)
        http.event_hooks["response"] = [*http.event_hooks["response"], async_api_error_hook(declared.error_message)]
        self.api.set_async_httpx_client(http)
        self._http = http
        self._oauth_http = self._oauth_client()

    def _oauth_client(self) -> Any:
        http = self.oauth_config().build_async_client({})
        http.event_hooks["response"] = [*http.event_hooks["response"], async_api_error_hook(declared.error_message)]
        self.oauth_api.set_async_httpx_client(http)
        return http

    @classmethod
    def from_env(cls, **overrides: Any) -> Self:
        """Read ``RUNSCOPE_TOKEN``, ``RUNSCOPE_BASE_URL`` (optional), ``RUNSCOPE_TIMEOUT``, ``RUNSCOPE_MAX_RETRIES``."""
        return cls(config=cls.env_config(overrides))

    async def aclose(self) -> None:
        """Close the connection pools (not a client you passed in as ``async_http_client``)."""
        if self.config.async_http_client is None:
            await self._http.aclose()
        await self._oauth_http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.aclose()

    async def _run(self, call: Call[T]) -> T:
        with translated():
            return call.finish(await call.endpoint.asyncio_detailed(client=self.api, **call.kwargs))

    # -- account, regions, buckets ---------------------------------------------------------------------------
    root = async_call(team_calls.root)
    account = async_call(team_calls.account)
    regions = async_call(team_calls.regions)
    buckets = async_call(calls.buckets)
    bucket = async_call(calls.bucket)
    create_bucket = async_call(calls.create_bucket_)
    delete_bucket = async_call(calls.delete_bucket_)
    custom_emails = async_call(calls.custom_emails)
    add_custom_email = async_call(calls.add_custom_email)
    remove_custom_email = async_call(calls.remove_custom_email)
    # -- tests and steps ---------------------------------------------------------------------------------------
    tests = async_listing(calls.tests)
    test = async_call(calls.test)
    create_test = async_call(calls.create_test)
    create_tests = async_call(calls.create_tests_)
    update_test = async_call(calls.update_test_)
    delete_test = async_call(calls.delete_test_)
    test_revisions = async_call(calls.test_revisions)
    steps = async_call(calls.steps)
    step = async_call(calls.step)
    add_step = async_call(calls.add_step)
    update_step = async_call(calls.update_step)
    reorder_steps = async_call(calls.reorder_steps)
    delete_step = async_call(calls.delete_step)
    # -- environments and schedules ----------------------------------------------------------------------------
    shared_environments = async_call(calls.shared_environments)
    shared_environment = async_call(calls.shared_environment)
    create_shared_environment = async_call(calls.create_shared_environment_)
    replace_shared_environment = async_call(calls.replace_shared_environment_)
    delete_environment = async_call(calls.delete_environment_)
    test_environments = async_call(calls.test_environments)
    test_environment = async_call(calls.test_environment)
    create_test_environment = async_call(calls.create_test_environment_)
    replace_test_environment = async_call(calls.replace_test_environment_)
    schedules = async_call(calls.schedules)
    schedule = async_call(calls.schedule)
    create_schedule = async_call(calls.create_schedule)
    upsert_schedule = async_call(calls.upsert_schedule)
    update_schedule = async_call(calls.update_schedule)
    delete_schedule = async_call(calls.delete_schedule)
    # -- results and metrics -----------------------------------------------------------------------------------
    results = async_listing(calls.results)
    result = async_call(calls.result)
    latest_result = async_call(calls.latest_result)
    result_step = async_call(calls.result_step)
    bucket_result = async_call(calls.bucket_result)
    metrics = async_call(calls.metrics)
    # -- teams, roles, groups, usage ---------------------------------------------------------------------------
    team = async_call(team_calls.team)
    people = async_listing(team_calls.people)
    person = async_call(team_calls.person)
    remove_person = async_call(team_calls.remove_person)
    person_groups = async_call(team_calls.person_groups)
    invite = async_call(team_calls.invite)
    email_domains = async_call(team_calls.email_domains)
    add_email_domains = async_call(team_calls.add_email_domains)
    integrations = async_call(team_calls.integrations)
    agents = async_call(team_calls.agents)
    roles = async_call(team_calls.roles)
    role = async_call(team_calls.role)
    create_role = async_call(team_calls.create_role_)
    update_role = async_call(team_calls.update_role_)
    delete_role = async_call(team_calls.delete_role_)
    assign_role = async_call(team_calls.assign_role)
    groups = async_call(team_calls.groups)
    group = async_call(team_calls.group)
    create_group = async_call(team_calls.create_group_)
    update_group = async_call(team_calls.update_group_)
    delete_group = async_call(team_calls.delete_group_)
    bucket_request_count = async_call(team_calls.bucket_request_count)
    team_request_count = async_call(team_calls.team_request_count)

    # -- OAuth -------------------------------------------------------------------------------------------------

    async def exchange_code(
        self, client_id: str, client_secret: str, code: str, *, redirect_uri: str | None = None
    ) -> AccessToken:
        """Exchange an authorization code (valid for 60 s) for an access token, on the OAuth host."""
        call = exchange_call(client_id, client_secret, code, redirect_uri)
        with translated():
            return call.finish(await call.endpoint.asyncio_detailed(client=self.oauth_api, **call.kwargs))

    # -- triggering runs ---------------------------------------------------------------------------------------

    async def trigger(
        self,
        target: TriggerTarget,
        *,
        environment: str | None = None,
        variables: Mapping[str, Any] | None = None,
        bucket_key: str | None = None,
    ) -> TriggerStatus:
        """Start runs of a test or a bucket (one per environment region) and return at once.

        A 429 (more than 10 triggers in 10 s on one URL) is waited out as Retry-After says, then tried again; no
        other failure is resent, since the runs may have started. When a :class:`Test` is triggered and its bucket is
        known (``bucket_key=``, or the test's ``last_run``), the error then carries a ``continuation_token`` for
        :meth:`recover_trigger`, which finds the runs in the test's results instead of starting a second batch.
        """
        call = trigger_call(target, environment, variables)
        lost = LostTrigger.before(target, bucket_key, environment, self.config.clock.wall())
        return await self._start(call, lost)

    async def _start(self, call: Call[Trigger], lost: LostTrigger | None) -> TriggerStatus:
        try:
            with retry_budget(declared.TRIGGER_RETRY):
                return TriggerStatus.started(await self._run(call))
        except QAClientError as exc:
            if lost is None:
                cannot_recover(exc)
            else:
                lost.explain(exc)
            raise

    async def begin_trigger(
        self,
        target: TriggerTarget,
        *,
        environment: str | None = None,
        variables: Mapping[str, Any] | None = None,
        bucket_key: str | None = None,
        progress: Callable[[TriggerStatus], None] | None = None,
        schedule: PollSchedule | None = None,
    ) -> AsyncPoller[TriggerStatus, TriggerResult]:
        """Trigger runs and return a poller over every run started; ``result()`` waits until each is final.

        ``result()`` returns a :class:`TriggerResult` when every run passed, and raises
        :class:`~qaclients.core.OperationFailed` (its ``result`` the same report) when one failed or was canceled.
        ``continuation_token()`` resumes the wait elsewhere with :meth:`trigger_poller`; any error carries a
        ``continuation_token`` for :meth:`recover_trigger` (see :meth:`trigger` for when it can).
        """
        status = await self.trigger(target, environment=environment, variables=variables, bucket_key=bucket_key)
        return self._poller(status, progress, schedule, known=True)

    async def recover_trigger(
        self,
        continuation_token: str,
        *,
        variables: Mapping[str, Any] | None = None,
        progress: Callable[[TriggerStatus], None] | None = None,
        schedule: PollSchedule | None = None,
    ) -> AsyncPoller[TriggerStatus, TriggerResult]:
        """Resume a trigger from the ``continuation_token`` of any error :meth:`begin_trigger` or its poller raised.

        A poller's token resumes the wait. A lost trigger's token finds the runs it started in the test's results
        (triggered runs started since just before the trigger) and waits for them; only when none started does it
        trigger again (with ``variables``, which the token never holds).

        Raises:
            ValueError: Not a Runscope trigger token.
        """
        if token_kind(continuation_token) == "poll":
            return self.trigger_poller(continuation_token, progress=progress, schedule=schedule)
        lost = LostTrigger.from_token(continuation_token)
        try:
            async with self.results(lost.bucket_key, lost.test_id, since=lost.since) as pager:
                runs = [run async for run in pager if lost.started(run)]
        except QAClientError as exc:
            exc.continuation_token = continuation_token
            exc.add_note(
                "looking for the runs of the lost trigger failed and nothing was triggered; pass "
                "error.continuation_token to recover_trigger() again to resume"
            )
            raise
        if runs:
            return self._poller(recovered(runs), progress, schedule, known=False)
        again = replace(lost, since=self.config.clock.wall() - declared.TRIGGER_CLOCK_MARGIN)
        status = await self._start(trigger_call(lost.trigger_url, lost.environment, variables), again)
        return self._poller(status, progress, schedule, known=True)

    def trigger_poller(
        self,
        continuation_token: str,
        *,
        progress: Callable[[TriggerStatus], None] | None = None,
        schedule: PollSchedule | None = None,
    ) -> AsyncPoller[TriggerStatus, TriggerResult]:
        """Resume waiting for the runs of an earlier :meth:`begin_trigger` (its ``continuation_token()``)."""
        return self._poller(TriggerStatus.from_token(continuation_token), progress, schedule, known=False)

    def _poller(
        self,
        status: TriggerStatus,
        progress: Callable[[TriggerStatus], None] | None,
        schedule: PollSchedule | None,
        *,
        known: bool,
    ) -> AsyncPoller[TriggerStatus, TriggerResult]:
        latest = [status]

        async def read(run: RunState) -> tuple[str, RunRead | None]:
            try:
                return run.test_run_id, await self._run(read_call(run))
            except NotFoundError:  # inferred: a run just triggered may not be readable yet; read it next time
                return run.test_run_id, None

        async def fetch() -> TriggerStatus:
            found = await asyncio.gather(*(read(run) for run in latest[0].pending()))
            latest[0] = latest[0].with_reads({run_id: got for run_id, got in found if got is not None})
            return latest[0]

        return AsyncPoller(
            fetch=fetch,
            token=status.token(),
            initial=status if known else None,
            progress=progress,
            clock=self.config.clock,
            classify=classify,
            result=report,
            schedule=schedule or TRIGGER_SCHEDULE,
        )
