"""A big BrowserStack Test Management response: one page of a run's test cases with 10,000 rows.

Rows are the spec's own example row (``specs/browserstack_tm/examples/list_test_run_test_cases.response.200.json``,
steps and dataset included), varied per row by a seeded generator: identifier, name, configuration, latest status
and result, assignee, timestamps.
"""

from __future__ import annotations

import copy
import datetime
import json
import random
from pathlib import Path
from typing import Any

import orjson

SEED = 20250903
CASE_ROWS = 10_000
EXAMPLE = (
    Path(__file__).resolve().parent.parent / "specs/browserstack_tm/examples/list_test_run_test_cases.response.200.json"
)
_STATUSES = ("untested", "passed", "failed", "retest", "blocked", "skipped", "in_progress")
_START = datetime.datetime(2025, 9, 3, 11, 20, 52, tzinfo=datetime.UTC)


def _stamp(moment: datetime.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def case_page(rows: int = CASE_ROWS) -> bytes:
    """The JSON bytes of one page of ``rows`` test cases of a run."""
    example: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    template = example["test_cases"][0]
    rng = random.Random(SEED)
    cases = []
    for index in range(rows):
        row = copy.deepcopy(template)
        created = _START + datetime.timedelta(minutes=index)
        status = rng.choice(_STATUSES)
        row |= {
            "identifier": f"TC-{900_000 + index}",
            "name": f"{template['name']} #{index}",
            "configuration_id": rng.choice((44028850, 44028851, None)),
            "latest_status": status,
            "latest_result_id": None if status == "untested" else 34_000_000 + index,
            "assignee": rng.choice((None, "user1@email.com", "user2@email.com")),
            "created_at": _stamp(created),
            "last_updated_at": _stamp(created + datetime.timedelta(minutes=rng.randrange(1, 600))),
        }
        cases.append(row)
    info = {"page": 1, "page_size": rows, "count": rows, "prev": None, "next": None}
    return orjson.dumps({"success": True, "info": info, "test_cases": cases})
