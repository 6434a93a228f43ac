"""``AsyncTestmo``: the asynchronous twin of ``Testmo``, with the same methods, awaited; lists are async-iterated.

async with AsyncTestmo.from_env() as tm:
    async with tm.automation_runs(project_id=1, prefetch=4) as runs:   # 4 pages in flight, yielded in order
        async for run in runs:
            print(run.id, run.name)
    await tm.submit_results(1, name="CI #42", source="backend", tests=read_junit("report.xml"), threads=4)
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any, Self, TypeVar, Unpack

from testmo_client import models
from testmo_client.api.automation_runs import (
    append_automation_run_thread,
    complete_automation_run,
    complete_automation_run_thread,
    create_automation_run,
    create_automation_run_thread,
    get_automation_run,
    list_automation_runs,
)
from testmo_client.types import Response

from qaclients.core import (
    AsyncPager,
    ClientConfig,
    DecodeError,
    QAClientError,
    async_api_error_hook,
    positive_int,
    translated,
)

from . import _declarations as declared
from ._requests import (
    ClientBase,
    Expand,
    RunFilters,
    RunOptions,
    check_expands,
    check_per_page,
    check_submission,
    is_uncertain,
    joined,
    list_filters,
    parsed,
    run_request,
    split_paging,
)
from ._submit import (
    SubmitError,
    SubmitProgress,
    SubmitResult,
    check_unique_keys,
    created_after,
    pick_created_run,
    plan_batches,
    reconcile,
    split_threads,
)

if TYPE_CHECKING:
    from testmo_client.models import AutomationRun, AutomationRunList, CreateAutomationRun, Test

__all__ = ["AsyncTestmo"]

T = TypeVar("T")


class AsyncTestmo(ClientBase):
    """An asynchronous Testmo client; see :class:`~qaclients.testmo.Testmo` for the methods.

    Args:
        base_url: ``https://<instance>.testmo.net/api/v1``.
        token: The API token (sent as ``Authorization: Bearer``; never shown in a repr, log or error).
        config: A ready :class:`~qaclients.core.ClientConfig` instead of the arguments above.
        **options: Any other :class:`~qaclients.core.ClientConfig` setting (timeout, retry, transport, clock, ...).
    """

    def __init__(
        self,
        base_url: str | None = None,
        token: str | None = None,
        *,
        config: ClientConfig | None = None,
        **options: Any,
    ) -> None:
        super().__init__(self.make_config(base_url, token, config, options))
        http = self.config.build_async_client(declared.auth_headers(self._token))
        http.event_hooks["response"] = [*http.event_hooks["response"], async_api_error_hook(declared.error_message)]
        self.api.set_async_httpx_client(http)
        self._http = http

    @classmethod
    def from_env(cls, **overrides: Any) -> Self:
        """Read ``TESTMO_BASE_URL``, ``TESTMO_TOKEN`` (and ``TESTMO_TIMEOUT``, ``TESTMO_MAX_RETRIES``)."""
        return cls(config=ClientConfig.from_env(declared.ENV_PREFIX, **overrides))

    async def aclose(self) -> None:
        """Close the connection pool (not a client you passed in as ``async_http_client``)."""
        if self.config.async_http_client is None:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.aclose()

    async def _call(self, send: Callable[[], Awaitable[Response[Any]]], expected: type[T]) -> T:
        with translated(model=expected.__name__):
            return parsed(await send(), expected)

    async def _send(self, send: Callable[[], Awaitable[Response[Any]]]) -> None:
        with translated():
            await send()

    def automation_runs(
        self,
        project_id: int,
        *,
        per_page: int = declared.PER_PAGE,
        continuation_token: str | None = None,
        max_items: int | None = None,
        prefetch: int = 1,
        **filters: Unpack[RunFilters],
    ) -> AsyncPager[AutomationRun]:
        """Every automation run of a project; ``prefetch`` > 1 fetches that many pages at once, yielded in order."""
        positive_int("project_id", project_id)
        check_per_page(per_page)
        params = list_filters(filters)

        async def fetch(params: dict[str, Any]) -> AutomationRunList:
            paging, rest = split_paging(params, per_page)
            send = partial(list_automation_runs.asyncio_detailed, project_id, client=self.api, **paging, **rest)
            return await self._call(send, models.AutomationRunList)

        strategy = declared.run_paging(per_page)
        return AsyncPager(
            fetch,
            strategy,
            params=params,
            continuation_token=continuation_token,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def automation_run(self, automation_run_id: int, *, expands: Sequence[Expand] | None = None) -> AutomationRun:
        """One automation run, with its threads and their counters."""
        run_id, asked = positive_int("automation_run_id", automation_run_id), joined(check_expands(expands))
        send = partial(get_automation_run.asyncio_detailed, run_id, client=self.api, expands=asked)
        return (await self._call(send, models.AutomationRunResponse)).result

    async def submit_results(
        self,
        project_id: int,
        *,
        name: str,
        source: str,
        tests: Sequence[Test],
        threads: int = 1,
        parallel: int = 1,
        measure_elapsed: bool = True,
        batch_size: int = declared.BATCH_TESTS,
        resume: SubmitProgress | str | None = None,
        **run_options: Unpack[RunOptions],
    ) -> SubmitResult:
        """The async :meth:`Testmo.submit_results`: ``parallel`` threads are appended to concurrently."""
        positive_int("project_id", project_id)
        tests = check_submission(tests, threads, parallel, batch_size)
        check_unique_keys(tests)
        progress = self.start_progress(resume, threads)
        groups = split_threads(tests, threads)
        body = run_request(name, source, run_options)
        step = "create run"
        try:
            if progress.run_id is None and progress.run_uncertain_since is not None:
                step = "find the run created without an answer"
                since = created_after(progress)
                async with self.automation_runs(project_id, created_after=since) as pager:
                    candidates = [run async for run in pager]
                progress.run_id = pick_created_run(candidates, name)
                progress.run_uncertain_since = None
            step = "create run"
            if progress.run_id is None:
                progress.run_id = await self._create_run(project_id, body, progress)
            elif resume is not None:
                step = "settle with the server"
                reconcile(progress, await self.automation_run(progress.run_id))
            step = "append tests"
            await self._send_threads(progress, groups, parallel, batch_size)
            step = "complete run"
            if not progress.run_completed:
                done = models.CompleteAutomationRun(measure_elapsed=measure_elapsed)
                await self._send(
                    partial(complete_automation_run.asyncio_detailed, progress.run_id, client=self.api, body=done)
                )
                progress.run_completed = True
        except (QAClientError, ValueError) as error:
            raise SubmitError(step, progress, len(tests), error) from error
        return progress.result()

    async def _create_run(self, project_id: int, body: CreateAutomationRun, progress: SubmitProgress) -> int:
        send = partial(create_automation_run.asyncio_detailed, project_id, client=self.api, body=body)
        sent_at = self.config.clock.wall()
        try:
            return (await self._call(send, models.CreatedId)).id
        except QAClientError as error:
            if is_uncertain(error) or isinstance(error, DecodeError):
                progress.run_uncertain_since = sent_at
            raise

    async def _send_threads(
        self, progress: SubmitProgress, groups: list[list[Test]], parallel: int, batch_size: int
    ) -> None:
        """Every unfinished thread, ``parallel`` at a time; the others finish even when one fails."""
        gate = asyncio.Semaphore(max(1, parallel))
        pending = [index for index in range(progress.threads) if index not in progress.threads_completed]
        outcomes = await asyncio.gather(
            *(self._send_thread(progress, i, groups[i], batch_size, gate) for i in pending), return_exceptions=True
        )
        failures = [outcome for outcome in outcomes if isinstance(outcome, BaseException)]
        if failures:
            raise failures[0]

    async def _send_thread(
        self, progress: SubmitProgress, index: int, group: list[Test], batch_size: int, gate: asyncio.Semaphore
    ) -> None:
        async with gate:
            await self._send_thread_now(progress, index, group, batch_size)

    async def _send_thread_now(self, progress: SubmitProgress, index: int, group: list[Test], batch_size: int) -> None:
        assert progress.run_id is not None
        if progress.thread_ids[index] is None:
            body = models.CreateAutomationRunThread()
            send = partial(create_automation_run_thread.asyncio_detailed, progress.run_id, client=self.api, body=body)
            progress.thread_ids[index] = (await self._call(send, models.CreatedId)).id
        thread_id = progress.thread_ids[index]
        assert thread_id is not None
        for batch in plan_batches(self.remaining(group, progress, index), batch_size):
            keys = [test.key for test in batch]
            append = models.AppendAutomationRunThread(tests=batch)
            try:
                await self._send(
                    partial(append_automation_run_thread.asyncio_detailed, thread_id, client=self.api, body=append)
                )
            except QAClientError as error:
                if is_uncertain(error):
                    progress.uncertain[str(index)] = keys
                raise
            progress.record_batch(index, keys)
        complete = models.CompleteAutomationRunThread()
        await self._send(
            partial(complete_automation_run_thread.asyncio_detailed, thread_id, client=self.api, body=complete)
        )
        progress.threads_completed.append(index)
