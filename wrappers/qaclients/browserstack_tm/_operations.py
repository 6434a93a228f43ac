"""The two long-running operations, without I/O: what their statuses hold, when they are done, their tokens.

* A clone returns at once and its test cases are attached in the background; the clone response's
  ``test_case_summary`` says how many will appear (facts). Done when the clone lists that many.
* An add/remove of test cases answers 202 and applies later; its completion event is delivered out of band with no
  endpoint to poll (facts). Done when every requested (test case, configuration) pair is present, or absent.
* Either request can fail with its outcome unknown (a 5xx, a lost or garbled answer): the error then carries a
  *request* token (:class:`CloneRequest`, :class:`TestCasesRequest`), and resuming from it looks at the service's
  state before sending anything again, so a lost answer never makes a second clone.

The clients read the statuses; :class:`~qaclients.core.Poller` / :class:`~qaclients.core.AsyncPoller` wait.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Final

from browserstack_tm_client import models
from browserstack_tm_client.types import Unset

from qaclients.core import (
    DecodeError,
    Outcome,
    PollSchedule,
    QAClientError,
    RateLimitedError,
    ServerError,
    TimeoutError,
    TransportError,
    operation_from_token,
    operation_token,
)

if TYPE_CHECKING:
    from browserstack_tm_client.models import RunTestCase, TestCaseMapping, TestRun

__all__ = [
    "CLONE_POLL",
    "OUTCOME_UNKNOWN",
    "UPDATE_POLL",
    "CloneRequest",
    "CloneStatus",
    "Pair",
    "TestCasesRequest",
    "TestCasesUpdate",
    "TestCasesUpdateResult",
    "cases_to_clone",
    "clone_candidates",
    "clone_from_token",
    "clone_outcome",
    "clone_request_from_token",
    "clone_request_token",
    "clone_result",
    "clone_token",
    "created_after",
    "expected_cases",
    "interrupted",
    "mappings_of",
    "pair_of",
    "pairs_in",
    "planned_update",
    "sent",
    "the_clone",
    "update_from_token",
    "update_outcome",
    "update_request",
    "update_request_from_token",
    "update_request_token",
    "update_result",
    "update_token",
]

Pair = tuple[str, int | None]
"""A (test case identifier, configuration id) pair of a run; ``None``: the case without a configuration."""

CLONE = "browserstack_tm.clone"
UPDATE = "browserstack_tm.update_test_cases"
CLONE_REQUEST = "browserstack_tm.clone_request"
UPDATE_REQUEST = "browserstack_tm.update_test_cases_request"

OUTCOME_UNKNOWN: Final = (ServerError, TransportError, DecodeError, RateLimitedError, TimeoutError)
"""Errors after which a request may or may not have been acted on (a refusal, 4xx, is known not to have been)."""

CLONE_POLL: Final = PollSchedule(initial=0.25, multiplier=1.5, maximum=2.0)
"""Background attachment of a clone's test cases usually takes under a second (docs), so the first look is early."""

UPDATE_POLL: Final = PollSchedule(initial=0.5, multiplier=1.5, maximum=5.0)
"""An add/remove of test cases is queued work of unknown length; its completion event is not pollable (facts)."""

CLOCK_SKEW: Final = 300.0
"""Seconds a clone's ``created_at`` may lie before our clock's time of sending, and still be that clone (inferred)."""


def interrupted(error: QAClientError, token: str, done: str, resume: str) -> QAClientError:
    """``error``, carrying ``token`` and a note that says what was done and how to resume (replacing any other)."""
    error.continuation_token = token
    error.__notes__ = [f"{done}; resume with {resume}(error.continuation_token)"]
    return error


@dataclass(frozen=True, slots=True)
class CloneRequest:
    """A clone whose answer never came: enough to find the clone, or to send the request again.

    Attributes:
        sent_at: Our clock's wall time just before sending (seconds since the epoch).
    """

    project_id: str
    source_id: str
    body: Mapping[str, Any]
    sent_at: float


