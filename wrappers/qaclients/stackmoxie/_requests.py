"""What ``StackMoxie`` and ``AsyncStackMoxie`` share, none of it I/O: configuration, list filters, decoding checks,
reading an async job's result, continuation tokens. Request bodies are in ``_bodies.py``."""

from __future__ import annotations

import contextlib
import datetime
import json
import uuid
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from stackmoxie_client import AuthenticatedClient, models
from stackmoxie_client.models import RunOutcome
from stackmoxie_client.types import Response, Unset

from qaclients.core import (
    APIError,
    ClientConfig,
    DecodeError,
    QAClientError,
    RateLimitedError,
    ServerError,
    aware_datetime,
    items_of,
    one_of,
    positive_int,
)

from . import _declarations as declared

if TYPE_CHECKING:
    from stackmoxie_client.models import Job, Run, Scenario

__all__ = [
    "ClientBase",
    "RunFilters",
    "StartError",
    "job_failure",
    "job_of_scenario",
    "may_have_acted",
    "newer_runs",
    "parsed",
    "parsed_list",
    "refused",
    "run_filters",
    "scenario_from_job",
]

T = TypeVar("T")


class StartError(QAClientError):
    """Starting a run or submitting a scenario-creation job did not answer, and it is not known to have happened.

    Nothing was sent twice. ``continuation_token`` resumes it (``resume_run`` / ``resume_create_scenario``): the
    resume first checks the server for what the lost call may have done, and only repeats it when it did not.

    Attributes:
        continuation_token: Resumes the start, checking the server's state first.
        may_have_started: Whether the call may have reached the server (``False``: it surely did not).
    """

    def __init__(self, message: str, *, continuation_token: str, may_have_started: bool) -> None:
        super().__init__(message)
        self.continuation_token = continuation_token
        self.may_have_started = may_have_started


def may_have_acted(error: QAClientError) -> bool:
    """Whether a failed non-idempotent call may still have done its work (a refusal by the server did not)."""
    if isinstance(error, RateLimitedError):
        return False
    return not isinstance(error, APIError) or isinstance(error, ServerError)


def refused(error: QAClientError) -> bool:
    """A definite refusal that resuming would not change (401, 403, 404, 422, ...): raised as it is."""
    return isinstance(error, APIError) and not isinstance(error, ServerError | RateLimitedError)


def newer_runs(runs: Iterable[Run], after_run: int) -> list[Run]:
    """The runs newer than ``after_run``, from a newest-first listing (read only as far as needed)."""
    found = []
    for run in runs:
        if run.id <= after_run:
            break
        found.append(run)
    return found


def job_of_scenario(scenario: Scenario) -> Job:
    """A complete job holding ``scenario``: what a lost submission would have shown, once it is found."""
    return models.Job(job_id="", status=models.JobStatus.COMPLETE, data=json.dumps(scenario.to_dict()))


class RunFilters(TypedDict, total=False):
    """The runs list's filters (facts): outcomes (sent comma-separated), and ran after / before a time."""

    outcome: Iterable[RunOutcome | str]
    ran_after: datetime.datetime | int
    ran_before: datetime.datetime | int


def _epoch_ms(name: str, value: object) -> int:
    """A filter time as the API takes it: epoch milliseconds (an aware datetime, or already an int)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return positive_int(name, value, minimum=0)
    return int(aware_datetime(name, value).timestamp() * 1000)


def run_filters(filters: RunFilters) -> dict[str, Any]:
    """The filters as the generated list function takes them; unknown names and outcomes are refused."""
    unknown = sorted(set(filters) - set(RunFilters.__annotations__))
    if unknown:
        raise TypeError(f"unknown filter(s) {', '.join(unknown)}; runs take {', '.join(RunFilters.__annotations__)}")
    params: dict[str, Any] = {}
    if "outcome" in filters:
        outcomes = items_of("outcome", filters["outcome"], str)
        checked = [
            models.RunOutcome(one_of(f"outcome[{i}]", value, list(models.RunOutcome)))
            for i, value in enumerate(outcomes)
        ]
        params["outcome"] = ",".join(outcome.value for outcome in checked)
    for name in ("ran_after", "ran_before"):
        if name in filters:
            params[name] = _epoch_ms(name, filters[name])
    return params


def parsed(response: Response[Any], expected: type[T]) -> T:
    """The decoded 2xx body; API errors were already raised by the response hook."""
    if not isinstance(response.parsed, expected):  # an undocumented 2xx/3xx: never silently None
        raise DecodeError(f"unexpected status {int(response.status_code)}", model=expected.__name__)
    return response.parsed


def parsed_list(response: Response[Any], item: type[T]) -> list[T]:
    """The decoded 2xx body of a plain-array list."""
    body = response.parsed
    if not isinstance(body, list) or not all(isinstance(entry, item) for entry in body):
        raise DecodeError(f"unexpected status {int(response.status_code)}", model=f"list[{item.__name__}]")
    return body


def _job_data(job: Job) -> Any:
    if isinstance(job.data, Unset) or job.data is None:
        raise DecodeError("the job holds no data", model="Job", field="data", value=None)
    try:
        return json.loads(job.data)
    except ValueError as error:
        raise DecodeError(f"the job's data is not JSON: {error}", model="Job", field="data", value=job.data) from error


def scenario_from_job(job: Job) -> Scenario:
    """The created Scenario, parsed from a complete job's ``data`` string (facts)."""
    data = _job_data(job)
    try:
        return models.Scenario.from_dict(data)
    except ValueError as error:
        raise DecodeError(f"the job's data is no Scenario: {error}", model="Scenario") from error


