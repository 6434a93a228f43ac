# Generated from specs/browserstack_tm/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/browserstack_tm/GENERATED.json.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="TestRun")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "identifier",
        "name",
        "description",
        "active_state",
        "run_state",
        "assignee",
        "project_id",
        "created_at",
        "updated_at",
        "tags",
        "issues",
        "configurations",
        "test_plan",
        "filter_test_cases",
        "links",
        "urls",
        "test_cases",
        "test_cases_count",
        "passed_count",
        "failed_count",
        "customstatus_count",
        "overall_progress",
        "test_case_summary",
        "include_closed",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_identifier,
    _k_name,
    _k_description,
    _k_active_state,
    _k_run_state,
    _k_assignee,
    _k_project_id,
    _k_created_at,
    _k_updated_at,
    _k_tags,
    _k_issues,
    _k_configurations,
    _k_test_plan,
    _k_filter_test_cases,
    _k_links,
    _k_urls,
    _k_test_cases,
    _k_test_cases_count,
    _k_passed_count,
    _k_failed_count,
    _k_customstatus_count,
    _k_overall_progress,
    _k_test_case_summary,
    _k_include_closed,
) = _d.parsed_keys(
    "identifier",
    "name",
    "description",
    "active_state",
    "run_state",
    "assignee",
    "project_id",
    "created_at",
    "updated_at",
    "tags",
    "issues",
    "configurations",
    "test_plan",
    "filter_test_cases",
    "links",
    "urls",
    "test_cases",
    "test_cases_count",
    "passed_count",
    "failed_count",
    "customstatus_count",
    "overall_progress",
    "test_case_summary",
    "include_closed",
)
_members = _itemgetter(
    _k_identifier,
    _k_name,
    _k_description,
    _k_active_state,
    _k_run_state,
    _k_assignee,
    _k_project_id,
    _k_created_at,
    _k_updated_at,
    _k_tags,
    _k_issues,
    _k_configurations,
    _k_test_plan,
    _k_filter_test_cases,
    _k_links,
    _k_urls,
    _k_test_cases,
    _k_test_cases_count,
    _k_passed_count,
    _k_failed_count,
    _k_customstatus_count,
    _k_overall_progress,
    _k_test_case_summary,
    _k_include_closed,
)


