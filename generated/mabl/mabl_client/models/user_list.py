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

T = TypeVar("T", bound="UserList")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "users",
        "cursor",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_users,
    _k_cursor,
) = _d.parsed_keys(
    "users",
    "cursor",
)
_members = _itemgetter(
    _k_users,
    _k_cursor,
)


@_attrs_define
class UserList:
    """
    Attributes:
        users (list[User]):
        cursor (None | str | Unset): Next-page cursor. Most lists are finished when it equals the cursor sent; test run
            summaries over a time range are finished when it is null or absent (facts §6).
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    users: list[User]
    cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        cursor: None | str | Unset
        if isinstance(self.cursor, Unset):
            cursor = UNSET
        else:
            cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "users": users,
            }
        )
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``UserList`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("UserList", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 2
        if _read:
            try:
                (
                    users,
                    cursor,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                users = _src[_k_users]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                users = _src.get(_k_users, _d.MISSING)
            cursor = _src.get(_k_cursor, UNSET)
        if users.__class__ is not list:
            raise _d.fail("UserList", "users", users, "array")
        try:
            users = [*map(_User_from_dict, users)]
        except DecodeError:
            raise _d.item_failure(User, "UserList", "users", users) from None

        if cursor.__class__ is not str and cursor is not None:
            if cursor is not UNSET:
                raise _d.fail("UserList", "cursor", cursor, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        user_list = _new(cls)
        user_list.users = users
        user_list.cursor = cursor
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        user_list.additional_properties = {} if len(_src) + _absent == 2 else _d.extra_keys(_src, _KNOWN_KEYS)
        return user_list

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
_UserList_from_dict = UserList.from_dict
_User_from_dict = User.from_dict
