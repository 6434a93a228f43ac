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
from ..types import UNSET, Unset

T = TypeVar("T", bound="TestCaseFilter")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "status",
        "priority",
        "case_type",
        "owner",
        "tags",
        "custom_fields",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_status,
    _k_priority,
    _k_case_type,
    _k_owner,
    _k_tags,
    _k_custom_fields,
) = _d.parsed_keys(
    "status",
    "priority",
    "case_type",
    "owner",
    "tags",
    "custom_fields",
)
_members = _itemgetter(
    _k_status,
    _k_priority,
    _k_case_type,
    _k_owner,
    _k_tags,
    _k_custom_fields,
)


@_attrs_define
class TestCaseFilter:
    """Selects the test cases to put in the run; values within a field are ORed, fields are ANDed.

    Attributes:
        status (list[str] | Unset):
        priority (list[str] | Unset):
        case_type (list[str] | Unset):
        owner (list[str] | Unset):
        tags (list[str] | Unset):
        custom_fields (TestCaseFilterCustomFields | Unset): Custom field name → accepted values.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    status: list[str] | Unset = UNSET
    priority: list[str] | Unset = UNSET
    case_type: list[str] | Unset = UNSET
    owner: list[str] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    custom_fields: TestCaseFilterCustomFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: list[str] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        priority: list[str] | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority

        case_type: list[str] | Unset = UNSET
        if not isinstance(self.case_type, Unset):
            case_type = self.case_type

        owner: list[str] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if priority is not UNSET:
            field_dict["priority"] = priority
        if case_type is not UNSET:
            field_dict["case_type"] = case_type
        if owner is not UNSET:
            field_dict["owner"] = owner
        if tags is not UNSET:
            field_dict["tags"] = tags
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``TestCaseFilter`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("TestCaseFilter", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 6
        if _read:
            try:
                (
                    status,
                    priority,
                    case_type,
                    owner,
                    tags,
                    custom_fields,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            status = _src.get(_k_status, UNSET)
            priority = _src.get(_k_priority, UNSET)
            case_type = _src.get(_k_case_type, UNSET)
            owner = _src.get(_k_owner, UNSET)
            tags = _src.get(_k_tags, UNSET)
            custom_fields = _src.get(_k_custom_fields, UNSET)
        if status is UNSET:
            _absent += 1
        else:
            if status.__class__ is not list:
                raise _d.fail("TestCaseFilter", "status", status, "array")
            for _item in status:
                if _item.__class__ is not str:
                    _d.list_of(str, "string", "TestCaseFilter", "status", status)  # raises, naming the item

        if priority is UNSET:
            _absent += 1
        else:
            if priority.__class__ is not list:
                raise _d.fail("TestCaseFilter", "priority", priority, "array")
            for _item in priority:
                if _item.__class__ is not str:
                    _d.list_of(str, "string", "TestCaseFilter", "priority", priority)  # raises, naming the item

        if case_type is UNSET:
            _absent += 1
        else:
            if case_type.__class__ is not list:
                raise _d.fail("TestCaseFilter", "case_type", case_type, "array")
            for _item in case_type:
                if _item.__class__ is not str:
                    _d.list_of(str, "string", "TestCaseFilter", "case_type", case_type)  # raises, naming the item

        if owner is UNSET:
            _absent += 1
        else:
            if owner.__class__ is not list:
                raise _d.fail("TestCaseFilter", "owner", owner, "array")
            for _item in owner:
                if _item.__class__ is not str:
                    _d.list_of(str, "string", "TestCaseFilter", "owner", owner)  # raises, naming the item

        if tags is UNSET:
            _absent += 1
        else:
            if tags.__class__ is not list:
                raise _d.fail("TestCaseFilter", "tags", tags, "array")
            for _item in tags:
                if _item.__class__ is not str:
                    _d.list_of(str, "string", "TestCaseFilter", "tags", tags)  # raises, naming the item

        if custom_fields is UNSET:
            _absent += 1
        else:
            try:
                custom_fields = _TestCaseFilterCustomFields_from_dict(custom_fields)
            except DecodeError as _error:
                raise _error.within("TestCaseFilter", "custom_fields") from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        test_case_filter = _new(cls)
        test_case_filter.status = status
        test_case_filter.priority = priority
        test_case_filter.case_type = case_type
        test_case_filter.owner = owner
        test_case_filter.tags = tags
        test_case_filter.custom_fields = custom_fields
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        test_case_filter.additional_properties = {} if len(_src) + _absent == 6 else _d.extra_keys(_src, _KNOWN_KEYS)
        return test_case_filter

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
from ..models.test_case_filter_custom_fields import TestCaseFilterCustomFields  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_TestCaseFilter_from_dict = TestCaseFilter.from_dict
_TestCaseFilterCustomFields_from_dict = TestCaseFilterCustomFields.from_dict
