"""``Testmo`` and ``AsyncTestmo``: construction, listing and reading runs, and submitting results.

    tm = Testmo.from_env()                             # TESTMO_BASE_URL, TESTMO_TOKEN
    for run in tm.automation_runs(project_id=1, status=[RunStatus.FAILURE]):
        print(run.id, run.name)
    result = tm.submit_results(project_id=1, name="CI #42", source="backend", tests=read_junit("report.xml"))

    async with AsyncTestmo.from_env() as tm:
        async for run in tm.automation_runs(project_id=1, prefetch=4):
            ...
"""

from __future__ import annotations

import asyncio
import datetime
import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Literal, Self, TypeVar

import httpx
from testmo_client import AuthenticatedClient
from testmo_client.api.automation_runs import (
    append_automation_run_thread,
    complete_automation_run,
    complete_automation_run_thread,
    create_automation_run,
    create_automation_run_thread,
    get_automation_run,
    list_automation_runs,
)
from testmo_client.models import (
    AppendAutomationRunThread,
    Artifact,
    AutomationRun,
    AutomationRunList,
    AutomationRunResponse,
    CompleteAutomationRun,
    CompleteAutomationRunThread,
    CreateAutomationRun,
    CreateAutomationRunThread,
    CreatedId,
    Field,
    Link,
    PerPage,
    RunStatus,
    SortOrder,
    Test,
)
from testmo_client.types import UNSET, Response, Unset

from qaclients.core import (
    AsyncPager,
    ClientConfig,
    DecodeError,
    Pager,
    QAClientError,
    RateLimitedError,
    ServerError,
    TimeoutError,
    TransportError,
    async_api_error_hook,
    raise_api_errors,
    translated,
)

from . import _declarations as declared
from ._submit import (
    SubmitError,
    SubmitProgress,
    SubmitResult,
    check_unique_keys,
    plan_batches,
    settle_uncertain,
    split_threads,
)

__all__ = ["AsyncTestmo", "Testmo"]

T = TypeVar("T")
Expand = Literal["automation_sources", "configs", "milestones", "statuses", "users"]


def _joined(values: Iterable[object] | None) -> str | Unset:
    return UNSET if values is None else ",".join(str(int(v)) if isinstance(v, int) else str(v) for v in values)


def _list_filters(
    *,
    expands: Sequence[Expand] | None,
    sort: str | None,
    order: SortOrder | Literal["asc", "desc"] | None,
    created_after: datetime.datetime | None,
    created_before: datetime.datetime | None,
    created_by: Iterable[int] | None,
    config_id: Iterable[int] | None,
    milestone_id: Iterable[int] | None,
    source_id: Iterable[int] | None,
    status: Iterable[RunStatus | int] | None,
    tags: Iterable[str] | None,
) -> dict[str, Any]:
    """The list endpoint's filters as the generated function takes them (comma-separated lists, facts)."""
    return {
        "expands": _joined(expands),
        "sort": UNSET if sort is None else sort,
        "order": UNSET if order is None else SortOrder(order),
        "created_after": UNSET if created_after is None else created_after,
        "created_before": UNSET if created_before is None else created_before,
        "created_by": _joined(created_by),
        "config_id": _joined(config_id),
        "milestone_id": _joined(milestone_id),
        "source_id": _joined(source_id),
        "status": _joined(status),
        "tags": _joined(tags),
    }


def _check_per_page(per_page: int) -> None:
    if per_page not in {size.value for size in PerPage}:
        raise ValueError(f"per_page must be one of 15, 25, 50, 100 (facts), got {per_page}")