def job_failure(job: Job) -> str:
    """Why a job failed: the message of the error its ``data`` holds, else the raw data."""
    if job.status is not models.JobStatus.FAILED:
        return job.status.value
    try:
        data = _job_data(job)
    except DecodeError:
        return str(job.data) if job.data else "no reason given"
    message = declared.error_message(data)
    return message if message is not None else json.dumps(data)


class ClientBase:
    """Configuration, the organization and the generated client, shared by both shells."""

    def __init__(self, org: str | uuid.UUID, config: ClientConfig) -> None:
        if config.token is None:
            raise QAClientError("Stack Moxie needs an API token (STACKMOXIE_TOKEN or token=...)")
        try:
            self.org = org if isinstance(org, uuid.UUID) else uuid.UUID(org)
        except ValueError as error:
            raise QAClientError(f"org must be the Organization's UUID, got {org!r}") from error
        self.config = config
        self.api = AuthenticatedClient(base_url=config.base_url, token=config.token.get_secret_value())
        self._token = config.token.get_secret_value()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(org={str(self.org)!r}, base_url={self.config.base_url!r})"

    @staticmethod
    def make_config(
        base_url: str | None, token: str | None, config: ClientConfig | None, options: dict[str, Any]
    ) -> ClientConfig:
        """``config`` when given, else one built from the arguments."""
        if config is not None:
            return config
        return ClientConfig(base_url=base_url or declared.DEFAULT_BASE_URL, token=token, **options)

    @staticmethod
    def env_org(env: Mapping[str, str]) -> str:
        """``STACKMOXIE_ORG``, required."""
        org = env.get(declared.ENV_PREFIX + "ORG", "").strip()
        if not org:
            raise QAClientError(f"environment variable {declared.ENV_PREFIX}ORG is not set")
        return org

    def run_token(self, scenario_id: int, run_id: int, with_log: bool) -> str:
        """The continuation token of a run poller: where the run is, never a credential."""
        data = {"org": str(self.org), "scenario_id": scenario_id, "run_id": run_id, "with_log": with_log}
        from qaclients.core import operation_token  # noqa: PLC0415 - the token helpers load with the first token

        return operation_token(declared.RUN_TOKEN, data)

    def run_start_token(self, scenario_id: int, after_run: int | None, with_log: bool, body: dict[str, Any]) -> str:
        """The token of a run start that did not answer: the newest run id before it (``None``: nothing was sent)."""
        data = {"org": str(self.org), "scenario_id": scenario_id, "after_run": after_run, "with_log": with_log}
        from qaclients.core import operation_token  # noqa: PLC0415 - the token helpers load with the first token

        return operation_token(declared.RUN_START_TOKEN, data | {"body": body})

    def job_submit_token(self, submitted_at: int | None, body: dict[str, Any]) -> str:
        """The token of a job submission that did not answer: when it was sent (epoch ms; ``None``: it was not)."""
        data = {"org": str(self.org), "submitted_at": submitted_at, "body": body}
        from qaclients.core import operation_token  # noqa: PLC0415 - the token helpers load with the first token

        return operation_token(declared.JOB_SUBMIT_TOKEN, data)

    def token_kind(self, token: str, kinds: tuple[str, ...]) -> tuple[str, dict[str, Any]]:
        """Which of ``kinds`` a token is, and its contents (checked as :meth:`from_token` does)."""
        for kind in kinds[1:]:
            with contextlib.suppress(ValueError):
                return kind, self.from_token(token, kind)
        return kinds[0], self.from_token(token, kinds[0])  # or the error that names the main kind

    def start_failed(self, what: str, error: QAClientError, token: str, *, sent: bool) -> StartError:
        """The :class:`StartError` for a start call that failed with ``error``."""
        if sent and may_have_acted(error):
            done = f"{what} was sent but not answered ({type(error).__name__}: {error}); it may have happened"
        else:
            done = f"{what} did not happen ({type(error).__name__}: {error})"
        message = f"{done}; resume with the continuation token: it checks the server before starting anything again"
        return StartError(message, continuation_token=token, may_have_started=sent and may_have_acted(error))

    def job_token(self, job_id: str) -> str:
        """The continuation token of a scenario-creation poller."""
        from qaclients.core import operation_token  # noqa: PLC0415 - the token helpers load with the first token

        return operation_token(declared.JOB_TOKEN, {"org": str(self.org), "job_id": job_id})

    def from_token(self, token: str, kind: str) -> dict[str, Any]:
        """A token's contents, refused when it is of another kind or another organization."""
        from qaclients.core import operation_from_token  # noqa: PLC0415

        data = operation_from_token(token, kind)
        if data.get("org") != str(self.org):
            raise ValueError(f"the continuation token is for organization {data.get('org')}, not {self.org}")
        return data
