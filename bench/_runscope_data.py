"""A deterministic Runscope results page: one documented run (``specs/runscope/examples``) repeated with fresh ids,
start times walking back a minute per run, and results mixed as a real history is (every ninth run failed)."""

from __future__ import annotations

import copy
import json
import uuid
from pathlib import Path

import orjson

_EXAMPLE = Path(__file__).parent.parent / "specs" / "runscope" / "examples" / "list_test_results.response.200.json"
_IDS = uuid.UUID("3f0c9d62-8a4b-4a57-9b6e-6c4f1de1a001")


def results_body(count: int) -> bytes:
    """The JSON bytes of a ``list_test_results`` answer holding ``count`` runs, newest first."""
    page = json.loads(_EXAMPLE.read_text(encoding="utf-8"))
    template = page["data"][0]
    start = float(template["started_at"])
    runs = []
    for index in range(count):
        run = copy.deepcopy(template)
        run["test_run_id"] = str(uuid.uuid5(_IDS, str(index)))
        run["started_at"] = start - 60.0 * index
        run["finished_at"] = run["started_at"] + 2.5
        run["result"] = "fail" if index % 9 == 0 else "pass"
        runs.append(run)
    page["data"] = runs
    return orjson.dumps(page)