def _split_paging(params: dict[str, Any], per_page: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """The pager's params split into page/per_page (typed as the generated function wants) and the filters."""
    rest = {key: value for key, value in params.items() if key not in ("page", "per_page")}
    return {"page": params["page"], "per_page": PerPage(params.get("per_page", per_page))}, rest


def _parsed(response: Response[Any], expected: type[T]) -> T:
    """The decoded 2xx body; API errors were already raised by the response hook."""
    if not isinstance(response.parsed, expected):  # an undocumented 2xx/3xx: never silently None
        raise DecodeError(f"unexpected status {int(response.status_code)}", model=expected.__name__)
    return response.parsed


def _run_request(
    name: str,
    source: str,
    *,
    config: str | None,
    config_id: int | None,
    milestone: str | None,
    milestone_id: int | None,
    tags: Sequence[str] | None,
    artifacts: Sequence[Artifact] | None,
    fields: Sequence[Field] | None,
    links: Sequence[Link] | None,
) -> CreateAutomationRun:
    def given(value: Any) -> Any:
        return UNSET if value is None else (list(value) if isinstance(value, (list, tuple)) else value)

    return CreateAutomationRun(
        name=name,
        source=source,
        config=given(config),
        config_id=given(config_id),
        milestone=given(milestone),
        milestone_id=given(milestone_id),
        tags=given(tags),
        artifacts=given(artifacts),
        fields=given(fields),
        links=given(links),
    )


def _uncertain(error: BaseException) -> bool:
    """Whether a failed append may still have been stored: the request left and no clear refusal came back."""
    if isinstance(error, RateLimitedError):
        return False
    return isinstance(error, (ServerError, TimeoutError)) or (
        isinstance(error, TransportError) and not isinstance(error.__cause__, (httpx.ConnectError, httpx.ConnectTimeout))
    )


class _Base:
    """What both clients share: configuration, the generated client and the submission bookkeeping."""

    def __init__(self, config: ClientConfig) -> None:
        if config.token is None:
            raise QAClientError("Testmo needs an API token (TESTMO_TOKEN or token=...)")
        self.config = config
        self.api = AuthenticatedClient(base_url=config.base_url, token=config.token.get_secret_value())

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.config.base_url!r})"

    @staticmethod
    def _config(
        base_url: str | None,
        token: str | None,
        config: ClientConfig | None,
        options: dict[str, Any],
    ) -> ClientConfig:
        if config is not None:
            return config
        if base_url is None:
            raise QAClientError("Testmo needs base_url (https://<instance>.testmo.net/api/v1) or Testmo.from_env()")
        return ClientConfig(base_url=base_url, token=token, **options)

    @staticmethod
    def _progress(resume: SubmitProgress | str | None, threads: int) -> SubmitProgress:
        if resume is None:
            return SubmitProgress(threads=threads)
        progress = SubmitProgress.from_token(resume) if isinstance(resume, str) else resume
        if progress.threads != threads:
            raise ValueError(f"resume has {progress.threads} thread(s) but threads={threads} was asked for")
        return progress

    @staticmethod
    def _remaining(group: list[Test], progress: SubmitProgress, index: int) -> list[Test]:
        done = set(progress.accepted[index])
        return [test for test in group if test.key not in done]


