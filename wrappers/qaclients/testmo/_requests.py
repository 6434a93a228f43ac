"""What ``Testmo`` and ``AsyncTestmo`` share, none of it I/O: request bodies, list filters, decoding checks."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypedDict, TypeVar, get_args

import httpx
from testmo_client import AuthenticatedClient, models
from testmo_client.models import RunStatus, SortOrder
from testmo_client.types import UNSET, Response, Unset

from qaclients.core import (
    ClientConfig,
    DecodeError,
    QAClientError,
    RateLimitedError,
    ServerError,
    TimeoutError,
    TransportError,
    aware_datetime,
    items_of,
    non_empty_str,
    one_of,
    positive_int,
)

if TYPE_CHECKING:
    from testmo_client.models import Artifact, CreateAutomationRun, Field, Link, Test

    from ._submit import SubmitProgress

__all__ = [
    "ClientBase",
    "Expand",
    "RunFilters",
    "RunOptions",
    "check_expands",
    "check_per_page",
    "check_submission",
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


_ID_LISTS = ("created_by", "config_id", "milestone_id", "source_id")
_EXPANDS = get_args(Expand)
_ORDERS = ("asc", "desc")


def list_filters(filters: RunFilters) -> dict[str, Any]:
    """The filters as the generated list function takes them; unknown names and bad values are refused up front."""
    unknown = sorted(set(filters) - set(RunFilters.__annotations__))
    if unknown:
        raise TypeError(
            f"unknown filter(s) {', '.join(unknown)}; Testmo lists take {', '.join(RunFilters.__annotations__)}"
        )
    params: dict[str, Any] = {}
    for name, given in filters.items():
        value = _checked_filter(name, given)
        if name in _LISTS:
            params[name] = joined(value)
        elif name == "order":
            params[name] = models.SortOrder(value)
        else:
            params[name] = value
    return params


def _checked_filter(name: str, value: Any) -> Any:
    """One filter's value, checked as Testmo takes it (facts, Responses), or TypeError/ValueError naming it."""
    if name in _ID_LISTS:
        return [positive_int(f"{name}[{i}]", v) for i, v in enumerate(items_of(name, value, int))]
    if name == "status":
        return [one_of(f"status[{i}]", v, list(models.RunStatus)) for i, v in enumerate(items_of(name, value, int))]
    if name == "tags":
        return items_of(name, value, str)
    if name == "expands":
        return check_expands(value)
    if name in ("created_after", "created_before"):
        return aware_datetime(name, value)
    if name == "order":
        return one_of(name, value.value if isinstance(value, models.SortOrder) else value, _ORDERS)
    return non_empty_str(name, value)  # sort


def check_expands(expands: Iterable[Expand] | None) -> list[str] | None:
    """The ``expands`` asked for, each one Testmo knows (facts, Responses)."""
    if expands is None:
        return None
    return [one_of(f"expands[{i}]", v, _EXPANDS) for i, v in enumerate(items_of("expands", expands, str))]


def check_per_page(per_page: int) -> None:
    """Refuse a page size Testmo does not serve, before any request."""
    positive_int("per_page", per_page)
    if per_page not in {size.value for size in models.PerPage}:
        raise ValueError(f"per_page must be one of 15, 25, 50, 100 (facts), got {per_page}")


def split_paging(params: dict[str, Any], per_page: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """The pager's params split into page/per_page (typed as the generated function wants) and the filters."""
    rest = {key: value for key, value in params.items() if key not in ("page", "per_page")}
    return {"page": params["page"], "per_page": models.PerPage(params.get("per_page", per_page))}, rest


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


_OPTION_ITEMS: dict[str, str] = {"tags": "str", "artifacts": "Artifact", "fields": "Field", "links": "Link"}
"""The type of one item of each list option, by name: the models are looked up when a run is made, not at import."""


def _item_type(name: str) -> type:
    return str if name == "str" else getattr(models, name)


def run_request(name: str, source: str, options: RunOptions) -> CreateAutomationRun:
    """The body creating a run; options not given are left out of the JSON, bad ones refused up front."""
    known = RunOptions.__annotations__
    unknown = sorted(set(options) - set(known))
    if unknown:
        raise TypeError(f"unknown run option(s) {', '.join(unknown)}; a run takes {', '.join(known)}")
    given: dict[str, Any] = {}
    for key, value in options.items():
        if key in _OPTION_ITEMS:
            given[key] = items_of(key, value, _item_type(_OPTION_ITEMS[key]))
        elif key in ("config_id", "milestone_id"):
            given[key] = positive_int(key, value)
        else:
            given[key] = non_empty_str(key, value)
    return models.CreateAutomationRun(name=non_empty_str("name", name), source=non_empty_str("source", source), **given)


def check_submission(tests: object, threads: int, parallel: int, batch_size: int) -> list[Test]:
    """``submit_results``' own arguments, refused before any request: the tests as a list of :class:`Test`."""
    positive_int("threads", threads)
    positive_int("parallel", parallel)
    positive_int("batch_size", batch_size)
    return items_of("tests", tests, models.Test)


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
        from ._submit import SubmitProgress  # noqa: PLC0415 - imported by the first submission

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
