"""The two long-running operations, without I/O: what their statuses hold, when they are done, their tokens.

* A clone returns at once and its test cases are attached in the background; the clone response's
  ``test_case_summary`` says how many will appear (facts). Done when the clone lists that many.
* An add/remove of test cases answers 202 and applies later; its completion event is delivered out of band with no
  endpoint to poll (facts). Done when every requested (test case, configuration) pair is present, or absent.

The clients read the statuses; :class:`~qaclients.core.Poller` / :class:`~qaclients.core.AsyncPoller` wait.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from browserstack_tm_client.models import RunTestCase, TestCaseMapping, TestRun
from browserstack_tm_client.types import Unset

from qaclients.core import Outcome, operation_from_token, operation_token

__all__ = [
    "CloneStatus",
    "Pair",
    "TestCasesUpdate",
    "TestCasesUpdateResult",
    "clone_from_token",
    "clone_outcome",
    "clone_result",
    "clone_token",
    "expected_cases",
    "pair_of",
    "pairs_in",
    "planned_update",
    "update_from_token",
    "update_outcome",
    "update_result",
    "update_token",
]

Pair = tuple[str, int | None]
"""A (test case identifier, configuration id) pair of a run; ``None``: the case without a configuration."""

CLONE = "browserstack_tm.clone"
UPDATE = "browserstack_tm.update_test_cases"


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
        unique_id: The id the 202 answer and the completion event carry.
        added: Requested pairs that were not in the run before and are now.
        removed: Requested pairs that were in the run before and are gone now.
    """

    __test__ = False  # not a pytest test class, despite the name

    unique_id: str
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
    unique_id: str
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
        str(data["unique_id"]),
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
