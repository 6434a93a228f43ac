"""Submitting results, without I/O: the plan (threads and batches), the progress record and its token.

``Testmo.submit_results`` and ``AsyncTestmo.submit_results`` drive this: create the run, create the threads,
append each thread's batches, complete the threads, complete the run. Every step that succeeds is recorded in a
:class:`SubmitProgress`; when a step fails the drivers raise :class:`SubmitError` carrying it, and passing it back as
``resume=`` skips everything already done, so no test is sent twice.

Nothing whose fate is unknown (the connection dropped, or the server failed, after the request left) is sent blindly
again. A resume first reads the run and settles the record against it (:func:`reconcile`): an *uncertain* batch
against its thread's ``total_count``, a thread whose creation went unanswered by adopting the empty thread the server
holds, completions by the server's ``is_completed``. A run whose creation went unanswered is looked for among the
project's newest runs (:func:`pick_created_run`) before another is created.
"""

from __future__ import annotations

import base64
import datetime
import json
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

import attrs
import orjson

from qaclients.core import QAClientError

from ._declarations import BATCH_BYTES, BATCH_TESTS

if TYPE_CHECKING:
    from testmo_client.models import AutomationRun, Test

__all__ = ["SubmitError", "SubmitProgress", "SubmitResult", "plan_batches", "split_threads"]


@attrs.define
class SubmitProgress:
    """What a submission has done so far; JSON-serialisable through :meth:`token` / :meth:`from_token`.

    Attributes:
        run_id: The created run, once created.
        thread_ids: Per planned thread, its ID once created.
        accepted: Per planned thread, the keys of tests the server accepted.
        uncertain: Per planned thread (as a string index), keys of a batch that may or may not have been accepted.
        threads_completed: Indexes of threads marked completed.
        run_completed: Whether the run was marked completed.
        batches_sent: Append requests the server accepted.
        run_uncertain_since: Epoch seconds when a create-run request went out whose answer never came (the run may
            exist); a resume looks for it first.
    """

    threads: int
    run_id: int | None = None
    thread_ids: list[int | None] = attrs.field(factory=list)
    accepted: list[list[str]] = attrs.field(factory=list)
    uncertain: dict[str, list[str]] = attrs.field(factory=dict)
    threads_completed: list[int] = attrs.field(factory=list)
    run_completed: bool = False
    batches_sent: int = 0
    run_uncertain_since: float | None = None

    def __attrs_post_init__(self) -> None:
        self.thread_ids += [None] * (self.threads - len(self.thread_ids))
        self.accepted += [[] for _ in range(self.threads - len(self.accepted))]

    def record_batch(self, index: int, keys: list[str]) -> None:
        """The server accepted a batch of thread ``index``."""
        self.accepted[index].extend(keys)
        self.batches_sent += 1

    def result(self) -> SubmitResult:
        """The summary of a finished submission."""
        assert self.run_id is not None
        ids = [thread_id for thread_id in self.thread_ids if thread_id is not None]
        return SubmitResult(self.run_id, ids, len(self.accepted_keys), self.batches_sent)

    @property
    def accepted_keys(self) -> list[str]:
        """Every accepted test key, in thread order."""
        return [key for keys in self.accepted for key in keys]

    def token(self) -> str:
        """An opaque string that :meth:`from_token` turns back into this record (e.g. in another process)."""
        return base64.urlsafe_b64encode(orjson.dumps(attrs.asdict(self))).decode()

    @classmethod
    def from_token(cls, token: str) -> SubmitProgress:
        """The record :meth:`token` encoded; ``ValueError`` for anything else."""
        try:
            data: dict[str, Any] = json.loads(base64.urlsafe_b64decode(token.encode()))
            return cls(**data)
        except (ValueError, TypeError) as error:
            raise ValueError("not a Testmo submission token") from error


@attrs.frozen
class SubmitResult:
    """A finished submission: the run, its threads and how many tests each received."""

    run_id: int
    thread_ids: list[int]
    tests_submitted: int
    batches_sent: int


class SubmitError(QAClientError):
    """A submission stopped midway. ``progress`` says exactly what the server accepted; pass it as ``resume=``."""

    def __init__(self, step: str, progress: SubmitProgress, total: int, cause: BaseException) -> None:
        self.step = step
        self.progress = progress
        self.cause = cause
        accepted = len(progress.accepted_keys)
        unsure = sum(len(keys) for keys in progress.uncertain.values())
        run = f"run {progress.run_id}"
        if progress.run_id is None and progress.run_uncertain_since is not None:
            run = "the run may have been created; resume looks for it before creating one"
        super().__init__(
            f"submitting results stopped at {step}: {str(cause).rstrip('.')}. {accepted} of {total} tests accepted"
            + (f", {unsure} uncertain (settled on resume)" if unsure else "")
            + f" ({run}); resume with submit_results(..., resume=error.progress)"
        )
        self.__cause__ = cause


