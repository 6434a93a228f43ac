# Generated from specs/mabl/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/mabl/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="CredentialsFields")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "organization_id",
        "name",
        "description",
        "type",
        "cloud_only",
        "properties",
        "totp_pins",
        "tags",
    }
)


@_attrs_define
class CredentialsFields:
    """
    Attributes:
        organization_id (str | Unset): The workspace (legacy name).
        name (str | Unset):
        description (str | Unset):
        type_ (str | Unset): e.g. `basic_with_totp`; the plain value `basic` is inferred.
        cloud_only (bool | Unset):
        properties (StringMap | Unset): Names to string values.
        totp_pins (list[TotpPin] | Unset): On update, null leaves the TOTP settings unchanged and an empty string clears
            them.
        tags (list[Label] | Unset):
    """

    organization_id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    type_: str | Unset = UNSET
    cloud_only: bool | Unset = UNSET
    properties: StringMap | Unset = UNSET
    totp_pins: list[TotpPin] | Unset = UNSET
    tags: list[Label] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

        name = self.name

        description = self.description

        type_ = self.type_

        cloud_only = self.cloud_only

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        totp_pins: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.totp_pins, Unset):
            totp_pins = []
            for totp_pins_item_data in self.totp_pins:
                totp_pins_item = totp_pins_item_data.to_dict()
                totp_pins.append(totp_pins_item)

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if cloud_only is not UNSET:
            field_dict["cloud_only"] = cloud_only
        if properties is not UNSET:
            field_dict["properties"] = properties
        if totp_pins is not UNSET:
            field_dict["totp_pins"] = totp_pins
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``CredentialsFields`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("CredentialsFields", src_dict)
        _seen = 0
        _get = _src.get
        organization_id = _get("organization_id", UNSET)
        if organization_id is not UNSET:
            _seen += 1
            if organization_id.__class__ is not str:
                raise _d.fail("CredentialsFields", "organization_id", organization_id, "string")

        name = _get("name", UNSET)
        if name is not UNSET:
            _seen += 1
            if name.__class__ is not str:
                raise _d.fail("CredentialsFields", "name", name, "string")

        description = _get("description", UNSET)
        if description is not UNSET:
            _seen += 1
            if description.__class__ is not str:
                raise _d.fail("CredentialsFields", "description", description, "string")

        type_ = _get("type", UNSET)
        if type_ is not UNSET:
            _seen += 1
            if type_.__class__ is not str:
                raise _d.fail("CredentialsFields", "type", type_, "string")

        cloud_only = _get("cloud_only", UNSET)
        if cloud_only is not UNSET:
            _seen += 1
            if cloud_only.__class__ is not bool:
                raise _d.fail("CredentialsFields", "cloud_only", cloud_only, "boolean")

        properties = _get("properties", UNSET)
        if properties is not UNSET:
            _seen += 1
            try:
                properties = StringMap.from_dict(properties)
            except DecodeError as _error:
                raise _error.within("CredentialsFields", "properties") from None

        totp_pins = _get("totp_pins", UNSET)
        if totp_pins is not UNSET:
            _seen += 1
            totp_pins = _d.list_of_models(TotpPin, "CredentialsFields", "totp_pins", totp_pins)

        tags = _get("tags", UNSET)
        if tags is not UNSET:
            _seen += 1
            tags = _d.list_of_models(Label, "CredentialsFields", "tags", tags)

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        credentials_fields = object.__new__(cls)
        credentials_fields.organization_id = organization_id
        credentials_fields.name = name
        credentials_fields.description = description
        credentials_fields.type_ = type_
        credentials_fields.cloud_only = cloud_only
        credentials_fields.properties = properties
        credentials_fields.totp_pins = totp_pins
        credentials_fields.tags = tags
        # Every required member was found, so more members than found means some are unknown to the spec.
        credentials_fields.additional_properties = _d.extra_keys(_src, _KNOWN_KEYS) if len(_src) != _seen else {}
        return credentials_fields

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
from ..models.label import Label  # noqa: E402
from ..models.string_map import StringMap  # noqa: E402
from ..models.totp_pin import TotpPin  # noqa: E402
