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

T = TypeVar("T", bound="ConfigurationMapEntry")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "test_case_id",
        "configuration_ids",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_test_case_id,
    _k_configuration_ids,
) = _d.parsed_keys(
    "test_case_id",
    "configuration_ids",
)
_members = _itemgetter(
    _k_test_case_id,
    _k_configuration_ids,
)


@_attrs_define
class ConfigurationMapEntry:
    """Explicit configurations for some test cases; overrides `configurations` for them.

    Attributes:
        test_case_id (list[str] | str): One test case identifier or several (`"TC-1103745"` or `["TC-11", "TC-15"]`).
        configuration_ids (list[int]):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    test_case_id: list[str] | str
    configuration_ids: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_case_id: list[str] | str
        if isinstance(self.test_case_id, list):
            test_case_id = self.test_case_id

        else:
            test_case_id = self.test_case_id

        configuration_ids = self.configuration_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "test_case_id": test_case_id,
                "configuration_ids": configuration_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``ConfigurationMapEntry`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("ConfigurationMapEntry", src_dict)
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 2
        if _read:
            try:
                (
                    test_case_id,
                    configuration_ids,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                test_case_id = _src[_k_test_case_id]
                configuration_ids = _src[_k_configuration_ids]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                test_case_id = _src.get(_k_test_case_id, _d.MISSING)
                configuration_ids = _src.get(_k_configuration_ids, _d.MISSING)

        def _union_test_case_id(model: str, field: str, value: Any) -> Any:
            _refusals: list[tuple[int, DecodeError]] = []
            try:
                candidate = value
                if candidate.__class__ is not str:
                    raise _d.fail(model, field, candidate, "string")

                return candidate
            except DecodeError as _error:
                _refusals.append((0, _error))
            try:
                candidate = value
                if candidate.__class__ is not list:
                    raise _d.fail(model, field, candidate, "array")
                for _item in candidate:
                    if _item.__class__ is not str:
                        _d.list_of(str, "string", model, field, candidate)  # raises, naming the item

                return candidate
            except DecodeError as _error:
                _refusals.append((0, _error))
            raise _d.union_failure(_refusals, model, field, value, "list[str] | str")

        test_case_id = _union_test_case_id("ConfigurationMapEntry", "test_case_id", test_case_id)

        if configuration_ids.__class__ is not list:
            raise _d.fail("ConfigurationMapEntry", "configuration_ids", configuration_ids, "array")
        for _item in configuration_ids:
            if _item.__class__ is not int:
                _d.list_of(
                    int, "integer", "ConfigurationMapEntry", "configuration_ids", configuration_ids
                )  # raises, naming the item

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        configuration_map_entry = _new(cls)
        configuration_map_entry.test_case_id = test_case_id
        configuration_map_entry.configuration_ids = configuration_ids
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        configuration_map_entry.additional_properties = {} if len(_src) == 2 else _d.extra_keys(_src, _KNOWN_KEYS)
        return configuration_map_entry

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
_ConfigurationMapEntry_from_dict = ConfigurationMapEntry.from_dict
