# Generated from specs/browserstack_tm/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/browserstack_tm/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..types import UNSET, Unset

T = TypeVar("T", bound="TestCasesChange")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "add_test_cases",
        "remove_test_cases",
        "preserve_existing_results",
    }
)


@_attrs_define
class TestCasesChange:
    """
    Attributes:
        add_test_cases (list[TestCaseMapping] | Unset):
        remove_test_cases (list[TestCaseMapping] | Unset):
        preserve_existing_results (bool | Unset): Keep the results of the test cases that stay.
    """

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
        _seen = 0
        _get = _src.get
        add_test_cases = _get("add_test_cases", UNSET)
        if add_test_cases is not UNSET:
            _seen += 1
            add_test_cases = _d.list_of_models(TestCaseMapping, "TestCasesChange", "add_test_cases", add_test_cases)

        remove_test_cases = _get("remove_test_cases", UNSET)
        if remove_test_cases is not UNSET:
            _seen += 1
            remove_test_cases = _d.list_of_models(
                TestCaseMapping, "TestCasesChange", "remove_test_cases", remove_test_cases
            )

        preserve_existing_results = _get("preserve_existing_results", UNSET)
        if preserve_existing_results is not UNSET:
            _seen += 1
            if preserve_existing_results.__class__ is not bool:
                raise _d.fail("TestCasesChange", "preserve_existing_results", preserve_existing_results, "boolean")

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        test_cases_change = object.__new__(cls)
        test_cases_change.add_test_cases = add_test_cases
        test_cases_change.remove_test_cases = remove_test_cases
        test_cases_change.preserve_existing_results = preserve_existing_results
        # Every required member was found, so more members than found means some are unknown to the spec.
        test_cases_change.additional_properties = _d.extra_keys(_src, _KNOWN_KEYS) if len(_src) != _seen else {}
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
