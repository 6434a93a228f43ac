# Generated from specs/browserstack_tm/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/browserstack_tm/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError
from ..models.run_state import RunState
from ..models.test_run_fields_filter_scope import TestRunFieldsFilterScope
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReplaceTestRunFields")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "description",
        "run_state",
        "assignee",
        "test_case_assignee",
        "tags",
        "issues",
        "configurations",
        "test_cases",
        "folder_ids",
        "issue_tracker",
        "configuration_map",
        "test_plan_id",
        "sub_test_plan_id",
        "include_all",
        "filter_scope",
        "filter_test_cases",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_name,
    _k_description,
    _k_run_state,
    _k_assignee,
    _k_test_case_assignee,
    _k_tags,
    _k_issues,
    _k_configurations,
    _k_test_cases,
    _k_folder_ids,
    _k_issue_tracker,
    _k_configuration_map,
    _k_test_plan_id,
    _k_sub_test_plan_id,
    _k_include_all,
    _k_filter_scope,
    _k_filter_test_cases,
) = _d.parsed_keys(
    "name",
    "description",
    "run_state",
    "assignee",
    "test_case_assignee",
    "tags",
    "issues",
    "configurations",
    "test_cases",
    "folder_ids",
    "issue_tracker",
    "configuration_map",
    "test_plan_id",
    "sub_test_plan_id",
    "include_all",
    "filter_scope",
    "filter_test_cases",
)
_members = _itemgetter(
    _k_name,
    _k_description,
    _k_run_state,
    _k_assignee,
    _k_test_case_assignee,
    _k_tags,
    _k_issues,
    _k_configurations,
    _k_test_cases,
    _k_folder_ids,
    _k_issue_tracker,
    _k_configuration_map,
    _k_test_plan_id,
    _k_sub_test_plan_id,
    _k_include_all,
    _k_filter_scope,
    _k_filter_test_cases,
)


