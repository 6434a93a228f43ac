"""``Runscope``: the synchronous client. Every operation of the API, paged lists, and trigger-and-wait.

with Runscope.from_env() as rs:                            # RUNSCOPE_TOKEN (and optionally RUNSCOPE_BASE_URL)
    test = rs.test(bucket_key, test_id)
    result = rs.begin_trigger(test, environment="Production").result(timeout=600)
    for run in result.runs:
        print(run.region, run.result, run.assertions_failed)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Self, TypeVar

from qaclients.core import ClientConfig, QAClientError, raise_api_errors, retry_budget, translated

from . import _calls as calls
from . import _calls_teams as team_calls
from . import _declarations as declared
from ._base import ClientBase
from ._shells import Call, sync_call, sync_listing

if TYPE_CHECKING:
    from runscope_client.models import Trigger

    from qaclients.core import Poller, PollSchedule

    from ._oauth import AccessToken
    from ._trigger import LostTrigger, TriggerResult, TriggerStatus, TriggerTarget

# Triggering, waiting and OAuth are imported by the first method that needs them (``from ._trigger import ...``
# below), not by ``import qaclients.runscope``: a program that only reads pays for none of it.

__all__ = ["Runscope"]

T = TypeVar("T")


class Runscope(ClientBase):
    """A synchronous BlazeMeter API Monitoring (Runscope) client.

    Args:
        base_url: The API root (default ``https://api.runscope.com``).
        token: The OAuth 2 access token (sent as ``Authorization: Bearer``; never shown in a repr, log or error).
        config: A ready :class:`~qaclients.core.ClientConfig` instead of the arguments above.
        oauth_base_url: The OAuth host, for :meth:`exchange_code` (default ``https://www.runscope.com``).
        **options: Any other :class:`~qaclients.core.ClientConfig` setting (timeout, retry, transport, clock, ...).

    Every method below maps to one operation (see ``specs/runscope/openapi.yaml``) and returns the envelope's
    ``data`` as a typed model; lists that page return a :class:`~qaclients.core.Pager`. The generated low-level client
    stays reachable as ``api``.
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
        http = self.config.build_client(auth, rewrite_json=declared.envelope_bare_body)
        http.event_hooks["response"] = [*http.event_hooks["response"], raise_api_errors(declared.error_message)]
        self.api.set_httpx_client(http)
        self._http = http
        self._oauth_http = self._oauth_client()

    def _oauth_client(self) -> Any:
        http = self.oauth_config().build_client({})
        http.event_hooks["response"] = [*http.event_hooks["response"], raise_api_errors(declared.error_message)]
        self.oauth_api.set_httpx_client(http)
        return http

    @classmethod
    def from_env(cls, **overrides: Any) -> Self:
        """Read ``RUNSCOPE_TOKEN``, ``RUNSCOPE_BASE_URL`` (optional), ``RUNSCOPE_TIMEOUT``, ``RUNSCOPE_MAX_RETRIES``."""
        return cls(config=cls.env_config(overrides))

    def close(self) -> None:
        """Close the connection pools (not a client you passed in as ``http_client``)."""
        if self.config.http_client is None:
            self._http.close()
        self._oauth_http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _run(self, call: Call[T]) -> T:
        with translated():
            return call.finish(call.endpoint.sync_detailed(client=self.api, **call.kwargs))

    # -- account, regions, buckets ---------------------------------------------------------------------------
    root = sync_call(team_calls.root)
    account = sync_call(team_calls.account)
    regions = sync_call(team_calls.regions)
    buckets = sync_call(calls.buckets)
    bucket = sync_call(calls.bucket)
    create_bucket = sync_call(calls.create_bucket_)
    delete_bucket = sync_call(calls.delete_bucket_)
    custom_emails = sync_call(calls.custom_emails)
    add_custom_email = sync_call(calls.add_custom_email)
    remove_custom_email = sync_call(calls.remove_custom_email)
    # -- tests and steps ---------------------------------------------------------------------------------------
    tests = sync_listing(calls.tests)
    test = sync_call(calls.test)
    create_test = sync_call(calls.create_test)
    create_tests = sync_call(calls.create_tests_)
    update_test = sync_call(calls.update_test_)
    delete_test = sync_call(calls.delete_test_)
    test_revisions = sync_call(calls.test_revisions)
    steps = sync_call(calls.steps)
    step = sync_call(calls.step)
    add_step = sync_call(calls.add_step)
    update_step = sync_call(calls.update_step)
    reorder_steps = sync_call(calls.reorder_steps)
    delete_step = sync_call(calls.delete_step)
    # -- environments and schedules ----------------------------------------------------------------------------
    shared_environments = sync_call(calls.shared_environments)
    shared_environment = sync_call(calls.shared_environment)
    create_shared_environment = sync_call(calls.create_shared_environment_)
    replace_shared_environment = sync_call(calls.replace_shared_environment_)
    delete_environment = sync_call(calls.delete_environment_)
    test_environments = sync_call(calls.test_environments)
    test_environment = sync_call(calls.test_environment)
    create_test_environment = sync_call(calls.create_test_environment_)
    replace_test_environment = sync_call(calls.replace_test_environment_)
    schedules = sync_call(calls.schedules)
    schedule = sync_call(calls.schedule)
    create_schedule = sync_call(calls.create_schedule)
    upsert_schedule = sync_call(calls.upsert_schedule)
    update_schedule = sync_call(calls.update_schedule)
    delete_schedule = sync_call(calls.delete_schedule)
    # -- results and metrics -----------------------------------------------------------------------------------
    results = sync_listing(calls.results)
    result = sync_call(calls.result)
    latest_result = sync_call(calls.latest_result)
    result_step = sync_call(calls.result_step)
    bucket_result = sync_call(calls.bucket_result)
    metrics = sync_call(calls.metrics)
    # -- teams, roles, groups, usage ---------------------------------------------------------------------------
    team = sync_call(team_calls.team)
    people = sync_listing(team_calls.people)
    person = sync_call(team_calls.person)
    remove_person = sync_call(team_calls.remove_person)
    person_groups = sync_call(team_calls.person_groups)
    invite = sync_call(team_calls.invite)
    email_domains = sync_call(team_calls.email_domains)
    add_email_domains = sync_call(team_calls.add_email_domains)
    integrations = sync_call(team_calls.integrations)
    agents = sync_call(team_calls.agents)
    roles = sync_call(team_calls.roles)
    role = sync_call(team_calls.role)
    create_role = sync_call(team_calls.create_role_)
    update_role = sync_call(team_calls.update_role_)
    delete_role = sync_call(team_calls.delete_role_)
    assign_role = sync_call(team_calls.assign_role)
    groups = sync_call(team_calls.groups)
    group = sync_call(team_calls.group)
    create_group = sync_call(team_calls.create_group_)
    update_group = sync_call(team_calls.update_group_)
    delete_group = sync_call(team_calls.delete_group_)
    bucket_request_count = sync_call(team_calls.bucket_request_count)
    team_request_count = sync_call(team_calls.team_request_count)

    # -- OAuth -------------------------------------------------------------------------------------------------

    def exchange_code(
        self, client_id: str, client_secret: str, code: str, *, redirect_uri: str | None = None
    ) -> AccessToken:
        """Exchange an authorization code (valid for 60 s) for an access token, on the OAuth host."""
        from ._oauth import exchange_call  # noqa: PLC0415 - see the comment at the imports

        call = exchange_call(client_id, client_secret, code, redirect_uri)
        with translated():
            return call.finish(call.endpoint.sync_detailed(client=self.oauth_api, **call.kwargs))

    # -- triggering runs ---------------------------------------------------------------------------------------

    def trigger(
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
        from ._trigger import LostTrigger, trigger_call  # noqa: PLC0415

        call = trigger_call(target, environment, variables)
        lost = LostTrigger.before(target, bucket_key, environment, self.config.clock.wall())
        return self._start(call, lost)

    def _start(self, call: Call[Trigger], lost: LostTrigger | None) -> TriggerStatus:
        from ._trigger import TriggerStatus, cannot_recover  # noqa: PLC0415

        try:
            with retry_budget(declared.TRIGGER_RETRY):
                return TriggerStatus.started(self._run(call))
        except QAClientError as exc:
            if lost is None:
                cannot_recover(exc)
            else:
                lost.explain(exc)
            raise

    def begin_trigger(
        self,
        target: TriggerTarget,
        *,
        environment: str | None = None,
        variables: Mapping[str, Any] | None = None,
        bucket_key: str | None = None,
        progress: Callable[[TriggerStatus], None] | None = None,
        schedule: PollSchedule | None = None,
    ) -> Poller[TriggerStatus, TriggerResult]:
        """Trigger runs and return a poller over every run started; ``result()`` waits until each is final.

        ``result()`` returns a :class:`TriggerResult` when every run passed, and raises
        :class:`~qaclients.core.OperationFailed` (its ``result`` the same report) when one failed or was canceled.
        ``continuation_token()`` resumes the wait elsewhere with :meth:`trigger_poller`; any error carries a
        ``continuation_token`` for :meth:`recover_trigger` (see :meth:`trigger` for when it can).
        """
        status = self.trigger(target, environment=environment, variables=variables, bucket_key=bucket_key)
        return self._poller(status, progress, schedule, known=True)

    def recover_trigger(
        self,
        continuation_token: str,
        *,
        variables: Mapping[str, Any] | None = None,
        progress: Callable[[TriggerStatus], None] | None = None,
        schedule: PollSchedule | None = None,
    ) -> Poller[TriggerStatus, TriggerResult]:
        """Resume a trigger from the ``continuation_token`` of any error :meth:`begin_trigger` or its poller raised.

        A poller's token resumes the wait. A lost trigger's token finds the runs it started in the test's results
        (triggered runs started since just before the trigger) and waits for them; only when none started does it
        trigger again (with ``variables``, which the token never holds).

        Raises:
            ValueError: Not a Runscope trigger token.
        """
        from ._trigger import LostTrigger, recovered, token_kind, trigger_call  # noqa: PLC0415

        if token_kind(continuation_token) == "poll":
            return self.trigger_poller(continuation_token, progress=progress, schedule=schedule)
        lost = LostTrigger.from_token(continuation_token)
        try:
            runs = [run for run in self.results(lost.bucket_key, lost.test_id, since=lost.since) if lost.started(run)]
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
        status = self._start(trigger_call(lost.trigger_url, lost.environment, variables), again)
        return self._poller(status, progress, schedule, known=True)

    def trigger_poller(
        self,
        continuation_token: str,
        *,
        progress: Callable[[TriggerStatus], None] | None = None,
        schedule: PollSchedule | None = None,
    ) -> Poller[TriggerStatus, TriggerResult]:
        """Resume waiting for the runs of an earlier :meth:`begin_trigger` (its ``continuation_token()``)."""
        from ._trigger import TriggerStatus  # noqa: PLC0415

        return self._poller(TriggerStatus.from_token(continuation_token), progress, schedule, known=False)

    def _poller(
        self,
        status: TriggerStatus,
        progress: Callable[[TriggerStatus], None] | None,
        schedule: PollSchedule | None,
        *,
        known: bool,
    ) -> Poller[TriggerStatus, TriggerResult]:
        from qaclients.core import NotFoundError, Poller  # noqa: PLC0415

        from ._trigger import TRIGGER_SCHEDULE, classify, read_call, report  # noqa: PLC0415

        latest = [status]

        def fetch() -> TriggerStatus:
            reads = {}
            for run in latest[0].pending():
                try:
                    reads[run.test_run_id] = self._run(read_call(run))
                except NotFoundError:  # inferred: a run just triggered may not be readable yet; read it next time
                    continue
            latest[0] = latest[0].with_reads(reads)
            return latest[0]

        return Poller(
            fetch=fetch,
            token=status.token(),
            initial=status if known else None,
            progress=progress,
            clock=self.config.clock,
            classify=classify,
            result=report,
            schedule=schedule or TRIGGER_SCHEDULE,
        )
