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

T = TypeVar("T", bound="NotificationGroupWrite")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "email",
        "members",
        "createdBy",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_name,
    _k_email,
    _k_members,
    _k_created_by,
) = _d.parsed_keys(
    "name",
    "email",
    "members",
    "createdBy",
)
_members = _itemgetter(
    _k_name,
    _k_email,
    _k_members,
    _k_created_by,
)


@_attrs_define
class NotificationGroupWrite:
    """What creating or updating a Notification Group sends (and a Scenario's notificationGroups items).

    Attributes:
        name (str): Notification Group name.
        email (None | str | Unset): The email alias of the notification group.
        members (list[User] | None | Unset): The users that are members of this notification group.
        created_by (int | Unset): Shown in the docs' request examples.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    name: str
    email: None | str | Unset = UNSET
    members: list[User] | None | Unset = UNSET
    created_by: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

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

        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if members is not UNSET:
            field_dict["members"] = members
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``NotificationGroupWrite`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("NotificationGroupWrite", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 4
        if _read:
            try:
                (
                    name,
                    email,
                    members,
                    created_by,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                name = _src[_k_name]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                name = _src.get(_k_name, _d.MISSING)
            email = _src.get(_k_email, UNSET)
            members = _src.get(_k_members, UNSET)
            created_by = _src.get(_k_created_by, UNSET)
        if name.__class__ is not str:
            raise _d.fail("NotificationGroupWrite", "name", name, "string")

        if email.__class__ is not str and email is not None:
            if email is not UNSET:
                raise _d.fail("NotificationGroupWrite", "email", email, "string")
            _absent += 1

        if members is UNSET:
            _absent += 1
        else:
            if members is not None:
                if members.__class__ is not list:
                    raise _d.fail("NotificationGroupWrite", "members", members, "array")
                try:
                    members = [*map(_User_from_dict, members)]
                except DecodeError:
                    raise _d.item_failure(User, "NotificationGroupWrite", "members", members) from None

        if created_by.__class__ is not int:
            if created_by is not UNSET:
                raise _d.fail("NotificationGroupWrite", "createdBy", created_by, "integer")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        notification_group_write = _new(cls)
        notification_group_write.name = name
        notification_group_write.email = email
        notification_group_write.members = members
        notification_group_write.created_by = created_by
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        notification_group_write.additional_properties = (
            {} if len(_src) + _absent == 4 else _d.extra_keys(_src, _KNOWN_KEYS)
        )
        return notification_group_write

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
_NotificationGroupWrite_from_dict = NotificationGroupWrite.from_dict
_User_from_dict = User.from_dict
