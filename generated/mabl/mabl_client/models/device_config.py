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

T = TypeVar("T", bound="DeviceConfig")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "screen",
        "capabilities",
        "name",
        "preset_type",
        "type",
        "user_agent",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_screen,
    _k_capabilities,
    _k_name,
    _k_preset_type,
    _k_type_,
    _k_user_agent,
) = _d.parsed_keys(
    "screen",
    "capabilities",
    "name",
    "preset_type",
    "type",
    "user_agent",
)
_members = _itemgetter(
    _k_screen,
    _k_capabilities,
    _k_name,
    _k_preset_type,
    _k_type_,
    _k_user_agent,
)


@_attrs_define
class DeviceConfig:
    """
    Attributes:
        screen (Screen | Unset):
        capabilities (list[str] | Unset): e.g. touch, mobile
        name (str | Unset):
        preset_type (str | Unset): e.g. `iphone_15_pro_max`
        type_ (str | Unset): e.g. `phone`
        user_agent (str | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    screen: Screen | Unset = UNSET
    capabilities: list[str] | Unset = UNSET
    name: str | Unset = UNSET
    preset_type: str | Unset = UNSET
    type_: str | Unset = UNSET
    user_agent: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        screen: dict[str, Any] | Unset = UNSET
        if not isinstance(self.screen, Unset):
            screen = self.screen.to_dict()

        capabilities: list[str] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = self.capabilities

        name = self.name

        preset_type = self.preset_type

        type_ = self.type_

        user_agent = self.user_agent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if screen is not UNSET:
            field_dict["screen"] = screen
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if name is not UNSET:
            field_dict["name"] = name
        if preset_type is not UNSET:
            field_dict["preset_type"] = preset_type
        if type_ is not UNSET:
            field_dict["type"] = type_
        if user_agent is not UNSET:
            field_dict["user_agent"] = user_agent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``DeviceConfig`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("DeviceConfig", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 6
        if _read:
            try:
                (
                    screen,
                    capabilities,
                    name,
                    preset_type,
                    type_,
                    user_agent,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            screen = _src.get(_k_screen, UNSET)
            capabilities = _src.get(_k_capabilities, UNSET)
            name = _src.get(_k_name, UNSET)
            preset_type = _src.get(_k_preset_type, UNSET)
            type_ = _src.get(_k_type_, UNSET)
            user_agent = _src.get(_k_user_agent, UNSET)
        if screen is UNSET:
            _absent += 1
        else:
            try:
                screen = _Screen_from_dict(screen)
            except DecodeError as _error:
                raise _error.within("DeviceConfig", "screen") from None

        if capabilities is UNSET:
            _absent += 1
        else:
            if capabilities.__class__ is not list:
                raise _d.fail("DeviceConfig", "capabilities", capabilities, "array")
            for _item in capabilities:
                if _item.__class__ is not str:
                    _d.list_of(str, "string", "DeviceConfig", "capabilities", capabilities)  # raises, naming the item

        if name.__class__ is not str:
            if name is not UNSET:
                raise _d.fail("DeviceConfig", "name", name, "string")
            _absent += 1

        if preset_type.__class__ is not str:
            if preset_type is not UNSET:
                raise _d.fail("DeviceConfig", "preset_type", preset_type, "string")
            _absent += 1

        if type_.__class__ is not str:
            if type_ is not UNSET:
                raise _d.fail("DeviceConfig", "type", type_, "string")
            _absent += 1

        if user_agent.__class__ is not str:
            if user_agent is not UNSET:
                raise _d.fail("DeviceConfig", "user_agent", user_agent, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        device_config = _new(cls)
        device_config.screen = screen
        device_config.capabilities = capabilities
        device_config.name = name
        device_config.preset_type = preset_type
        device_config.type_ = type_
        device_config.user_agent = user_agent
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        device_config.additional_properties = {} if len(_src) + _absent == 6 else _d.extra_keys(_src, _KNOWN_KEYS)
        return device_config

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
from ..models.screen import Screen  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_DeviceConfig_from_dict = DeviceConfig.from_dict
_Screen_from_dict = Screen.from_dict
