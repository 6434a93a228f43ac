"""Deterministic Testmo list bodies: every ``AutomationRun`` field the spec gives a list row, from a seeded generator.

``threads`` is left out on purpose: the spec says only the single-run response carries it, so a list row without it is
what a real list page holds. Everything else is there, required and optional, with the nulls a real page has (active
runs have no ``completed_*``, ``elapsed`` or ``updated_*`` yet; some runs have no config or milestone).
"""

from __future__ import annotations

import datetime
import random
from typing import Any

import orjson

SEED = 20230215
_START = datetime.datetime(2023, 2, 15, 10, 0, tzinfo=datetime.UTC)
_SOURCES = ("backend", "frontend", "e2e", "mobile")
_TAGS = ("nightly", "smoke", "regression", "release", "flaky", "main", "pr")
_RUNNING, _SUCCESS, _FAILURE = 4, 2, 3  # RunStatus (facts, Responses)


def _timestamp(moment: datetime.datetime) -> str:
    """Testmo's form: ``2023-02-15T10:00:00.000Z``."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _counters(rng: random.Random, *, running: bool) -> tuple[dict[str, int], bool]:
    counts = {f"status{index}_count": 0 for index in range(1, 25)}
    # As in specs/testmo/examples/list_automation_runs.response.200.json: status1 counts as success, status2 as failure.
    counts["status1_count"] = rng.randrange(50, 500)
    counts["status2_count"] = rng.choice((0, 0, 0, rng.randrange(1, 20)))
    counts["status3_count"] = rng.randrange(0, 10)
    counts["status5_count"] = rng.choice((0, rng.randrange(1, 5)))
    untested = rng.randrange(1, 100) if running else 0
    success = counts["status1_count"] + counts["status3_count"]
    failure = counts["status2_count"] + counts["status5_count"]
    completed = success + failure
    row = {"untested_count": untested, **counts}
    row |= {"success_count": success, "failure_count": failure, "completed_count": completed}
    row["total_count"] = completed + untested
    return row, failure > 0


def automation_run(rng: random.Random, run_id: int, *, project_id: int = 1) -> dict[str, Any]:
    """One list row of ``GET /projects/{project_id}/automation/runs``."""
    running = rng.random() < 0.1
    counters, failed = _counters(rng, running=running)
    created = _START + datetime.timedelta(minutes=7 * run_id, milliseconds=rng.randrange(1000))
    elapsed = rng.randrange(30, 3600) * 1_000_000
    finished = created + datetime.timedelta(microseconds=elapsed)
    threads = rng.randrange(1, 9)
    active = rng.randrange(1, threads + 1) if running else 0
    source = rng.choice(_SOURCES)
    return {
        **counters,
        "id": run_id,
        "project_id": project_id,
        "source_id": _SOURCES.index(source) + 1,
        "name": f"{source} #{run_id}",
        "status": _RUNNING if running else _FAILURE if failed else _SUCCESS,
        "config_id": rng.choice((None, 1, 2, 3)),
        "milestone_id": rng.choice((None, None, 10, 11)),
        "elapsed": None if running else elapsed,
        "is_completed": not running,
        "tags": sorted(rng.sample(_TAGS, rng.randrange(1, 4))),
        "artifacts": [
            {
                "name": "junit.xml",
                "url": f"https://ci.example.com/builds/{run_id}/junit.xml",
                "mime_type": "application/xml",
                "size": rng.randrange(10_000, 2_000_000),
            },
            {"name": "coverage", "url": f"https://ci.example.com/builds/{run_id}/coverage/", "note": "HTML report"},
        ],
        "fields": [
            {"type": 5, "name": "Build", "value": f"https://ci.example.com/builds/{run_id}", "is_highlight": True},
            {"type": 1, "name": "Commit", "value": f"{rng.getrandbits(160):040x}", "meta": {"branch": "main"}},
        ],
        "links": [{"name": "Pipeline", "url": f"https://ci.example.com/pipelines/{run_id}", "note": "CI"}],
        "thread_count": threads,
        "thread_active_count": active,
        "thread_completed_count": threads - active,
        "created_at": _timestamp(created),
        "created_by": rng.randrange(1, 6),
        "updated_at": None if running else _timestamp(finished),
        "updated_by": None if running else rng.randrange(1, 6),
        "completed_at": None if running else _timestamp(finished),
        "completed_by": None if running else rng.randrange(1, 6),
    }


def list_body(*, page: int, per_page: int, pages: int, seed: int = SEED) -> bytes:
    """Page ``page`` (1-based) of ``pages`` pages of ``per_page`` runs, as the JSON bytes the server would send."""
    rng = random.Random(seed + page)
    first_id = (page - 1) * per_page + 1
    document: dict[str, Any] = {
        "page": page,
        "prev_page": page - 1 if page > 1 else None,
        "next_page": page + 1 if page < pages else None,
        "last_page": pages,
        "per_page": per_page,
        "total": per_page * pages,
        "result": [automation_run(rng, run_id) for run_id in range(first_id, first_id + per_page)],
        "expands": {},
    }
    return orjson.dumps(document)
