"""A deterministic big Stack Moxie response: one run's log with many step results, every field the spec gives one.

A run log is Stack Moxie's biggest single response (a plain-array run list is not one model); its ``body`` holds one
:class:`StepResult` per step, each with the step's ``stepData`` (free-form, so decoded into additional properties).
"""

from __future__ import annotations

import random
from typing import Any

import orjson

SEED = 20240501
_COGS = ("automatoninc/salesforce", "automatoninc/hubspot", "automatoninc/web", "automatoninc/marketo")
_OUTCOMES = ("Passed", "Passed", "Passed", "Failed", "Error")


def step_result(rng: random.Random, index: int) -> dict[str, Any]:
    """One entry of a run log's ``body``."""
    outcome = rng.choice(_OUTCOMES)
    return {
        "outcome": outcome,
        "message": f"Step {index}: expected field Email to be qa{index}@example.com, {outcome.lower()}",
        "cog": rng.choice(_COGS),
        "stepId": f"CheckRecord{index % 17}",
        "stepData": {"id": str(rng.randrange(10**9)), "field": "Email", "expectation": f"qa{index}@example.com"},
    }


def big_run_log(steps: int) -> bytes:
    """``GET .../runs/{runId}/logs/{id}`` for a run of ``steps`` steps, as JSON bytes."""
    rng = random.Random(SEED)
    created = 1_714_550_400_000
    body = [step_result(rng, index) for index in range(steps)]
    log = {"id": 9001, "uuid": "4c4f4700-0000-4000-8000-000000002329", "createdAt": created, "body": body}
    return orjson.dumps(log | {"updatedAt": created + 3_000 * steps})
