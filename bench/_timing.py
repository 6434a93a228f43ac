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
    """``numerator``'s best time over ``denominator``'s; with a ``floor``, a smaller value fails the run."""

    name: str
    numerator: str
    denominator: str
    floor: float | None = None
    why: str = ""


@dataclass
class Report:
    """What one benchmark measured: best seconds per case, the ratios it declares, and notes for the reader."""

    title: str
    timings: dict[str, float]
    ratios: list[Ratio]
    notes: list[str] = field(default_factory=list)

    def value(self, ratio: Ratio) -> float:
        """The measured value of ``ratio``."""
        return self.timings[ratio.numerator] / self.timings[ratio.denominator]

    def missed_floors(self) -> list[Ratio]:
        """The ratios whose floor was not reached."""
        return [ratio for ratio in self.ratios if ratio.floor is not None and self.value(ratio) < ratio.floor]
