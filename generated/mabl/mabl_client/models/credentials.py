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

T = TypeVar("T", bound="Credentials")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "organization_id",
        "name",
        "created_time",
        "created_by_id",
        "last_updated_time",
        "last_updated_by_id",
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
    _k_id,
    _k_organization_id,
    _k_name,
    _k_created_time,
    _k_created_by_id,
    _k_last_updated_time,
    _k_last_updated_by_id,
    _k_description,
    _k_type_,
    _k_cloud_only,
    _k_properties,
    _k_totp_pins,
    _k_tags,
) = _d.parsed_keys(
    "id",
    "organization_id",
    "name",
    "created_time",
    "created_by_id",
    "last_updated_time",
    "last_updated_by_id",
    "description",
    "type",
    "cloud_only",
    "properties",
    "totp_pins",
    "tags",
)
_members = _itemgetter(
    _k_id,
    _k_organization_id,
    _k_name,
    _k_created_time,
    _k_created_by_id,
    _k_last_updated_time,
    _k_last_updated_by_id,
    _k_description,
    _k_type_,
    _k_cloud_only,
    _k_properties,
    _k_totp_pins,
    _k_tags,
)


@_attrs_define
class Credentials:
    """Stored credentials. `properties` holds the secret key/value pairs in plain text only when secrets were asked for
    (`with_secrets=true`) and the credentials are not cloud-only; TOTP secret keys are never returned.

        Attributes:
            id (str):
            organization_id (str): The workspace; this resource keeps the legacy name.
            name (str):
            created_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
            created_by_id (str | Unset): A user id (no suffix).
            last_updated_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
            last_updated_by_id (str | Unset):
            description (str | Unset):
            type_ (str | Unset): e.g. `basic_with_totp`
            cloud_only (bool | Unset): Cloud-only credentials are never decrypted for the caller.
            properties (StringMap | Unset): Names to string values.
            totp_pins (list[TotpPin] | Unset):
            tags (list[Label] | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    id: str
    organization_id: str
    name: str
    created_time: int | Unset = UNSET
    created_by_id: str | Unset = UNSET
    last_updated_time: int | Unset = UNSET
    last_updated_by_id: str | Unset = UNSET
    description: str | Unset = UNSET
    type_: str | Unset = UNSET
    cloud_only: bool | Unset = UNSET
    properties: StringMap | Unset = UNSET
    totp_pins: list[TotpPin] | Unset = UNSET
    tags: list[Label] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        name = self.name

        created_time = self.created_time

        created_by_id = self.created_by_id

        last_updated_time = self.last_updated_time

        last_updated_by_id = self.last_updated_by_id

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
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "name": name,
            }
        )
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if created_by_id is not UNSET:
            field_dict["created_by_id"] = created_by_id
        if last_updated_time is not UNSET:
            field_dict["last_updated_time"] = last_updated_time
        if last_updated_by_id is not UNSET:
            field_dict["last_updated_by_id"] = last_updated_by_id
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
        """Decode one ``Credentials`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Credentials", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 13
        if _read:
            try:
                (
                    id,
                    organization_id,
                    name,
                    created_time,
                    created_by_id,
                    last_updated_time,
                    last_updated_by_id,
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
            try:
                id = _src[_k_id]
                organization_id = _src[_k_organization_id]
                name = _src[_k_name]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                id = _src.get(_k_id, _d.MISSING)
                organization_id = _src.get(_k_organization_id, _d.MISSING)
                name = _src.get(_k_name, _d.MISSING)
            created_time = _src.get(_k_created_time, UNSET)
            created_by_id = _src.get(_k_created_by_id, UNSET)
            last_updated_time = _src.get(_k_last_updated_time, UNSET)
            last_updated_by_id = _src.get(_k_last_updated_by_id, UNSET)
            description = _src.get(_k_description, UNSET)
            type_ = _src.get(_k_type_, UNSET)
            cloud_only = _src.get(_k_cloud_only, UNSET)
            properties = _src.get(_k_properties, UNSET)
            totp_pins = _src.get(_k_totp_pins, UNSET)
            tags = _src.get(_k_tags, UNSET)
        if id.__class__ is not str:
            raise _d.fail("Credentials", "id", id, "string")

        if organization_id.__class__ is not str:
            raise _d.fail("Credentials", "organization_id", organization_id, "string")

        if name.__class__ is not str:
            raise _d.fail("Credentials", "name", name, "string")

        if created_time.__class__ is not int:
            if created_time is not UNSET:
                raise _d.fail("Credentials", "created_time", created_time, "integer")
            _absent += 1

        if created_by_id.__class__ is not str:
            if created_by_id is not UNSET:
                raise _d.fail("Credentials", "created_by_id", created_by_id, "string")
            _absent += 1

        if last_updated_time.__class__ is not int:
            if last_updated_time is not UNSET:
                raise _d.fail("Credentials", "last_updated_time", last_updated_time, "integer")
            _absent += 1

        if last_updated_by_id.__class__ is not str:
            if last_updated_by_id is not UNSET:
                raise _d.fail("Credentials", "last_updated_by_id", last_updated_by_id, "string")
            _absent += 1

        if description.__class__ is not str:
            if description is not UNSET:
                raise _d.fail("Credentials", "description", description, "string")
            _absent += 1

        if type_.__class__ is not str:
            if type_ is not UNSET:
                raise _d.fail("Credentials", "type", type_, "string")
            _absent += 1

        if cloud_only.__class__ is not bool:
            if cloud_only is not UNSET:
                raise _d.fail("Credentials", "cloud_only", cloud_only, "boolean")
            _absent += 1

        if properties is UNSET:
            _absent += 1
        else:
            try:
                properties = _StringMap_from_dict(properties)
            except DecodeError as _error:
                raise _error.within("Credentials", "properties") from None

        if totp_pins is UNSET:
            _absent += 1
        else:
            if totp_pins.__class__ is not list:
                raise _d.fail("Credentials", "totp_pins", totp_pins, "array")
            try:
                totp_pins = [*map(_TotpPin_from_dict, totp_pins)]
            except DecodeError:
                raise _d.item_failure(TotpPin, "Credentials", "totp_pins", totp_pins) from None

        if tags is UNSET:
            _absent += 1
        else:
            if tags.__class__ is not list:
                raise _d.fail("Credentials", "tags", tags, "array")
            try:
                tags = [*map(_Label_from_dict, tags)]
            except DecodeError:
                raise _d.item_failure(Label, "Credentials", "tags", tags) from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        credentials = _new(cls)
        credentials.id = id
        credentials.organization_id = organization_id
        credentials.name = name
        credentials.created_time = created_time
        credentials.created_by_id = created_by_id
        credentials.last_updated_time = last_updated_time
        credentials.last_updated_by_id = last_updated_by_id
        credentials.description = description
        credentials.type_ = type_
        credentials.cloud_only = cloud_only
        credentials.properties = properties
        credentials.totp_pins = totp_pins
        credentials.tags = tags
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        credentials.additional_properties = {} if len(_src) + _absent == 13 else _d.extra_keys(_src, _KNOWN_KEYS)
        return credentials

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
_Credentials_from_dict = Credentials.from_dict
_Label_from_dict = Label.from_dict
_StringMap_from_dict = StringMap.from_dict
_TotpPin_from_dict = TotpPin.from_dict
