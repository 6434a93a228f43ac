"""Spec-validating, stateful fakes of the vendor APIs qaclients wraps.

A fake validates every request against its vendor's OpenAPI spec (refusing a bad one with the vendor's own 4xx) and
every response it sends (recording a mismatch in ``fake.violations``; raising it when strict). Reach it in-process
through :class:`FakeTransport` / :class:`AsyncFakeTransport`, over a socket with :func:`serve_in_thread` or the
``qaclients-fake`` CLI, or through the pytest fixtures (``testmo_fake``, ``runscope_fake``, their ``*_server``
twins, ``fake_tls``).
Inject trouble with :class:`Faults`.

Public names::

    Fake                       base of the vendor fakes: routing, validation, faults, request log
    ├── TestmoFake             Testmo automation runs (state: runs, threads, projects, ...)
    ├── RunscopeFake           BlazeMeter API Monitoring (buckets, tests, environments, runs, teams, ...)
    Request, Response          what a handler receives and returns; FakeHTTPError to answer with an error
    operation                  decorator naming the operationId a handler serves
    Faults                     latency, 5xx, 429 + Retry-After, drops, truncated / non-JSON bodies
    RecordedRequest            one entry of fake.requests
    Violation                  one entry of fake.violations; SpecViolationError raises it in strict mode
    FakeTransport, AsyncFakeTransport, FakeASGIApp, serve_in_thread, FakeServer
    Clock, SystemClock, ManualClock
"""

from ._asgi import FakeASGIApp
from ._clock import Clock, ManualClock, SystemClock
from ._fake import (
    ConnectionDroppedError,
    Fake,
    FakeHTTPError,
    RecordedRequest,
    Reply,
    Request,
    Response,
    SpecViolationError,
    Violation,
    basic_credentials,
    bearer_token,
    operation,
)
from ._faults import FAULT_KINDS, FaultKind, Faults
from ._runscope import RunscopeFake
from ._runscope_runs import Delivery
from ._server import FakeServer, serve_in_thread
from ._spec import Spec, load_spec, spec_path
from ._testmo import TestmoFake
from ._testmo_model import TestmoRun, TestmoThread
from ._transport import AsyncFakeTransport, FakeTransport
from ._vendors import VENDORS

__all__ = [
    "FAULT_KINDS",
    "VENDORS",
    "AsyncFakeTransport",
    "Clock",
    "ConnectionDroppedError",
    "Delivery",
    "Fake",
    "FakeASGIApp",
    "FakeHTTPError",
    "FakeServer",
    "FakeTransport",
    "FaultKind",
    "Faults",
    "ManualClock",
    "RecordedRequest",
    "Reply",
    "Request",
    "Response",
    "RunscopeFake",
    "Spec",
    "SpecViolationError",
    "SystemClock",
    "TestmoFake",
    "TestmoRun",
    "TestmoThread",
    "Violation",
    "basic_credentials",
    "bearer_token",
    "load_spec",
    "operation",
    "serve_in_thread",
    "spec_path",
]
