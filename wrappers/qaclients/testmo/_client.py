"""``Testmo``: the synchronous client. Listing and reading runs, and submitting results.

with Testmo.from_env() as tm:                      # TESTMO_BASE_URL, TESTMO_TOKEN
    for run in tm.automation_runs(project_id=1, status=[RunStatus.FAILURE]):
        print(run.id, run.name)
    tm.submit_results(1, name="CI #42", source="backend", tests=read_junit("report.xml"), threads=4, parallel=4)
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any, Self, TypeVar, Unpack

from testmo_client import models
from testmo_client.types import Response

from qaclients.core import ClientConfig, DecodeError, QAClientError, positive_int, raise_api_errors, translated

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

if TYPE_CHECKING:
    from testmo_client.models import AutomationRun, AutomationRunList, CreateAutomationRun, Test

    from qaclients.core import Pager

    from ._submit import SubmitProgress, SubmitResult

# The endpoint modules and the submission's pieces are imported by the first method that needs them (the imports in
# the methods below), not by ``import qaclients.testmo``: a program that only reads runs pays for no submission.

__all__ = ["Testmo"]

T = TypeVar("T")


class Testmo(ClientBase):
    """A synchronous Testmo client.

    Args:
        base_url: ``https://<instance>.testmo.net/api/v1``.
        token: The API token (sent as ``Authorization: Bearer``; never shown in a repr, log or error).
        config: A ready :class:`~qaclients.core.ClientConfig` instead of the arguments above.
        **options: Any other :class:`~qaclients.core.ClientConfig` setting (timeout, retry, transport, clock, ...).
    """

    __test__ = False  # not a pytest test class, despite the name

    def __init__(
        self,
        base_url: str | None = None,
        token: str | None = None,
        *,
        config: ClientConfig | None = None,
        **options: Any,
    ) -> None:
        super().__init__(self.make_config(base_url, token, config, options))
        http = self.config.build_client(declared.auth_headers(self._token))
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
        with translated(model=expected.__name__):
            return parsed(send(), expected)

    def _send(self, send: Callable[[], Response[Any]]) -> None:
        with translated():
            send()

    def automation_runs(
        self,
        project_id: int,
        *,
        per_page: int = declared.PER_PAGE,
        continuation_token: str | None = None,
        max_items: int | None = None,
        **filters: Unpack[RunFilters],
    ) -> Pager[AutomationRun]:
        """Every automation run of a project, newest first, fetched page by page as you iterate.

        Filters (:class:`RunFilters`): ``status``, ``tags``, ``created_after``/``created_before``, ``created_by``,
        ``config_id``, ``milestone_id``, ``source_id``, ``sort``/``order`` and ``expands``. Iterate the result for
        runs, or call ``.pages()`` for pages (each with its raw body, whose ``expands`` holds what ``expands``
        asked for). ``continuation_token`` resumes a previous iteration.
        """
        from testmo_client.api.automation_runs import list_automation_runs  # noqa: PLC0415 - see the imports

        from qaclients.core import Pager  # noqa: PLC0415

        positive_int("project_id", project_id)
        check_per_page(per_page)
        params = list_filters(filters)

        def fetch(params: dict[str, Any]) -> AutomationRunList:
            paging, rest = split_paging(params, per_page)
            send = partial(list_automation_runs.sync_detailed, project_id, client=self.api, **paging, **rest)
            return self._call(send, models.AutomationRunList)

        strategy = declared.run_paging(per_page)
        return Pager(fetch, strategy, params=params, continuation_token=continuation_token, max_items=max_items)

    def automation_run(self, automation_run_id: int, *, expands: Sequence[Expand] | None = None) -> AutomationRun:
        """One automation run, with its threads and their counters."""
        from testmo_client.api.automation_runs import get_automation_run  # noqa: PLC0415

        run_id, asked = positive_int("automation_run_id", automation_run_id), joined(check_expands(expands))
        send = partial(get_automation_run.sync_detailed, run_id, client=self.api, expands=asked)
        return self._call(send, models.AutomationRunResponse).result

    def submit_results(
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
        """Create a run, send ``tests`` over ``threads`` threads in batches, and complete it all.

        Args:
            threads: Testmo threads to spread the tests over (contiguous slices, folders kept together).
            parallel: Threads appended to at the same time.
            batch_size: Tests per append request (also capped by size, see ``_declarations.BATCH_BYTES``).
            resume: ``error.progress`` (or its ``.token()``) of a :class:`SubmitError`: continue without resending.
            **run_options: What the new run carries (:class:`RunOptions`): config, milestone, tags, artifacts, ...

        Raises:
            SubmitError: A step failed; ``.progress`` records exactly what the server accepted.
        """
        from testmo_client.api.automation_runs import complete_automation_run  # noqa: PLC0415

        from ._submit import (  # noqa: PLC0415
            SubmitError,
            check_unique_keys,
            created_after,
            pick_created_run,
            reconcile,
            split_threads,
        )

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
                progress.run_id = pick_created_run(list(self.automation_runs(project_id, created_after=since)), name)
                progress.run_uncertain_since = None
            step = "create run"
            if progress.run_id is None:
                progress.run_id = self._create_run(project_id, body, progress)
            elif resume is not None:
                step = "settle with the server"
                reconcile(progress, self.automation_run(progress.run_id))
            step = "append tests"
            self._send_threads(progress, groups, parallel, batch_size)
            step = "complete run"
            if not progress.run_completed:
                done = models.CompleteAutomationRun(measure_elapsed=measure_elapsed)
                self._send(partial(complete_automation_run.sync_detailed, progress.run_id, client=self.api, body=done))
                progress.run_completed = True
        except (QAClientError, ValueError) as error:
            raise SubmitError(step, progress, len(tests), error) from error
        return progress.result()

    def _create_run(self, project_id: int, body: CreateAutomationRun, progress: SubmitProgress) -> int:
        from testmo_client.api.automation_runs import create_automation_run  # noqa: PLC0415

        send = partial(create_automation_run.sync_detailed, project_id, client=self.api, body=body)
        sent_at = self.config.clock.wall()
        try:
            return self._call(send, models.CreatedId).id
        except QAClientError as error:
            if is_uncertain(error) or isinstance(error, DecodeError):
                progress.run_uncertain_since = sent_at
            raise

    def _send_threads(self, progress: SubmitProgress, groups: list[list[Test]], parallel: int, batch_size: int) -> None:
        """Every unfinished thread, ``parallel`` at a time; the others finish even when one fails."""
        from concurrent.futures import ThreadPoolExecutor  # noqa: PLC0415

        lock = threading.Lock()
        pending = [index for index in range(progress.threads) if index not in progress.threads_completed]
        with ThreadPoolExecutor(max_workers=max(1, min(parallel, len(pending) or 1))) as pool:
            futures = [pool.submit(self._send_thread, progress, i, groups[i], batch_size, lock) for i in pending]
        failures = [error for future in futures if (error := future.exception()) is not None]
        if failures:
            raise failures[0]

    def _send_thread(
        self, progress: SubmitProgress, index: int, group: list[Test], batch_size: int, lock: threading.Lock
    ) -> None:
        from testmo_client.api.automation_runs import (  # noqa: PLC0415
            append_automation_run_thread,
            complete_automation_run_thread,
            create_automation_run_thread,
        )

        from ._submit import plan_batches  # noqa: PLC0415

        assert progress.run_id is not None
        if progress.thread_ids[index] is None:
            body = models.CreateAutomationRunThread()
            send = partial(create_automation_run_thread.sync_detailed, progress.run_id, client=self.api, body=body)
            progress.thread_ids[index] = self._call(send, models.CreatedId).id
        thread_id = progress.thread_ids[index]
        assert thread_id is not None
        for batch in plan_batches(self.remaining(group, progress, index), batch_size):
            keys = [test.key for test in batch]
            append = models.AppendAutomationRunThread(tests=batch)
            try:
                self._send(partial(append_automation_run_thread.sync_detailed, thread_id, client=self.api, body=append))
            except QAClientError as error:
                if is_uncertain(error):
                    with lock:
                        progress.uncertain[str(index)] = keys
                raise
            with lock:
                progress.record_batch(index, keys)
        complete = models.CompleteAutomationRunThread()
        self._send(partial(complete_automation_run_thread.sync_detailed, thread_id, client=self.api, body=complete))
        with lock:
            progress.threads_completed.append(index)
