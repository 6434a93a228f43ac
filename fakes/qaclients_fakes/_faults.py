"""Fault injection, the same for every vendor: what goes wrong, for which requests, how often.

One :class:`Faults` holds added latency and at most one kind of failure. Set it at construction
(``TestmoFake(faults=...)``) or at run time (``fake.faults = Faults(...)``, ``fake.faults.update(...)``; both restart
the counting)::

    Faults(kind="error", status=503, first_n=2)                # fail twice, then succeed
    Faults(kind="rate_limit", retry_after=3, every_nth=5)      # every 5th request: 429, Retry-After: 3
    Faults(kind="rate_limit", retry_after=3, retry_after_date=True)  # Retry-After as an HTTP-date 3 s ahead
    Faults(kind="drop", operations={"create_automation_run"})  # connection closed before any response
    Faults(kind="drop", processed=True)                        # the server did the work; the client never hears
    Faults(kind="error", rate=0.1, seed=7)                     # 10% of requests, the same ones every run
    Faults(kind="truncate")                                    # the body stops half-way (Content-Length says more)
    Faults(kind="truncate_close")                              # no Content-Length: half the body, then the close
    Faults(kind="non_json")                                    # an HTML error page where JSON was promised
    Faults(latency=0.25)                                       # slow but correct (waits through the fake's clock)

Selection: a request *matches* when ``operations`` is ``None`` or holds its operationId. Of the matching requests
only the first ``first_n`` are eligible (all when ``None``); an eligible request fails when it is an ``every_nth``
one (all when ``None``) and a seeded draw falls under ``rate``. ``truncate``, ``truncate_close`` and ``non_json``
need a body: on a bodiless response (204) they change nothing.

``truncate_close`` is the HTTP/1.0-style framing some proxies use (RFC 9112 §6.3: no Content-Length, no chunked
coding, the body ends where the connection closes): cut short, it looks complete to the client, and only the body
itself can tell. In-process (``FakeTransport``) the client gets exactly that; over a socket uvicorn frames a body
without Content-Length as chunked for an HTTP/1.1 client, so there the cut arrives as a broken chunked body (an
HTTP/1.0 client does get the cut close-delimited body).
"""

from __future__ import annotations

import random
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, fields
from typing import Any, Literal

__all__ = ["FAULT_KINDS", "FaultKind", "Faults"]

FaultKind = Literal["error", "rate_limit", "drop", "truncate", "non_json", "truncate_close"]
FAULT_KINDS: tuple[FaultKind, ...] = ("error", "rate_limit", "drop", "truncate", "non_json", "truncate_close")


@dataclass
class Faults:
    """What goes wrong, and when. The default injects nothing.

    Attributes:
        latency: Seconds added to every matching request (through the fake's clock).
        kind: The failure to inject, or ``None`` for none.
        status: Status of ``kind="error"`` responses.
        retry_after: Seconds sent in ``Retry-After`` with ``kind="rate_limit"`` (``None`` sends no header).
        retry_after_date: Send ``Retry-After`` as an HTTP-date (RFC 9110 §10.2.3): the fake clock's now plus
            ``retry_after`` seconds, instead of the seconds themselves.
        rate: Probability that an eligible request fails (drawn from a generator seeded with ``seed``).
        every_nth: Fail only every n-th matching request.
        first_n: Only the first n matching requests are eligible ("fail twice then succeed": ``first_n=2``).
        operations: Only requests to these operationIds match (``None``: every request, unknown paths included).
        processed: For ``error``, ``rate_limit`` and ``drop``: the fake handles the request first (state changes),
            then fails the response. ``truncate``, ``truncate_close`` and ``non_json`` always handle it.
        seed: Seed of the ``rate`` draws.
        seen: Matching requests counted so far.
        injected: Failures injected so far.
    """

    latency: float = 0.0
    kind: FaultKind | None = None
    status: int = 503
    retry_after: int | None = 1
    retry_after_date: bool = False
    rate: float = 1.0
    every_nth: int | None = None
    first_n: int | None = None
    operations: Collection[str] | None = None
    processed: bool = False
    seed: int = 0
    seen: int = field(default=0, init=False)
    injected: int = field(default=0, init=False)
    _random: random.Random = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.kind is not None and self.kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; choose from {', '.join(FAULT_KINDS)}")
        if not 0.0 <= self.rate <= 1.0:
            raise ValueError("rate must be between 0 and 1")
        if self.latency < 0 or (self.every_nth is not None and self.every_nth < 1):
            raise ValueError("latency must be >= 0 and every_nth >= 1")
        if self.operations is not None and not isinstance(self.operations, frozenset):
            self.operations = frozenset(_as_iterable(self.operations))
        self.seen = self.injected = 0
        self._random = random.Random(self.seed)

    def update(self, **changes: Any) -> None:
        """Change some settings at run time and restart the counting, e.g. ``faults.update(kind=None)``."""
        settable = {f.name for f in fields(self) if f.init}
        unknown = set(changes) - settable
        if unknown:
            raise TypeError(f"Faults has no setting {', '.join(sorted(unknown))}")
        for name, value in changes.items():
            setattr(self, name, value)
        self.__post_init__()

    def matches(self, operation_id: str | None) -> bool:
        """Whether a request to ``operation_id`` (``None``: no documented operation) is subject to these faults."""
        return self.operations is None or operation_id in self.operations

    def draw(self, operation_id: str | None) -> FaultKind | None:
        """Count one request and decide its failure (``None``: it goes through). Call once per request."""
        if not self.matches(operation_id):
            return None
        self.seen += 1
        if self.kind is None or (self.first_n is not None and self.seen > self.first_n):
            return None
        if self.every_nth is not None and self.seen % self.every_nth:
            return None
        if self.rate < 1.0 and self._random.random() >= self.rate:
            return None
        self.injected += 1
        return self.kind


def _as_iterable(value: Iterable[str] | str) -> Iterable[str]:
    return [value] if isinstance(value, str) else value
