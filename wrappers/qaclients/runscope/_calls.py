# ruff: noqa: PT028 - builders named test* are API methods, not pytest tests
"""Call builders for buckets, tests, steps, environments, schedules and results: pure, one per operation.

Each returns a :class:`~qaclients.runscope._shells.Call` (or a :class:`Listing`); ``Runscope`` and
``AsyncRunscope`` turn every builder into a method of the same name (see ``_shells.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from runscope_client import models
from runscope_client.models import MetricsTimeframe, ScheduleInterval
from runscope_client.types import UNSET

from . import _declarations as declared
from ._shells import Call, Listing, api

if TYPE_CHECKING:
    from runscope_client.models import (
        Bucket,
        BucketRun,
        ConditionOrder,
        CustomEmail,
        Environment,
        EnvironmentWrite,
        Metrics,
        Schedule,
        ScheduleWrite,
        StepResult,
        Test,
        TestRevisions,
        TestRun,
        TestWrite,
    )

    from ._steps import Step


def _data(envelope: Any) -> Any:
    return envelope.data


def _page(envelope: Any) -> Any:
    return envelope


def _nothing(_: Any) -> None:
    return None


def _opt(value: Any) -> Any:
    return UNSET if value is None else value


def _deleted(endpoint: Any, **kwargs: Any) -> Call[None]:
    return Call(endpoint, kwargs, _nothing, expects_body=False)


# -- buckets ---------------------------------------------------------------------------------------------------


def buckets() -> Call[list[Bucket]]:
    """Every bucket the account can see, across its teams."""
    return Call(api.buckets.list_buckets, {}, _data)


def bucket(bucket_key: str, *, utilization_over: int | None = None) -> Call[Bucket]:
    """A bucket; ``utilization_over`` (a percentage) adds the locations running at least that busy (v1)."""
    return Call(
        api.buckets.get_bucket, {"bucket_key": bucket_key, "list_utilizations_gt": _opt(utilization_over)}, _data
    )


def create_bucket_(name: str, team_id: str) -> Call[Bucket]:
    """Create a bucket in a team (``name`` and ``team_uuid`` go in the query string, as the reference shows)."""
    return Call(api.buckets.create_bucket, {"name": name, "team_uuid": team_id}, _data)


def delete_bucket_(bucket_key: str) -> Call[None]:
    """Delete a bucket (a team's default bucket cannot be deleted)."""
    return _deleted(api.buckets.delete_bucket, bucket_key=bucket_key)


def custom_emails(bucket_key: str) -> Call[list[CustomEmail]]:
    """The custom e-mail addresses that receive the bucket's results."""
    return Call(api.buckets.list_bucket_custom_emails, {"bucket_key": bucket_key}, _data)


def add_custom_email(bucket_key: str, email: str, *, team_id: str, description: str | None = None) -> Call[None]:
    """Add a custom e-mail address (its domain must be on the team's whitelist: ``add_email_domains``)."""
    body = models.CustomEmailWrite(team_uuid=team_id, email=email, description=description)
    return Call(api.buckets.add_bucket_custom_email, {"bucket_key": bucket_key, "body": body}, _nothing)


def remove_custom_email(bucket_key: str, email: str) -> Call[None]:
    """Remove a custom e-mail address from a bucket."""
    return _deleted(
        api.buckets.delete_bucket_custom_email, bucket_key=bucket_key, body=models.CustomEmailDelete(email=email)
    )


# -- tests -----------------------------------------------------------------------------------------------------


def tests(
    bucket_key: str,
    *,
    page_size: int = declared.TEST_PAGE,
    continuation_token: str | None = None,
    max_items: int | None = None,
) -> Listing[Test]:
    """Every test of a bucket (summaries), fetched ``page_size`` at a time as you iterate."""

    def page(params: dict[str, Any]) -> Call[Any]:
        return Call(
            api.tests.list_tests,
            {"bucket_key": bucket_key, "count": params["count"], "offset": params["offset"]},
            _page,
        )

    return Listing(page, declared.list_paging(page_size), continuation_token, max_items)


def test(bucket_key: str, test_id: str) -> Call[Test]:
    """A test with its steps, environments and schedules."""
    return Call(api.tests.get_test, {"bucket_key": bucket_key, "test_id": test_id}, _data)


def create_test(
    bucket_key: str, name: str, *, description: str | None = None, steps: Sequence[Step] | None = None
) -> Call[Test]:
    """Create a test (optionally with its steps, see ``qaclients.runscope.steps``)."""
    body = models.TestWrite(name=name, description=description, steps=_steps(steps))
    return Call(api.tests.create_tests, {"bucket_key": bucket_key, "body": body}, _data)


def create_tests_(bucket_key: str, tests: Sequence[TestWrite]) -> Call[list[Test]]:
    """Create several tests in one request."""

    def read(envelope: Any) -> list[Test]:
        created = envelope.data
        return list(created) if isinstance(created, list) else [created]

    return Call(api.tests.create_tests, {"bucket_key": bucket_key, "body": list(tests)}, read)


def update_test_(
    bucket_key: str,
    test_id: str,
    *,
    name: str | None = None,
    description: str | None = None,
    default_environment_id: str | None = None,
    steps: Sequence[Step] | None = None,
) -> Call[Test]:
    """Change what is given and keep the rest (the test PUT is partial; facts, Behaviour)."""
    body = models.TestWrite(steps=_steps(steps))
    for key, value in (
        ("name", name),
        ("description", description),
        ("default_environment_id", default_environment_id),
    ):
        if value is not None:  # partial: only what is given is sent
            setattr(body, key, value)
    return Call(api.tests.update_test, {"bucket_key": bucket_key, "test_id": test_id, "body": body}, _data)


def delete_test_(bucket_key: str, test_id: str) -> Call[None]:
    """Delete a test with its steps, schedules, test-specific environments and results."""
    return _deleted(api.tests.delete_test, bucket_key=bucket_key, test_id=test_id)


def test_revisions(bucket_key: str, test_id: str) -> Call[TestRevisions]:
    """The revisions of a test and of its environments."""
    return Call(api.tests.list_test_revisions, {"bucket_key": bucket_key, "test_id": test_id}, _data)


# -- steps -----------------------------------------------------------------------------------------------------


def _new_step(step: Step) -> Any:
    from ._steps import new_step  # noqa: PLC0415 - the step builders are imported when a step is first sent

    return new_step(step)


def _steps(steps: Sequence[Step] | None) -> Any:
    return UNSET if steps is None else [_new_step(step) for step in steps]


def steps(bucket_key: str, test_id: str) -> Call[list[Any]]:
    """A test's steps in order, each its own class (``RequestStep``, ``PauseStep``, ...)."""
    return Call(api.steps.list_test_steps, {"bucket_key": bucket_key, "test_id": test_id}, _data)


def step(bucket_key: str, test_id: str, step_id: str) -> Call[Any]:
    """One step of a test."""
    return Call(api.steps.get_test_step, {"bucket_key": bucket_key, "test_id": test_id, "step_id": step_id}, _data)


def add_step(bucket_key: str, test_id: str, step: Step) -> Call[Any]:
    """Append a step to a test and return it as stored.

    The service answers with the whole test, the list of steps, or the new step (facts, Behaviour); the new step
    is the last one in the first two cases.
    """

    def read(envelope: Any) -> Any:
        data = envelope.data
        if isinstance(data, models.Test):
            data = data.steps or []
        return data[-1] if isinstance(data, list) else data

    return Call(
        api.steps.create_test_step, {"bucket_key": bucket_key, "test_id": test_id, "body": _new_step(step)}, read
    )


def update_step(bucket_key: str, test_id: str, step_id: str, step: Step) -> Call[Any]:
    """Replace a step with ``step`` (the same body as for adding one)."""
    kwargs = {"bucket_key": bucket_key, "test_id": test_id, "step_id": step_id, "body": _new_step(step)}
    return Call(api.steps.update_test_step, kwargs, _data)


def reorder_steps(bucket_key: str, test_id: str, order: Iterable[str | tuple[str, Sequence[str]]]) -> Call[list[Any]]:
    """Put the steps in this order: every step id once; a condition as ``(condition_id, [embedded ids])``."""
    body: list[ConditionOrder | str] = [
        entry if isinstance(entry, str) else models.ConditionOrder(id=entry[0], steps=list(entry[1])) for entry in order
    ]
    return Call(api.steps.reorder_test_steps, {"bucket_key": bucket_key, "test_id": test_id, "body": body}, _data)


def delete_step(bucket_key: str, test_id: str, step_id: str) -> Call[None]:
    """Remove a step from a test."""
    return _deleted(api.steps.delete_test_step, bucket_key=bucket_key, test_id=test_id, step_id=step_id)


# -- environments ----------------------------------------------------------------------------------------------


def shared_environments(bucket_key: str) -> Call[list[Environment]]:
    """The bucket's shared environments."""
    return Call(api.environments.list_shared_environments, {"bucket_key": bucket_key}, _data)


def shared_environment(bucket_key: str, environment_id: str) -> Call[Environment]:
    """One shared environment."""
    return Call(
        api.environments.get_shared_environment, {"bucket_key": bucket_key, "environment_id": environment_id}, _data
    )


def create_shared_environment_(bucket_key: str, environment: EnvironmentWrite) -> Call[Environment]:
    """Create a shared environment (at most 100 per bucket)."""
    return Call(api.environments.create_shared_environment, {"bucket_key": bucket_key, "body": environment}, _data)


def replace_shared_environment_(
    bucket_key: str, environment_id: str, environment: EnvironmentWrite
) -> Call[Environment]:
    """Replace a shared environment with ``environment`` as a whole: fields it leaves out are cleared (facts)."""
    kwargs = {"bucket_key": bucket_key, "environment_id": environment_id, "body": environment}
    return Call(api.environments.replace_shared_environment, kwargs, _data)


def delete_environment_(bucket_key: str, environment_id: str) -> Call[None]:
    """Delete an environment."""
    return _deleted(api.environments.delete_environment, bucket_key=bucket_key, environment_id=environment_id)


def test_environments(bucket_key: str, test_id: str) -> Call[list[Environment]]:
    """A test's own environments."""
    return Call(api.environments.list_test_environments, {"bucket_key": bucket_key, "test_id": test_id}, _data)


def test_environment(bucket_key: str, test_id: str, environment_id: str) -> Call[Environment]:
    """One test-specific environment."""
    kwargs = {"bucket_key": bucket_key, "test_id": test_id, "environment_id": environment_id}
    return Call(api.environments.get_test_environment, kwargs, _data)


def create_test_environment_(bucket_key: str, test_id: str, environment: EnvironmentWrite) -> Call[Environment]:
    """Create a test-specific environment (at most 100 per bucket)."""
    return Call(
        api.environments.create_test_environment,
        {"bucket_key": bucket_key, "test_id": test_id, "body": environment},
        _data,
    )


def replace_test_environment_(
    bucket_key: str, test_id: str, environment_id: str, environment: EnvironmentWrite
) -> Call[Environment]:
    """Replace a test environment with ``environment`` as a whole: fields it leaves out are cleared (facts)."""
    kwargs = {"bucket_key": bucket_key, "test_id": test_id, "environment_id": environment_id, "body": environment}
    return Call(api.environments.replace_test_environment, kwargs, _data)


# -- schedules -------------------------------------------------------------------------------------------------


def schedules(bucket_key: str, test_id: str) -> Call[list[Schedule]]:
    """A test's schedules."""
    return Call(api.schedules.list_test_schedules, {"bucket_key": bucket_key, "test_id": test_id}, _data)


def schedule(bucket_key: str, test_id: str, schedule_id: str) -> Call[Schedule]:
    """One schedule."""
    return Call(
        api.schedules.get_test_schedule,
        {"bucket_key": bucket_key, "test_id": test_id, "schedule_id": schedule_id},
        _data,
    )


def _schedule_body(environment_id: str, interval: ScheduleInterval | str, note: str | None) -> ScheduleWrite:
    return models.ScheduleWrite(environment_id=environment_id, interval=models.ScheduleInterval(interval), note=note)


def create_schedule(
    bucket_key: str, test_id: str, environment_id: str, interval: ScheduleInterval | str, *, note: str | None = None
) -> Call[Schedule]:
    """Create a schedule: always a new one (the v1 endpoint)."""
    body = _schedule_body(environment_id, interval, note)
    return Call(api.schedules.create_test_schedule, {"bucket_key": bucket_key, "test_id": test_id, "body": body}, _data)


def upsert_schedule(
    bucket_key: str, test_id: str, environment_id: str, interval: ScheduleInterval | str, *, note: str | None = None
) -> Call[Schedule]:
    """Create a schedule, or update the one a previous identical create made (the v0 endpoint's behaviour)."""
    body = _schedule_body(environment_id, interval, note)
    return Call(api.schedules.upsert_test_schedule, {"bucket_key": bucket_key, "test_id": test_id, "body": body}, _data)


def update_schedule(
    bucket_key: str,
    test_id: str,
    schedule_id: str,
    environment_id: str,
    interval: ScheduleInterval | str,
    *,
    note: str | None = None,
) -> Call[Schedule]:
    """Change a schedule; the test then runs from now on the new interval."""
    body = _schedule_body(environment_id, interval, note)
    kwargs = {"bucket_key": bucket_key, "test_id": test_id, "schedule_id": schedule_id, "body": body}
    return Call(api.schedules.update_test_schedule, kwargs, _data)


def delete_schedule(bucket_key: str, test_id: str, schedule_id: str) -> Call[None]:
    """Delete (stop) a schedule."""
    return _deleted(api.schedules.delete_test_schedule, bucket_key=bucket_key, test_id=test_id, schedule_id=schedule_id)


# -- results and metrics ---------------------------------------------------------------------------------------


def results(
    bucket_key: str,
    test_id: str,
    *,
    since: float | None = None,
    page_size: int = declared.RESULT_PAGE,
    continuation_token: str | None = None,
    max_items: int | None = None,
) -> Listing[TestRun]:
    """Every run of a test, newest first (runs in progress included), walking back in time page by page.

    Runs that share a ``started_at`` are neither missed nor repeated at page edges. ``since`` stops the walk at
    runs started at or before that Unix time.
    """

    def page(params: dict[str, Any]) -> Call[Any]:
        kwargs = {"bucket_key": bucket_key, "test_id": test_id, "count": params["count"], "since": _opt(since)}
        return Call(api.results.list_test_results, {**kwargs, "before": _opt(params.get("before"))}, _page)

    return Listing(page, declared.result_paging(page_size), continuation_token, max_items)


def result(bucket_key: str, test_id: str, test_run_id: str) -> Call[TestRun]:
    """One run with its per-request results."""
    kwargs = {"bucket_key": bucket_key, "test_id": test_id, "test_run_id": test_run_id}
    return Call(api.results.get_test_result, kwargs, _data)


def latest_result(bucket_key: str, test_id: str) -> Call[TestRun]:
    """The test's latest run."""
    return Call(api.results.get_latest_test_result, {"bucket_key": bucket_key, "test_id": test_id}, _data)


def result_step(bucket_key: str, test_id: str, test_run_id: str, step_id: str) -> Call[StepResult]:
    """The HTTP request and response of one request step of a run."""
    kwargs = {"bucket_key": bucket_key, "test_id": test_id, "test_run_id": test_run_id, "step_id": step_id}
    return Call(api.results.get_test_result_step, kwargs, _data)


def bucket_result(bucket_key: str, bucket_run_id: str) -> Call[BucketRun]:
    """The runs one bucket-wide trigger started."""
    return Call(api.results.get_bucket_result, {"bucket_key": bucket_key, "bucket_run_id": bucket_run_id}, _data)


def metrics(
    bucket_key: str,
    test_id: str,
    *,
    timeframe: MetricsTimeframe | str | None = None,
    region: str | None = None,
    environment_id: str | None = None,
) -> Call[Metrics]:
    """Response times and success ratios of a test (``timeframe``: hour, day, week or month)."""
    kwargs: Mapping[str, Any] = {
        "bucket_key": bucket_key,
        "test_id": test_id,
        "timeframe": UNSET if timeframe is None else models.MetricsTimeframe(timeframe),
        "region": _opt(region),
        "environment_uuid": _opt(environment_id),
    }
    return Call(api.metrics.get_test_metrics, kwargs, _data)
