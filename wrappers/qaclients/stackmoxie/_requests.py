"""What ``StackMoxie`` and ``AsyncStackMoxie`` share, none of it I/O: configuration, list filters, decoding checks,
reading an async job's result, continuation tokens. Request bodies are in ``_bodies.py``."""

from __future__ import annotations

import datetime
import json
import uuid
from collections.abc import Iterable, Mapping
from typing import Any, TypedDict, TypeVar

from stackmoxie_client import AuthenticatedClient
from stackmoxie_client.models import Job, JobStatus, RunOutcome, Scenario
from stackmoxie_client.types import Response, Unset

from qaclients.core import ClientConfig, DecodeError, QAClientError
from qaclients.core._polling import operation_from_token, operation_token

from . import _declarations as declared

__all__ = [
    "ClientBase",
    "RunFilters",
    "job_failure",
    "parsed",
    "parsed_list",
    "run_filters",
    "scenario_from_job",
]

T = TypeVar("T")


class RunFilters(TypedDict, total=False):
    """The runs list's filters (facts): outcomes (sent comma-separated), and ran after / before a time."""

    outcome: Iterable[RunOutcome | str]
    ran_after: datetime.datetime | int
    ran_before: datetime.datetime | int


def _epoch_ms(value: datetime.datetime | int) -> int:
    """A filter time as the API takes it: epoch milliseconds (an aware datetime, or already an int)."""
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            raise ValueError("ran_after / ran_before need a timezone-aware datetime (or epoch milliseconds)")
        return int(value.timestamp() * 1000)
    return int(value)


def run_filters(filters: RunFilters) -> dict[str, Any]:
    """The filters as the generated list function takes them; unknown names and outcomes are refused."""
    unknown = sorted(set(filters) - set(RunFilters.__annotations__))
    if unknown:
        raise TypeError(f"unknown filter(s) {', '.join(unknown)}; runs take {', '.join(RunFilters.__annotations__)}")
    params: dict[str, Any] = {}
    if "outcome" in filters:
        params["outcome"] = ",".join(RunOutcome(value).value for value in filters["outcome"])
    if "ran_after" in filters:
        params["ran_after"] = _epoch_ms(filters["ran_after"])
    if "ran_before" in filters:
        params["ran_before"] = _epoch_ms(filters["ran_before"])
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
        return Scenario.from_dict(data)
    except ValueError as error:
        raise DecodeError(f"the job's data is no Scenario: {error}", model="Scenario") from error


def job_failure(job: Job) -> str:
    """Why a job failed: the message of the error its ``data`` holds, else the raw data."""
    if job.status is not JobStatus.FAILED:
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
        return operation_token(declared.RUN_TOKEN, data)

    def job_token(self, job_id: str) -> str:
        """The continuation token of a scenario-creation poller."""
        return operation_token(declared.JOB_TOKEN, {"org": str(self.org), "job_id": job_id})

    def from_token(self, token: str, kind: str) -> dict[str, Any]:
        """A token's contents, refused when it is of another kind or another organization."""
        data = operation_from_token(token, kind)
        if data.get("org") != str(self.org):
            raise ValueError(f"the continuation token is for organization {data.get('org')}, not {self.org}")
        return data
