"""Triggering runs and waiting for all of them, without I/O: what to trigger, where every run stands, the result.

One trigger starts a run per environment and region (a bucket trigger: per test too). The poller's status is a
:class:`TriggerStatus` holding each run's latest read; it is final when every run is ``pass``, ``fail`` or
``canceled``, and its :class:`TriggerResult` lists each run with its counts and failing assertions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from runscope_client.models import Bucket, Test, Trigger, TriggerRun
from runscope_client.models import TestRun as RunRead
from runscope_client.types import Unset

from qaclients.core import Outcome, operation_from_token, operation_token

from . import _declarations as declared

__all__ = [
    "FailedAssertion",
    "RunReport",
    "RunState",
    "TriggerResult",
    "TriggerStatus",
    "TriggerTarget",
    "classify",
    "target_of",
]

TOKEN_KIND = "runscope.trigger"  # noqa: S105 - names a kind of token, is none
_TRIGGER_URL = re.compile(r"/radar/(?P<bucket>bucket/)?(?P<id>[^/?#]+)/trigger")
TriggerTarget = Test | Bucket | str


def target_of(target: TriggerTarget) -> tuple[Literal["test", "bucket"], str]:
    """Which trigger URL to call for a test, a bucket, or a trigger URL: ``("test" | "bucket", trigger_id)``.

    Raises:
        ValueError: The object has no trigger URL, or the string is not one.
    """
    url = target if isinstance(target, str) else target.trigger_url
    if is_absent(url) or not isinstance(url, str):
        raise ValueError(f"{type(target).__name__} {getattr(target, 'key', '')!s} carries no trigger_url")
    found = _TRIGGER_URL.search(url)
    if found is None:
        raise ValueError(
            f"not a trigger URL: {url!r} (expected .../radar/<id>/trigger or .../radar/bucket/<id>/trigger)"
        )
    return ("bucket" if found["bucket"] else "test"), found["id"]


def is_absent(value: Any) -> bool:
    """``None`` or the generated models' ``UNSET``."""
    return value is None or isinstance(value, Unset)


def _text(value: Any) -> str | None:
    return None if is_absent(value) else str(value)


@dataclass(frozen=True, slots=True)
class RunState:
    """One run the trigger started and, once read, its latest result."""

    test_run_id: str
    test_id: str
    bucket_key: str
    test_name: str | None = None
    environment_name: str | None = None
    region: str | None = None
    read: RunRead | None = None

    @property
    def result(self) -> str:
        """``init`` until the first read, then the run's ``result`` (queued, working, pass, fail, canceled)."""
        return "init" if self.read is None else str(self.read.result)

    @property
    def outcome(self) -> Outcome:
        """Where this run stands; a result the docs do not list counts as still running."""
        return declared.RUN_OUTCOMES.get(self.result, Outcome.RUNNING)


@dataclass(frozen=True, slots=True)
class TriggerStatus:
    """Every run of one trigger, as last read. What the poller's ``status()`` and progress callback see."""

    runs: tuple[RunState, ...]
    trigger: Trigger | None = field(default=None, compare=False)

    @classmethod
    def started(cls, trigger: Trigger) -> TriggerStatus:
        """The status right after the trigger answered (every run ``init``)."""
        return cls(tuple(_state(run) for run in trigger.runs), trigger)

    def pending(self) -> list[RunState]:
        """The runs not yet final."""
        return [run for run in self.runs if not run.outcome.final]

    def with_reads(self, reads: Mapping[str, RunRead]) -> TriggerStatus:
        """A new status with the runs in ``reads`` (by run id) updated."""
        return replace(self, runs=tuple(replace(r, read=reads.get(r.test_run_id, r.read)) for r in self.runs))

    def counts(self) -> dict[str, int]:
        """How many runs have each result, e.g. ``{"pass": 2, "working": 1}``."""
        found: dict[str, int] = {}
        for run in self.runs:
            found[run.result] = found.get(run.result, 0) + 1
        return found

    def token(self) -> str:
        """The continuation token: which runs to keep waiting for, readable by ``Runscope.trigger_poller``."""
        runs = [[r.bucket_key, r.test_id, r.test_run_id, r.test_name, r.environment_name, r.region] for r in self.runs]
        return operation_token(TOKEN_KIND, {"runs": runs})

    @classmethod
    def from_token(cls, token: str) -> TriggerStatus:
        """Inverse of :meth:`token`.

        Raises:
            ValueError: Not a Runscope trigger token.
        """
        data = operation_from_token(token, TOKEN_KIND)
        try:
            return cls(tuple(RunState(r[2], r[1], r[0], r[3], r[4], r[5]) for r in data["runs"]))
        except (KeyError, IndexError, TypeError) as exc:
            raise ValueError("malformed Runscope trigger token") from exc


