# Generated from specs/mabl/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/mabl/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateVariableName")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "default_value",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_name,
    _k_default_value,
) = _d.parsed_keys(
    "name",
    "default_value",
)
_members = _itemgetter(
    _k_name,
    _k_default_value,
)


@_attrs_define
class CreateVariableName:
    """
    Attributes:
        name (str):
        default_value (str | Unset): Appended to every scenario; the empty string when omitted.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    name: str
    default_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        default_value = self.default_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if default_value is not UNSET:
            field_dict["default_value"] = default_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``CreateVariableName`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("CreateVariableName", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 2
        if _read:
            try:
                (
                    name,
                    default_value,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                name = _src[_k_name]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                name = _src.get(_k_name, _d.MISSING)
            default_value = _src.get(_k_default_value, UNSET)
        if name.__class__ is not str:
            raise _d.fail("CreateVariableName", "name", name, "string")

        if default_value.__class__ is not str:
            if default_value is not UNSET:
                raise _d.fail("CreateVariableName", "default_value", default_value, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        create_variable_name = _new(cls)
        create_variable_name.name = name
        create_variable_name.default_value = default_value
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        create_variable_name.additional_properties = (
            {} if len(_src) + _absent == 2 else _d.extra_keys(_src, _KNOWN_KEYS)
        )
        return create_variable_name

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
_CreateVariableName_from_dict = CreateVariableName.from_dict
