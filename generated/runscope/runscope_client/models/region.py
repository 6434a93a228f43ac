# Generated from specs/runscope/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/runscope/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..types import UNSET, Unset

T = TypeVar("T", bound="Region")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "region_code",
        "location",
        "service_provider",
        "hostname",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_region_code,
    _k_location,
    _k_service_provider,
    _k_hostname,
) = _d.parsed_keys(
    "region_code",
    "location",
    "service_provider",
    "hostname",
)
_members = _itemgetter(
    _k_region_code,
    _k_location,
    _k_service_provider,
    _k_hostname,
)


@_attrs_define
class Region:
    """
    Attributes:
        region_code (str | Unset):
        location (str | Unset):
        service_provider (str | Unset):
        hostname (str | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    region_code: str | Unset = UNSET
    location: str | Unset = UNSET
    service_provider: str | Unset = UNSET
    hostname: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        region_code = self.region_code

        location = self.location

        service_provider = self.service_provider

        hostname = self.hostname

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if region_code is not UNSET:
            field_dict["region_code"] = region_code
        if location is not UNSET:
            field_dict["location"] = location
        if service_provider is not UNSET:
            field_dict["service_provider"] = service_provider
        if hostname is not UNSET:
            field_dict["hostname"] = hostname

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Region`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Region", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 4
        if _read:
            try:
                (
                    region_code,
                    location,
                    service_provider,
                    hostname,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            region_code = _src.get(_k_region_code, UNSET)
            location = _src.get(_k_location, UNSET)
            service_provider = _src.get(_k_service_provider, UNSET)
            hostname = _src.get(_k_hostname, UNSET)
        if region_code.__class__ is not str:
            if region_code is not UNSET:
                raise _d.fail("Region", "region_code", region_code, "string")
            _absent += 1

        if location.__class__ is not str:
            if location is not UNSET:
                raise _d.fail("Region", "location", location, "string")
            _absent += 1

        if service_provider.__class__ is not str:
            if service_provider is not UNSET:
                raise _d.fail("Region", "service_provider", service_provider, "string")
            _absent += 1

        if hostname.__class__ is not str:
            if hostname is not UNSET:
                raise _d.fail("Region", "hostname", hostname, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        region = _new(cls)
        region.region_code = region_code
        region.location = location
        region.service_provider = service_provider
        region.hostname = hostname
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        region.additional_properties = {} if len(_src) + _absent == 4 else _d.extra_keys(_src, _KNOWN_KEYS)
        return region

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
_Region_from_dict = Region.from_dict