class Testmo(_Base):
    """A synchronous Testmo client.

    Args:
        base_url: ``https://<instance>.testmo.net/api/v1``.
        token: The API token (sent as ``Authorization: Bearer``; never shown in a repr, log or error).
        config: A ready :class:`~qaclients.core.ClientConfig` instead of the arguments above.
        **options: Any other :class:`~qaclients.core.ClientConfig` setting (timeout, retry, transport, ...).
    """

    def __init__(
        self,
        base_url: str | None = None,
        token: str | None = None,
        *,
        config: ClientConfig | None = None,
        **options: Any,
    ) -> None:
        super().__init__(self._config(base_url, token, config, options))
        assert self.config.token is not None
        http = self.config.build_client(declared.auth_headers(self.config.token.get_secret_value()))
        http.event_hooks["response"] = [*http.event_hooks["response"], raise_api_errors(declared.error_message)]
        self.api.set_httpx_client(http)
        self._http = http

    @classmethod
    def from_env(cls, **overrides: Any) -> Self:
        """Read ``TESTMO_BASE_URL``, ``TESTMO_TOKEN`` (and ``TESTMO_TIMEOUT``, ``TESTMO_MAX_RETRIES``)."""
        return cls(config=ClientConfig.from_env(declared.ENV_PREFIX, **overrides))

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
            return _parsed(send(), expected)

    def _send(self, send: Callable[[], Response[Any]]) -> None:
        with translated():
            send()

    def automation_runs(
        self,
        project_id: int,
        *,
        expands: Sequence[Expand] | None = None,
        sort: str | None = None,
        order: SortOrder | Literal["asc", "desc"] | None = None,
        created_after: datetime.datetime | None = None,
        created_before: datetime.datetime | None = None,
        created_by: Iterable[int] | None = None,
        config_id: Iterable[int] | None = None,
        milestone_id: Iterable[int] | None = None,
        source_id: Iterable[int] | None = None,
        status: Iterable[RunStatus | int] | None = None,
        tags: Iterable[str] | None = None,
        per_page: int = declared.PER_PAGE,
        continuation_token: str | None = None,
        max_items: int | None = None,
    ) -> Pager[AutomationRun]:
        """Every automation run of a project, newest first, fetched page by page as you iterate.

        Iterate the result for runs, or call ``.pages()`` for pages (each with its raw body, whose ``expands``
        holds what ``expands`` asked for). ``continuation_token`` resumes a previous iteration.
        """
        _check_per_page(per_page)
        filters = _list_filters(
            expands=expands, sort=sort, order=order, created_after=created_after, created_before=created_before,
            created_by=created_by, config_id=config_id, milestone_id=milestone_id, source_id=source_id,
            status=status, tags=tags,
        )  # fmt: skip

        def fetch(params: dict[str, Any]) -> AutomationRunList:
            paging, rest = _split_paging(params, per_page)
            send = lambda: list_automation_runs.sync_detailed(project_id, client=self.api, **paging, **rest)  # noqa: E731
            return self._call(send, AutomationRunList)

        return Pager(
            fetch,
            declared.run_paging(per_page),
            params=filters,
            continuation_token=continuation_token,
            max_items=max_items,
        )

    def automation_run(self, automation_run_id: int, *, expands: Sequence[Expand] | None = None) -> AutomationRun:
        """One automation run, with its threads and their counters."""
        send = lambda: get_automation_run.sync_detailed(automation_run_id, client=self.api, expands=_joined(expands))  # noqa: E731
        return self._call(send, AutomationRunResponse).result

    def submit_results(
        self,
        project_id: int,
        *,
        name: str,
        source: str,
        tests: Sequence[Test],
        threads: int = 1,
        parallel: int = 1,
        config: str | None = None,
        config_id: int | None = None,
        milestone: str | None = None,
        milestone_id: int | None = None,
        tags: Sequence[str] | None = None,
        artifacts: Sequence[Artifact] | None = None,
        fields: Sequence[Field] | None = None,
        links: Sequence[Link] | None = None,
        measure_elapsed: bool = True,
        batch_size: int = declared.BATCH_TESTS,
        resume: SubmitProgress | str | None = None,
    ) -> SubmitResult:
        """Create a run, send ``tests`` over ``threads`` threads in batches, and complete it all.

        Args:
            threads: Testmo threads to spread the tests over (contiguous slices, folders kept together).
            parallel: Threads appended to at the same time.
            batch_size: Tests per append request (also capped by size, see ``_declarations.BATCH_BYTES``).
            resume: ``error.progress`` (or its ``.token()``) of a :class:`SubmitError`: continue without resending.

        Raises:
            SubmitError: A step failed; ``.progress`` records exactly what the server accepted.
        """
        check_unique_keys(tests)
        progress = self._progress(resume, threads)
        groups = split_threads(tests, threads)
        step = "create run"
        try:
            if progress.run_id is None:
                body = _run_request(
                    name, source, config=config, config_id=config_id, milestone=milestone,
                    milestone_id=milestone_id, tags=tags, artifacts=artifacts, fields=fields, links=links,
                )  # fmt: skip
                created = self._call(
                    lambda: create_automation_run.sync_detailed(project_id, client=self.api, body=body), CreatedId
                )
                progress.run_id = created.id
            run_id = progress.run_id
            if progress.uncertain:
                step = "settle uncertain batches"
                run = self.automation_run(run_id)
                totals = {t.id: t.total_count for t in (run.threads or [])}
                settle_uncertain(progress, totals)
            lock = threading.Lock()
            batches = 0

            def one_thread(index: int) -> None:
                nonlocal batches
                if progress.thread_ids[index] is None:
                    new = self._call(
                        lambda: create_automation_run_thread.sync_detailed(
                            run_id, client=self.api, body=CreateAutomationRunThread()
                        ),
                        CreatedId,
                    )
                    progress.thread_ids[index] = new.id
                thread_id = progress.thread_ids[index]
                assert thread_id is not None
                for batch in plan_batches(self._remaining(groups[index], progress, index), batch_size):
                    keys = [test.key for test in batch]
                    body = AppendAutomationRunThread(tests=batch)
                    try:
                        self._send(
                            lambda: append_automation_run_thread.sync_detailed(thread_id, client=self.api, body=body)
                        )
                    except QAClientError as error:
                        if _uncertain(error):
                            with lock:
                                progress.uncertain[str(index)] = keys
                        raise
                    with lock:
                        progress.accepted[index].extend(keys)
                        batches += 1
                if index not in progress.threads_completed:
                    self._send(
                        lambda: complete_automation_run_thread.sync_detailed(
                            thread_id, client=self.api, body=CompleteAutomationRunThread()
                        )
                    )
                    with lock:
                        progress.threads_completed.append(index)

            step = "append tests"
            pending = [i for i in range(threads) if i not in progress.threads_completed]
            with ThreadPoolExecutor(max_workers=max(1, min(parallel, len(pending) or 1))) as pool:
                outcomes = [pool.submit(one_thread, index) for index in pending]
                failures = [f.exception() for f in outcomes if f.exception() is not None]
            if failures:
                raise failures[0]  # type: ignore[misc]
            step = "complete run"
            if not progress.run_completed:
                done = CompleteAutomationRun(measure_elapsed=measure_elapsed)
                self._send(lambda: complete_automation_run.sync_detailed(run_id, client=self.api, body=done))
                progress.run_completed = True
        except (QAClientError, ValueError) as error:
            if isinstance(error, SubmitError):
                raise
            raise SubmitError(step, progress, len(tests), error) from error
        ids = [i for i in progress.thread_ids if i is not None]
        return SubmitResult(run_id=run_id, thread_ids=ids, tests_submitted=len(progress.accepted_keys), batches_sent=batches)


