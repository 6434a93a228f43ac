# Generated from specs/stackmoxie/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/stackmoxie/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationGroup")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "id",
        "email",
        "members",
        "uuid",
        "createdAt",
        "updatedAt",
        "createdBy",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_name,
    _k_id,
    _k_email,
    _k_members,
    _k_uuid,
    _k_created_at,
    _k_updated_at,
    _k_created_by,
) = _d.parsed_keys(
    "name",
    "id",
    "email",
    "members",
    "uuid",
    "createdAt",
    "updatedAt",
    "createdBy",
)
_members = _itemgetter(
    _k_name,
    _k_id,
    _k_email,
    _k_members,
    _k_uuid,
    _k_created_at,
    _k_updated_at,
    _k_created_by,
)


@_attrs_define
class NotificationGroup:
    """
    Attributes:
        name (str):
        id (int):
        email (None | str | Unset):
        members (list[User] | None | Unset):
        uuid (str | Unset):
        created_at (int | Unset): Unix epoch milliseconds (facts).
        updated_at (int | Unset): Unix epoch milliseconds (facts).
        created_by (int | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    name: str
    id: int
    email: None | str | Unset = UNSET
    members: list[User] | None | Unset = UNSET
    uuid: str | Unset = UNSET
    created_at: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    created_by: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        members: list[dict[str, Any]] | None | Unset
        if isinstance(self.members, Unset):
            members = UNSET
        elif isinstance(self.members, list):
            members = []
            for members_type_0_item_data in self.members:
                members_type_0_item = members_type_0_item_data.to_dict()
                members.append(members_type_0_item)

        else:
            members = self.members

        uuid = self.uuid

        created_at = self.created_at

        updated_at = self.updated_at

        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "id": id,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if members is not UNSET:
            field_dict["members"] = members
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
        """Decode one ``NotificationGroup`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("NotificationGroup", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 8
        if _read:
            try:
                (
                    name,
                    id,
                    email,
                    members,
                    uuid,
                    created_at,
                    updated_at,
                    created_by,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                name = _src[_k_name]
                id = _src[_k_id]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                name = _src.get(_k_name, _d.MISSING)
                id = _src.get(_k_id, _d.MISSING)
            email = _src.get(_k_email, UNSET)
            members = _src.get(_k_members, UNSET)
            uuid = _src.get(_k_uuid, UNSET)
            created_at = _src.get(_k_created_at, UNSET)
            updated_at = _src.get(_k_updated_at, UNSET)
            created_by = _src.get(_k_created_by, UNSET)
        if name.__class__ is not str:
            raise _d.fail("NotificationGroup", "name", name, "string")

        if id.__class__ is not int:
            raise _d.fail("NotificationGroup", "id", id, "integer")

        if email.__class__ is not str and email is not None:
            if email is not UNSET:
                raise _d.fail("NotificationGroup", "email", email, "string")
            _absent += 1

        if members is UNSET:
            _absent += 1
        else:
            if members is not None:
                if members.__class__ is not list:
                    raise _d.fail("NotificationGroup", "members", members, "array")
                try:
                    members = [*map(_User_from_dict, members)]
                except DecodeError:
                    raise _d.item_failure(User, "NotificationGroup", "members", members) from None

        if uuid.__class__ is not str:
            if uuid is not UNSET:
                raise _d.fail("NotificationGroup", "uuid", uuid, "string")
            _absent += 1

        if created_at.__class__ is not int:
            if created_at is not UNSET:
                raise _d.fail("NotificationGroup", "createdAt", created_at, "integer")
            _absent += 1

        if updated_at.__class__ is not int:
            if updated_at is not UNSET:
                raise _d.fail("NotificationGroup", "updatedAt", updated_at, "integer")
            _absent += 1

        if created_by.__class__ is not int:
            if created_by is not UNSET:
                raise _d.fail("NotificationGroup", "createdBy", created_by, "integer")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        notification_group = _new(cls)
        notification_group.name = name
        notification_group.id = id
        notification_group.email = email
        notification_group.members = members
        notification_group.uuid = uuid
        notification_group.created_at = created_at
        notification_group.updated_at = updated_at
        notification_group.created_by = created_by
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        notification_group.additional_properties = {} if len(_src) + _absent == 8 else _d.extra_keys(_src, _KNOWN_KEYS)
        return notification_group

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
from ..models.user import User  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_NotificationGroup_from_dict = NotificationGroup.from_dict
_User_from_dict = User.from_dict