def clone_request_token(request: CloneRequest) -> str:
    """The token of a clone request whose outcome is unknown."""
    data = {"project_id": request.project_id, "source_id": request.source_id, "body": dict(request.body)}
    return operation_token(CLONE_REQUEST, data | {"sent_at": request.sent_at})


def clone_request_from_token(token: str) -> CloneRequest:
    """The clone request a token stands for (raises ValueError for another kind of token)."""
    data = operation_from_token(token, CLONE_REQUEST)
    return CloneRequest(str(data["project_id"]), str(data["source_id"]), dict(data["body"]), float(data["sent_at"]))


def clone_candidates(runs: Iterable[TestRun], request: CloneRequest, name: str) -> list[str]:
    """The runs that may be the clone: named as it is, made no earlier than the request (less the skew)."""
    earliest = request.sent_at - CLOCK_SKEW
    return [
        str(run.identifier)
        for run in runs
        if run.name == name
        and run.identifier != request.source_id
        and isinstance(run.created_at, datetime.datetime)
        and run.created_at.timestamp() >= earliest
    ]


def created_after(request: CloneRequest) -> datetime.date:
    """The ``created_after`` filter (a day, exclusive) that still lists a clone made since the request."""
    earliest = datetime.datetime.fromtimestamp(request.sent_at - CLOCK_SKEW, datetime.UTC)
    return earliest.date() - datetime.timedelta(days=1)


def the_clone(candidates: Sequence[str], request: CloneRequest) -> str:
    """The one run that is the clone; several candidates leave it unknowable, which is said, not guessed."""
    if len(candidates) == 1:
        return candidates[0]
    listed = ", ".join(candidates)
    raise QAClientError(
        f"cannot tell which of {listed} is the clone of {request.source_id} whose answer was lost: they share its "
        "name and were made since; check them and delete the extra one (nothing was cloned again)"
    )


def sent(request: TestCasesRequest, status: TestCasesUpdate) -> TestCasesRequest:
    """``request`` once sent, keeping what it was measured to change."""
    return replace(request, counts=(status.added, status.removed))


def cases_to_clone(cases: Iterable[RunTestCase], body: Mapping[str, Any]) -> int:
    """How many of the source's test cases the clone takes (all, or those with one of ``statuses``)."""
    if body.get("test_case_selection") != "by_results":
        return sum(1 for _ in cases)
    statuses = set(body.get("statuses") or [])
    return sum(1 for case in cases if case.latest_status in statuses)


@dataclass(frozen=True, slots=True)
class CloneStatus:
    """Where a clone stands: ``attached`` of ``expected`` test cases so far; ``run`` once they all are."""

    project_id: str
    test_run_id: str
    expected: int
    attached: int = 0
    run: TestRun | None = None

    @property
    def done(self) -> bool:
        """Whether every expected test case is attached (and the finished run was read)."""
        return self.attached >= self.expected and self.run is not None


def clone_result(status: CloneStatus) -> TestRun:
    """The finished clone."""
    assert status.run is not None  # clone_outcome says SUCCEEDED only once the run was read
    return status.run


def clone_outcome(status: CloneStatus) -> Outcome:
    """A clone has no failed state: it runs until its test cases are attached."""
    return Outcome.SUCCEEDED if status.done else Outcome.RUNNING


def expected_cases(run: TestRun) -> int:
    """How many test cases the clone will have: the sum of its ``test_case_summary`` (0 when there is none)."""
    summary = run.test_case_summary
    if isinstance(summary, Unset):
        return 0
    counts = [summary.untested, summary.passed, summary.retest, summary.failed, summary.blocked]
    counts += [summary.skipped, summary.in_progress]
    return sum(count for count in counts if isinstance(count, int))


def clone_token(status: CloneStatus) -> str:
    """The clone poller's continuation token."""
    data = {"project_id": status.project_id, "test_run_id": status.test_run_id, "expected": status.expected}
    return operation_token(CLONE, data)


