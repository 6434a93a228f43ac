"""The two operations without I/O: pairs, planning, outcomes and continuation tokens (_operations.py)."""

from __future__ import annotations

import pytest

from qaclients.browserstack_tm import _operations as ops
from qaclients.browserstack_tm._requests import change_body, mappings
from qaclients.core import Outcome, operation_token


def test_pairs_expand_each_case_under_each_configuration() -> None:
    entries = mappings([{"test_case_ids": ["TC-1", "TC-2"], "configuration_ids": [1, 2]}, "TC-3", "TC-1"])
    assert ops.pairs_in(entries) == [("TC-1", 1), ("TC-1", 2), ("TC-2", 1), ("TC-2", 2), ("TC-3", None), ("TC-1", None)]


def test_planning_counts_only_pairs_not_already_in_their_target_state() -> None:
    add = mappings([{"test_case_ids": ["TC-1", "TC-2"], "configuration_ids": [1]}])
    remove = mappings([{"test_case_ids": ["TC-3", "TC-4"], "configuration_ids": [1]}, "TC-2"])
    before = [("TC-1", 1), ("TC-3", 1)]
    status = ops.planned_update("PR-1", "TR-1", "u-1", add, remove, before)
    assert (status.added, status.removed) == (1, 1)
    assert status.missing == {("TC-2", 1)} and status.lingering == {("TC-3", 1)}
    assert ops.update_outcome(status) is Outcome.RUNNING
    done = status.seen([("TC-1", 1), ("TC-2", 1)])
    assert ops.update_outcome(done) is Outcome.SUCCEEDED
    assert ops.update_result(done).affected_mapping_count == 2


def test_a_pair_added_and_removed_ends_up_present() -> None:
    both = mappings(["TC-1"])
    status = ops.planned_update("PR-1", "TR-1", "u", both, both, [])
    assert status.add == {("TC-1", None)} and status.remove == frozenset()


def test_update_tokens_round_trip_with_unconfigured_pairs() -> None:
    status = ops.planned_update("PR-1", "TR-9", "u-2", mappings(["TC-1"]), mappings([{"test_case_ids": ["TC-2"],
                                "configuration_ids": [7]}]), [("TC-2", 7)])  # fmt: skip
    back = ops.update_from_token(ops.update_token(status))
    assert (back.project_id, back.test_run_id, back.unique_id) == ("PR-1", "TR-9", "u-2")
    assert (back.add, back.remove, back.added, back.removed) == (status.add, status.remove, 1, 1)
    assert back.missing == frozenset()  # unknown until the first read


def test_clone_tokens_round_trip_and_refuse_other_kinds() -> None:
    status = ops.CloneStatus("PR-1", "TR-5", expected=12)
    assert ops.clone_from_token(ops.clone_token(status)) == status
    with pytest.raises(ValueError, match=r"not 'browserstack_tm\.clone'"):
        ops.clone_from_token(operation_token("testmo.run", {"x": 1}))
    with pytest.raises(ValueError, match="invalid"):
        ops.update_from_token("not-a-token")


def test_a_clone_is_done_once_attached_and_read() -> None:
    assert ops.clone_outcome(ops.CloneStatus("PR-1", "TR-5", 3, attached=3)) is Outcome.RUNNING  # not read yet
    assert ops.clone_outcome(ops.CloneStatus("PR-1", "TR-5", 3, attached=2)) is Outcome.RUNNING


def test_nothing_to_change_is_refused_before_any_request() -> None:
    with pytest.raises(ValueError, match="to add or to remove"):
        change_body([], [], None)
    assert change_body(mappings(["TC-1"]), [], False).to_dict() == {
        "add_test_cases": [{"test_case_ids": ["TC-1"]}],
        "preserve_existing_results": False,
    }
