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

T = TypeVar("T", bound="DeviceEmulation")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "device_config",
        "orientation",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_device_config,
    _k_orientation,
) = _d.parsed_keys(
    "device_config",
    "orientation",
)
_members = _itemgetter(
    _k_device_config,
    _k_orientation,
)


@_attrs_define
class DeviceEmulation:
    """
    Attributes:
        device_config (DeviceConfig | Unset):
        orientation (str | Unset): e.g. `portrait_primary`
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    device_config: DeviceConfig | Unset = UNSET
    orientation: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device_config, Unset):
            device_config = self.device_config.to_dict()

        orientation = self.orientation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if device_config is not UNSET:
            field_dict["device_config"] = device_config
        if orientation is not UNSET:
            field_dict["orientation"] = orientation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``DeviceEmulation`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("DeviceEmulation", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 2
        if _read:
            try:
                (
                    device_config,
                    orientation,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            device_config = _src.get(_k_device_config, UNSET)
            orientation = _src.get(_k_orientation, UNSET)
        if device_config is UNSET:
            _absent += 1
        else:
            try:
                device_config = _DeviceConfig_from_dict(device_config)
            except DecodeError as _error:
                raise _error.within("DeviceEmulation", "device_config") from None

        if orientation.__class__ is not str:
            if orientation is not UNSET:
                raise _d.fail("DeviceEmulation", "orientation", orientation, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        device_emulation = _new(cls)
        device_emulation.device_config = device_config
        device_emulation.orientation = orientation
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        device_emulation.additional_properties = {} if len(_src) + _absent == 2 else _d.extra_keys(_src, _KNOWN_KEYS)
        return device_emulation

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
from ..models.device_config import DeviceConfig  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_DeviceEmulation_from_dict = DeviceEmulation.from_dict
_DeviceConfig_from_dict = DeviceConfig.from_dict