@_attrs_define
class ReplaceTestRunFields:
    """A complete test run, as POST `/update` wants it; every field the reference stars is required.

    Attributes:
        name (str):
        description (None | str):
        run_state (RunState): The state of a test run as a request sets it.
        assignee (None | str): Email of the run's assignee.
        test_case_assignee (None | str): Email of the assignee of the run's test cases.
        tags (list[str]):
        issues (list[str]): Linked Jira, Asana or Azure issue ids.
        configurations (list[int]): Configuration ids (OS, browser, device) every test case runs under unless mapped.
        test_cases (list[str]): Test case ids; plain strings only, objects are refused with 400 (facts, Transport).
        folder_ids (list[int]):
        issue_tracker (IssueTracker | Unset): Which issue tracker the `issues` ids belong to.
        configuration_map (list[ConfigurationMapEntry] | Unset):
        test_plan_id (str | Unset): Mutually exclusive with sub_test_plan_id.
        sub_test_plan_id (str | Unset): Mutually exclusive with test_plan_id.
        include_all (bool | Unset): Every test case of the project; wins over filter_scope.
        filter_scope (TestRunFieldsFilterScope | Unset): Where filter_test_cases applies; only with folder_ids and
            filter_test_cases. Default global.
        filter_test_cases (TestCaseFilter | Unset): Selects the test cases to put in the run; values within a field are
            ORed, fields are ANDed.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    name: str
    description: None | str
    run_state: RunState
    assignee: None | str
    test_case_assignee: None | str
    tags: list[str]
    issues: list[str]
    configurations: list[int]
    test_cases: list[str]
    folder_ids: list[int]
    issue_tracker: IssueTracker | Unset = UNSET
    configuration_map: list[ConfigurationMapEntry] | Unset = UNSET
    test_plan_id: str | Unset = UNSET
    sub_test_plan_id: str | Unset = UNSET
    include_all: bool | Unset = UNSET
    filter_scope: TestRunFieldsFilterScope | Unset = UNSET
    filter_test_cases: TestCaseFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str
        description = self.description

        run_state = self.run_state.value

        assignee: None | str
        assignee = self.assignee

        test_case_assignee: None | str
        test_case_assignee = self.test_case_assignee

        tags = self.tags

        issues = self.issues

        configurations = self.configurations

        test_cases = self.test_cases

        folder_ids = self.folder_ids

        issue_tracker: dict[str, Any] | Unset = UNSET
        if not isinstance(self.issue_tracker, Unset):
            issue_tracker = self.issue_tracker.to_dict()

        configuration_map: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.configuration_map, Unset):
            configuration_map = []
            for configuration_map_item_data in self.configuration_map:
                configuration_map_item = configuration_map_item_data.to_dict()
                configuration_map.append(configuration_map_item)

        test_plan_id = self.test_plan_id

        sub_test_plan_id = self.sub_test_plan_id

        include_all = self.include_all

        filter_scope: str | Unset = UNSET
        if not isinstance(self.filter_scope, Unset):
            filter_scope = self.filter_scope.value

        filter_test_cases: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_test_cases, Unset):
            filter_test_cases = self.filter_test_cases.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "run_state": run_state,
                "assignee": assignee,
                "test_case_assignee": test_case_assignee,
                "tags": tags,
                "issues": issues,
                "configurations": configurations,
                "test_cases": test_cases,
                "folder_ids": folder_ids,
            }
        )
        if issue_tracker is not UNSET:
            field_dict["issue_tracker"] = issue_tracker
        if configuration_map is not UNSET:
            field_dict["configuration_map"] = configuration_map
        if test_plan_id is not UNSET:
            field_dict["test_plan_id"] = test_plan_id
        if sub_test_plan_id is not UNSET:
            field_dict["sub_test_plan_id"] = sub_test_plan_id
        if include_all is not UNSET:
            field_dict["include_all"] = include_all
        if filter_scope is not UNSET:
            field_dict["filter_scope"] = filter_scope
        if filter_test_cases is not UNSET:
            field_dict["filter_test_cases"] = filter_test_cases

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``ReplaceTestRunFields`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("ReplaceTestRunFields", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 17
        if _read:
            try:
                (
                    name,
                    description,
                    run_state,
                    assignee,
                    test_case_assignee,
                    tags,
                    issues,
                    configurations,
                    test_cases,
                    folder_ids,
                    issue_tracker,
                    configuration_map,
                    test_plan_id,
                    sub_test_plan_id,
                    include_all,
                    filter_scope,
                    filter_test_cases,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                name = _src[_k_name]
                description = _src[_k_description]
                run_state = _src[_k_run_state]
                assignee = _src[_k_assignee]
                test_case_assignee = _src[_k_test_case_assignee]
                tags = _src[_k_tags]
                issues = _src[_k_issues]
                configurations = _src[_k_configurations]
                test_cases = _src[_k_test_cases]
                folder_ids = _src[_k_folder_ids]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                name = _src.get(_k_name, _d.MISSING)
                description = _src.get(_k_description, _d.MISSING)
                run_state = _src.get(_k_run_state, _d.MISSING)
                assignee = _src.get(_k_assignee, _d.MISSING)
                test_case_assignee = _src.get(_k_test_case_assignee, _d.MISSING)
                tags = _src.get(_k_tags, _d.MISSING)
                issues = _src.get(_k_issues, _d.MISSING)
                configurations = _src.get(_k_configurations, _d.MISSING)
                test_cases = _src.get(_k_test_cases, _d.MISSING)
                folder_ids = _src.get(_k_folder_ids, _d.MISSING)
            issue_tracker = _src.get(_k_issue_tracker, UNSET)
            configuration_map = _src.get(_k_configuration_map, UNSET)
            test_plan_id = _src.get(_k_test_plan_id, UNSET)
            sub_test_plan_id = _src.get(_k_sub_test_plan_id, UNSET)
            include_all = _src.get(_k_include_all, UNSET)
            filter_scope = _src.get(_k_filter_scope, UNSET)
            filter_test_cases = _src.get(_k_filter_test_cases, UNSET)
        if name.__class__ is not str:
            raise _d.fail("ReplaceTestRunFields", "name", name, "string")

        if description is not None:
            if description.__class__ is not str:
                raise _d.fail("ReplaceTestRunFields", "description", description, "string")

        _member = _d.ENUM_MEMBERS[RunState].get(run_state) if run_state.__class__ is str else None
        if _member is None:
            raise _d.enum_failure(RunState, "ReplaceTestRunFields", "run_state", run_state)
        run_state = _member

        if assignee is not None:
            if assignee.__class__ is not str:
                raise _d.fail("ReplaceTestRunFields", "assignee", assignee, "string")

        if test_case_assignee is not None:
            if test_case_assignee.__class__ is not str:
                raise _d.fail("ReplaceTestRunFields", "test_case_assignee", test_case_assignee, "string")

        if tags.__class__ is not list:
            raise _d.fail("ReplaceTestRunFields", "tags", tags, "array")
        for _item in tags:
            if _item.__class__ is not str:
                _d.list_of(str, "string", "ReplaceTestRunFields", "tags", tags)  # raises, naming the item

        if issues.__class__ is not list:
            raise _d.fail("ReplaceTestRunFields", "issues", issues, "array")
        for _item in issues:
            if _item.__class__ is not str:
                _d.list_of(str, "string", "ReplaceTestRunFields", "issues", issues)  # raises, naming the item

        if configurations.__class__ is not list:
            raise _d.fail("ReplaceTestRunFields", "configurations", configurations, "array")
        for _item in configurations:
            if _item.__class__ is not int:
                _d.list_of(
                    int, "integer", "ReplaceTestRunFields", "configurations", configurations
                )  # raises, naming the item

        if test_cases.__class__ is not list:
            raise _d.fail("ReplaceTestRunFields", "test_cases", test_cases, "array")
        for _item in test_cases:
            if _item.__class__ is not str:
                _d.list_of(str, "string", "ReplaceTestRunFields", "test_cases", test_cases)  # raises, naming the item

        if folder_ids.__class__ is not list:
            raise _d.fail("ReplaceTestRunFields", "folder_ids", folder_ids, "array")
        for _item in folder_ids:
            if _item.__class__ is not int:
                _d.list_of(int, "integer", "ReplaceTestRunFields", "folder_ids", folder_ids)  # raises, naming the item

        if issue_tracker is UNSET:
            _absent += 1
        else:
            try:
                issue_tracker = _IssueTracker_from_dict(issue_tracker)
            except DecodeError as _error:
                raise _error.within("ReplaceTestRunFields", "issue_tracker") from None

        if configuration_map is UNSET:
            _absent += 1
        else:
            if configuration_map.__class__ is not list:
                raise _d.fail("ReplaceTestRunFields", "configuration_map", configuration_map, "array")
            try:
                configuration_map = [*map(_ConfigurationMapEntry_from_dict, configuration_map)]
            except DecodeError:
                raise _d.item_failure(
                    ConfigurationMapEntry, "ReplaceTestRunFields", "configuration_map", configuration_map
                ) from None

        if test_plan_id.__class__ is not str:
            if test_plan_id is not UNSET:
                raise _d.fail("ReplaceTestRunFields", "test_plan_id", test_plan_id, "string")
            _absent += 1

        if sub_test_plan_id.__class__ is not str:
            if sub_test_plan_id is not UNSET:
                raise _d.fail("ReplaceTestRunFields", "sub_test_plan_id", sub_test_plan_id, "string")
            _absent += 1

        if include_all.__class__ is not bool:
            if include_all is not UNSET:
                raise _d.fail("ReplaceTestRunFields", "include_all", include_all, "boolean")
            _absent += 1

        if filter_scope is UNSET:
            _absent += 1
        else:
            _member = (
                _d.ENUM_MEMBERS[TestRunFieldsFilterScope].get(filter_scope) if filter_scope.__class__ is str else None
            )
            if _member is None:
                raise _d.enum_failure(TestRunFieldsFilterScope, "ReplaceTestRunFields", "filter_scope", filter_scope)
            filter_scope = _member

        if filter_test_cases is UNSET:
            _absent += 1
        else:
            try:
                filter_test_cases = _TestCaseFilter_from_dict(filter_test_cases)
            except DecodeError as _error:
                raise _error.within("ReplaceTestRunFields", "filter_test_cases") from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        replace_test_run_fields = _new(cls)
        replace_test_run_fields.name = name
        replace_test_run_fields.description = description
        replace_test_run_fields.run_state = run_state
        replace_test_run_fields.assignee = assignee
        replace_test_run_fields.test_case_assignee = test_case_assignee
        replace_test_run_fields.tags = tags
        replace_test_run_fields.issues = issues
        replace_test_run_fields.configurations = configurations
        replace_test_run_fields.test_cases = test_cases
        replace_test_run_fields.folder_ids = folder_ids
        replace_test_run_fields.issue_tracker = issue_tracker
        replace_test_run_fields.configuration_map = configuration_map
        replace_test_run_fields.test_plan_id = test_plan_id
        replace_test_run_fields.sub_test_plan_id = sub_test_plan_id
        replace_test_run_fields.include_all = include_all
        replace_test_run_fields.filter_scope = filter_scope
        replace_test_run_fields.filter_test_cases = filter_test_cases
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        replace_test_run_fields.additional_properties = (
            {} if len(_src) + _absent == 17 else _d.extra_keys(_src, _KNOWN_KEYS)
        )
        return replace_test_run_fields

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
from ..models.configuration_map_entry import ConfigurationMapEntry  # noqa: E402
from ..models.issue_tracker import IssueTracker  # noqa: E402
from ..models.test_case_filter import TestCaseFilter  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_ReplaceTestRunFields_from_dict = ReplaceTestRunFields.from_dict
_ConfigurationMapEntry_from_dict = ConfigurationMapEntry.from_dict
_IssueTracker_from_dict = IssueTracker.from_dict
_TestCaseFilter_from_dict = TestCaseFilter.from_dict
