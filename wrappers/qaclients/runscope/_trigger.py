"""Triggering runs and waiting for all of them, without I/O: what to trigger, where every run stands, the result.

One trigger starts a run per environment and region (a bucket trigger: per test too). The poller's status is a
:class:`TriggerStatus` holding each run's latest read; it is final when every run is ``pass``, ``fail`` or
``canceled``, and its :class:`TriggerResult` lists each run with its counts and failing assertions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from runscope_client import models
from runscope_client.types import Unset

from qaclients.core import (
    APIError,
    Outcome,
    PollSchedule,
    QAClientError,
    ServerError,
    non_empty_str,
    operation_from_token,
    operation_token,
)

from . import _declarations as declared
from ._declarations import checked
from ._shells import Call, api

__all__ = [
    "FailedAssertion",
    "LostTrigger",
    "RunReport",
    "RunState",
    "TriggerResult",
    "TriggerStatus",
    "TriggerTarget",
    "cannot_recover",
    "classify",
    "read_call",
    "recovered",
    "target_of",
    "token_kind",
    "trigger_call",
]

TOKEN_KIND = "runscope.trigger"  # noqa: S105 - names a kind of token, is none
_TRIGGER_URL = re.compile(r"/radar/(?P<bucket>bucket/)?(?P<id>[^/?#]+)/trigger")
if TYPE_CHECKING:
    from runscope_client.models import Bucket, Test, Trigger, TriggerRun
    from runscope_client.models import TestRun as RunRead

    TriggerTarget: TypeAlias = Test | Bucket | str
else:

    def __getattr__(name: str) -> Any:
        # Built on first use: ``Test`` and ``Bucket`` are not imported by ``import qaclients.runscope``.
        if name == "TriggerTarget":
            target = globals()["TriggerTarget"] = models.Test | models.Bucket | str
            return target
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


RUN_OUTCOMES: Mapping[str, Outcome] = {
    "init": Outcome.RUNNING,
    "queued": Outcome.RUNNING,
    "working": Outcome.RUNNING,
    "pass": Outcome.SUCCEEDED,
    "fail": Outcome.FAILED,
    "canceled": Outcome.CANCELLED,
}
"""A run's ``result`` (facts, Running tests); ``init`` is what the trigger answers for a run just started."""

TRIGGER_SCHEDULE = PollSchedule(initial=2.0, multiplier=1.5, maximum=10.0)
"""CI plugins wait ~10 s after a trigger, then poll about every second (facts); this reaches 10 s in five reads."""


def target_of(target: TriggerTarget) -> tuple[Literal["test", "bucket"], str]:
    """Which trigger URL to call for a test, a bucket, or a trigger URL: ``("test" | "bucket", trigger_id)``.

    Raises:
        ValueError: The object has no trigger URL, or the string is not one.
    """
    if not isinstance(target, models.Test | models.Bucket | str):
        raise TypeError(f"target must be a Test, a Bucket or a trigger URL, got {type(target).__name__}")
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
        return RUN_OUTCOMES.get(self.result, Outcome.RUNNING)


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
        data = operation_from_token(non_empty_str("continuation_token", token), TOKEN_KIND)
        try:
            return cls(tuple(RunState(r[2], r[1], r[0], r[3], r[4], r[5]) for r in data["runs"]))
        except (KeyError, IndexError, TypeError) as exc:
            raise ValueError("malformed Runscope trigger token") from exc


def _data(envelope: Any) -> Any:
    return envelope.data


@checked
def trigger_call(target: TriggerTarget, environment: str | None, variables: Mapping[str, Any] | None) -> Call[Trigger]:
    """The trigger request (POST form) for a test, a bucket or a trigger URL."""
    kind, trigger_id = target_of(target)
    values = trigger_variables(variables)
    if kind == "test":
        endpoint: Any = api.triggers.trigger_test_post
        given: Any = models.TriggerTestPostVariables.from_dict(values)
    else:
        endpoint, given = api.triggers.trigger_bucket_post, models.TriggerBucketPostVariables.from_dict(values)
    kwargs: dict[str, Any] = {"trigger_id": trigger_id, "variables": given}
    if environment is not None:
        kwargs["runscope_environment"] = environment
    return Call(endpoint, kwargs, _data)


def read_call(run: RunState) -> Call[RunRead]:
    """The read of one run's result (with its per-request results)."""
    kwargs = {"bucket_key": run.bucket_key, "test_id": run.test_id, "test_run_id": run.test_run_id}
    return Call(api.results.get_test_result, kwargs, _data)


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


LOST_KIND = "runscope.trigger-lost"


