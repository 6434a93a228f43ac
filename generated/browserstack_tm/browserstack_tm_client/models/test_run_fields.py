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

T = TypeVar("T", bound="TestRunFields")

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
        "issue_tracker",
        "configurations",
        "configuration_map",
        "test_plan_id",
        "sub_test_plan_id",
        "test_cases",
        "folder_ids",
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
    _k_issue_tracker,
    _k_configurations,
    _k_configuration_map,
    _k_test_plan_id,
    _k_sub_test_plan_id,
    _k_test_cases,
    _k_folder_ids,
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
    "issue_tracker",
    "configurations",
    "configuration_map",
    "test_plan_id",
    "sub_test_plan_id",
    "test_cases",
    "folder_ids",
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
    _k_issue_tracker,
    _k_configurations,
    _k_configuration_map,
    _k_test_plan_id,
    _k_sub_test_plan_id,
    _k_test_cases,
    _k_folder_ids,
    _k_include_all,
    _k_filter_scope,
    _k_filter_test_cases,
)


@_attrs_define
class TestRunFields:
    """The fields of a test run a request may set. In a create or a PATCH every one is optional; `null` clears a text field
    and `[]` an array field.

        Attributes:
            name (str | Unset):
            description (None | str | Unset):
            run_state (RunState | Unset): The state of a test run as a request sets it.
            assignee (None | str | Unset): Email of the run's assignee.
            test_case_assignee (None | str | Unset): Email of the assignee of the run's test cases.
            tags (list[str] | Unset):
            issues (list[str] | Unset): Linked Jira, Asana or Azure issue ids.
            issue_tracker (IssueTracker | Unset): Which issue tracker the `issues` ids belong to.
            configurations (list[int] | Unset): Configuration ids (OS, browser, device) every test case runs under unless
                mapped.
            configuration_map (list[ConfigurationMapEntry] | Unset):
            test_plan_id (str | Unset): Mutually exclusive with sub_test_plan_id.
            sub_test_plan_id (str | Unset): Mutually exclusive with test_plan_id.
            test_cases (list[str] | Unset): Test case ids; plain strings only, objects are refused with 400 (facts,
                Transport).
            folder_ids (list[int] | Unset):
            include_all (bool | Unset): Every test case of the project; wins over filter_scope.
            filter_scope (TestRunFieldsFilterScope | Unset): Where filter_test_cases applies; only with folder_ids and
                filter_test_cases. Default global.
            filter_test_cases (TestCaseFilter | Unset): Selects the test cases to put in the run; values within a field are
                ORed, fields are ANDed.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    run_state: RunState | Unset = UNSET
    assignee: None | str | Unset = UNSET
    test_case_assignee: None | str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    issues: list[str] | Unset = UNSET
    issue_tracker: IssueTracker | Unset = UNSET
    configurations: list[int] | Unset = UNSET
    configuration_map: list[ConfigurationMapEntry] | Unset = UNSET
    test_plan_id: str | Unset = UNSET
    sub_test_plan_id: str | Unset = UNSET
    test_cases: list[str] | Unset = UNSET
    folder_ids: list[int] | Unset = UNSET
    include_all: bool | Unset = UNSET
    filter_scope: TestRunFieldsFilterScope | Unset = UNSET
    filter_test_cases: TestCaseFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        run_state: str | Unset = UNSET
        if not isinstance(self.run_state, Unset):
            run_state = self.run_state.value

        assignee: None | str | Unset
        if isinstance(self.assignee, Unset):
            assignee = UNSET
        else:
            assignee = self.assignee

        test_case_assignee: None | str | Unset
        if isinstance(self.test_case_assignee, Unset):
            test_case_assignee = UNSET
        else:
            test_case_assignee = self.test_case_assignee

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        issues: list[str] | Unset = UNSET
        if not isinstance(self.issues, Unset):
            issues = self.issues

        issue_tracker: dict[str, Any] | Unset = UNSET
        if not isinstance(self.issue_tracker, Unset):
            issue_tracker = self.issue_tracker.to_dict()

        configurations: list[int] | Unset = UNSET
        if not isinstance(self.configurations, Unset):
            configurations = self.configurations

        configuration_map: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.configuration_map, Unset):
            configuration_map = []
            for configuration_map_item_data in self.configuration_map:
                configuration_map_item = configuration_map_item_data.to_dict()
                configuration_map.append(configuration_map_item)

        test_plan_id = self.test_plan_id

        sub_test_plan_id = self.sub_test_plan_id

        test_cases: list[str] | Unset = UNSET
        if not isinstance(self.test_cases, Unset):
            test_cases = self.test_cases

        folder_ids: list[int] | Unset = UNSET
        if not isinstance(self.folder_ids, Unset):
            folder_ids = self.folder_ids

        include_all = self.include_all

        filter_scope: str | Unset = UNSET
        if not isinstance(self.filter_scope, Unset):
            filter_scope = self.filter_scope.value

        filter_test_cases: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_test_cases, Unset):
            filter_test_cases = self.filter_test_cases.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if run_state is not UNSET:
            field_dict["run_state"] = run_state
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if test_case_assignee is not UNSET:
            field_dict["test_case_assignee"] = test_case_assignee
        if tags is not UNSET:
            field_dict["tags"] = tags
        if issues is not UNSET:
            field_dict["issues"] = issues
        if issue_tracker is not UNSET:
            field_dict["issue_tracker"] = issue_tracker
        if configurations is not UNSET:
            field_dict["configurations"] = configurations
        if configuration_map is not UNSET:
            field_dict["configuration_map"] = configuration_map
        if test_plan_id is not UNSET:
            field_dict["test_plan_id"] = test_plan_id
        if sub_test_plan_id is not UNSET:
            field_dict["sub_test_plan_id"] = sub_test_plan_id
        if test_cases is not UNSET:
            field_dict["test_cases"] = test_cases
        if folder_ids is not UNSET:
            field_dict["folder_ids"] = folder_ids
        if include_all is not UNSET:
            field_dict["include_all"] = include_all
        if filter_scope is not UNSET:
            field_dict["filter_scope"] = filter_scope
        if filter_test_cases is not UNSET:
            field_dict["filter_test_cases"] = filter_test_cases

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``TestRunFields`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("TestRunFields", src_dict)
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
                    issue_tracker,
                    configurations,
                    configuration_map,
                    test_plan_id,
                    sub_test_plan_id,
                    test_cases,
                    folder_ids,
                    include_all,
                    filter_scope,
                    filter_test_cases,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            name = _src.get(_k_name, UNSET)
            description = _src.get(_k_description, UNSET)
            run_state = _src.get(_k_run_state, UNSET)
            assignee = _src.get(_k_assignee, UNSET)
            test_case_assignee = _src.get(_k_test_case_assignee, UNSET)
            tags = _src.get(_k_tags, UNSET)
            issues = _src.get(_k_issues, UNSET)
            issue_tracker = _src.get(_k_issue_tracker, UNSET)
            configurations = _src.get(_k_configurations, UNSET)
            configuration_map = _src.get(_k_configuration_map, UNSET)
            test_plan_id = _src.get(_k_test_plan_id, UNSET)
            sub_test_plan_id = _src.get(_k_sub_test_plan_id, UNSET)
            test_cases = _src.get(_k_test_cases, UNSET)
            folder_ids = _src.get(_k_folder_ids, UNSET)
            include_all = _src.get(_k_include_all, UNSET)
            filter_scope = _src.get(_k_filter_scope, UNSET)
            filter_test_cases = _src.get(_k_filter_test_cases, UNSET)
        if name.__class__ is not str:
            if name is not UNSET:
                raise _d.fail("TestRunFields", "name", name, "string")
            _absent += 1

        if description.__class__ is not str and description is not None:
            if description is not UNSET:
                raise _d.fail("TestRunFields", "description", description, "string")
            _absent += 1

        if run_state is UNSET:
            _absent += 1
        else:
            _member = _d.ENUM_MEMBERS[RunState].get(run_state) if run_state.__class__ is str else None
            if _member is None:
                raise _d.enum_failure(RunState, "TestRunFields", "run_state", run_state)
            run_state = _member

        if assignee.__class__ is not str and assignee is not None:
            if assignee is not UNSET:
                raise _d.fail("TestRunFields", "assignee", assignee, "string")
            _absent += 1

        if test_case_assignee.__class__ is not str and test_case_assignee is not None:
            if test_case_assignee is not UNSET:
                raise _d.fail("TestRunFields", "test_case_assignee", test_case_assignee, "string")
            _absent += 1

        if tags is UNSET:
            _absent += 1
        else:
            if tags.__class__ is not list:
                raise _d.fail("TestRunFields", "tags", tags, "array")
            for _item in tags:
                if _item.__class__ is not str:
                    _d.list_of(str, "string", "TestRunFields", "tags", tags)  # raises, naming the item

        if issues is UNSET:
            _absent += 1
        else:
            if issues.__class__ is not list:
                raise _d.fail("TestRunFields", "issues", issues, "array")
            for _item in issues:
                if _item.__class__ is not str:
                    _d.list_of(str, "string", "TestRunFields", "issues", issues)  # raises, naming the item

        if issue_tracker is UNSET:
            _absent += 1
        else:
            try:
                issue_tracker = _IssueTracker_from_dict(issue_tracker)
            except DecodeError as _error:
                raise _error.within("TestRunFields", "issue_tracker") from None

        if configurations is UNSET:
            _absent += 1
        else:
            if configurations.__class__ is not list:
                raise _d.fail("TestRunFields", "configurations", configurations, "array")
            for _item in configurations:
                if _item.__class__ is not int:
                    _d.list_of(
                        int, "integer", "TestRunFields", "configurations", configurations
                    )  # raises, naming the item

        if configuration_map is UNSET:
            _absent += 1
        else:
            if configuration_map.__class__ is not list:
                raise _d.fail("TestRunFields", "configuration_map", configuration_map, "array")
            try:
                configuration_map = [*map(_ConfigurationMapEntry_from_dict, configuration_map)]
            except DecodeError:
                raise _d.item_failure(
                    ConfigurationMapEntry, "TestRunFields", "configuration_map", configuration_map
                ) from None

        if test_plan_id.__class__ is not str:
            if test_plan_id is not UNSET:
                raise _d.fail("TestRunFields", "test_plan_id", test_plan_id, "string")
            _absent += 1

        if sub_test_plan_id.__class__ is not str:
            if sub_test_plan_id is not UNSET:
                raise _d.fail("TestRunFields", "sub_test_plan_id", sub_test_plan_id, "string")
            _absent += 1

        if test_cases is UNSET:
            _absent += 1
        else:
            if test_cases.__class__ is not list:
                raise _d.fail("TestRunFields", "test_cases", test_cases, "array")
            for _item in test_cases:
                if _item.__class__ is not str:
                    _d.list_of(str, "string", "TestRunFields", "test_cases", test_cases)  # raises, naming the item

        if folder_ids is UNSET:
            _absent += 1
        else:
            if folder_ids.__class__ is not list:
                raise _d.fail("TestRunFields", "folder_ids", folder_ids, "array")
            for _item in folder_ids:
                if _item.__class__ is not int:
                    _d.list_of(int, "integer", "TestRunFields", "folder_ids", folder_ids)  # raises, naming the item

        if include_all.__class__ is not bool:
            if include_all is not UNSET:
                raise _d.fail("TestRunFields", "include_all", include_all, "boolean")
            _absent += 1

        if filter_scope is UNSET:
            _absent += 1
        else:
            _member = (
                _d.ENUM_MEMBERS[TestRunFieldsFilterScope].get(filter_scope) if filter_scope.__class__ is str else None
            )
            if _member is None:
                raise _d.enum_failure(TestRunFieldsFilterScope, "TestRunFields", "filter_scope", filter_scope)
            filter_scope = _member

        if filter_test_cases is UNSET:
            _absent += 1
        else:
            try:
                filter_test_cases = _TestCaseFilter_from_dict(filter_test_cases)
            except DecodeError as _error:
                raise _error.within("TestRunFields", "filter_test_cases") from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        test_run_fields = _new(cls)
        test_run_fields.name = name
        test_run_fields.description = description
        test_run_fields.run_state = run_state
        test_run_fields.assignee = assignee
        test_run_fields.test_case_assignee = test_case_assignee
        test_run_fields.tags = tags
        test_run_fields.issues = issues
        test_run_fields.issue_tracker = issue_tracker
        test_run_fields.configurations = configurations
        test_run_fields.configuration_map = configuration_map
        test_run_fields.test_plan_id = test_plan_id
        test_run_fields.sub_test_plan_id = sub_test_plan_id
        test_run_fields.test_cases = test_cases
        test_run_fields.folder_ids = folder_ids
        test_run_fields.include_all = include_all
        test_run_fields.filter_scope = filter_scope
        test_run_fields.filter_test_cases = filter_test_cases
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        test_run_fields.additional_properties = {} if len(_src) + _absent == 17 else _d.extra_keys(_src, _KNOWN_KEYS)
        return test_run_fields

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
_TestRunFields_from_dict = TestRunFields.from_dict
_ConfigurationMapEntry_from_dict = ConfigurationMapEntry.from_dict
_IssueTracker_from_dict = IssueTracker.from_dict
_TestCaseFilter_from_dict = TestCaseFilter.from_dict
