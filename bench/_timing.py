"""Min-of-N timing of several cases, interleaved so that a slow spell of a noisy machine hits every case alike.

Example::

    best = measure({"json": lambda: json.loads(body), "orjson": lambda: orjson.loads(body)}, repeats=7)
    print(best["json"] / best["orjson"])
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any


def measure(
    cases: Mapping[str, Callable[[], object]], *, repeats: int, warmup: int = 1, with_gc: bool = False
) -> dict[str, float]:
    """The best wall time in seconds of each case over ``repeats`` rounds, after ``warmup`` untimed rounds.

    Each round runs every case once, in order, starting from a collected heap; the case's result is freed outside the
    timed span. As :mod:`timeit` does, the garbage collector is off while a case runs, unless ``with_gc``.
    """
    best = dict.fromkeys(cases, float("inf"))
    for round_index in range(warmup + repeats):
        for label, case in cases.items():
            gc.collect()
            if not with_gc:
                gc.disable()
            try:
                start = time.perf_counter()
                result = case()
                elapsed = time.perf_counter() - start
            finally:
                gc.enable()
            del result
            if round_index >= warmup:
                best[label] = min(best[label], elapsed)
    return best


@dataclass(frozen=True)
class Ratio:
    """``numerator``'s best time over ``denominator``'s.

    With a ``floor``, a smaller value misses the target; with a ``ceiling``, a larger one does (overheads).
    """

    name: str
    numerator: str
    denominator: str
    floor: float | None = None
    why: str = ""
    ceiling: float | None = None

    def target(self) -> str:
        """The target as the issue writes it, e.g. ``>= 2.00x``; empty when there is none."""
        if self.floor is not None:
            return f">= {self.floor:.2f}x"
        return f"<= {self.ceiling:.2f}x" if self.ceiling is not None else ""

    def met(self, value: float) -> bool:
        """Whether ``value`` meets the target (always, without one)."""
        return (self.floor is None or value >= self.floor) and (self.ceiling is None or value <= self.ceiling)


@dataclass(frozen=True)
class Figure:
    """An absolute measurement (milliseconds, megabytes) with an upper ``limit``; for what is not a ratio."""

    name: str
    value: float
    unit: str
    limit: float | None = None
    why: str = ""

    def target(self) -> str:
        """``< 150 ms`` and the like; empty without a limit."""
        return f"< {self.limit:g} {self.unit}" if self.limit is not None else ""

    def met(self) -> bool:
        """Whether the value stays under the limit (always, without one)."""
        return self.limit is None or self.value < self.limit


@dataclass
class Report:
    """What one benchmark measured: best seconds per case, the ratios it declares, figures, and notes."""

    title: str
    timings: dict[str, float]
    ratios: list[Ratio]
    notes: list[str] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)

    def value(self, ratio: Ratio) -> float:
        """The measured value of ``ratio``."""
        return self.timings[ratio.numerator] / self.timings[ratio.denominator]

    def missed_floors(self) -> list[Ratio]:
        """The ratios whose target was not met."""
        return [ratio for ratio in self.ratios if not ratio.met(self.value(ratio))]

    def missed(self) -> list[str]:
        """One line per missed target, ratios and figures alike."""
        lines = [
            f"{ratio.name} is {self.value(ratio):.2f}x, target {ratio.target()}"
            + (f" ({ratio.why})" if ratio.why else "")
            for ratio in self.missed_floors()
        ]
        lines += [f"{f.name} is {f.value:.1f} {f.unit}, target {f.target()}" for f in self.figures if not f.met()]
        return lines

    def as_json(self) -> dict[str, Any]:
        """Everything measured, for ``results.json``."""
        return {
            "title": self.title,
            "timings_ms": {label: round(seconds * 1000, 3) for label, seconds in self.timings.items()},
            "ratios": [
                {
                    "name": r.name,
                    "numerator": r.numerator,
                    "denominator": r.denominator,
                    "value": round(self.value(r), 3),
                    "target": r.target() or None,
                    "met": r.met(self.value(r)),
                }
                for r in self.ratios
            ],
            "figures": [
                {
                    "name": f.name,
                    "value": round(f.value, 3),
                    "unit": f.unit,
                    "target": f.target() or None,
                    "met": f.met(),
                }
                for f in self.figures
            ],
            "notes": self.notes,
        }