@dataclass(frozen=True, slots=True)
class LostTrigger:
    """A trigger of one test whose answer may be lost: enough to find the runs it started in the test's results.

    Its token holds no credential and no variable values (they may be secrets of the user's own); a
    :meth:`~qaclients.runscope.Runscope.recover_trigger` that must trigger again takes ``variables=`` anew.
    """

    bucket_key: str
    test_id: str
    trigger_id: str
    environment: str | None
    since: float

    @classmethod
    def before(
        cls, target: TriggerTarget, bucket_key: str | None, environment: str | None, now: float
    ) -> LostTrigger | None:
        """What to remember before triggering ``target`` at wall time ``now``; ``None`` when runs could not be
        found afterwards (a bucket, a bare trigger URL, or a test whose bucket is unknown)."""
        kind, trigger_id = target_of(target)
        if bucket_key is not None:
            non_empty_str("bucket_key", bucket_key)
        if kind != "test" or not isinstance(target, models.Test):
            return None
        last = target.last_run
        key = bucket_key or (_text(last.bucket_key) if isinstance(last, models.TestRun) else None)
        if key is None:
            return None
        return cls(key, target.id, trigger_id, environment, now - declared.TRIGGER_CLOCK_MARGIN)

    @property
    def trigger_url(self) -> str:
        """The test's trigger URL, to trigger again when no run started."""
        return f"{declared.BASE_URL}/radar/{self.trigger_id}/trigger"

    def token(self) -> str:
        """The recovery token (a continuation token for ``recover_trigger``)."""
        data = {"b": self.bucket_key, "t": self.test_id, "g": self.trigger_id, "e": self.environment, "s": self.since}
        return operation_token(LOST_KIND, data)

    @classmethod
    def from_token(cls, token: str) -> LostTrigger:
        """Inverse of :meth:`token`.

        Raises:
            ValueError: Not a Runscope recovery token.
        """
        data = operation_from_token(token, LOST_KIND)
        try:
            return cls(str(data["b"]), str(data["t"]), str(data["g"]), data["e"], float(data["s"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError("malformed Runscope trigger recovery token") from exc

    def started(self, run: RunRead) -> bool:
        """Whether ``run`` (from the test's results) is one this trigger may have started."""
        started_at = run.started_at
        if not isinstance(started_at, int | float) or started_at < self.since:
            return False
        if _text(run.source) not in (None, "trigger"):
            return False
        wanted = self.environment
        return wanted is None or wanted in (_text(run.environment_id), _text(run.environment_name))

    def explain(self, exc: Exception) -> Exception:
        """``exc`` (a failed trigger) with what became of it and how to go on: a note, and a recovery token."""
        if not isinstance(exc, QAClientError):
            return exc
        exc.continuation_token = self.token()
        if _refused(exc):
            exc.add_note(
                "the trigger was refused, so no run started; trigger again later, or pass error.continuation_token "
                "to recover_trigger(), which triggers again (resume)"
            )
        else:
            exc.add_note(
                "the trigger's answer was lost: its runs may have started. Do not trigger again; pass "
                "error.continuation_token to recover_trigger() to resume: it finds the runs in the test's results "
                "and waits for them (it triggers again only when none started)"
            )
        return exc


def cannot_recover(exc: Exception) -> Exception:
    """``exc`` (a failed trigger of a bucket, a bare URL, or a test of unknown bucket) noted as unknowable."""
    if not isinstance(exc, QAClientError):
        return exc
    if _refused(exc):
        exc.add_note("the trigger was refused, so no run started; trigger again later to resume")
    else:
        exc.add_note(
            "the trigger's answer was lost and the client cannot know whether runs started (pass a Test and "
            "bucket_key= to make it recoverable); look at the results before you trigger again to resume"
        )
    return exc


def _refused(exc: Exception) -> bool:
    """A 4xx answer (429 included): the service refused the trigger, so it started nothing."""
    return isinstance(exc, APIError) and not isinstance(exc, ServerError)


def recovered(runs: Iterable[RunRead], test_name: str | None = None) -> TriggerStatus:
    """The status of the runs a lost trigger started, as the test's results show them."""
    states = [
        RunState(
            test_run_id=run.test_run_id,
            test_id=str(run.test_id),
            bucket_key=str(run.bucket_key),
            test_name=test_name,
            environment_name=_text(run.environment_name),
            region=_text(run.region),
            read=None,
        )
        for run in runs
    ]
    return TriggerStatus(tuple(states))


def token_kind(token: str) -> str:
    """``"poll"`` for a :meth:`TriggerStatus.token`, ``"lost"`` for a :meth:`LostTrigger.token`.

    Raises:
        ValueError: Neither.
    """
    non_empty_str("continuation_token", token)
    for kind, name in ((TOKEN_KIND, "poll"), (LOST_KIND, "lost")):
        try:
            operation_from_token(token, kind)
        except ValueError:
            continue
        return name
    raise ValueError("not a Runscope trigger continuation token")
