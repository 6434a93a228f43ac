# Generated from specs/browserstack_tm/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/browserstack_tm/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..types import UNSET, Unset

T = TypeVar("T", bound="TestCaseMapping")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "test_case_ids",
        "configuration_ids",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_test_case_ids,
    _k_configuration_ids,
) = _d.parsed_keys(
    "test_case_ids",
    "configuration_ids",
)
_members = _itemgetter(
    _k_test_case_ids,
    _k_configuration_ids,
)


@_attrs_define
class TestCaseMapping:
    """Test cases under configurations: each id under each configuration is one pair. Without configuration_ids, only the
    test cases that carry no configuration.

        Attributes:
            test_case_ids (list[str]):
            configuration_ids (list[int] | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    test_case_ids: list[str]
    configuration_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_case_ids = self.test_case_ids

        configuration_ids: list[int] | Unset = UNSET
        if not isinstance(self.configuration_ids, Unset):
            configuration_ids = self.configuration_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "test_case_ids": test_case_ids,
            }
        )
        if configuration_ids is not UNSET:
            field_dict["configuration_ids"] = configuration_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``TestCaseMapping`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("TestCaseMapping", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 2
        if _read:
            try:
                (
                    test_case_ids,
                    configuration_ids,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                test_case_ids = _src[_k_test_case_ids]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                test_case_ids = _src.get(_k_test_case_ids, _d.MISSING)
            configuration_ids = _src.get(_k_configuration_ids, UNSET)
        if test_case_ids.__class__ is not list:
            raise _d.fail("TestCaseMapping", "test_case_ids", test_case_ids, "array")
        for _item in test_case_ids:
            if _item.__class__ is not str:
                _d.list_of(str, "string", "TestCaseMapping", "test_case_ids", test_case_ids)  # raises, naming the item

        if configuration_ids is UNSET:
            _absent += 1
        else:
            if configuration_ids.__class__ is not list:
                raise _d.fail("TestCaseMapping", "configuration_ids", configuration_ids, "array")
            for _item in configuration_ids:
                if _item.__class__ is not int:
                    _d.list_of(
                        int, "integer", "TestCaseMapping", "configuration_ids", configuration_ids
                    )  # raises, naming the item

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        test_case_mapping = _new(cls)
        test_case_mapping.test_case_ids = test_case_ids
        test_case_mapping.configuration_ids = configuration_ids
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        test_case_mapping.additional_properties = {} if len(_src) + _absent == 2 else _d.extra_keys(_src, _KNOWN_KEYS)
        return test_case_mapping

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
_TestCaseMapping_from_dict = TestCaseMapping.from_dict