def clone_from_token(token: str) -> CloneStatus:
    """The clone a token stands for, before any status read (raises ValueError for another kind of token)."""
    data = operation_from_token(token, CLONE)
    return CloneStatus(str(data["project_id"]), str(data["test_run_id"]), int(data["expected"]))


@dataclass(frozen=True, slots=True)
class TestCasesUpdateResult:
    """What an add/remove of test cases changed.

    Attributes:
        unique_id: The id the 202 answer and the completion event carry (``None`` when that answer was lost and
            resuming found the change already made).
        added: Requested pairs that were not in the run before and are now.
        removed: Requested pairs that were in the run before and are gone now.
    """

    __test__ = False  # not a pytest test class, despite the name

    unique_id: str | None
    added: int
    removed: int

    @property
    def affected_mapping_count(self) -> int:
        """Pairs changed in all, as the completion events count them (skipped pairs do not count)."""
        return self.added + self.removed


@dataclass(frozen=True, slots=True)
class TestCasesUpdate:
    """Where an add/remove stands: the requested pairs not yet present (``missing``) or not yet gone (``lingering``)."""

    __test__ = False  # not a pytest test class, despite the name

    project_id: str
    test_run_id: str
    unique_id: str | None
    add: frozenset[Pair]
    remove: frozenset[Pair]
    added: int
    removed: int
    missing: frozenset[Pair] = field(default_factory=frozenset)
    lingering: frozenset[Pair] = field(default_factory=frozenset)

    def seen(self, present: Iterable[Pair]) -> TestCasesUpdate:
        """This update, given the pairs the run holds now."""
        now = set(present)
        return replace(self, missing=frozenset(self.add - now), lingering=frozenset(self.remove & now))

    @property
    def result(self) -> TestCasesUpdateResult:
        """What the update changed."""
        return TestCasesUpdateResult(self.unique_id, self.added, self.removed)


def update_result(status: TestCasesUpdate) -> TestCasesUpdateResult:
    """What a finished add/remove changed."""
    return status.result


def update_outcome(status: TestCasesUpdate) -> Outcome:
    """Done when nothing is missing and nothing lingers; an add/remove has no failed state once accepted."""
    return Outcome.RUNNING if status.missing or status.lingering else Outcome.SUCCEEDED


def planned_update(  # noqa: PLR0917 - the operation's identity, then what it asked, then the run before
    project_id: str,
    test_run_id: str,
    unique_id: str,
    add: Sequence[TestCaseMapping],
    remove: Sequence[TestCaseMapping],
    before: Iterable[Pair],
) -> TestCasesUpdate:
    """The update the server accepted, measured against the pairs the run held ``before`` it was sent.

    A pair both added and removed ends up present (the service removes first, then adds).
    """
    wanted, unwanted = set(pairs_in(add)), set(pairs_in(remove))
    unwanted -= wanted
    held = set(before)
    status = TestCasesUpdate(
        project_id,
        test_run_id,
        unique_id,
        frozenset(wanted),
        frozenset(unwanted),
        added=len(wanted - held),
        removed=len(unwanted & held),
    )
    return status.seen(held)


@dataclass(frozen=True, slots=True)
class TestCasesRequest:
    """An add/remove not known to have been accepted: enough to look at the run and to send it again.

    Attributes:
        counts: ``(added, removed)`` as measured before it was sent; ``None``: it was never sent.
    """

    __test__ = False  # not a pytest test class, despite the name

    project_id: str
    test_run_id: str
    add: frozenset[Pair]
    remove: frozenset[Pair]
    preserve_existing_results: bool | None
    counts: tuple[int, int] | None = None

    def status(self, unique_id: str | None, before: Iterable[Pair]) -> TestCasesUpdate:
        """The update, measured against the pairs the run holds ``before`` sending (or, once sent, its counts)."""
        held = set(before)
        added, removed = self.counts or (len(self.add - held), len(self.remove & held))
        plain = TestCasesUpdate(self.project_id, self.test_run_id, unique_id, self.add, self.remove, added, removed)
        return plain.seen(held)


