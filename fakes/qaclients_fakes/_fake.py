"""The vendor-neutral fake: routing, validation, faults, the request log — everything but a vendor's state.

A vendor fake subclasses :class:`Fake`, names its spec, and gives one handler per operationId; each handler gets a
:class:`Request` that already passed the spec and returns a :class:`Response` (or raises :class:`FakeHTTPError`)::

    class ExampleFake(Fake):
        vendor = "example"                               # specs/example/openapi.yaml

        def authenticate(self, request: Request) -> object | None:
            return 1 if bearer_token(request.headers) == "secret" else None

        @operation("get_thing")
        def _get_thing(self, request: Request) -> Response:
            thing = self.things.get(request.path_params["thing_id"])
            if thing is None:
                raise FakeHTTPError(404, "Thing not found.")
            return Response(200, {"result": thing})

One request through :meth:`Fake.dispatch`: route (404 unknown path, 405 wrong method) → faults → authentication
(401) → request validation (``malformed_status`` / ``invalid_status``) → handler → response validation (a mismatch
is a :class:`Violation`, raised as :class:`SpecViolationError` when ``strict``) → faults that change the response →
the request log. Adapters (httpx transports, ASGI) only move bytes and wait.
"""

from __future__ import annotations

import base64
import binascii
import json
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from email.utils import format_datetime
from typing import Any, ClassVar, TypeVar
from urllib.parse import parse_qsl

from ._clock import Clock, SystemClock
from ._faults import FaultKind, Faults
from ._spec import Route, Spec, load_spec
from ._validation import Invalid, check_request, check_response

__all__ = [
    "JSON_NULL",
    "ConnectionDroppedError",
    "Fake",
    "FakeHTTPError",
    "RawResponse",
    "RecordedRequest",
    "Reply",
    "Request",
    "Response",
    "SpecViolationError",
    "Violation",
    "basic_credentials",
    "bearer_token",
    "operation",
]

_Handler = TypeVar("_Handler", bound=Callable[..., "Response"])
_NON_JSON = b"<html><head><title>502 Bad Gateway</title></head><body>Bad Gateway</body></html>\n"
# Faults whose body stops half-way: under its Content-Length, or where the connection closes (no Content-Length).
_CUT: frozenset[FaultKind | None] = frozenset({"truncate", "truncate_close"})


@dataclass(frozen=True, slots=True)
class Request:
    """A request as a handler sees it: parameters already in their JSON types, body already decoded and valid."""

    operation_id: str
    method: str
    path: str
    path_params: Mapping[str, Any]
    query: Mapping[str, Any]
    headers: Mapping[str, str]
    json: Any = None
    principal: object = None


class _JsonNull:
    """The type of :data:`JSON_NULL`."""

    def __repr__(self) -> str:
        return "JSON_NULL"


JSON_NULL: Any = _JsonNull()
"""A :class:`Response` body that is the JSON literal ``null`` (``json=None`` sends no body at all)."""


@dataclass(frozen=True, slots=True)
class Response:
    """What a handler answers: a status, a JSON body (``None``: no body; :data:`JSON_NULL`: ``null``) and headers."""

    status: int
    json: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RawResponse:
    """A non-JSON answer from :meth:`Fake.raw_route`: a file the vendor serves outside its API (e.g. a signed link).

    ``fault_name``: the name :class:`Faults` target it by (``operations={name}``); ``None``: faults pass it by.
    """

    status: int
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    fault_name: str | None = None


class FakeHTTPError(Exception):
    """Raised by a handler to answer with the vendor's error shape (see :meth:`Fake.error`)."""

    def __init__(
        self,
        status: int,
        message: str,
        errors: Mapping[str, list[str]] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status, self.message, self.errors, self.headers = status, message, errors, headers or {}


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    """One entry of :attr:`Fake.requests`. ``status`` is ``None`` when the connection was dropped unanswered."""

    method: str
    path: str
    query: dict[str, str]
    json: Any
    status: int | None
    operation_id: str | None
    fault: FaultKind | None = None


@dataclass(frozen=True, slots=True)
class Violation:
    """A response the fake sent that its own spec does not allow."""

    operation_id: str
    method: str
    path: str
    status: int
    problems: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.method} {self.path} → {self.status}: " + "; ".join(self.problems)


