# Generated from specs/stackmoxie/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/stackmoxie/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "message",
        "name",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_message,
    _k_name,
) = _d.parsed_keys(
    "message",
    "name",
)
_members = _itemgetter(
    _k_message,
    _k_name,
)


@_attrs_define
class Error:
    """Every error body (facts).

    Attributes:
        message (str):
        name (str | Unset): The kind of error.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    message: str
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Error`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Error", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 2
        if _read:
            try:
                (
                    message,
                    name,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                message = _src[_k_message]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                message = _src.get(_k_message, _d.MISSING)
            name = _src.get(_k_name, UNSET)
        if message.__class__ is not str:
            raise _d.fail("Error", "message", message, "string")

        if name.__class__ is not str:
            if name is not UNSET:
                raise _d.fail("Error", "name", name, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        error = _new(cls)
        error.message = message
        error.name = name
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        error.additional_properties = {} if len(_src) + _absent == 2 else _d.extra_keys(_src, _KNOWN_KEYS)
        return error

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
_Error_from_dict = Error.from_dict
