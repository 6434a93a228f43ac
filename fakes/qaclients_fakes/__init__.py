"""Spec-validating, stateful fakes of the vendor APIs qaclients wraps.

A fake validates every request against its vendor's OpenAPI spec (refusing a bad one with the vendor's own 4xx) and
every response it sends (recording a mismatch in ``fake.violations``; raising it when strict). Reach it in-process
through :class:`FakeTransport` / :class:`AsyncFakeTransport`, over a socket with :func:`serve_in_thread` or the
``qaclients-fake`` CLI, or through the pytest fixtures (``<vendor>_fake`` and ``<vendor>_fake_server`` for each
vendor in ``VENDORS``, and ``fake_tls``).
Inject trouble with :class:`Faults`.

Public names::

    Fake                       base of the vendor fakes: routing, validation, faults, request log
    ├── TestmoFake             Testmo automation runs (state: runs, threads, projects, ...)
    ├── BrowserStackTMFake     BrowserStack Test Management test runs (projects, runs, background changes, events)
    ├── StackMoxieFake         Stack Moxie (state: organizations, scenarios, runs and jobs that move with the clock)
    ├── MablFake               mabl (keys by type, resources, deployments playing out on the clock, exports)
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
from ._browserstack_tm import BrowserStackTMFake
from ._browserstack_tm_model import Entry as BrowserStackTMEntry
from ._browserstack_tm_model import TestRun as BrowserStackTMRun
from ._clock import Clock, ManualClock, SystemClock
from ._fake import (
    JSON_NULL,
    ConnectionDroppedError,
    Fake,
    FakeHTTPError,
    RawResponse,
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
from ._mabl import MablFake
from ._mabl_model import ApiKey, KeyType, PlanScript
from ._runscope import RunscopeFake
from ._runscope_runs import Delivery
from ._server import FakeServer, serve_in_thread
from ._spec import Spec, load_spec, spec_path
from ._stackmoxie import StackMoxieFake
from ._stackmoxie_model import StackMoxieJob, StackMoxieOrg, StackMoxieRun
from ._testmo import TestmoFake
from ._testmo_model import TestmoRun, TestmoThread
from ._transport import AsyncFakeTransport, FakeTransport
from ._vendors import VENDORS

__all__ = [
    "FAULT_KINDS",
    "JSON_NULL",
    "VENDORS",
    "ApiKey",
    "AsyncFakeTransport",
    "BrowserStackTMEntry",
    "BrowserStackTMFake",
    "BrowserStackTMRun",
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
    "KeyType",
    "MablFake",
    "ManualClock",
    "PlanScript",
    "RawResponse",
    "RecordedRequest",
    "Reply",
    "Request",
    "Response",
    "RunscopeFake",
    "Spec",
    "SpecViolationError",
    "StackMoxieFake",
    "StackMoxieJob",
    "StackMoxieOrg",
    "StackMoxieRun",
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
