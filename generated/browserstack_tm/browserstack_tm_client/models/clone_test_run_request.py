# Generated from specs/browserstack_tm/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/browserstack_tm/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..models.clone_test_run_request_test_case_selection import CloneTestRunRequestTestCaseSelection
from ..models.test_case_status import TestCaseStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CloneTestRunRequest")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "test_case_selection",
        "statuses",
        "copy_tc_assignee",
        "copy_tags",
        "copy_issues",
        "name",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_test_case_selection,
    _k_statuses,
    _k_copy_tc_assignee,
    _k_copy_tags,
    _k_copy_issues,
    _k_name,
) = _d.parsed_keys(
    "test_case_selection",
    "statuses",
    "copy_tc_assignee",
    "copy_tags",
    "copy_issues",
    "name",
)
_members = _itemgetter(
    _k_test_case_selection,
    _k_statuses,
    _k_copy_tc_assignee,
    _k_copy_tags,
    _k_copy_issues,
    _k_name,
)


@_attrs_define
class CloneTestRunRequest:
    """Every field optional; `{}` clones with the Clone dialog's defaults.

    Attributes:
        test_case_selection (CloneTestRunRequestTestCaseSelection | Unset): Which of the source's test cases to include;
            default all.
        statuses (list[TestCaseStatus] | Unset): With by_results (and only then), the latest result statuses to select.
        copy_tc_assignee (bool | Unset): Default true.
        copy_tags (bool | Unset): Default true.
        copy_issues (bool | Unset): Default false.
        name (str | Unset): Default: the source's name with ` - Copy` appended.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    test_case_selection: CloneTestRunRequestTestCaseSelection | Unset = UNSET
    statuses: list[TestCaseStatus] | Unset = UNSET
    copy_tc_assignee: bool | Unset = UNSET
    copy_tags: bool | Unset = UNSET
    copy_issues: bool | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_case_selection: str | Unset = UNSET
        if not isinstance(self.test_case_selection, Unset):
            test_case_selection = self.test_case_selection.value

        statuses: list[str] | Unset = UNSET
        if not isinstance(self.statuses, Unset):
            statuses = []
            for statuses_item_data in self.statuses:
                statuses_item = statuses_item_data.value
                statuses.append(statuses_item)

        copy_tc_assignee = self.copy_tc_assignee

        copy_tags = self.copy_tags

        copy_issues = self.copy_issues

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if test_case_selection is not UNSET:
            field_dict["test_case_selection"] = test_case_selection
        if statuses is not UNSET:
            field_dict["statuses"] = statuses
        if copy_tc_assignee is not UNSET:
            field_dict["copy_tc_assignee"] = copy_tc_assignee
        if copy_tags is not UNSET:
            field_dict["copy_tags"] = copy_tags
        if copy_issues is not UNSET:
            field_dict["copy_issues"] = copy_issues
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``CloneTestRunRequest`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("CloneTestRunRequest", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 6
        if _read:
            try:
                (
                    test_case_selection,
                    statuses,
                    copy_tc_assignee,
                    copy_tags,
                    copy_issues,
                    name,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            test_case_selection = _src.get(_k_test_case_selection, UNSET)
            statuses = _src.get(_k_statuses, UNSET)
            copy_tc_assignee = _src.get(_k_copy_tc_assignee, UNSET)
            copy_tags = _src.get(_k_copy_tags, UNSET)
            copy_issues = _src.get(_k_copy_issues, UNSET)
            name = _src.get(_k_name, UNSET)
        if test_case_selection is UNSET:
            _absent += 1
        else:
            _member = (
                _d.ENUM_MEMBERS[CloneTestRunRequestTestCaseSelection].get(test_case_selection)
                if test_case_selection.__class__ is str
                else None
            )
            if _member is None:
                raise _d.enum_failure(
                    CloneTestRunRequestTestCaseSelection,
                    "CloneTestRunRequest",
                    "test_case_selection",
                    test_case_selection,
                )
            test_case_selection = _member

        if statuses is UNSET:
            _absent += 1
        else:

            def _item_statuses(model: str, field: str, value: Any) -> Any:
                _member = _d.ENUM_MEMBERS[TestCaseStatus].get(value) if value.__class__ is str else None
                if _member is None:
                    raise _d.enum_failure(TestCaseStatus, model, field, value)
                value = _member

                return value

            statuses = _d.list_map(_item_statuses, "CloneTestRunRequest", "statuses", statuses)

        if copy_tc_assignee.__class__ is not bool:
            if copy_tc_assignee is not UNSET:
                raise _d.fail("CloneTestRunRequest", "copy_tc_assignee", copy_tc_assignee, "boolean")
            _absent += 1

        if copy_tags.__class__ is not bool:
            if copy_tags is not UNSET:
                raise _d.fail("CloneTestRunRequest", "copy_tags", copy_tags, "boolean")
            _absent += 1

        if copy_issues.__class__ is not bool:
            if copy_issues is not UNSET:
                raise _d.fail("CloneTestRunRequest", "copy_issues", copy_issues, "boolean")
            _absent += 1

        if name.__class__ is not str:
            if name is not UNSET:
                raise _d.fail("CloneTestRunRequest", "name", name, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        clone_test_run_request = _new(cls)
        clone_test_run_request.test_case_selection = test_case_selection
        clone_test_run_request.statuses = statuses
        clone_test_run_request.copy_tc_assignee = copy_tc_assignee
        clone_test_run_request.copy_tags = copy_tags
        clone_test_run_request.copy_issues = copy_issues
        clone_test_run_request.name = name
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        clone_test_run_request.additional_properties = (
            {} if len(_src) + _absent == 6 else _d.extra_keys(_src, _KNOWN_KEYS)
        )
        return clone_test_run_request

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


# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_CloneTestRunRequest_from_dict = CloneTestRunRequest.from_dict
