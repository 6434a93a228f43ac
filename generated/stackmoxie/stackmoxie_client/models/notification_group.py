# Generated from specs/stackmoxie/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/stackmoxie/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
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
        name = _src.get("name", _d.MISSING)
        if name.__class__ is not str:
            raise _d.fail("NotificationGroup", "name", name, "string")

        id = _src.get("id", _d.MISSING)
        if id.__class__ is not int:
            raise _d.fail("NotificationGroup", "id", id, "integer")

        email = _src.get("email", UNSET)
        if email.__class__ is not str and email is not None:
            if email is not UNSET:
                raise _d.fail("NotificationGroup", "email", email, "string")
            _absent += 1

        members = _src.get("members", UNSET)
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

        uuid = _src.get("uuid", UNSET)
        if uuid.__class__ is not str:
            if uuid is not UNSET:
                raise _d.fail("NotificationGroup", "uuid", uuid, "string")
            _absent += 1

        created_at = _src.get("createdAt", UNSET)
        if created_at.__class__ is not int:
            if created_at is not UNSET:
                raise _d.fail("NotificationGroup", "createdAt", created_at, "integer")
            _absent += 1

        updated_at = _src.get("updatedAt", UNSET)
        if updated_at.__class__ is not int:
            if updated_at is not UNSET:
                raise _d.fail("NotificationGroup", "updatedAt", updated_at, "integer")
            _absent += 1

        created_by = _src.get("createdBy", UNSET)
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
