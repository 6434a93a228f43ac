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

T = TypeVar("T", bound="CredentialsFields")

_new = object.__new__

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
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_organization_id,
    _k_name,
    _k_description,
    _k_type_,
    _k_cloud_only,
    _k_properties,
    _k_totp_pins,
    _k_tags,
) = _d.parsed_keys(
    "organization_id",
    "name",
    "description",
    "type",
    "cloud_only",
    "properties",
    "totp_pins",
    "tags",
)
_members = _itemgetter(
    _k_organization_id,
    _k_name,
    _k_description,
    _k_type_,
    _k_cloud_only,
    _k_properties,
    _k_totp_pins,
    _k_tags,
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

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

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
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 8
        if _read:
            try:
                (
                    organization_id,
                    name,
                    description,
                    type_,
                    cloud_only,
                    properties,
                    totp_pins,
                    tags,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            organization_id = _src.get(_k_organization_id, UNSET)
            name = _src.get(_k_name, UNSET)
            description = _src.get(_k_description, UNSET)
            type_ = _src.get(_k_type_, UNSET)
            cloud_only = _src.get(_k_cloud_only, UNSET)
            properties = _src.get(_k_properties, UNSET)
            totp_pins = _src.get(_k_totp_pins, UNSET)
            tags = _src.get(_k_tags, UNSET)
        if organization_id.__class__ is not str:
            if organization_id is not UNSET:
                raise _d.fail("CredentialsFields", "organization_id", organization_id, "string")
            _absent += 1

        if name.__class__ is not str:
            if name is not UNSET:
                raise _d.fail("CredentialsFields", "name", name, "string")
            _absent += 1

        if description.__class__ is not str:
            if description is not UNSET:
                raise _d.fail("CredentialsFields", "description", description, "string")
            _absent += 1

        if type_.__class__ is not str:
            if type_ is not UNSET:
                raise _d.fail("CredentialsFields", "type", type_, "string")
            _absent += 1

        if cloud_only.__class__ is not bool:
            if cloud_only is not UNSET:
                raise _d.fail("CredentialsFields", "cloud_only", cloud_only, "boolean")
            _absent += 1

        if properties is UNSET:
            _absent += 1
        else:
            try:
                properties = _StringMap_from_dict(properties)
            except DecodeError as _error:
                raise _error.within("CredentialsFields", "properties") from None

        if totp_pins is UNSET:
            _absent += 1
        else:
            if totp_pins.__class__ is not list:
                raise _d.fail("CredentialsFields", "totp_pins", totp_pins, "array")
            try:
                totp_pins = [*map(_TotpPin_from_dict, totp_pins)]
            except DecodeError:
                raise _d.item_failure(TotpPin, "CredentialsFields", "totp_pins", totp_pins) from None

        if tags is UNSET:
            _absent += 1
        else:
            if tags.__class__ is not list:
                raise _d.fail("CredentialsFields", "tags", tags, "array")
            try:
                tags = [*map(_Label_from_dict, tags)]
            except DecodeError:
                raise _d.item_failure(Label, "CredentialsFields", "tags", tags) from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        credentials_fields = _new(cls)
        credentials_fields.organization_id = organization_id
        credentials_fields.name = name
        credentials_fields.description = description
        credentials_fields.type_ = type_
        credentials_fields.cloud_only = cloud_only
        credentials_fields.properties = properties
        credentials_fields.totp_pins = totp_pins
        credentials_fields.tags = tags
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        credentials_fields.additional_properties = {} if len(_src) + _absent == 8 else _d.extra_keys(_src, _KNOWN_KEYS)
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

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_CredentialsFields_from_dict = CredentialsFields.from_dict
_Label_from_dict = Label.from_dict
_StringMap_from_dict = StringMap.from_dict
_TotpPin_from_dict = TotpPin.from_dict
