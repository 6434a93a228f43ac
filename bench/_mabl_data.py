"""A big mabl execution result: a deployment that ran many plans of many tests, from the spec's own example.

The documented example (``getexecutionresultforevent.response.200.complete-after-retry.json``: a failed first
attempt and its retry) is the template; each plan execution is repeated with fresh ids and ``TESTS`` test runs, so the
body has every field a real one has, nested as deep, with the nulls it has.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import orjson

EXAMPLE = (
    Path(__file__).resolve().parent.parent
    / "specs"
    / "mabl"
    / "examples"
    / "getexecutionresultforevent.response.200.complete-after-retry.json"
)


def execution_result(plans: int, tests: int) -> bytes:
    """An execution result of ``plans`` plan executions, each with ``tests`` test runs (and their journeys)."""
    template: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    shapes = template["executions"]
    executions = []
    for p in range(plans):
        execution = copy.deepcopy(shapes[p % len(shapes)])
        execution["plan"]["id"] = f"benchPlan{p:07d}-p"
        execution["plan_execution"]["id"] = f"benchPlanRun{p:07d}-pr"
        journey = execution["journeys"][0]
        run = execution["journey_executions"][0]
        execution["journeys"] = [
            {**copy.deepcopy(journey), "id": f"benchTest{p:05d}{t:03d}-j", "name": f"test {t}"} for t in range(tests)
        ]
        execution["journey_executions"] = [
            {
                **copy.deepcopy(run),
                "journey_id": f"benchTest{p:05d}{t:03d}-j",
                "journey_execution_id": f"benchRun{p:05d}{t:03d}-jr",
            }
            for t in range(tests)
        ]
        executions.append(execution)
    template["executions"] = executions
    return orjson.dumps(template)


def test_runs(result: Any) -> int:
    """How many test runs a decoded execution result holds."""
    return sum(len(execution.journey_executions) for execution in result.executions)