@_attrs_define
class TestRun:
    """A test run: a list row, a detail (with test_cases, overall_progress, issues), a minified detail, or the sparse
    answer of an update. `identifier` (`TR-…`) is its only id (facts).

        Attributes:
            identifier (str | Unset):
            name (str | Unset):
            description (None | str | Unset):
            active_state (str | Unset): `active` or `closed`.
            run_state (str | Unset): new_run, in_progress, under_review, rejected, done or closed (the PATCH example answers
                `new`); kept a string so a state added later still decodes.
            assignee (None | str | Unset): Email (facts - or null).
            project_id (str | Unset):
            created_at (datetime.datetime | Unset):
            updated_at (datetime.datetime | Unset):
            tags (list[str] | Unset):
            issues (list[str] | Unset):
            configurations (list[int] | Unset):
            test_plan (TestPlanRef | Unset):
            filter_test_cases (DynamicRunFlag | Unset): How a run's filter is kept (facts); a request's filter is a
                TestCaseFilter.
            links (RunLinks | Unset):
            urls (Urls | Unset):
            test_cases (list[RunTestCase] | Unset):
            test_cases_count (int | Unset):
            passed_count (int | Unset):
            failed_count (int | Unset):
            customstatus_count (int | Unset):
            overall_progress (StatusCounts | Unset): Test cases per status; sparse, keyed by status names (`{"Untested": 4}`
                live, lower-case in the reference), custom statuses included.
            test_case_summary (TestCaseSummary | Unset): Test cases of a fresh clone per status; all start untested.
            include_closed (bool | Unset): Echoed on list rows in the reference example.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    identifier: str | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    active_state: str | Unset = UNSET
    run_state: str | Unset = UNSET
    assignee: None | str | Unset = UNSET
    project_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    tags: list[str] | Unset = UNSET
    issues: list[str] | Unset = UNSET
    configurations: list[int] | Unset = UNSET
    test_plan: TestPlanRef | Unset = UNSET
    filter_test_cases: DynamicRunFlag | Unset = UNSET
    links: RunLinks | Unset = UNSET
    urls: Urls | Unset = UNSET
    test_cases: list[RunTestCase] | Unset = UNSET
    test_cases_count: int | Unset = UNSET
    passed_count: int | Unset = UNSET
    failed_count: int | Unset = UNSET
    customstatus_count: int | Unset = UNSET
    overall_progress: StatusCounts | Unset = UNSET
    test_case_summary: TestCaseSummary | Unset = UNSET
    include_closed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        active_state = self.active_state

        run_state = self.run_state

        assignee: None | str | Unset
        if isinstance(self.assignee, Unset):
            assignee = UNSET
        else:
            assignee = self.assignee

        project_id = self.project_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        issues: list[str] | Unset = UNSET
        if not isinstance(self.issues, Unset):
            issues = self.issues

        configurations: list[int] | Unset = UNSET
        if not isinstance(self.configurations, Unset):
            configurations = self.configurations

        test_plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.test_plan, Unset):
            test_plan = self.test_plan.to_dict()

        filter_test_cases: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_test_cases, Unset):
            filter_test_cases = self.filter_test_cases.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        urls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.urls, Unset):
            urls = self.urls.to_dict()

        test_cases: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.test_cases, Unset):
            test_cases = []
            for test_cases_item_data in self.test_cases:
                test_cases_item = test_cases_item_data.to_dict()
                test_cases.append(test_cases_item)

        test_cases_count = self.test_cases_count

        passed_count = self.passed_count

        failed_count = self.failed_count

        customstatus_count = self.customstatus_count

        overall_progress: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overall_progress, Unset):
            overall_progress = self.overall_progress.to_dict()

        test_case_summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.test_case_summary, Unset):
            test_case_summary = self.test_case_summary.to_dict()

        include_closed = self.include_closed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if active_state is not UNSET:
            field_dict["active_state"] = active_state
        if run_state is not UNSET:
            field_dict["run_state"] = run_state
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if tags is not UNSET:
            field_dict["tags"] = tags
        if issues is not UNSET:
            field_dict["issues"] = issues
        if configurations is not UNSET:
            field_dict["configurations"] = configurations
        if test_plan is not UNSET:
            field_dict["test_plan"] = test_plan
        if filter_test_cases is not UNSET:
            field_dict["filter_test_cases"] = filter_test_cases
        if links is not UNSET:
            field_dict["links"] = links
        if urls is not UNSET:
            field_dict["urls"] = urls
        if test_cases is not UNSET:
            field_dict["test_cases"] = test_cases
        if test_cases_count is not UNSET:
            field_dict["test_cases_count"] = test_cases_count
        if passed_count is not UNSET:
            field_dict["passed_count"] = passed_count
        if failed_count is not UNSET:
            field_dict["failed_count"] = failed_count
        if customstatus_count is not UNSET:
            field_dict["customstatus_count"] = customstatus_count
        if overall_progress is not UNSET:
            field_dict["overall_progress"] = overall_progress
        if test_case_summary is not UNSET:
            field_dict["test_case_summary"] = test_case_summary
        if include_closed is not UNSET:
            field_dict["include_closed"] = include_closed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``TestRun`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("TestRun", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 24
        if _read:
            try:
                (
                    identifier,
                    name,
                    description,
                    active_state,
                    run_state,
                    assignee,
                    project_id,
                    created_at,
                    updated_at,
                    tags,
                    issues,
                    configurations,
                    test_plan,
                    filter_test_cases,
                    links,
                    urls,
                    test_cases,
                    test_cases_count,
                    passed_count,
                    failed_count,
                    customstatus_count,
                    overall_progress,
                    test_case_summary,
                    include_closed,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            identifier = _src.get(_k_identifier, UNSET)
            name = _src.get(_k_name, UNSET)
            description = _src.get(_k_description, UNSET)
            active_state = _src.get(_k_active_state, UNSET)
            run_state = _src.get(_k_run_state, UNSET)
            assignee = _src.get(_k_assignee, UNSET)
            project_id = _src.get(_k_project_id, UNSET)
            created_at = _src.get(_k_created_at, UNSET)
            updated_at = _src.get(_k_updated_at, UNSET)
            tags = _src.get(_k_tags, UNSET)
            issues = _src.get(_k_issues, UNSET)
            configurations = _src.get(_k_configurations, UNSET)
            test_plan = _src.get(_k_test_plan, UNSET)
            filter_test_cases = _src.get(_k_filter_test_cases, UNSET)
            links = _src.get(_k_links, UNSET)
            urls = _src.get(_k_urls, UNSET)
            test_cases = _src.get(_k_test_cases, UNSET)
            test_cases_count = _src.get(_k_test_cases_count, UNSET)
            passed_count = _src.get(_k_passed_count, UNSET)
            failed_count = _src.get(_k_failed_count, UNSET)
            customstatus_count = _src.get(_k_customstatus_count, UNSET)
            overall_progress = _src.get(_k_overall_progress, UNSET)
            test_case_summary = _src.get(_k_test_case_summary, UNSET)
            include_closed = _src.get(_k_include_closed, UNSET)
        if identifier.__class__ is not str:
            if identifier is not UNSET:
                raise _d.fail("TestRun", "identifier", identifier, "string")
            _absent += 1

        if name.__class__ is not str:
            if name is not UNSET:
                raise _d.fail("TestRun", "name", name, "string")
            _absent += 1

        if description.__class__ is not str and description is not None:
            if description is not UNSET:
                raise _d.fail("TestRun", "description", description, "string")
            _absent += 1

        if active_state.__class__ is not str:
            if active_state is not UNSET:
                raise _d.fail("TestRun", "active_state", active_state, "string")
            _absent += 1

        if run_state.__class__ is not str:
            if run_state is not UNSET:
                raise _d.fail("TestRun", "run_state", run_state, "string")
            _absent += 1

        if assignee.__class__ is not str and assignee is not None:
            if assignee is not UNSET:
                raise _d.fail("TestRun", "assignee", assignee, "string")
            _absent += 1

        if project_id.__class__ is not str:
            if project_id is not UNSET:
                raise _d.fail("TestRun", "project_id", project_id, "string")
            _absent += 1

        if created_at is UNSET:
            _absent += 1
        else:
            try:
                created_at = _d.parse_datetime(created_at)
            except (TypeError, ValueError):
                raise _d.fail("TestRun", "created_at", created_at, "ISO 8601 date-time") from None

        if updated_at is UNSET:
            _absent += 1
        else:
            try:
                updated_at = _d.parse_datetime(updated_at)
            except (TypeError, ValueError):
                raise _d.fail("TestRun", "updated_at", updated_at, "ISO 8601 date-time") from None

        if tags is UNSET:
            _absent += 1
        else:
            if tags.__class__ is not list:
                raise _d.fail("TestRun", "tags", tags, "array")
            for _item in tags:
                if _item.__class__ is not str:
                    _d.list_of(str, "string", "TestRun", "tags", tags)  # raises, naming the item

        if issues is UNSET:
            _absent += 1
        else:
            if issues.__class__ is not list:
                raise _d.fail("TestRun", "issues", issues, "array")
            for _item in issues:
                if _item.__class__ is not str:
                    _d.list_of(str, "string", "TestRun", "issues", issues)  # raises, naming the item

        if configurations is UNSET:
            _absent += 1
        else:
            if configurations.__class__ is not list:
                raise _d.fail("TestRun", "configurations", configurations, "array")
            for _item in configurations:
                if _item.__class__ is not int:
                    _d.list_of(int, "integer", "TestRun", "configurations", configurations)  # raises, naming the item

        if test_plan is UNSET:
            _absent += 1
        else:
            try:
                test_plan = _TestPlanRef_from_dict(test_plan)
            except DecodeError as _error:
                raise _error.within("TestRun", "test_plan") from None

        if filter_test_cases is UNSET:
            _absent += 1
        else:
            try:
                filter_test_cases = _DynamicRunFlag_from_dict(filter_test_cases)
            except DecodeError as _error:
                raise _error.within("TestRun", "filter_test_cases") from None

        if links is UNSET:
            _absent += 1
        else:
            try:
                links = _RunLinks_from_dict(links)
            except DecodeError as _error:
                raise _error.within("TestRun", "links") from None

        if urls is UNSET:
            _absent += 1
        else:
            try:
                urls = _Urls_from_dict(urls)
            except DecodeError as _error:
                raise _error.within("TestRun", "urls") from None

        if test_cases is UNSET:
            _absent += 1
        else:
            if test_cases.__class__ is not list:
                raise _d.fail("TestRun", "test_cases", test_cases, "array")
            try:
                test_cases = [*map(_RunTestCase_from_dict, test_cases)]
            except DecodeError:
                raise _d.item_failure(RunTestCase, "TestRun", "test_cases", test_cases) from None

        if test_cases_count.__class__ is not int:
            if test_cases_count is not UNSET:
                raise _d.fail("TestRun", "test_cases_count", test_cases_count, "integer")
            _absent += 1

        if passed_count.__class__ is not int:
            if passed_count is not UNSET:
                raise _d.fail("TestRun", "passed_count", passed_count, "integer")
            _absent += 1

        if failed_count.__class__ is not int:
            if failed_count is not UNSET:
                raise _d.fail("TestRun", "failed_count", failed_count, "integer")
            _absent += 1

        if customstatus_count.__class__ is not int:
            if customstatus_count is not UNSET:
                raise _d.fail("TestRun", "customstatus_count", customstatus_count, "integer")
            _absent += 1

        if overall_progress is UNSET:
            _absent += 1
        else:
            try:
                overall_progress = _StatusCounts_from_dict(overall_progress)
            except DecodeError as _error:
                raise _error.within("TestRun", "overall_progress") from None

        if test_case_summary is UNSET:
            _absent += 1
        else:
            try:
                test_case_summary = _TestCaseSummary_from_dict(test_case_summary)
            except DecodeError as _error:
                raise _error.within("TestRun", "test_case_summary") from None

        if include_closed.__class__ is not bool:
            if include_closed is not UNSET:
                raise _d.fail("TestRun", "include_closed", include_closed, "boolean")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        test_run = _new(cls)
        test_run.identifier = identifier
        test_run.name = name
        test_run.description = description
        test_run.active_state = active_state
        test_run.run_state = run_state
        test_run.assignee = assignee
        test_run.project_id = project_id
        test_run.created_at = created_at
        test_run.updated_at = updated_at
        test_run.tags = tags
        test_run.issues = issues
        test_run.configurations = configurations
        test_run.test_plan = test_plan
        test_run.filter_test_cases = filter_test_cases
        test_run.links = links
        test_run.urls = urls
        test_run.test_cases = test_cases
        test_run.test_cases_count = test_cases_count
        test_run.passed_count = passed_count
        test_run.failed_count = failed_count
        test_run.customstatus_count = customstatus_count
        test_run.overall_progress = overall_progress
        test_run.test_case_summary = test_case_summary
        test_run.include_closed = include_closed
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        test_run.additional_properties = {} if len(_src) + _absent == 24 else _d.extra_keys(_src, _KNOWN_KEYS)
        return test_run

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last, not first: these models may import this one (circular references in the spec).
from ..models.dynamic_run_flag import DynamicRunFlag  # noqa: E402
from ..models.run_links import RunLinks  # noqa: E402
from ..models.run_test_case import RunTestCase  # noqa: E402
from ..models.status_counts import StatusCounts  # noqa: E402
from ..models.test_case_summary import TestCaseSummary  # noqa: E402
from ..models.test_plan_ref import TestPlanRef  # noqa: E402
from ..models.urls import Urls  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_TestRun_from_dict = TestRun.from_dict
_DynamicRunFlag_from_dict = DynamicRunFlag.from_dict
_RunLinks_from_dict = RunLinks.from_dict
_RunTestCase_from_dict = RunTestCase.from_dict
_StatusCounts_from_dict = StatusCounts.from_dict
_TestCaseSummary_from_dict = TestCaseSummary.from_dict
_TestPlanRef_from_dict = TestPlanRef.from_dict
_Urls_from_dict = Urls.from_dict
