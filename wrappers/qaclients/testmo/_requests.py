"""What ``Testmo`` and ``AsyncTestmo`` share, none of it I/O: request bodies, list filters, decoding checks."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from typing import Any, Literal, TypedDict, TypeVar

import httpx
from testmo_client import AuthenticatedClient
from testmo_client.models import Artifact, CreateAutomationRun, Field, Link, PerPage, RunStatus, SortOrder, Test
from testmo_client.types import UNSET, Response, Unset

from qaclients.core import (
    ClientConfig,
    DecodeError,
    QAClientError,
    RateLimitedError,
    ServerError,
    TimeoutError,
    TransportError,
)

from ._submit import SubmitProgress

__all__ = [
    "ClientBase",
    "Expand",
    "RunFilters",
    "RunOptions",
    "check_per_page",
    "joined",
    "list_filters",
    "parsed",
    "run_request",
    "split_paging",
]

T = TypeVar("T")
Expand = Literal["automation_sources", "configs", "milestones", "statuses", "users"]


def joined(values: Iterable[object] | None) -> str | Unset:
    """A comma-separated list, as Testmo's list filters take them (facts, Responses)."""
    return UNSET if values is None else ",".join(str(int(v)) if isinstance(v, int) else str(v) for v in values)


class RunFilters(TypedDict, total=False):
    """The list endpoint's filters (facts, Responses); every one optional, lists sent comma-separated."""

    expands: Sequence[Expand]
    sort: str
    order: SortOrder | Literal["asc", "desc"]
    created_after: datetime.datetime
    created_before: datetime.datetime
    created_by: Iterable[int]
    config_id: Iterable[int]
    milestone_id: Iterable[int]
    source_id: Iterable[int]
    status: Iterable[RunStatus | int]
    tags: Iterable[str]


_LISTS = ("expands", "created_by", "config_id", "milestone_id", "source_id", "status", "tags")


def list_filters(filters: RunFilters) -> dict[str, Any]:
    """The filters as the generated list function takes them; unknown names are refused."""
    unknown = sorted(set(filters) - set(RunFilters.__annotations__))
    if unknown:
        raise TypeError(
            f"unknown filter(s) {', '.join(unknown)}; Testmo lists take {', '.join(RunFilters.__annotations__)}"
        )
    params: dict[str, Any] = {}
    value: Any
    for name, value in filters.items():
        if name in _LISTS:
            params[name] = joined(value)
        elif name == "order":
            params[name] = SortOrder(value)
        else:
            params[name] = value
    return params


def check_per_page(per_page: int) -> None:
    """Refuse a page size Testmo does not serve, before any request."""
    if per_page not in {size.value for size in PerPage}:
        raise ValueError(f"per_page must be one of 15, 25, 50, 100 (facts), got {per_page}")


def split_paging(params: dict[str, Any], per_page: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """The pager's params split into page/per_page (typed as the generated function wants) and the filters."""
    rest = {key: value for key, value in params.items() if key not in ("page", "per_page")}
    return {"page": params["page"], "per_page": PerPage(params.get("per_page", per_page))}, rest


def parsed(response: Response[Any], expected: type[T]) -> T:
    """The decoded 2xx body; API errors were already raised by the response hook."""
    if not isinstance(response.parsed, expected):  # an undocumented 2xx/3xx: never silently None
        raise DecodeError(f"unexpected status {int(response.status_code)}", model=expected.__name__)
    return response.parsed


class RunOptions(TypedDict, total=False):
    """What a new run may carry besides its name and source (facts, Request bodies: create run)."""

    config: str
    config_id: int
    milestone: str
    milestone_id: int
    tags: Sequence[str]
    artifacts: Sequence[Artifact]
    fields: Sequence[Field]
    links: Sequence[Link]


def run_request(name: str, source: str, options: RunOptions) -> CreateAutomationRun:
    """The body creating a run; options not given are left out of the JSON."""
    known = RunOptions.__annotations__
    unknown = sorted(set(options) - set(known))
    if unknown:
        raise TypeError(f"unknown run option(s) {', '.join(unknown)}; a run takes {', '.join(known)}")
    given: dict[str, Any] = {
        key: list(value) if isinstance(value, (list, tuple)) else value for key, value in options.items()
    }
    return CreateAutomationRun(name=name, source=source, **given)


def is_uncertain(error: BaseException) -> bool:
    """Whether a failed append may still have been stored: the request left and no clear refusal came back."""
    if isinstance(error, RateLimitedError):
        return False
    if isinstance(error, TransportError):
        return not isinstance(error.__cause__, (httpx.ConnectError, httpx.ConnectTimeout))
    return isinstance(error, (ServerError, TimeoutError))


class ClientBase:
    """Configuration and the generated client, shared by both shells."""

    def __init__(self, config: ClientConfig) -> None:
        if config.token is None:
            raise QAClientError("Testmo needs an API token (TESTMO_TOKEN or token=...)")
        self.config = config
        self.api = AuthenticatedClient(base_url=config.base_url, token=config.token.get_secret_value())
        self._token = config.token.get_secret_value()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.config.base_url!r})"

    @staticmethod
    def make_config(
        base_url: str | None, token: str | None, config: ClientConfig | None, options: dict[str, Any]
    ) -> ClientConfig:
        """``config`` when given, else one built from the arguments."""
        if config is not None:
            return config
        if base_url is None:
            raise QAClientError("Testmo needs base_url (https://<instance>.testmo.net/api/v1) or Testmo.from_env()")
        return ClientConfig(base_url=base_url, token=token, **options)

    @staticmethod
    def start_progress(resume: SubmitProgress | str | None, threads: int) -> SubmitProgress:
        """A fresh progress record, or the one to resume (checked against ``threads``)."""
        if resume is None:
            return SubmitProgress(threads=threads)
        progress = SubmitProgress.from_token(resume) if isinstance(resume, str) else resume
        if progress.threads != threads:
            raise ValueError(f"resume has {progress.threads} thread(s) but threads={threads} was asked for")
        return progress

    @staticmethod
    def remaining(group: list[Test], progress: SubmitProgress, index: int) -> list[Test]:
        """The tests of thread ``index`` the server has not accepted yet."""
        done = set(progress.accepted[index])
        return [test for test in group if test.key not in done]
