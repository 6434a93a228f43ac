"""Decoding one big response per vendor (Testmo: one list page of 10,000 runs): raw JSON, the stock client, ours.

Cases, all on the same bytes in the same process:

- ``raw json.loads``: what plain httpx gives (``response.json()`` is ``json.loads``); the baseline.
- ``raw orjson.loads``: the parser our client uses, alone; shows how much of the gap is parsing, not typing.
- ``stock from_dict``: ``Model.from_dict(json.loads(body))``, as the stock ``_parse_response`` does.
- ``ours from_dict``: ``Model.from_dict(orjson.loads(body))``, as ours does.
- ``stock/ours _parse_response``: the same through each client's endpoint module, from an ``httpx.Response``.

Like :mod:`timeit`, cases first run with the garbage collector off, which times the decoders' own work. A program
pays for the collections too, and ours pauses the collector while it decodes a large body (``_decode.gc_paused_for``),
so the ``_parse_response`` cases are timed again with it on: that ratio is the one a program sees.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from types import ModuleType

import httpx
import orjson

from ._stock import submodule
from ._timing import Ratio, Report, measure
from .vendors import BenchVendor

FLOOR_SPEED_UP = 2.0


def _check_same(vendor: BenchVendor, stock_page: object, ours: object, body: bytes) -> None:
    """Both clients decoded the body to the same values and the declared number of rows."""
    rows = vendor.decode.rows
    if rows(stock_page) != rows(ours) or rows(ours) == 0:
        raise AssertionError(f"{vendor.name}: {rows(stock_page)} rows (stock), {rows(ours)} (ours)")
    if stock_page.to_dict() != ours.to_dict():  # type: ignore[attr-defined]
        raise AssertionError(f"{vendor.name}: stock and ours decode {len(body):,} bytes differently")


def run(vendor: BenchVendor, stock: ModuleType, *, repeats: int) -> Report:
    """Measure every case on one big body of ``vendor``."""
    case = vendor.decode
    body = case.body()
    ours_model = importlib.import_module(f"{vendor.package}.{case.model.rpartition('.')[0]}")
    ours_from_dict = getattr(ours_model, case.model.rpartition(".")[2]).from_dict
    ours_endpoint = importlib.import_module(f"{vendor.package}.{case.endpoint}")
    our_client = importlib.import_module(f"{vendor.package}.client").Client(base_url="https://x.example/api")
    stock_models = submodule(stock, case.model.rpartition(".")[0])
    stock_from_dict = getattr(stock_models, case.model.rpartition(".")[2]).from_dict
    stock_endpoint = submodule(stock, case.endpoint)
    stock_client = submodule(stock, "client").Client(base_url="https://x.example/api")

    _check_same(vendor, stock_from_dict(json.loads(body)), ours_from_dict(orjson.loads(body)), body)

    cases: dict[str, Callable[[], object]] = {
        "raw json.loads": lambda: json.loads(body),
        "raw orjson.loads": lambda: orjson.loads(body),
        "stock from_dict": lambda: stock_from_dict(json.loads(body)),
        "ours from_dict": lambda: ours_from_dict(orjson.loads(body)),
        "stock _parse_response": lambda: stock_endpoint._parse_response(
            client=stock_client, response=httpx.Response(case.status, content=body)
        ),
        "ours _parse_response": lambda: ours_endpoint._parse_response(
            client=our_client, response=httpx.Response(case.status, content=body)
        ),
    }
    ratios = [
        Ratio("speed-up, stock / ours (gc off)", "stock from_dict", "ours from_dict", floor=FLOOR_SPEED_UP),
        Ratio("speed-up through _parse_response (gc off)", "stock _parse_response", "ours _parse_response"),
        Ratio("typing overhead, ours / raw json.loads", "ours from_dict", "raw json.loads"),
        Ratio("typing overhead, ours / raw orjson.loads", "ours from_dict", "raw orjson.loads"),
        Ratio("stock overhead, stock / raw json.loads", "stock from_dict", "raw json.loads"),
    ]
    timings = measure(cases, repeats=repeats)
    gc_labels = ("raw json.loads", "stock _parse_response", "ours _parse_response")
    timings |= measure({f"{label}, gc on": cases[label] for label in gc_labels}, repeats=repeats, with_gc=True)
    ratios += [
        Ratio(
            "speed-up as a program sees it (_parse_response, gc on)",
            "stock _parse_response, gc on",
            "ours _parse_response, gc on",
            floor=FLOOR_SPEED_UP,
            why="the reason our templates exist: decoding a big list must be clearly faster than stock",
        ),
        Ratio("ours with gc on / raw json.loads with gc on", "ours _parse_response, gc on", "raw json.loads, gc on"),
    ]
    return Report(
        title=f"decode ({vendor.name}): one big {case.model} ({len(body) / 1e6:.1f} MB of JSON)",
        timings=timings,
        ratios=ratios,
    )
