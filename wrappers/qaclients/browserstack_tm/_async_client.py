"""``AsyncTestManagement``: the asynchronous twin of ``TestManagement``, same methods, awaited; lists async-iterated.

async with AsyncTestManagement.from_env() as tm:
    async with tm.test_runs("PR-1", prefetch=4) as runs:       # 4 pages in flight, yielded in order
        async for run in runs:
            print(run.identifier, run.name)
    poller = await tm.begin_clone("PR-1", "TR-45")
    clone = await poller.result(timeout=60)
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
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
from browserstack_tm_client.models import TestCaseStatus
from browserstack_tm_client.types import Response

from qaclients.core import (
    AsyncPager,
    AsyncPoller,
    ClientConfig,
    Outcome,
    PollSchedule,
    async_api_error_hook,
    translated,
)
from qaclients.core._shells import Call, async_call

from . import _calls as calls
from . import _declarations as declared
from . import _operations as ops
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
    from browserstack_tm_client.models import RunTestCase, TestCaseMapping, TestRun, TestRunList, TestRunTestCaseList

__all__ = ["AsyncTestManagement"]

T = TypeVar("T")


@checked
class AsyncTestManagement(ClientBase):
    """An asynchronous BrowserStack Test Management client; see :class:`~qaclients.browserstack_tm.TestManagement`.

    Args:
        username: The BrowserStack user name (HTTP Basic; never shown in a repr, log or error).
        access_key: Its access key.
        region: ``"us"`` (default), ``"eu"`` or ``"in"``: which regional API root to use.
        base_url: Another API root instead (e.g. a fake's); excludes ``region``.
        config: A ready :class:`~qaclients.core.ClientConfig` (credentials ``username`` and ``access_key``).
        **options: Any other :class:`~qaclients.core.ClientConfig` setting (timeout, retry, transport, clock, ...).
    """

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
        http = self.config.build_async_client(self._auth)
        http.event_hooks["response"] = [*http.event_hooks["response"], async_api_error_hook(declared.error_message)]
        self.api.set_async_httpx_client(http)
        self._http = http

    @classmethod
    def from_env(cls, *, env: Mapping[str, str] | None = None, **overrides: Any) -> Self:
        """Read the settings :meth:`TestManagement.from_env` reads."""
        return cls(config=cls.env_config(env, overrides))

    async def aclose(self) -> None:
        """Close the connection pool (not a client you passed in as ``async_http_client``)."""
        if self.config.async_http_client is None:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.aclose()

    async def _call(self, send: Callable[[], Awaitable[Response[Any]]], expected: type[T]) -> T:
        with translated():
            return parsed(await send(), expected)

    async def _test_run(self, send: Callable[[], Awaitable[Response[Any]]]) -> TestRun:
        return run_of(await self._call(send, models.TestRunEnvelope))

    async def _run(self, call: Call[T]) -> T:
        with translated():
            return call.finish(await call.endpoint.asyncio_detailed(*call.args, client=self.api, **call.kwargs))

    # -- reading ---------------------------------------------------------------------------------------------------

    def test_runs(
        self,
        project_id: str,
        *,
        page_size: int = declared.PAGE_SIZE,
        continuation_token: str | None = None,
        max_items: int | None = None,
        prefetch: int = 1,
        **filters: Unpack[RunFilters],
    ) -> AsyncPager[TestRun]:
        """Every test run of a project; ``prefetch`` > 1 fetches that many pages at once, yielded in order."""
        params = list_filters(filters)

        async def fetch(params: dict[str, Any]) -> TestRunList:
            send = partial(list_test_runs.asyncio_detailed, project_id, client=self.api, **params)
            return await self._call(send, models.TestRunList)

        return AsyncPager(
            fetch,
            declared.run_paging(page_size),
            params=params,
            continuation_token=continuation_token,
            max_items=max_items,
            prefetch=prefetch,
        )

    test_run = async_call(calls.test_run)

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
        prefetch: int = 1,
    ) -> AsyncPager[RunTestCase]:
        """The test cases of a run, one row per (test case, configuration); ``fetch_steps`` gives one page only."""
        switches = {"minify": flag(minify), "fetch_steps": flag(fetch_steps)}

        async def fetch(params: dict[str, Any]) -> TestRunTestCaseList:
            send = partial(
                list_test_run_test_cases.asyncio_detailed, project_id, test_run_id, client=self.api, **params
            )
            return await self._call(partial(send, **switches), models.TestRunTestCaseList)

        return AsyncPager(
            fetch,
            declared.run_paging(page_size, items_field="test_cases"),
            continuation_token=continuation_token,
            max_items=max_items,
            max_pages=1 if fetch_steps else None,  # the docs: no paging with fetch_steps
            prefetch=prefetch,
        )

    # -- writing ---------------------------------------------------------------------------------------------------

    create_test_run = async_call(calls.create_test_run_)
    update_test_run = async_call(calls.update_test_run)
    replace_test_run = async_call(calls.replace_test_run_)
    assign_test_cases = async_call(calls.assign_test_cases)
    close_test_run = async_call(calls.close_test_run_)
    delete_test_run = async_call(calls.delete_test_run_)

    # -- long-running work -----------------------------------------------------------------------------------------

    async def begin_clone(
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
    ) -> AsyncPoller[ops.CloneStatus, TestRun]:
        """Clone a run; the poller finishes, returning the clone, once all its test cases are attached."""
        options: dict[str, Any] = {"name": name, "test_case_selection": test_case_selection, "statuses": statuses}
        options |= {"copy_tc_assignee": copy_tc_assignee, "copy_tags": copy_tags, "copy_issues": copy_issues}
        body = clone_body(options)
        request = ops.CloneRequest(project_id, test_run_id, body.to_dict(), self.config.clock.wall())
        initial = await self._send_clone(request)
        return self._clone_poller(initial, progress, schedule, known=True)

    def resume_clone(
        self,
        continuation_token: str,
        *,
        progress: Callable[[ops.CloneStatus], None] | None = None,
        schedule: PollSchedule | None = None,
    ) -> AsyncPoller[ops.CloneStatus, TestRun]:
        """The poller of a clone begun elsewhere, from its ``continuation_token()`` or an error's (a lost answer:
        the first poll looks for the clone and clones again only when there is none)."""
        try:
            request = ops.clone_request_from_token(continuation_token)
        except ValueError:
            return self._clone_poller(ops.clone_from_token(continuation_token), progress, schedule, known=False)
        found: list[ops.CloneStatus] = []

        async def fetch() -> ops.CloneStatus:
            if not found:
                found.append(await self._find_clone(request))
            return await self._clone_status(found[0])

        return AsyncPoller(
            fetch=fetch,
            classify=ops.clone_outcome,
            result=ops.clone_result,
            token=ops.clone_request_token(request),
            progress=progress,
            schedule=schedule or ops.CLONE_POLL,
            clock=self.config.clock,
        )

    async def _send_clone(self, request: ops.CloneRequest) -> ops.CloneStatus:
        body = clone_body(request.body)
        send = partial(
            clone_test_run.asyncio_detailed, request.project_id, request.source_id, client=self.api, body=body
        )
        try:
            clone = await self._test_run(send)
        except ops.OUTCOME_UNKNOWN as error:
            done = f"the clone of {request.source_id} may or may not have been made (its answer was lost)"
            raise ops.interrupted(error, ops.clone_request_token(request), done, "resume_clone") from None
        expected = ops.expected_cases(clone)
        return ops.CloneStatus(request.project_id, identifier_of(clone), expected, run=clone if expected == 0 else None)

    async def _find_clone(self, request: ops.CloneRequest) -> ops.CloneStatus:
        name = request.body.get("name")
        if not isinstance(name, str):
            name = f"{(await self.test_run(request.project_id, request.source_id, minify=True)).name} - Copy"
        since = ops.created_after(request)
        pager = self.test_runs(request.project_id, page_size=declared.MAX_PAGE_SIZE, created_after=since)
        found = ops.clone_candidates([run async for run in pager], request, name)
        if not found:
            return await self._send_clone(request)
        cases = self.test_run_test_cases(
            request.project_id, request.source_id, page_size=declared.MAX_PAGE_SIZE, minify=True
        )
        expected = ops.cases_to_clone([case async for case in cases], request.body)
        return ops.CloneStatus(request.project_id, ops.the_clone(found, request), expected)

    def _clone_poller(
        self,
        status: ops.CloneStatus,
        progress: Callable[[ops.CloneStatus], None] | None,
        schedule: PollSchedule | None,
        *,
        known: bool,
    ) -> AsyncPoller[ops.CloneStatus, TestRun]:
        return AsyncPoller(
            fetch=lambda: self._clone_status(status),
            classify=ops.clone_outcome,
            result=ops.clone_result,
            token=ops.clone_token(status),
            progress=progress,
            initial=status if known else None,
            schedule=schedule or ops.CLONE_POLL,
            clock=self.config.clock,
        )

    async def _clone_status(self, status: ops.CloneStatus) -> ops.CloneStatus:
        send = partial(
            list_test_run_test_cases.asyncio_detailed,
            status.project_id,
            status.test_run_id,
            client=self.api,
            page_size=1,
            minify=True,
        )
        attached = (await self._call(send, models.TestRunTestCaseList)).info.count
        if attached < status.expected:
            return ops.CloneStatus(status.project_id, status.test_run_id, status.expected, attached)
        run = await self.test_run(status.project_id, status.test_run_id)
        return ops.CloneStatus(status.project_id, status.test_run_id, status.expected, attached, run)

    async def begin_update_test_cases(
        self,
        project_id: str,
        test_run_id: str,
        *,
        add: Iterable[TestCaseMapping | Mapping[str, Any] | str] = (),
        remove: Iterable[TestCaseMapping | Mapping[str, Any] | str] = (),
        preserve_existing_results: bool | None = None,
        progress: Callable[[ops.TestCasesUpdate], None] | None = None,
        schedule: PollSchedule | None = None,
    ) -> AsyncPoller[ops.TestCasesUpdate, ops.TestCasesUpdateResult]:
        """Add and/or remove test cases; the poller finishes when every requested pair is present, or absent."""
        wanted, unwanted = mappings(add), mappings(remove)
        change_body(wanted, unwanted, preserve_existing_results)  # refuses an empty change before any request
        request = ops.update_request(project_id, test_run_id, wanted, unwanted, preserve_existing_results)
        status = await self._send_update(request, (wanted, unwanted))
        return self._update_poller(status, progress, schedule, known=True)

    def resume_update_test_cases(
        self,
        continuation_token: str,
        *,
        progress: Callable[[ops.TestCasesUpdate], None] | None = None,
        schedule: PollSchedule | None = None,
    ) -> AsyncPoller[ops.TestCasesUpdate, ops.TestCasesUpdateResult]:
        """The poller of an add/remove begun elsewhere, from its ``continuation_token()`` or an error's (a lost
        answer: the first poll reads the run and sends the change again only if it is not there)."""
        try:
            request = ops.update_request_from_token(continuation_token)
        except ValueError:
            return self._update_poller(ops.update_from_token(continuation_token), progress, schedule, known=False)
        sent: list[ops.TestCasesUpdate] = []

        async def fetch() -> ops.TestCasesUpdate:
            if not sent:
                sent.append(await self._send_update(request))
                return sent[0]
            return sent[0].seen(await self._pairs(request.project_id, request.test_run_id))

        return AsyncPoller(
            fetch=fetch,
            classify=ops.update_outcome,
            result=ops.update_result,
            token=ops.update_request_token(request),
            progress=progress,
            schedule=schedule or ops.UPDATE_POLL,
            clock=self.config.clock,
        )

    async def _send_update(
        self, request: ops.TestCasesRequest, asked: tuple[list[TestCaseMapping], list[TestCaseMapping]] | None = None
    ) -> ops.TestCasesUpdate:
        """Read the run, then send the change (as ``asked``, or rebuilt from the request's pairs) unless an earlier,
        unanswered one already made it."""
        try:
            before = await self._pairs(request.project_id, request.test_run_id)
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
            update_test_run_test_cases.asyncio_detailed,
            request.project_id,
            request.test_run_id,
            client=self.api,
            body=body,
        )
        try:
            accepted = await self._call(send, models.AsyncAccepted)
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
    ) -> AsyncPoller[ops.TestCasesUpdate, ops.TestCasesUpdateResult]:
        async def fetch() -> ops.TestCasesUpdate:
            return status.seen(await self._pairs(status.project_id, status.test_run_id))

        return AsyncPoller(
            fetch=fetch,
            classify=ops.update_outcome,
            result=ops.update_result,
            token=ops.update_token(status),
            progress=progress,
            initial=status if known else None,
            schedule=schedule or ops.UPDATE_POLL,
            clock=self.config.clock,
        )

    async def _pairs(self, project_id: str, test_run_id: str) -> list[ops.Pair]:
        cases = self.test_run_test_cases(project_id, test_run_id, page_size=declared.MAX_PAGE_SIZE)
        return [ops.pair_of(case) async for case in cases]