def classify(status: TriggerStatus) -> Outcome:
    """Final when every run is; failed if any run failed, cancelled if any was cancelled, else succeeded."""
    outcomes = {run.outcome for run in status.runs}
    if not status.runs or Outcome.RUNNING in outcomes:
        return Outcome.RUNNING if status.runs else Outcome.SUCCEEDED
    if Outcome.FAILED in outcomes:
        return Outcome.FAILED
    return Outcome.CANCELLED if Outcome.CANCELLED in outcomes else Outcome.SUCCEEDED


def _state(run: TriggerRun) -> RunState:
    return RunState(
        test_run_id=run.test_run_id,
        test_id=run.test_id,
        bucket_key=run.bucket_key,
        test_name=_text(run.test_name),
        environment_name=_text(run.environment_name),
        region=_text(run.region),
    )


@dataclass(frozen=True, slots=True)
class FailedAssertion:
    """An assertion that failed in a run: where, what was expected, what came back."""

    step_id: str
    url: str | None
    source: str | None
    property: str | None
    comparison: str | None
    target_value: Any
    actual_value: Any
    error: str | None


@dataclass(frozen=True, slots=True)
class RunReport:
    """One finished (or last seen) run: its result, counts and failing assertions."""

    test_run_id: str
    test_id: str
    test_name: str | None
    environment_name: str | None
    region: str | None
    result: str
    requests_executed: int
    assertions_passed: int
    assertions_failed: int
    test_run_url: str | None
    failed_assertions: tuple[FailedAssertion, ...] = ()


@dataclass(frozen=True, slots=True)
class TriggerResult:
    """What ``begin_trigger(...).result()`` returns: every run the trigger started."""

    runs: tuple[RunReport, ...]

    @property
    def passed(self) -> bool:
        """Whether every run passed."""
        return all(run.result == "pass" for run in self.runs)

    def failed(self) -> list[RunReport]:
        """The runs that did not pass."""
        return [run for run in self.runs if run.result != "pass"]


def _count(value: Any) -> int:
    return 0 if is_absent(value) else int(value)


def _failed_assertions(read: RunRead | None) -> tuple[FailedAssertion, ...]:
    requests = [] if read is None or is_absent(read.requests) else read.requests
    found = []
    for request in requests or []:
        assertions: Iterable[Any] = [] if is_absent(request.assertions) else request.assertions or []
        for a in assertions:
            if _text(a.result) == "fail":
                found.append(
                    FailedAssertion(
                        request.uuid, _text(request.url), _text(a.source), _text(a.property_), _text(a.comparison),
                        None if is_absent(a.target_value) else a.target_value,
                        None if is_absent(a.actual_value) else a.actual_value, _text(a.error),
                    )
                )  # fmt: skip
    return tuple(found)


def report(status: TriggerStatus) -> TriggerResult:
    """The result of a (final) status: one report per run."""
    reports: list[RunReport] = []
    for run in status.runs:
        read = run.read
        reports.append(
            RunReport(
                test_run_id=run.test_run_id,
                test_id=run.test_id,
                test_name=run.test_name,
                environment_name=run.environment_name if read is None else _text(read.environment_name),
                region=run.region if read is None else _text(read.region),
                result=run.result,
                requests_executed=0 if read is None else _count(read.requests_executed),
                assertions_passed=0 if read is None else _count(read.assertions_passed),
                assertions_failed=0 if read is None else _count(read.assertions_failed),
                test_run_url=None if read is None else _text(read.test_run_url),
                failed_assertions=_failed_assertions(read),
            )
        )
    return TriggerResult(tuple(reports))


def trigger_variables(variables: Mapping[str, Any] | None) -> dict[str, str]:
    """Initial variables as the trigger URL takes them: query parameters, values as strings."""
    reserved = {"runscope_environment"}
    clash = reserved & set(variables or {})
    if clash:
        raise ValueError(f"{', '.join(sorted(clash))} is not a variable name: pass environment= instead")
    return {str(name): value if isinstance(value, str) else str(value) for name, value in (variables or {}).items()}
