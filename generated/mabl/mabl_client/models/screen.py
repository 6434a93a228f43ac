# Generated from specs/mabl/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/mabl/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Screen")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "horizontal",
        "vertical",
        "device_pixel_ratio",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_horizontal,
    _k_vertical,
    _k_device_pixel_ratio,
) = _d.parsed_keys(
    "horizontal",
    "vertical",
    "device_pixel_ratio",
)
_members = _itemgetter(
    _k_horizontal,
    _k_vertical,
    _k_device_pixel_ratio,
)


@_attrs_define
class Screen:
    """
    Attributes:
        horizontal (ScreenSize | Unset):
        vertical (ScreenSize | Unset):
        device_pixel_ratio (float | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    horizontal: ScreenSize | Unset = UNSET
    vertical: ScreenSize | Unset = UNSET
    device_pixel_ratio: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        horizontal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.horizontal, Unset):
            horizontal = self.horizontal.to_dict()

        vertical: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vertical, Unset):
            vertical = self.vertical.to_dict()

        device_pixel_ratio = self.device_pixel_ratio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if horizontal is not UNSET:
            field_dict["horizontal"] = horizontal
        if vertical is not UNSET:
            field_dict["vertical"] = vertical
        if device_pixel_ratio is not UNSET:
            field_dict["device_pixel_ratio"] = device_pixel_ratio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Screen`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Screen", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 3
        if _read:
            try:
                (
                    horizontal,
                    vertical,
                    device_pixel_ratio,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            horizontal = _src.get(_k_horizontal, UNSET)
            vertical = _src.get(_k_vertical, UNSET)
            device_pixel_ratio = _src.get(_k_device_pixel_ratio, UNSET)
        if horizontal is UNSET:
            _absent += 1
        else:
            try:
                horizontal = _ScreenSize_from_dict(horizontal)
            except DecodeError as _error:
                raise _error.within("Screen", "horizontal") from None

        if vertical is UNSET:
            _absent += 1
        else:
            try:
                vertical = _ScreenSize_from_dict(vertical)
            except DecodeError as _error:
                raise _error.within("Screen", "vertical") from None

        if device_pixel_ratio is UNSET:
            _absent += 1
        else:
            device_pixel_ratio = _d.as_float("Screen", "device_pixel_ratio", device_pixel_ratio)

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        screen = _new(cls)
        screen.horizontal = horizontal
        screen.vertical = vertical
        screen.device_pixel_ratio = device_pixel_ratio
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        screen.additional_properties = {} if len(_src) + _absent == 3 else _d.extra_keys(_src, _KNOWN_KEYS)
        return screen

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
from ..models.screen_size import ScreenSize  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_Screen_from_dict = Screen.from_dict
_ScreenSize_from_dict = ScreenSize.from_dict