class AsyncTestmo(_Base):
    """The asynchronous twin of :class:`Testmo`: the same methods, awaited; lists are async-iterated."""

    def __init__(
        self,
        base_url: str | None = None,
        token: str | None = None,
        *,
        config: ClientConfig | None = None,
        **options: Any,
    ) -> None:
        super().__init__(self._config(base_url, token, config, options))
        assert self.config.token is not None
        http = self.config.build_async_client(declared.auth_headers(self.config.token.get_secret_value()))
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

    async def _call(self, send: Callable[[], Any], expected: type[T]) -> T:
        with translated():
            return _parsed(await send(), expected)

    async def _send(self, send: Callable[[], Any]) -> None:
        with translated():
            await send()

    def automation_runs(
        self,
        project_id: int,
        *,
        expands: Sequence[Expand] | None = None,
        sort: str | None = None,
        order: SortOrder | Literal["asc", "desc"] | None = None,
        created_after: datetime.datetime | None = None,
        created_before: datetime.datetime | None = None,
        created_by: Iterable[int] | None = None,
        config_id: Iterable[int] | None = None,
        milestone_id: Iterable[int] | None = None,
        source_id: Iterable[int] | None = None,
        status: Iterable[RunStatus | int] | None = None,
        tags: Iterable[str] | None = None,
        per_page: int = declared.PER_PAGE,
        continuation_token: str | None = None,
        max_items: int | None = None,
        prefetch: int = 1,
    ) -> AsyncPager[AutomationRun]:
        """Every automation run of a project; ``prefetch`` > 1 fetches that many pages at once, in order."""
        _check_per_page(per_page)
        filters = _list_filters(
            expands=expands, sort=sort, order=order, created_after=created_after, created_before=created_before,
            created_by=created_by, config_id=config_id, milestone_id=milestone_id, source_id=source_id,
            status=status, tags=tags,
        )  # fmt: skip

        async def fetch(params: dict[str, Any]) -> AutomationRunList:
            paging, rest = _split_paging(params, per_page)
            send = lambda: list_automation_runs.asyncio_detailed(project_id, client=self.api, **paging, **rest)  # noqa: E731
            return await self._call(send, AutomationRunList)

        return AsyncPager(
            fetch,
            declared.run_paging(per_page),
            params=filters,
            continuation_token=continuation_token,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def automation_run(
        self, automation_run_id: int, *, expands: Sequence[Expand] | None = None
    ) -> AutomationRun:
        """One automation run, with its threads and their counters."""
        send = lambda: get_automation_run.asyncio_detailed(automation_run_id, client=self.api, expands=_joined(expands))  # noqa: E731
        return (await self._call(send, AutomationRunResponse)).result

    async def submit_results(
        self,
        project_id: int,
        *,
        name: str,
        source: str,
        tests: Sequence[Test],
        threads: int = 1,
        parallel: int = 1,
        config: str | None = None,
        config_id: int | None = None,
        milestone: str | None = None,
        milestone_id: int | None = None,
        tags: Sequence[str] | None = None,
        artifacts: Sequence[Artifact] | None = None,
        fields: Sequence[Field] | None = None,
        links: Sequence[Link] | None = None,
        measure_elapsed: bool = True,
        batch_size: int = declared.BATCH_TESTS,
        resume: SubmitProgress | str | None = None,
    ) -> SubmitResult:
        """The async :meth:`Testmo.submit_results`; ``parallel`` threads are appended to concurrently."""
        check_unique_keys(tests)
        progress = self._progress(resume, threads)
        groups = split_threads(tests, threads)
        step = "create run"
        batches = 0
        try:
            if progress.run_id is None:
                body = _run_request(
                    name, source, config=config, config_id=config_id, milestone=milestone,
                    milestone_id=milestone_id, tags=tags, artifacts=artifacts, fields=fields, links=links,
                )  # fmt: skip
                created = await self._call(
                    lambda: create_automation_run.asyncio_detailed(project_id, client=self.api, body=body), CreatedId
                )
                progress.run_id = created.id
            run_id = progress.run_id
            if progress.uncertain:
                step = "settle uncertain batches"
                run = await self.automation_run(run_id)
                settle_uncertain(progress, {t.id: t.total_count for t in (run.threads or [])})
            gate = asyncio.Semaphore(max(1, parallel))

            async def one_thread(index: int) -> None:
                nonlocal batches
                async with gate:
                    if progress.thread_ids[index] is None:
                        new = await self._call(
                            lambda: create_automation_run_thread.asyncio_detailed(
                                run_id, client=self.api, body=CreateAutomationRunThread()
                            ),
                            CreatedId,
                        )
                        progress.thread_ids[index] = new.id
                    thread_id = progress.thread_ids[index]
                    assert thread_id is not None
                    for batch in plan_batches(self._remaining(groups[index], progress, index), batch_size):
                        keys = [test.key for test in batch]
                        body = AppendAutomationRunThread(tests=batch)
                        try:
                            await self._send(
                                lambda: append_automation_run_thread.asyncio_detailed(
                                    thread_id, client=self.api, body=body
                                )
                            )
                        except QAClientError as error:
                            if _uncertain(error):
                                progress.uncertain[str(index)] = keys
                            raise
                        progress.accepted[index].extend(keys)
                        batches += 1
                    if index not in progress.threads_completed:
                        await self._send(
                            lambda: complete_automation_run_thread.asyncio_detailed(
                                thread_id, client=self.api, body=CompleteAutomationRunThread()
                            )
                        )
                        progress.threads_completed.append(index)

            step = "append tests"
            pending = [i for i in range(threads) if i not in progress.threads_completed]
            outcomes = await asyncio.gather(*(one_thread(i) for i in pending), return_exceptions=True)
            failures = [o for o in outcomes if isinstance(o, BaseException)]
            if failures:
                raise failures[0]
            step = "complete run"
            if not progress.run_completed:
                done = CompleteAutomationRun(measure_elapsed=measure_elapsed)
                await self._send(lambda: complete_automation_run.asyncio_detailed(run_id, client=self.api, body=done))
                progress.run_completed = True
        except (QAClientError, ValueError) as error:
            if isinstance(error, SubmitError):
                raise
            raise SubmitError(step, progress, len(tests), error) from error
        ids = [i for i in progress.thread_ids if i is not None]
        return SubmitResult(run_id=run_id, thread_ids=ids, tests_submitted=len(progress.accepted_keys), batches_sent=batches)

