"""The fault matrix: every workflow step by every fault kind, sync and async, on a fake clock (nothing sleeps).

Each case ends in success, after retries, or in exactly one typed error that says what was done and how to resume;
resuming then succeeds. Never a hang (the attempts and the fake's requests are bounded), a bare exception (anything
but the workflow's typed error fails the case), a duplicate write or a lost item (each scenario checks the fake).
"""

from __future__ import annotations

import pytest

from qaclients.core import FakeClock, RetryPolicy
from qaclients_fakes import Fake, Faults

from ._faults import FAULT_KINDS, FaultKind
from ._mabl_paging import MABL_LIST_WORKFLOWS
from ._mabl_workflows import MABL_WORKFLOWS
from ._workflows import MODES, TOKEN, WORKFLOWS, Mode, Workflow

WORKFLOWS = (*WORKFLOWS, *MABL_WORKFLOWS, *MABL_LIST_WORKFLOWS)

MAX_REQUESTS = 200

CASES = [
    pytest.param(workflow, step, nth, fault, mode, id=f"{workflow.name}-{step}-{fault.name}-{mode}")
    for workflow in WORKFLOWS
    for step, nth in workflow.steps.items()
    for fault in FAULT_KINDS
    for mode in MODES
]


IDEMPOTENT = RetryPolicy().idempotent_methods


def is_idempotent(fake: Fake, step: str) -> bool:
    """Whether the retry layer may repeat ``step`` blindly: an operation of an idempotent method. A raw route (a
    streamed download) is not: its body goes to a file as it arrives."""
    operation = fake.spec.operations.get(step)
    return operation is not None and operation.method.upper() in IDEMPOTENT


@pytest.mark.parametrize(("workflow", "step", "nth", "fault", "mode"), CASES)
def test_fault(workflow: Workflow, step: str, nth: int, fault: FaultKind, mode: Mode) -> None:
    clock = FakeClock()
    scenario = workflow.start(clock, mode)
    scenario.fake.faults = fault.aimed_at(step, nth)
    errors: list[Exception] = []
    resume: object | None = None
    for _ in range(3):
        try:
            result = scenario.attempt(resume)
            break
        except scenario.error as error:
            errors.append(error)
            scenario.fake.faults = Faults()  # the trouble is over; the user resumes
            resume = scenario.resume_from(error)
    else:
        pytest.fail(f"still failing after {len(errors)} resumes: {errors[-1]!r}")

    assert len(errors) <= 1, f"{len(errors)} errors for one fault: {errors}"
    if fault.must_succeed or (fault.idempotent_succeeds and is_idempotent(scenario.fake, step)):
        assert errors == [], f"retries should have carried it: {errors[0]!r}"
    for error in errors:
        text = " ".join([str(error), *getattr(error, "__notes__", [])])
        assert "resume" in text, f"no word on resuming in {text!r}"
        assert TOKEN not in text and TOKEN not in repr(error)
    assert len(scenario.fake.requests) < MAX_REQUESTS
    assert scenario.fake.violations == []
    scenario.check(result)


def test_the_matrix_covers_every_fault_kind_the_fakes_offer() -> None:
    from qaclients_fakes import FAULT_KINDS as FAKE_KINDS  # noqa: PLC0415

    used = {fault.settings.get("kind") for fault in FAULT_KINDS}
    assert used >= set(FAKE_KINDS)
    assert any(fault.settings.get("latency") for fault in FAULT_KINDS)
    assert any(fault.settings.get("retry_after_date") for fault in FAULT_KINDS)
    assert len(CASES) == sum(len(w.steps) for w in WORKFLOWS) * len(FAULT_KINDS) * len(MODES)
