"""Decoding one list page of 10,000 Testmo runs: raw JSON, the stock generated client, and ours.

Cases, all on the same bytes in the same process:

- ``raw json.loads``: what plain httpx gives (``response.json()`` is ``json.loads``); the baseline.
- ``raw orjson.loads``: the parser our client uses, alone; shows how much of the gap is parsing, not typing.
- ``stock from_dict``: ``AutomationRunList.from_dict(json.loads(body))``, as the stock ``_parse_response`` does.
- ``ours from_dict``: ``AutomationRunList.from_dict(orjson.loads(body))``, as ours does.
- ``stock/ours _parse_response``: the same through each client's endpoint module, from an ``httpx.Response``.

Like :mod:`timeit`, cases run with the garbage collector off, which times the decoders' own work. A program pays for
the collections too, so the two ``from_dict`` cases are timed again with it on, for information.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from types import ModuleType
from typing import Any

import httpx
import orjson
from testmo_client import Client
from testmo_client.api.automation_runs import list_automation_runs
from testmo_client.models import AutomationRunList

from ._data import list_body
from ._stock import submodule
from ._timing import Ratio, Report, measure

RUNS = 10_000
FLOOR_SPEED_UP = 1.5


def _check_same(stock_list: Any, ours: AutomationRunList) -> None:
    """Both clients decoded the body to the same values, and ours found nothing the spec does not name."""
    if len(stock_list.result) != RUNS or len(ours.result) != RUNS:
        raise AssertionError(f"expected {RUNS} runs, got {len(stock_list.result)} (stock) and {len(ours.result)}")
    for our_run in ours.result:
        if our_run.additional_properties:
            raise AssertionError(f"run {our_run.id}: fields outside the spec: {sorted(our_run.additional_properties)}")
    for index in range(0, RUNS, 97):
        if stock_list.result[index].to_dict() != ours.result[index].to_dict():
            raise AssertionError(f"run {index}: stock and ours decode differently")


def run(stock: ModuleType, *, repeats: int) -> Report:
    """Measure every case on one body of :data:`RUNS` runs."""
    body = list_body(page=1, per_page=RUNS, pages=1)
    stock_models = submodule(stock, "models")
    stock_endpoint = submodule(stock, "api.automation_runs.list_automation_runs")
    stock_from_dict = stock_models.AutomationRunList.from_dict
    stock_client = submodule(stock, "client").Client(base_url="https://x.testmo.net/api/v1")
    our_client = Client(base_url="https://x.testmo.net/api/v1")

    _check_same(stock_from_dict(json.loads(body)), AutomationRunList.from_dict(orjson.loads(body)))

    cases: dict[str, Callable[[], object]] = {
        "raw json.loads": lambda: json.loads(body),
        "raw orjson.loads": lambda: orjson.loads(body),
        "stock from_dict": lambda: stock_from_dict(json.loads(body)),
        "ours from_dict": lambda: AutomationRunList.from_dict(orjson.loads(body)),
        "stock _parse_response": lambda: stock_endpoint._parse_response(
            client=stock_client, response=httpx.Response(200, content=body)
        ),
        "ours _parse_response": lambda: list_automation_runs._parse_response(
            client=our_client, response=httpx.Response(200, content=body)
        ),
    }
    ratios = [
        Ratio(
            "speed-up, stock / ours",
            "stock from_dict",
            "ours from_dict",
            floor=FLOOR_SPEED_UP,
            why="the reason our templates exist: decoding a big list must be clearly faster than stock",
        ),
        Ratio("speed-up through _parse_response, stock / ours", "stock _parse_response", "ours _parse_response"),
        Ratio("typing overhead, ours / raw json.loads", "ours from_dict", "raw json.loads"),
        Ratio("typing overhead, ours / raw orjson.loads", "ours from_dict", "raw orjson.loads"),
        Ratio("stock overhead, stock / raw json.loads", "stock from_dict", "raw json.loads"),
    ]
    timings = measure(cases, repeats=repeats)
    with_gc = {f"{label}, gc on": cases[label] for label in ("stock from_dict", "ours from_dict")}
    timings |= measure(with_gc, repeats=repeats, with_gc=True)
    ratios.append(Ratio("speed-up with gc on, stock / ours", "stock from_dict, gc on", "ours from_dict, gc on"))
    return Report(
        title=f"decode: one list page of {RUNS:,} Testmo runs ({len(body) / 1e6:.1f} MB of JSON)",
        timings=timings,
        ratios=ratios,
    )
