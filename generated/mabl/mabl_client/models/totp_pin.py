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

T = TypeVar("T", bound="TotpPin")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "start_time",
        "pin",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_start_time,
    _k_pin,
) = _d.parsed_keys(
    "start_time",
    "pin",
)
_members = _itemgetter(
    _k_start_time,
    _k_pin,
)


@_attrs_define
class TotpPin:
    """
    Attributes:
        start_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
        pin (str | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    start_time: int | Unset = UNSET
    pin: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time

        pin = self.pin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if pin is not UNSET:
            field_dict["pin"] = pin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``TotpPin`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("TotpPin", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 2
        if _read:
            try:
                (
                    start_time,
                    pin,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            start_time = _src.get(_k_start_time, UNSET)
            pin = _src.get(_k_pin, UNSET)
        if start_time.__class__ is not int:
            if start_time is not UNSET:
                raise _d.fail("TotpPin", "start_time", start_time, "integer")
            _absent += 1

        if pin.__class__ is not str:
            if pin is not UNSET:
                raise _d.fail("TotpPin", "pin", pin, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        totp_pin = _new(cls)
        totp_pin.start_time = start_time
        totp_pin.pin = pin
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        totp_pin.additional_properties = {} if len(_src) + _absent == 2 else _d.extra_keys(_src, _KNOWN_KEYS)
        return totp_pin

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
_TotpPin_from_dict = TotpPin.from_dict
