# Generated from specs/stackmoxie/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/stackmoxie/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..models.cog import Cog
from ..models.profile import Profile
from ..types import UNSET, Unset

T = TypeVar("T", bound="Connection")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "cog",
        "id",
        "profile",
        "isValid",
        "uuid",
        "createdAt",
        "updatedAt",
        "createdBy",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_cog,
    _k_id,
    _k_profile,
    _k_is_valid,
    _k_uuid,
    _k_created_at,
    _k_updated_at,
    _k_created_by,
) = _d.parsed_keys(
    "cog",
    "id",
    "profile",
    "isValid",
    "uuid",
    "createdAt",
    "updatedAt",
    "createdBy",
)
_members = _itemgetter(
    _k_cog,
    _k_id,
    _k_profile,
    _k_is_valid,
    _k_uuid,
    _k_created_at,
    _k_updated_at,
    _k_created_by,
)


@_attrs_define
class Connection:
    """
    Attributes:
        cog (Cog): The cogs a Connection can be made to ("Cog Name in the form vendor/name").
        id (int):
        profile (Profile | Unset): Profile name; "default" is the only documented value.
        is_valid (bool | Unset):
        uuid (str | Unset):
        created_at (int | Unset): Unix epoch milliseconds (facts).
        updated_at (int | Unset): Unix epoch milliseconds (facts).
        created_by (int | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    cog: Cog
    id: int
    profile: Profile | Unset = UNSET
    is_valid: bool | Unset = UNSET
    uuid: str | Unset = UNSET
    created_at: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    created_by: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cog = self.cog.value

        id = self.id

        profile: str | Unset = UNSET
        if not isinstance(self.profile, Unset):
            profile = self.profile.value

        is_valid = self.is_valid

        uuid = self.uuid

        created_at = self.created_at

        updated_at = self.updated_at

        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cog": cog,
                "id": id,
            }
        )
        if profile is not UNSET:
            field_dict["profile"] = profile
        if is_valid is not UNSET:
            field_dict["isValid"] = is_valid
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Connection`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Connection", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 8
        if _read:
            try:
                (
                    cog,
                    id,
                    profile,
                    is_valid,
                    uuid,
                    created_at,
                    updated_at,
                    created_by,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                cog = _src[_k_cog]
                id = _src[_k_id]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                cog = _src.get(_k_cog, _d.MISSING)
                id = _src.get(_k_id, _d.MISSING)
            profile = _src.get(_k_profile, UNSET)
            is_valid = _src.get(_k_is_valid, UNSET)
            uuid = _src.get(_k_uuid, UNSET)
            created_at = _src.get(_k_created_at, UNSET)
            updated_at = _src.get(_k_updated_at, UNSET)
            created_by = _src.get(_k_created_by, UNSET)
        _member = _d.ENUM_MEMBERS[Cog].get(cog) if cog.__class__ is str else None
        if _member is None:
            raise _d.enum_failure(Cog, "Connection", "cog", cog)
        cog = _member

        if id.__class__ is not int:
            raise _d.fail("Connection", "id", id, "integer")

        if profile is UNSET:
            _absent += 1
        else:
            _member = _d.ENUM_MEMBERS[Profile].get(profile) if profile.__class__ is str else None
            if _member is None:
                raise _d.enum_failure(Profile, "Connection", "profile", profile)
            profile = _member

        if is_valid.__class__ is not bool:
            if is_valid is not UNSET:
                raise _d.fail("Connection", "isValid", is_valid, "boolean")
            _absent += 1

        if uuid.__class__ is not str:
            if uuid is not UNSET:
                raise _d.fail("Connection", "uuid", uuid, "string")
            _absent += 1

        if created_at.__class__ is not int:
            if created_at is not UNSET:
                raise _d.fail("Connection", "createdAt", created_at, "integer")
            _absent += 1

        if updated_at.__class__ is not int:
            if updated_at is not UNSET:
                raise _d.fail("Connection", "updatedAt", updated_at, "integer")
            _absent += 1

        if created_by.__class__ is not int:
            if created_by is not UNSET:
                raise _d.fail("Connection", "createdBy", created_by, "integer")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        connection = _new(cls)
        connection.cog = cog
        connection.id = id
        connection.profile = profile
        connection.is_valid = is_valid
        connection.uuid = uuid
        connection.created_at = created_at
        connection.updated_at = updated_at
        connection.created_by = created_by
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        connection.additional_properties = {} if len(_src) + _absent == 8 else _d.extra_keys(_src, _KNOWN_KEYS)
        return connection

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
_Connection_from_dict = Connection.from_dict
