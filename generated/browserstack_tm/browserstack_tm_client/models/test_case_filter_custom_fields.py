# Generated from specs/browserstack_tm/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/browserstack_tm/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError

T = TypeVar("T", bound="TestCaseFilterCustomFields")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset({})


@_attrs_define
class TestCaseFilterCustomFields:
    """Custom field name → accepted values."""

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    additional_properties: dict[str, list[int | str]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item: int | str
                additional_property_item = additional_property_item_data
                field_dict[prop_name].append(additional_property_item)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``TestCaseFilterCustomFields`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("TestCaseFilterCustomFields", src_dict)
        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        test_case_filter_custom_fields = _new(cls)
        _extra = dict(_src)
        for _key in _extra:
            _value = _extra[_key]

            def _item__value(model: str, field: str, value: Any) -> Any:
                def _union_value(model: str, field: str, value: Any) -> Any:
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
                        if candidate.__class__ is not int:
                            raise _d.fail(model, field, candidate, "integer")

                        return candidate
                    except DecodeError as _error:
                        _refusals.append((0, _error))
                    raise _d.union_failure(_refusals, model, field, value, "int | str")

                value = _union_value(model, field, value)

                return value

            _value = _d.list_map(_item__value, "TestCaseFilterCustomFields", _key, _value)

            _extra[_key] = _value
        test_case_filter_custom_fields.additional_properties = _extra
        return test_case_filter_custom_fields

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[int | str]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[int | str]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_TestCaseFilterCustomFields_from_dict = TestCaseFilterCustomFields.from_dict