def update_request(
    project_id: str,
    test_run_id: str,
    add: Sequence[TestCaseMapping],
    remove: Sequence[TestCaseMapping],
    preserve_existing_results: bool | None,
) -> TestCasesRequest:
    """The add/remove asked for, as pairs; a pair both added and removed ends up present (removed first)."""
    wanted = frozenset(pairs_in(add))
    unwanted = frozenset(pairs_in(remove)) - wanted
    return TestCasesRequest(project_id, test_run_id, wanted, unwanted, preserve_existing_results)


def update_request_token(request: TestCasesRequest) -> str:
    """The token of an add/remove whose outcome is unknown."""
    data: Mapping[str, Any] = {
        "project_id": request.project_id,
        "test_run_id": request.test_run_id,
        "add": sorted(map(list, request.add), key=_order),
        "remove": sorted(map(list, request.remove), key=_order),
        "preserve_existing_results": request.preserve_existing_results,
        "counts": None if request.counts is None else list(request.counts),
    }
    return operation_token(UPDATE_REQUEST, data)


def update_request_from_token(token: str) -> TestCasesRequest:
    """The add/remove request a token stands for (raises ValueError for another kind of token)."""
    data = operation_from_token(token, UPDATE_REQUEST)
    counts = data["counts"]
    return TestCasesRequest(
        str(data["project_id"]),
        str(data["test_run_id"]),
        frozenset((str(case), config) for case, config in data["add"]),
        frozenset((str(case), config) for case, config in data["remove"]),
        data["preserve_existing_results"],
        None if counts is None else (int(counts[0]), int(counts[1])),
    )


def mappings_of(pairs: Iterable[Pair]) -> list[TestCaseMapping]:
    """``add_test_cases``/``remove_test_cases`` entries for ``pairs``, one entry per configuration."""
    by_config: dict[int | None, list[str]] = {}
    for case_id, config in sorted(pairs, key=lambda pair: _order(list(pair))):
        by_config.setdefault(config, []).append(case_id)
    return [
        models.TestCaseMapping(test_case_ids=ids, configuration_ids=[config])
        if config is not None
        else models.TestCaseMapping(test_case_ids=ids)
        for config, ids in by_config.items()
    ]


def update_token(status: TestCasesUpdate) -> str:
    """The add/remove poller's continuation token."""
    data: Mapping[str, Any] = {
        "project_id": status.project_id,
        "test_run_id": status.test_run_id,
        "unique_id": status.unique_id,
        "add": sorted(map(list, status.add), key=_order),
        "remove": sorted(map(list, status.remove), key=_order),
        "added": status.added,
        "removed": status.removed,
    }
    return operation_token(UPDATE, data)


def update_from_token(token: str) -> TestCasesUpdate:
    """The add/remove a token stands for, before any status read (raises ValueError for another kind of token)."""
    data = operation_from_token(token, UPDATE)
    return TestCasesUpdate(
        str(data["project_id"]),
        str(data["test_run_id"]),
        None if data["unique_id"] is None else str(data["unique_id"]),
        frozenset((str(case), config) for case, config in data["add"]),
        frozenset((str(case), config) for case, config in data["remove"]),
        added=int(data["added"]),
        removed=int(data["removed"]),
    )


def pairs_in(mappings: Iterable[TestCaseMapping]) -> list[Pair]:
    """Every (test case, configuration) pair of ``add_test_cases``/``remove_test_cases`` entries (docs)."""
    pairs: list[Pair] = []
    for mapping in mappings:
        configs: list[int | None] = list(mapping.configuration_ids or []) or [None]
        pairs += [(case_id, config) for case_id in mapping.test_case_ids for config in configs]
    return list(dict.fromkeys(pairs))


def pair_of(case: RunTestCase) -> Pair:
    """The pair a run's test case row stands for."""
    config = case.configuration_id
    return (case.identifier, config if isinstance(config, int) else None)


def _order(pair: list[Any]) -> tuple[str, int]:
    return (str(pair[0]), -1 if pair[1] is None else int(pair[1]))
