"""``TestManagement``: the synchronous BrowserStack Test Management client for test runs.

with TestManagement.from_env() as tm:                  # BROWSERSTACK_USERNAME, BROWSERSTACK_ACCESS_KEY
    for run in tm.test_runs("PR-1", run_state=["in_progress"]):
        print(run.identifier, run.name)
    clone = tm.begin_clone("PR-1", "TR-45", name="Sprint 24 re-run").result(timeout=60)
    change = tm.begin_update_test_cases("PR-1", clone.identifier, add=["TC-9"]).result(timeout=120)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, Unpack

from browserstack_tm_client import models
from browserstack_tm_client.api.test_runs import (
    clone_test_run,
    list_test_run_test_cases,
    list_test_runs,
    update_test_run_test_cases,
)
from browserstack_tm_client.types import Response

from qaclients.core import ClientConfig, raise_api_errors, translated
from qaclients.core._shells import Call, sync_call

from . import _calls as calls
from . import _declarations as declared
from ._requests import (
    ClientBase,
    RunFilters,
    change_body,
    checked,
    clone_body,
    flag,
    identifier_of,
    list_filters,
    mappings,
    parsed,
    run_of,
)

if TYPE_CHECKING:
    from browserstack_tm_client.models import (
        RunTestCase,
        TestCaseMapping,
        TestCaseStatus,
        TestRun,
        TestRunList,
        TestRunTestCaseList,
    )

    from qaclients.core import Pager, Poller, PollSchedule

    from . import _operations as ops

__all__ = ["TestManagement"]

T = TypeVar("T")


@checked
class TestManagement(ClientBase):
    """A synchronous BrowserStack Test Management client (test runs).

    Args:
        username: The BrowserStack user name (HTTP Basic; never shown in a repr, log or error).
        access_key: Its access key.
        region: ``"us"`` (default), ``"eu"`` or ``"in"``: which regional API root to use.
        base_url: Another API root instead (e.g. a fake's); excludes ``region``.
        config: A ready :class:`~qaclients.core.ClientConfig` (credentials ``username`` and ``access_key``).
        **options: Any other :class:`~qaclients.core.ClientConfig` setting (timeout, retry, transport, clock, ...).
    """

    __test__ = False  # not a pytest test class, despite the name

    def __init__(
        self,
        username: str | None = None,
        access_key: str | None = None,
        *,
        region: declared.Region | None = None,
        base_url: str | None = None,
        config: ClientConfig | None = None,
        **options: Any,
    ) -> None:
        super().__init__(self.make_config(username, access_key, region, base_url, config, options))
        http = self.config.build_client(self._auth)
        http.event_hooks["response"] = [*http.event_hooks["response"], raise_api_errors(declared.error_message)]
        self.api.set_httpx_client(http)
        self._http = http

    @classmethod
    def from_env(cls, *, env: Mapping[str, str] | None = None, **overrides: Any) -> Self:
        """Read ``BROWSERSTACK_USERNAME``, ``BROWSERSTACK_ACCESS_KEY`` and ``BROWSERSTACK_TM_REGION`` (us, eu, in)
        or ``BROWSERSTACK_TM_BASE_URL`` (and ``BROWSERSTACK_TIMEOUT``, ``BROWSERSTACK_MAX_RETRIES``)."""
        return cls(config=cls.env_config(env, overrides))

    def close(self) -> None:
        """Close the connection pool (not a client you passed in as ``http_client``)."""
        if self.config.http_client is None:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _call(self, send: Callable[[], Response[Any]], expected: type[T]) -> T:
        with translated():
            return parsed(send(), expected)

    def _test_run(self, send: Callable[[], Response[Any]]) -> TestRun:
        return run_of(self._call(send, models.TestRunEnvelope))

    def _run(self, call: Call[T]) -> T:
        with translated():
            return call.finish(call.endpoint.sync_detailed(*call.args, client=self.api, **call.kwargs))

    # -- reading ---------------------------------------------------------------------------------------------------

    def test_runs(
        self,
        project_id: str,
        *,
        page_size: int = declared.PAGE_SIZE,
        continuation_token: str | None = None,
        max_items: int | None = None,
        **filters: Unpack[RunFilters],
    ) -> Pager[TestRun]:
        """Every test run of a project matching the filters, fetched page by page as you iterate.

        Filters (:class:`RunFilters`): ``created_before``/``created_after``/``closed_before``/``closed_after``
        (dates), ``test_plan_id``, ``assignee`` and ``run_state`` (one or several, ORed), ``include_closed``.
        """
        from qaclients.core import Pager  # noqa: PLC0415 - paging is imported with the first list

        params = list_filters(filters)

        def fetch(params: dict[str, Any]) -> TestRunList:
            send = partial(list_test_runs.sync_detailed, project_id, client=self.api, **params)
            return self._call(send, models.TestRunList)

        strategy = declared.run_paging(page_size)
        return Pager(fetch, strategy, params=params, continuation_token=continuation_token, max_items=max_items)

    test_run = sync_call(calls.test_run)

    def test_run_test_cases(
        self,
        project_id: str,
        test_run_id: str,
        *,
        page_size: int = declared.PAGE_SIZE,
        minify: bool = False,
        fetch_steps: bool = False,
        continuation_token: str | None = None,
        max_items: int | None = None,
    ) -> Pager[RunTestCase]:
        """The test cases of a run, one row per (test case, configuration), page by page.

        ``fetch_steps`` adds each case's steps; the service does not page such a listing, so only its first
        ``page_size`` cases come back. ``minify`` keeps identifier, name, description and latest status.
        """
        from qaclients.core import Pager  # noqa: PLC0415 - paging is imported with the first list

        switches = {"minify": flag(minify), "fetch_steps": flag(fetch_steps)}

        def fetch(params: dict[str, Any]) -> TestRunTestCaseList:
            send = partial(list_test_run_test_cases.sync_detailed, project_id, test_run_id, client=self.api, **params)
            return self._call(partial(send, **switches), models.TestRunTestCaseList)

        strategy = declared.run_paging(page_size, items_field="test_cases")
        return Pager(
            fetch,
            strategy,
            continuation_token=continuation_token,
            max_items=max_items,
            max_pages=1 if fetch_steps else None,  # the docs: no paging with fetch_steps
        )

    # -- writing ---------------------------------------------------------------------------------------------------

    create_test_run = sync_call(calls.create_test_run_)
    update_test_run = sync_call(calls.update_test_run)
    replace_test_run = sync_call(calls.replace_test_run_)
    assign_test_cases = sync_call(calls.assign_test_cases)
    close_test_run = sync_call(calls.close_test_run_)
    delete_test_run = sync_call(calls.delete_test_run_)

    # -- long-running work -----------------------------------------------------------------------------------------

    def begin_clone(
        self,
        project_id: str,
        test_run_id: str,
        *,
        name: str | None = None,
        test_case_selection: Literal["all", "by_results"] | None = None,
        statuses: Sequence[TestCaseStatus | str] | None = None,
        copy_tc_assignee: bool | None = None,
        copy_tags: bool | None = None,
        copy_issues: bool | None = None,
        progress: Callable[[ops.CloneStatus], None] | None = None,
        schedule: PollSchedule | None = None,
    ) -> Poller[ops.CloneStatus, TestRun]:
        """Clone a run; the poller finishes, returning the clone, once all its test cases are attached.

        Options left ``None`` take the Clone dialog's defaults (all test cases, tags and assignees; no issues; the
        name with `` - Copy``). ``statuses`` go with ``test_case_selection="by_results"``.
        """
        from . import _operations as ops  # noqa: PLC0415 - the long-running operations load on first use

        options: dict[str, Any] = {"name": name, "test_case_selection": test_case_selection, "statuses": statuses}
        options |= {"copy_tc_assignee": copy_tc_assignee, "copy_tags": copy_tags, "copy_issues": copy_issues}
        body = clone_body(options)
        request = ops.CloneRequest(project_id, test_run_id, body.to_dict(), self.config.clock.wall())
        initial = self._send_clone(request)
        return self._clone_poller(initial, progress, schedule, known=True)

    def resume_clone(
        self,
        continuation_token: str,
        *,
        progress: Callable[[ops.CloneStatus], None] | None = None,
        schedule: PollSchedule | None = None,
    ) -> Poller[ops.CloneStatus, TestRun]:
        """The poller of a clone begun elsewhere, from its ``continuation_token()`` or an error's.

        When the clone's answer was lost (the error's token says so), the first poll looks for the clone among the
        project's runs (same name, made since the request) and clones again only when there is none.
        """
        from qaclients.core import Poller  # noqa: PLC0415 - pollers load with the first one

        from . import _operations as ops  # noqa: PLC0415 - the long-running operations load on first use

        try:
            request = ops.clone_request_from_token(continuation_token)
        except ValueError:
            return self._clone_poller(ops.clone_from_token(continuation_token), progress, schedule, known=False)
        found: list[ops.CloneStatus] = []

        def fetch() -> ops.CloneStatus:
            if not found:
                found.append(self._find_clone(request))
            return self._clone_status(found[0])

        return Poller(
            fetch=fetch,
            classify=ops.clone_outcome,
            result=ops.clone_result,
            token=ops.clone_request_token(request),
            progress=progress,
            schedule=schedule or ops.CLONE_POLL,
            clock=self.config.clock,
        )

    def _send_clone(self, request: ops.CloneRequest) -> ops.CloneStatus:
        from . import _operations as ops  # noqa: PLC0415 - the long-running operations load on first use

        body = clone_body(request.body)
        send = partial(clone_test_run.sync_detailed, request.project_id, request.source_id, client=self.api, body=body)
        try:
            clone = self._test_run(send)
        except ops.OUTCOME_UNKNOWN as error:
            done = f"the clone of {request.source_id} may or may not have been made (its answer was lost)"
            raise ops.interrupted(error, ops.clone_request_token(request), done, "resume_clone") from None
        expected = ops.expected_cases(clone)
        return ops.CloneStatus(request.project_id, identifier_of(clone), expected, run=clone if expected == 0 else None)

    def _find_clone(self, request: ops.CloneRequest) -> ops.CloneStatus:
        from . import _operations as ops  # noqa: PLC0415 - the long-running operations load on first use

        name = request.body.get("name")
        if not isinstance(name, str):
            name = f"{self.test_run(request.project_id, request.source_id, minify=True).name} - Copy"
        since = ops.created_after(request)
        runs = self.test_runs(request.project_id, page_size=declared.MAX_PAGE_SIZE, created_after=since)
        found = ops.clone_candidates(runs, request, name)
        if not found:
            return self._send_clone(request)
        source = self.test_run_test_cases(
            request.project_id, request.source_id, page_size=declared.MAX_PAGE_SIZE, minify=True
        )
        return ops.CloneStatus(
            request.project_id, ops.the_clone(found, request), ops.cases_to_clone(source, request.body)
        )

    def _clone_poller(
        self,
        status: ops.CloneStatus,
        progress: Callable[[ops.CloneStatus], None] | None,
        schedule: PollSchedule | None,
        *,
        known: bool,
    ) -> Poller[ops.CloneStatus, TestRun]:
        from qaclients.core import Poller  # noqa: PLC0415 - pollers load with the first one

        from . import _operations as ops  # noqa: PLC0415 - the long-running operations load on first use

        return Poller(
            fetch=lambda: self._clone_status(status),
            classify=ops.clone_outcome,
            result=ops.clone_result,
            token=ops.clone_token(status),
            progress=progress,
            initial=status if known else None,
            schedule=schedule or ops.CLONE_POLL,
            clock=self.config.clock,
        )

    def _clone_status(self, status: ops.CloneStatus) -> ops.CloneStatus:
        from . import _operations as ops  # noqa: PLC0415 - the long-running operations load on first use

        send = partial(
            list_test_run_test_cases.sync_detailed,
            status.project_id,
            status.test_run_id,
            client=self.api,
            page_size=1,
            minify=True,
        )
        attached = self._call(send, models.TestRunTestCaseList).info.count
        if attached < status.expected:
            return ops.CloneStatus(status.project_id, status.test_run_id, status.expected, attached)
        run = self.test_run(status.project_id, status.test_run_id)
        return ops.CloneStatus(status.project_id, status.test_run_id, status.expected, attached, run)

    def begin_update_test_cases(
        self,
        project_id: str,
        test_run_id: str,
        *,
        add: Iterable[TestCaseMapping | Mapping[str, Any] | str] = (),
        remove: Iterable[TestCaseMapping | Mapping[str, Any] | str] = (),
        preserve_existing_results: bool | None = None,
        progress: Callable[[ops.TestCasesUpdate], None] | None = None,
        schedule: PollSchedule | None = None,
    ) -> Poller[ops.TestCasesUpdate, ops.TestCasesUpdateResult]:
        """Add and/or remove test cases, keeping the run's other results; the poller finishes when every requested
        (test case, configuration) pair is present, or absent, and reports how many changed.

        Each of ``add``/``remove`` is a list of ``{"test_case_ids": [...], "configuration_ids": [...]}`` entries
        (:class:`TestCaseMapping`), or bare ids for test cases without a configuration.

        The service offers nothing to poll (its completion event goes out of band), so the run's test cases are read
        once before the request, to count what will change, and then on every poll. When every pair is already
        where it was asked to be, the poller is done at once (``added == removed == 0``); the queued request still
        runs, and without ``preserve_existing_results`` it resets the run's results when it does.

        Raises:
            BadRequestError: The service refused the request; ``error_code(error)`` names why (docs' error table).
            ValueError: Nothing to add or remove.
        """
        from . import _operations as ops  # noqa: PLC0415 - the long-running operations load on first use

        wanted, unwanted = mappings(add), mappings(remove)
        change_body(wanted, unwanted, preserve_existing_results)  # refuses an empty change before any request
        request = ops.update_request(project_id, test_run_id, wanted, unwanted, preserve_existing_results)
        status = self._send_update(request, (wanted, unwanted))
        return self._update_poller(status, progress, schedule, known=True)

    def resume_update_test_cases(
        self,
        continuation_token: str,
        *,
        progress: Callable[[ops.TestCasesUpdate], None] | None = None,
        schedule: PollSchedule | None = None,
    ) -> Poller[ops.TestCasesUpdate, ops.TestCasesUpdateResult]:
        """The poller of an add/remove begun elsewhere, from its ``continuation_token()`` or an error's.

        When the request's answer was lost (the error's token says so), the first poll reads the run: if the change
        is there it is done, else the request is sent again (adding a present pair or removing an absent one
        changes nothing; without ``preserve_existing_results`` a second application resets the results again).
        """
        from qaclients.core import Poller  # noqa: PLC0415 - pollers load with the first one

        from . import _operations as ops  # noqa: PLC0415 - the long-running operations load on first use

        try:
            request = ops.update_request_from_token(continuation_token)
        except ValueError:
            return self._update_poller(ops.update_from_token(continuation_token), progress, schedule, known=False)
        sent: list[ops.TestCasesUpdate] = []

        def fetch() -> ops.TestCasesUpdate:
            if not sent:
                sent.append(self._send_update(request))
                return sent[0]
            return sent[0].seen(self._pairs(request.project_id, request.test_run_id))

        return Poller(
            fetch=fetch,
            classify=ops.update_outcome,
            result=ops.update_result,
            token=ops.update_request_token(request),
            progress=progress,
            schedule=schedule or ops.UPDATE_POLL,
            clock=self.config.clock,
        )

    def _send_update(
        self, request: ops.TestCasesRequest, asked: tuple[list[TestCaseMapping], list[TestCaseMapping]] | None = None
    ) -> ops.TestCasesUpdate:
        """Read the run, then send the change (as ``asked``, or rebuilt from the request's pairs) unless an earlier,
        unanswered one already made it."""
        from qaclients.core import Outcome  # noqa: PLC0415 - pollers load with the first one

        from . import _operations as ops  # noqa: PLC0415 - the long-running operations load on first use

        try:
            before = self._pairs(request.project_id, request.test_run_id)
        except ops.OUTCOME_UNKNOWN as error:
            done = "reading the run before changing its test cases failed; nothing was sent"
            raise ops.interrupted(error, ops.update_request_token(request), done, "resume_update_test_cases") from None
        status = request.status(None, before)
        if request.counts is not None and ops.update_outcome(status) is Outcome.SUCCEEDED:
            return status  # the unanswered request was applied
        add, remove = asked or (ops.mappings_of(request.add), ops.mappings_of(request.remove))
        body = models.UpdateTestRunTestCasesRequest(
            test_run=change_body(add, remove, request.preserve_existing_results)
        )
        send = partial(
            update_test_run_test_cases.sync_detailed,
            request.project_id,
            request.test_run_id,
            client=self.api,
            body=body,
        )
        try:
            accepted = self._call(send, models.AsyncAccepted)
        except ops.OUTCOME_UNKNOWN as error:
            token = ops.update_request_token(ops.sent(request, status))
            done = "the change of test cases may or may not have been accepted (its answer was lost)"
            raise ops.interrupted(error, token, done, "resume_update_test_cases") from None
        return replace(status, unique_id=str(accepted.unique_id))

    def _update_poller(
        self,
        status: ops.TestCasesUpdate,
        progress: Callable[[ops.TestCasesUpdate], None] | None,
        schedule: PollSchedule | None,
        *,
        known: bool,
    ) -> Poller[ops.TestCasesUpdate, ops.TestCasesUpdateResult]:
        from qaclients.core import Poller  # noqa: PLC0415 - pollers load with the first one

        from . import _operations as ops  # noqa: PLC0415 - the long-running operations load on first use

        return Poller(
            fetch=lambda: status.seen(self._pairs(status.project_id, status.test_run_id)),
            classify=ops.update_outcome,
            result=ops.update_result,
            token=ops.update_token(status),
            progress=progress,
            initial=status if known else None,
            schedule=schedule or ops.UPDATE_POLL,
            clock=self.config.clock,
        )

    def _pairs(self, project_id: str, test_run_id: str) -> list[ops.Pair]:
        from . import _operations as ops  # noqa: PLC0415 - the long-running operations load on first use

        cases = self.test_run_test_cases(project_id, test_run_id, page_size=declared.MAX_PAGE_SIZE)
        return [ops.pair_of(case) for case in cases]
