"""What ``TestManagement`` and ``AsyncTestManagement`` share, none of it I/O: request bodies, list filters, envelopes.

Bodies are built as the JSON the docs show and then decoded by the generated models' checked ``from_dict``, so a
wrong type is refused before any request, with the field named.
"""

from __future__ import annotations

import datetime
import enum
import os
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypedDict, TypeVar, get_args

from browserstack_tm_client import Client, models
from browserstack_tm_client.types import UNSET, Response, Unset

from qaclients.core import ClientConfig, ConfigError, DecodeError, QAClientError, items_of, non_empty_str, one_of
from qaclients.core._arguments import ArgumentCheck, boolean, checked_arguments, positive_int

from . import _declarations as declared

if TYPE_CHECKING:
    from browserstack_tm_client.models import (
        AssignTestCasesRequest,
        CloneTestRunRequest,
        ConfigurationMapEntry,
        IssueTracker,
        ReplaceTestRunFields,
        TestCaseFilter,
        TestCaseMapping,
        TestCasesChange,
        TestCaseStatus,
        TestRun,
        TestRunEnvelope,
        TestRunFields,
    )

__all__ = [
    "ARGUMENT_RULES",
    "Assignee",
    "ClientBase",
    "RunDetails",
    "RunFields",
    "RunFilters",
    "RunStateName",
    "assign_body",
    "checked",
    "clone_body",
    "fields_body",
    "flag",
    "identifier_of",
    "list_filters",
    "mappings",
    "parsed",
    "replace_body",
    "run_of",
]

T = TypeVar("T")
RunStateName = Literal["new_run", "in_progress", "under_review", "rejected", "done", "closed"]
RunStateFilter = Literal["new", "new_run", "under_review", "in_progress", "rejected", "done", "closed"]
DateFilter = datetime.date | str


class RunFilters(TypedDict, total=False):
    """The list endpoint's filters (docs, Get test runs list); lists are sent comma-separated (ORed)."""

    closed_before: DateFilter
    closed_after: DateFilter
    created_before: DateFilter
    created_after: DateFilter
    test_plan_id: str
    assignee: str | Iterable[str]
    include_closed: bool
    run_state: RunStateFilter | Iterable[RunStateFilter]


class RunDetails(TypedDict, total=False):
    """A run's fields besides its name and state (docs, Create a test run). ``None`` clears a text field."""

    description: str | None
    assignee: str | None
    test_case_assignee: str | None
    tags: Sequence[str]
    issues: Sequence[str]
    issue_tracker: IssueTracker | Mapping[str, str]
    configurations: Sequence[int]
    configuration_map: Sequence[ConfigurationMapEntry | Mapping[str, Any]]
    test_plan_id: str
    sub_test_plan_id: str
    test_cases: Sequence[str]
    folder_ids: Sequence[int]
    include_all: bool
    filter_scope: Literal["global", "within_folders"]
    filter_test_cases: TestCaseFilter | Mapping[str, Any]


class RunFields(RunDetails, total=False):
    """What a run may be created or updated with: :class:`RunDetails` plus ``name`` and ``run_state``."""

    name: str
    run_state: RunStateName


class Assignee(TypedDict, total=False):
    """One assignment of :meth:`TestManagement.assign_test_cases` (``configuration_id`` only when the run has them)."""

    test_case_id: str
    configuration_id: int
    assignee: str


_REPLACE_DEFAULTS: Mapping[str, Any] = {
    "description": None,
    "assignee": None,
    "test_case_assignee": None,
    "tags": [],
    "issues": [],
    "configurations": [],
    "test_cases": [],
    "folder_ids": [],
}
"""What ``replace_test_run`` sends for a field not given: the cleared value (the reference wants every one sent)."""