def split_threads(tests: Sequence[Test], threads: int) -> list[list[Test]]:
    """Contiguous, near-equal slices of ``tests`` (folders stay together), one per thread."""
    if threads < 1:
        raise ValueError("threads must be at least 1")
    size, extra = divmod(len(tests), threads)
    slices, start = [], 0
    for index in range(threads):
        end = start + size + (1 if index < extra else 0)
        slices.append(list(tests[start:end]))
        start = end
    return slices


def plan_batches(
    tests: Sequence[Test], max_tests: int = BATCH_TESTS, max_bytes: int = BATCH_BYTES
) -> Iterator[list[Test]]:
    """Batches of at most ``max_tests`` tests and ``max_bytes`` of JSON (a lone larger test goes alone)."""
    batch: list[Test] = []
    size = 0
    for test in tests:
        cost = len(orjson.dumps(test.to_dict())) + 1
        if batch and (len(batch) >= max_tests or size + cost > max_bytes):
            yield batch
            batch, size = [], 0
        batch.append(test)
        size += cost
    if batch:
        yield batch


def check_unique_keys(tests: Sequence[Test]) -> None:
    """Refuse duplicate keys: resuming tells tests apart by key, and Testmo would merge them anyway."""
    seen: set[str] = set()
    for test in tests:
        if test.key in seen:
            raise ValueError(f"test key {test.key!r} appears twice ({test.folder} / {test.name})")
        seen.add(test.key)


def settle_uncertain(progress: SubmitProgress, thread_totals: dict[int, int]) -> None:
    """Decide uncertain batches from each thread's ``total_count`` as the server reports it.

    Raises:
        ValueError: The count fits neither "accepted" nor "not accepted"; resending could duplicate tests.
    """
    for index_text, keys in list(progress.uncertain.items()):
        index = int(index_text)
        thread_id = progress.thread_ids[index]
        total = thread_totals.get(thread_id, -1) if thread_id is not None else -1
        known = len(progress.accepted[index])
        if total == known + len(keys):
            progress.accepted[index].extend(keys)
        elif total != known:
            raise ValueError(
                f"thread {thread_id} reports {total} tests; {known} were confirmed and {len(keys)} are uncertain"
            )
        del progress.uncertain[index_text]


def reconcile(progress: SubmitProgress, run: AutomationRun) -> None:
    """Bring ``progress`` in line with ``run`` as the server reports it (read with its threads) before resuming.

    Raises:
        ValueError: An uncertain batch cannot be settled (see :func:`settle_uncertain`).
    """
    threads = {thread.id: thread for thread in run.threads or []}
    known = {thread_id for thread_id in progress.thread_ids if thread_id is not None}
    # A thread created without the answer reaching us: empty and open, and no planned thread knows its id.
    orphans = sorted(t.id for t in threads.values() if t.id not in known and t.total_count == 0 and not t.is_completed)
    for index, thread_id in enumerate(progress.thread_ids):
        if thread_id is None and orphans:
            progress.thread_ids[index] = orphans.pop(0)
    settle_uncertain(progress, {thread.id: thread.total_count for thread in threads.values()})
    for index, thread_id in enumerate(progress.thread_ids):
        thread = threads.get(thread_id) if thread_id is not None else None
        if thread is not None and thread.is_completed and index not in progress.threads_completed:
            progress.threads_completed.append(index)
    if run.is_completed:
        progress.run_completed = True


CLOCK_SKEW = 300.0
"""Seconds the server's clock may be behind ours when looking for a run created without an answer (inferred)."""


def created_after(progress: SubmitProgress) -> datetime.datetime:
    """The ``created_after`` filter that finds a run whose creation went unanswered."""
    assert progress.run_uncertain_since is not None
    return datetime.datetime.fromtimestamp(progress.run_uncertain_since - CLOCK_SKEW, datetime.UTC)


def pick_created_run(runs: Sequence[AutomationRun], name: str) -> int | None:
    """The run our unanswered create made, among the project's runs created since: same name, open, no threads yet.

    Raises:
        ValueError: More than one run fits; adopting either could mix two submissions.
    """
    fitting = [run.id for run in runs if run.name == name and not run.is_completed and run.thread_count == 0]
    if len(fitting) > 1:
        raise ValueError(f"runs {fitting} are all named {name!r} and empty; cannot tell which one this submission made")
    return fitting[0] if fitting else None
