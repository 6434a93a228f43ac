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

T = TypeVar("T", bound="TestCasesChange")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "add_test_cases",
        "remove_test_cases",
        "preserve_existing_results",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_add_test_cases,
    _k_remove_test_cases,
    _k_preserve_existing_results,
) = _d.parsed_keys(
    "add_test_cases",
    "remove_test_cases",
    "preserve_existing_results",
)
_members = _itemgetter(
    _k_add_test_cases,
    _k_remove_test_cases,
    _k_preserve_existing_results,
)


@_attrs_define
class TestCasesChange:
    """
    Attributes:
        add_test_cases (list[TestCaseMapping] | Unset):
        remove_test_cases (list[TestCaseMapping] | Unset):
        preserve_existing_results (bool | Unset): Keep the results of the test cases that stay.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    add_test_cases: list[TestCaseMapping] | Unset = UNSET
    remove_test_cases: list[TestCaseMapping] | Unset = UNSET
    preserve_existing_results: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add_test_cases: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.add_test_cases, Unset):
            add_test_cases = []
            for add_test_cases_item_data in self.add_test_cases:
                add_test_cases_item = add_test_cases_item_data.to_dict()
                add_test_cases.append(add_test_cases_item)

        remove_test_cases: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.remove_test_cases, Unset):
            remove_test_cases = []
            for remove_test_cases_item_data in self.remove_test_cases:
                remove_test_cases_item = remove_test_cases_item_data.to_dict()
                remove_test_cases.append(remove_test_cases_item)

        preserve_existing_results = self.preserve_existing_results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if add_test_cases is not UNSET:
            field_dict["add_test_cases"] = add_test_cases
        if remove_test_cases is not UNSET:
            field_dict["remove_test_cases"] = remove_test_cases
        if preserve_existing_results is not UNSET:
            field_dict["preserve_existing_results"] = preserve_existing_results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``TestCasesChange`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("TestCasesChange", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 3
        if _read:
            try:
                (
                    add_test_cases,
                    remove_test_cases,
                    preserve_existing_results,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            add_test_cases = _src.get(_k_add_test_cases, UNSET)
            remove_test_cases = _src.get(_k_remove_test_cases, UNSET)
            preserve_existing_results = _src.get(_k_preserve_existing_results, UNSET)
        if add_test_cases is UNSET:
            _absent += 1
        else:
            if add_test_cases.__class__ is not list:
                raise _d.fail("TestCasesChange", "add_test_cases", add_test_cases, "array")
            try:
                add_test_cases = [*map(_TestCaseMapping_from_dict, add_test_cases)]
            except DecodeError:
                raise _d.item_failure(TestCaseMapping, "TestCasesChange", "add_test_cases", add_test_cases) from None

        if remove_test_cases is UNSET:
            _absent += 1
        else:
            if remove_test_cases.__class__ is not list:
                raise _d.fail("TestCasesChange", "remove_test_cases", remove_test_cases, "array")
            try:
                remove_test_cases = [*map(_TestCaseMapping_from_dict, remove_test_cases)]
            except DecodeError:
                raise _d.item_failure(
                    TestCaseMapping, "TestCasesChange", "remove_test_cases", remove_test_cases
                ) from None

        if preserve_existing_results.__class__ is not bool:
            if preserve_existing_results is not UNSET:
                raise _d.fail("TestCasesChange", "preserve_existing_results", preserve_existing_results, "boolean")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        test_cases_change = _new(cls)
        test_cases_change.add_test_cases = add_test_cases
        test_cases_change.remove_test_cases = remove_test_cases
        test_cases_change.preserve_existing_results = preserve_existing_results
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        test_cases_change.additional_properties = {} if len(_src) + _absent == 3 else _d.extra_keys(_src, _KNOWN_KEYS)
        return test_cases_change

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
from ..models.test_case_mapping import TestCaseMapping  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_TestCasesChange_from_dict = TestCasesChange.from_dict
_TestCaseMapping_from_dict = TestCaseMapping.from_dict