class SpecViolationError(AssertionError):
    """Raised by a strict fake when a response it is about to send breaks the spec (a bug in the fake or spec)."""

    def __init__(self, violation: Violation) -> None:
        super().__init__(f"fake response violates the spec: {violation}")
        self.violation = violation


class ConnectionDroppedError(Exception):
    """Raised by :meth:`Fake.handle` for a ``drop`` fault: the caller should close the connection unanswered."""


@dataclass(frozen=True, slots=True)
class Reply:
    """What an adapter sends: after waiting ``delay`` seconds, the response — or nothing (``fault="drop"``), or
    the headers and only the first half of the body (``fault="truncate"``; ``"truncate_close"``: with no
    Content-Length among the headers, the body ends where the connection closes)."""

    status: int
    headers: list[tuple[str, str]]
    body: bytes
    delay: float = 0.0
    fault: FaultKind | None = None

    @property
    def partial_body(self) -> bytes:
        """The bytes sent before a truncated body stops."""
        return self.body[: len(self.body) // 2]


def operation(operation_id: str) -> Callable[[_Handler], _Handler]:
    """Mark a method of a :class:`Fake` subclass as the handler of ``operation_id``."""

    def mark(handler: _Handler) -> _Handler:
        setattr(handler, "_fake_operation", operation_id)  # noqa: B010 (a function attribute, read in Fake)
        return handler

    return mark


def bearer_token(headers: Mapping[str, str]) -> str | None:
    """The token of ``Authorization: Bearer <token>`` (header names lower-case), or ``None``."""
    scheme, _, token = headers.get("authorization", "").partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None


def basic_credentials(headers: Mapping[str, str]) -> tuple[str, str] | None:
    """The (user, password) of ``Authorization: Basic ...``, or ``None``."""
    scheme, _, encoded = headers.get("authorization", "").partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        user, sep, password = base64.b64decode(encoded.strip(), validate=True).decode("utf-8").partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return None
    return (user, password) if sep else None


class Fake:
    """Base of every vendor fake.

    Args:
        strict: Raise :class:`SpecViolationError` when a response breaks the spec (always recorded in
            :attr:`violations`).
        faults: Initial fault injection (none by default); replace or update :attr:`faults` at any time.
        clock: Time for timestamps and injected latency (:class:`SystemClock` by default).
        spec: The spec to serve (default: the packaged spec of :attr:`vendor`).

    Attributes:
        spec: The compiled spec of :attr:`vendor`.
        requests: Every request received, in order.
        violations: Every response that broke the spec.
        lock: Held while a request is handled; hold it to read state consistently while a server runs.
    """

    vendor: ClassVar[str]
    invalid_status: ClassVar[int] = 422
    malformed_status: ClassVar[int] = 400
    reject_unknown_query: ClassVar[bool] = True
    _handlers: ClassVar[dict[str, str]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._handlers = {
            member._fake_operation: name
            for klass in reversed(cls.__mro__)
            for name, member in vars(klass).items()
            if hasattr(member, "_fake_operation")
        }

    def __init__(
        self,
        *,
        strict: bool = True,
        faults: Faults | None = None,
        clock: Clock | None = None,
        spec: Spec | None = None,
    ) -> None:
        self.spec: Spec = spec or load_spec(self.vendor)
        missing = sorted(set(self.spec.operations) - set(self._handlers))
        extra = sorted(set(self._handlers) - set(self.spec.operations))
        if missing or extra:
            raise TypeError(f"{type(self).__name__}: no handler for {missing}; handlers for unknown {extra}")
        self.strict = strict
        self.faults = faults or Faults()
        self.clock: Clock = clock or SystemClock()
        self.requests: list[RecordedRequest] = []
        self.violations: list[Violation] = []
        self.lock = threading.RLock()

    @property
    def base_path(self) -> str:
        """The path every URL of this API starts with (from the spec's first server URL), e.g. ``/api/v1``."""
        return self.spec.prefix

    def seed(self, count: int) -> None:
        """Create ``count`` deterministic objects of the vendor's main kind (CLI ``--seed-runs``)."""
        raise NotImplementedError(f"{type(self).__name__} cannot seed")

    def authenticate(self, request: Request) -> object | None:
        """Who sent a request to a secured operation (``None``: refuse with 401). Vendors override."""
        return True

    def raw_route(self, method: str, path: str, query: Mapping[str, str]) -> RawResponse | None:
        """Answer a request outside the spec, such as a download behind a signed link; ``None``: not such a request.

        Checked before spec routing, so a vendor serves only paths its spec does not name. No auth, no faults."""
        return None

    def error(self, status: int, message: str, errors: Mapping[str, list[str]] | None = None) -> Response:
        """The vendor's error body. Default: ``{"message": ..., "errors": {field: [...]}}``; vendors override."""
        return Response(status, {"message": message, "errors": dict(errors)} if errors else {"message": message})

    def handle(
        self,
        method: str,
        url_path: str,
        query: str | Mapping[str, str] | Iterable[tuple[str, str]] = "",
        headers: Mapping[str, str] | Iterable[tuple[str, str]] = (),
        body: bytes = b"",
    ) -> tuple[int, list[tuple[str, str]], bytes]:
        """Answer one request, framework-neutral: waits the injected latency (``clock.sleep``) and raises
        :class:`ConnectionDroppedError` for a dropped connection. ``url_path`` is the path as sent (percent-encoded)."""
        reply = self.dispatch(method, url_path, query, headers, body)
        if reply.delay:
            self.clock.sleep(reply.delay)
        if reply.fault == "drop":
            raise ConnectionDroppedError(f"{method} {url_path}: connection dropped (injected)")
        return reply.status, reply.headers, reply.partial_body if reply.fault in _CUT else reply.body

    def dispatch(
        self,
        method: str,
        url_path: str,
        query: str | Mapping[str, str] | Iterable[tuple[str, str]] = "",
        headers: Mapping[str, str] | Iterable[tuple[str, str]] = (),
        body: bytes = b"",
    ) -> Reply:
        """Decide the reply to one request without waiting or doing I/O (what adapters call)."""
        pairs = parse_qsl(query, keep_blank_values=True) if isinstance(query, str) else _pairs(query)
        lowered = {name.lower(): value for name, value in _pairs(headers)}
        with self.lock:
            raw = self.raw_route(method.upper(), url_path, dict(pairs))
            if raw is not None:
                return self._raw_reply(raw, method, url_path, dict(pairs))
            route = self.spec.route(method, url_path)
            op = route.operation
            op_id = op.id if op else None
            delay = self.faults.latency if self.faults.matches(op_id) else 0.0
            fault = self.faults.draw(op_id)
            violation = None
            if fault in ("error", "rate_limit", "drop") and not self.faults.processed:
                status, out_headers, out_body = self._encode(self._injected(fault))
            else:
                answer = self._respond(route, method, url_path, query=pairs, headers=lowered, body=body)
                status, out_headers, out_body = self._encode(answer)
                if op is not None:
                    content_type = next((v for k, v in out_headers if k == "content-type"), None)
                    problems = check_response(op, status, content_type, out_body)
                    if problems:
                        violation = Violation(op.id, method.upper(), url_path, status, tuple(problems))
                if fault in ("error", "rate_limit"):
                    status, out_headers, out_body = self._encode(self._injected(fault))
                elif fault == "non_json" and out_body:
                    out_headers = [(k, str(len(_NON_JSON)) if k == "content-length" else v) for k, v in out_headers]
                    out_body = _NON_JSON
            sent = None if fault == "drop" and not self.faults.processed else status
            logged = RecordedRequest(method.upper(), url_path, dict(pairs), _lenient_json(body), sent, op_id, fault)
            self.requests.append(logged)
            if violation is not None:
                self.violations.append(violation)
                if self.strict:
                    raise SpecViolationError(violation)
        # What the adapter must do on the wire: close unanswered, or stop half-way through a body.
        wire: FaultKind | None = fault if fault == "drop" or (fault in _CUT and out_body) else None
        if wire == "truncate_close":
            out_headers = _close_delimited(out_headers)
        return Reply(status, out_headers, out_body, delay, wire)

    def _raw_reply(self, raw: RawResponse, method: str, url_path: str, query: dict[str, str]) -> Reply:
        """A raw route's reply, with the faults aimed at its ``fault_name`` (none when it has no name)."""
        status, body = raw.status, raw.body
        headers = [(name.lower(), value) for name, value in raw.headers.items()]
        fault: FaultKind | None = None
        delay = 0.0
        if raw.fault_name is not None:
            delay = self.faults.latency if self.faults.matches(raw.fault_name) else 0.0
            fault = self.faults.draw(raw.fault_name)
        if fault in ("error", "rate_limit"):
            status, headers, body = self._encode(self._injected(fault))
        elif fault == "non_json" and body:
            body = _NON_JSON
            headers = [(k, v) for k, v in headers if k != "content-type"] + [("content-type", "text/html")]
        headers = [(k, v) for k, v in headers if k != "content-length"] + [("content-length", str(len(body)))]
        sent = None if fault == "drop" else status
        self.requests.append(RecordedRequest(method.upper(), url_path, query, None, sent, raw.fault_name, fault))
        wire: FaultKind | None = fault if fault == "drop" or (fault in _CUT and body) else None
        if wire == "truncate_close":
            headers = _close_delimited(headers)
        return Reply(status, headers, body, delay, wire)

    def _respond(
        self,
        route: Route,
        method: str,
        path: str,
        *,
        query: list[tuple[str, str]],
        headers: dict[str, str],
        body: bytes,
    ) -> Response:
        op = route.operation
        if op is None:
            if route.allowed:
                allowed = ", ".join(route.allowed)
                response = self.error(405, f"The {method.upper()} method is not supported for this route.")
                return Response(response.status, response.json, {**response.headers, "allow": allowed})
            return self.error(404, f"No route matches {path}.")
        request = Request(op.id, method.upper(), path, route.path_params, dict(query), headers)
        principal = self.authenticate(request) if op.secured else None
        if op.secured and principal is None:
            return self.error(401, "Unauthenticated.")
        checked = check_request(
            op, route.path_params, query, headers, body, reject_unknown_query=self.reject_unknown_query
        )
        if isinstance(checked, Invalid):
            status = self.malformed_status if checked.kind == "malformed" else self.invalid_status
            return self.error(status, checked.message, checked.errors or None)
        request = Request(
            op.id, method.upper(), path, checked.path_params, checked.query, headers, checked.json, principal
        )
        try:
            answer: Response = getattr(self, self._handlers[op.id])(request)
        except FakeHTTPError as exc:
            refused = self.error(exc.status, exc.message, exc.errors)
            answer = Response(refused.status, refused.json, {**refused.headers, **exc.headers})
        return answer

    def _injected(self, fault: FaultKind) -> Response:
        if fault == "rate_limit":
            response = self.error(429, "Too many requests (injected by qaclients-fakes).")
            retry_after = self.faults.retry_after
            if retry_after is None:
                return Response(429, response.json)
            if self.faults.retry_after_date:
                moment = self.clock.now() + timedelta(seconds=retry_after)
                return Response(429, response.json, {"retry-after": format_datetime(moment, usegmt=True)})
            return Response(429, response.json, {"retry-after": str(retry_after)})
        return self.error(self.faults.status, f"Injected failure {self.faults.status} (qaclients-fakes).")

    @staticmethod
    def _encode(response: Response) -> tuple[int, list[tuple[str, str]], bytes]:
        if response.json is JSON_NULL:
            body = b"null"
        else:
            body = b"" if response.json is None else json.dumps(response.json, separators=(",", ":")).encode()
        headers = [("content-type", "application/json")] if body else []
        headers += [(name.lower(), value) for name, value in response.headers.items()]
        headers.append(("content-length", str(len(body))))
        return response.status, headers, body


def _close_delimited(headers: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The headers of a body that the connection's close delimits: no Content-Length (RFC 9112 §6.3 rule 8)."""
    return [(name, value) for name, value in headers if name != "content-length"]


def _pairs(items: Mapping[str, str] | Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    return list(items.items()) if isinstance(items, Mapping) else list(items)


def _lenient_json(body: bytes) -> Any:
    """The request body for the log: its JSON if it is JSON, else ``None``."""
    try:
        return json.loads(body) if body else None
    except ValueError:
        return None
