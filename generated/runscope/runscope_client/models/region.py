# Generated from specs/runscope/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/runscope/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..types import UNSET, Unset

T = TypeVar("T", bound="Region")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "region_code",
        "location",
        "service_provider",
        "hostname",
    }
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
        _seen = 0
        _get = _src.get
        region_code = _get("region_code", UNSET)
        if region_code is not UNSET:
            _seen += 1
            if region_code.__class__ is not str:
                raise _d.fail("Region", "region_code", region_code, "string")

        location = _get("location", UNSET)
        if location is not UNSET:
            _seen += 1
            if location.__class__ is not str:
                raise _d.fail("Region", "location", location, "string")

        service_provider = _get("service_provider", UNSET)
        if service_provider is not UNSET:
            _seen += 1
            if service_provider.__class__ is not str:
                raise _d.fail("Region", "service_provider", service_provider, "string")

        hostname = _get("hostname", UNSET)
        if hostname is not UNSET:
            _seen += 1
            if hostname.__class__ is not str:
                raise _d.fail("Region", "hostname", hostname, "string")

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        region = object.__new__(cls)
        region.region_code = region_code
        region.location = location
        region.service_provider = service_provider
        region.hostname = hostname
        # Every required member was found, so more members than found means some are unknown to the spec.
        region.additional_properties = _d.extra_keys(_src, _KNOWN_KEYS) if len(_src) != _seen else {}
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