def _json(value: Any) -> Any:
    """``value`` as JSON data: generated models through ``to_dict``, enum members as their values, tuples as lists."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Mapping):
        return {str(key): _json(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json(item) for item in value]
    return value


def _decoded(model: type[T], data: Mapping[str, Any], what: str) -> T:
    unknown = (
        sorted(set(data) - set(RunFields.__annotations__))
        if model in (models.TestRunFields, models.ReplaceTestRunFields)
        else []
    )
    if unknown:
        raise TypeError(
            f"unknown {what} field(s) {', '.join(unknown)}; a run takes {', '.join(RunFields.__annotations__)}"
        )
    try:
        return model.from_dict(dict(data))  # type: ignore[attr-defined, no-any-return]
    except ValueError as error:  # the generated decoder's DecodeError names the field and the expected type
        raise TypeError(f"invalid {what}: {error}") from error


def fields_body(fields: Mapping[str, Any]) -> TestRunFields:
    """The ``test_run`` of a create or a sparse update: exactly the fields given."""
    return _decoded(models.TestRunFields, _json(dict(fields)), "test run")


def replace_body(fields: Mapping[str, Any]) -> ReplaceTestRunFields:
    """The ``test_run`` of a replacing update: every field, those not given cleared."""
    return _decoded(models.ReplaceTestRunFields, {**_REPLACE_DEFAULTS, **_json(dict(fields))}, "test run")


def clone_body(options: Mapping[str, Any]) -> CloneTestRunRequest:
    """A clone request with only the options given (``{}`` takes the Clone dialog's defaults); ``statuses`` go with
    ``test_case_selection="by_results"``."""
    if options.get("statuses") is not None and options.get("test_case_selection") != "by_results":
        raise ValueError('statuses go with test_case_selection="by_results"')
    given = {key: _json(value) for key, value in options.items() if value is not None}
    return _decoded(models.CloneTestRunRequest, given, "clone option")


def assign_body(assignments: Iterable[Assignee | Mapping[str, Any]]) -> AssignTestCasesRequest:
    """The ``assign_to`` body; refuses an empty list before any request."""
    listed = [_json(item) for item in assignments]
    if not listed:
        raise ValueError("assign_test_cases needs at least one assignment")
    return _decoded(models.AssignTestCasesRequest, {"assign_to": listed}, "assignment")


def mappings(items: Iterable[TestCaseMapping | Mapping[str, Any] | str]) -> list[TestCaseMapping]:
    """Entries of ``add_test_cases``/``remove_test_cases``; a bare ``"TC-1"`` is that case without a configuration."""
    found: list[TestCaseMapping] = []
    for item in items:
        if isinstance(item, str):
            found.append(models.TestCaseMapping(test_case_ids=[item]))
        elif isinstance(item, models.TestCaseMapping):
            found.append(item)
        else:
            found.append(_decoded(models.TestCaseMapping, _json(item), "test case mapping"))
    return found


def change_body(
    add: list[TestCaseMapping], remove: list[TestCaseMapping], preserve_existing_results: bool | None
) -> TestCasesChange:
    """The ``test_run`` of an add/remove; refuses one with nothing to do (the API's ``operation_required``)."""
    if not add and not remove:
        raise ValueError("begin_update_test_cases needs test cases to add or to remove")
    return models.TestCasesChange(
        add_test_cases=add or UNSET,
        remove_test_cases=remove or UNSET,
        preserve_existing_results=UNSET if preserve_existing_results is None else preserve_existing_results,
    )


def _date(value: DateFilter) -> str:
    return value.isoformat() if isinstance(value, datetime.date) else value


def _joined(value: str | Iterable[str]) -> str:
    return value if isinstance(value, str) else ",".join(value)


def list_filters(filters: RunFilters) -> dict[str, Any]:
    """The filters as the generated list function takes them; unknown names are refused."""
    unknown = sorted(set(filters) - set(RunFilters.__annotations__))
    if unknown:
        known = ", ".join(RunFilters.__annotations__)
        raise TypeError(f"unknown filter(s) {', '.join(unknown)}; test run lists take {known}")
    for name, value in filters.items():
        if name.endswith(("_before", "_after")) and not isinstance(value, datetime.date | str):
            raise TypeError(f"{name} must be a date or an ISO date str, got {type(value).__name__} {value!r:.60}")
    if "run_state" in filters:
        state = filters["run_state"]
        for one in [state] if isinstance(state, str) else items_of("run_state", state, str):
            one_of("run_state", one, get_args(RunStateFilter))
    if "assignee" in filters and not isinstance(filters["assignee"], str):
        items_of("assignee", filters["assignee"], str)
    if "include_closed" in filters:
        boolean("include_closed", filters["include_closed"])
    params: dict[str, Any] = {}
    for name, value in filters.items():
        if name.endswith(("_before", "_after")):
            params[name] = _date(value)  # type: ignore[arg-type]
        elif name in ("assignee", "run_state"):
            params[name] = _joined(value)  # type: ignore[arg-type]
        else:
            params[name] = value
    return params


def parsed(response: Response[Any], expected: type[T]) -> T:
    """The decoded 2xx body; API errors were already raised by the response hook."""
    if not isinstance(response.parsed, expected):  # an undocumented 2xx/3xx: never silently None
        raise DecodeError(f"unexpected status {int(response.status_code)}", model=expected.__name__)
    return response.parsed


def run_of(envelope: TestRunEnvelope) -> TestRun:
    """The run of an envelope, whichever key it came under (``test_run`` or ``testrun``: both occur, facts)."""
    for run in (envelope.test_run, envelope.testrun):
        if isinstance(run, models.TestRun):
            return run
    raise DecodeError("neither test_run nor testrun in the answer", model="TestRunEnvelope")


def flag(value: bool) -> bool | Unset:
    """A boolean query switch: sent as ``true`` when set, left out otherwise."""
    return True if value else UNSET


def identifier_of(run: TestRun) -> str:
    """A run's identifier (``TR-…``, its only id: facts); an answer without one cannot be followed up."""
    if isinstance(run.identifier, str) and run.identifier:
        return run.identifier
    raise DecodeError("the answer's run has no identifier", model="TestRun", field="identifier")


def either(value: T | Unset | None, default: T) -> T:
    """``value`` unless absent."""
    return default if value is None or isinstance(value, Unset) else value


class ClientBase:
    """Configuration and the generated client, shared by both shells."""

    def __init__(self, config: ClientConfig) -> None:
        username, access_key = config.credentials.get("username"), config.credentials.get("access_key")
        if username is None or access_key is None:
            raise QAClientError(
                "BrowserStack needs a username and an access key (BROWSERSTACK_USERNAME, BROWSERSTACK_ACCESS_KEY)"
            )
        self.config = config
        self.api = Client(base_url=config.base_url)
        self._auth = declared.auth_headers(username.get_secret_value(), access_key.get_secret_value())

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.config.base_url!r})"

    @staticmethod
    def make_config(  # noqa: PLR0917 - the constructor's arguments, passed on as they came
        username: str | None,
        access_key: str | None,
        region: declared.Region | None,
        base_url: str | None,
        config: ClientConfig | None,
        options: dict[str, Any],
    ) -> ClientConfig:
        """``config`` when given, else one built from the arguments (``region`` and ``base_url`` exclude each other)."""
        if config is not None:
            return config
        if not username or not access_key:
            raise QAClientError("BrowserStack needs username= and access_key= (or TestManagement.from_env())")
        credentials = {"username": username, "access_key": access_key}
        return ClientConfig(base_url=_base_url(region, base_url), credentials=credentials, **options)

    @staticmethod
    def env_config(env: Mapping[str, str] | None, overrides: dict[str, Any]) -> ClientConfig:
        """``BROWSERSTACK_USERNAME``/``ACCESS_KEY`` plus ``BROWSERSTACK_TM_BASE_URL`` or ``BROWSERSTACK_TM_REGION``."""
        source = os.environ if env is None else env
        if "base_url" not in overrides:
            region = source.get("BROWSERSTACK_TM_REGION", "").strip().lower() or None
            overrides["base_url"] = _base_url(region, source.get("BROWSERSTACK_TM_BASE_URL", "").strip() or None)
        return ClientConfig.from_env(
            declared.ENV_PREFIX,
            env=source,
            require_token=False,
            credential_names=("USERNAME", "ACCESS_KEY"),
            **overrides,
        )


def _base_url(region: str | None, base_url: str | None) -> str:
    if region is not None and base_url is not None:
        raise ConfigError("give region or base_url, not both")
    if base_url is not None:
        return base_url
    try:
        return declared.REGIONS[region or "us"]  # type: ignore[index]
    except KeyError:
        raise ConfigError(f"unknown region {region!r}; BrowserStack serves {', '.join(declared.REGIONS)}") from None


# -- argument checks -------------------------------------------------------------------------------------------------


def _statuses(name: str, value: Any) -> list[TestCaseStatus | str]:
    known = [status.value for status in models.TestCaseStatus]
    statuses = items_of(name, value, (models.TestCaseStatus, str))
    for index, status in enumerate(statuses):
        one_of(f"{name}[{index}]", getattr(status, "value", status), known)
    return statuses


def _test_cases(name: str, value: Any) -> list[TestCaseMapping | Mapping[str, Any] | str]:
    return items_of(name, value, (models.TestCaseMapping, Mapping, str))


ARGUMENT_RULES: Mapping[str, ArgumentCheck] = {
    "project_id": non_empty_str,  # ids are strings such as PR-1 and TR-45
    "test_run_id": non_empty_str,
    "page_size": lambda name, value: positive_int(name, value, maximum=declared.MAX_PAGE_SIZE),
    "max_items": lambda name, value: positive_int(name, value, minimum=0),
    "prefetch": positive_int,
    "continuation_token": non_empty_str,
    "name": non_empty_str,
    "run_state": lambda name, value: one_of(name, value, get_args(RunStateName)),
    "assignments": lambda name, value: items_of(name, value, Mapping),
    "minify": boolean,
    "fetch_steps": boolean,
    "test_case_selection": lambda name, value: one_of(name, value, ("all", "by_results")),
    "statuses": _statuses,
    "copy_tc_assignee": boolean,
    "copy_tags": boolean,
    "copy_issues": boolean,
    "add": _test_cases,
    "remove": _test_cases,
    "preserve_existing_results": boolean,
}
"""Every public method's arguments, by name, checked before any request (``None`` passes where it may be given);
the ``**fields``/``**filters`` entries are checked as their bodies are built."""

checked = checked_arguments(ARGUMENT_RULES, none="if_optional", inherited=False, keywords=False)
"""The class decorator of both clients: each method they define checks its arguments by :data:`ARGUMENT_RULES`."""
