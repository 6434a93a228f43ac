# Generated from specs/runscope/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/runscope/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Group")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "uuid",
        "name",
        "team_uuid",
        "bucket_keys",
        "user_count",
        "users",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_uuid,
    _k_name,
    _k_team_uuid,
    _k_bucket_keys,
    _k_user_count,
    _k_users,
) = _d.parsed_keys(
    "uuid",
    "name",
    "team_uuid",
    "bucket_keys",
    "user_count",
    "users",
)
_members = _itemgetter(
    _k_uuid,
    _k_name,
    _k_team_uuid,
    _k_bucket_keys,
    _k_user_count,
    _k_users,
)


@_attrs_define
class Group:
    """A group; lists carry name and uuid, a user's groups add team_uuid, the detail adds members and buckets.

    Attributes:
        uuid (str):
        name (None | str | Unset):
        team_uuid (None | str | Unset):
        bucket_keys (list[str] | None | Unset):
        user_count (int | None | Unset):
        users (list[GroupUser] | None | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    uuid: str
    name: None | str | Unset = UNSET
    team_uuid: None | str | Unset = UNSET
    bucket_keys: list[str] | None | Unset = UNSET
    user_count: int | None | Unset = UNSET
    users: list[GroupUser] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        team_uuid: None | str | Unset
        if isinstance(self.team_uuid, Unset):
            team_uuid = UNSET
        else:
            team_uuid = self.team_uuid

        bucket_keys: list[str] | None | Unset
        if isinstance(self.bucket_keys, Unset):
            bucket_keys = UNSET
        elif isinstance(self.bucket_keys, list):
            bucket_keys = self.bucket_keys

        else:
            bucket_keys = self.bucket_keys

        user_count: int | None | Unset
        if isinstance(self.user_count, Unset):
            user_count = UNSET
        else:
            user_count = self.user_count

        users: list[dict[str, Any]] | None | Unset
        if isinstance(self.users, Unset):
            users = UNSET
        elif isinstance(self.users, list):
            users = []
            for users_type_0_item_data in self.users:
                users_type_0_item = users_type_0_item_data.to_dict()
                users.append(users_type_0_item)

        else:
            users = self.users

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if team_uuid is not UNSET:
            field_dict["team_uuid"] = team_uuid
        if bucket_keys is not UNSET:
            field_dict["bucket_keys"] = bucket_keys
        if user_count is not UNSET:
            field_dict["user_count"] = user_count
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Group`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Group", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 6
        if _read:
            try:
                (
                    uuid,
                    name,
                    team_uuid,
                    bucket_keys,
                    user_count,
                    users,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                uuid = _src[_k_uuid]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                uuid = _src.get(_k_uuid, _d.MISSING)
            name = _src.get(_k_name, UNSET)
            team_uuid = _src.get(_k_team_uuid, UNSET)
            bucket_keys = _src.get(_k_bucket_keys, UNSET)
            user_count = _src.get(_k_user_count, UNSET)
            users = _src.get(_k_users, UNSET)
        if uuid.__class__ is not str:
            raise _d.fail("Group", "uuid", uuid, "string")

        if name.__class__ is not str and name is not None:
            if name is not UNSET:
                raise _d.fail("Group", "name", name, "string")
            _absent += 1

        if team_uuid.__class__ is not str and team_uuid is not None:
            if team_uuid is not UNSET:
                raise _d.fail("Group", "team_uuid", team_uuid, "string")
            _absent += 1

        if bucket_keys is UNSET:
            _absent += 1
        else:
            if bucket_keys is not None:
                if bucket_keys.__class__ is not list:
                    raise _d.fail("Group", "bucket_keys", bucket_keys, "array")
                for _item in bucket_keys:
                    if _item.__class__ is not str:
                        _d.list_of(str, "string", "Group", "bucket_keys", bucket_keys)  # raises, naming the item

        if user_count.__class__ is not int and user_count is not None:
            if user_count is not UNSET:
                raise _d.fail("Group", "user_count", user_count, "integer")
            _absent += 1

        if users is UNSET:
            _absent += 1
        else:
            if users is not None:
                if users.__class__ is not list:
                    raise _d.fail("Group", "users", users, "array")
                try:
                    users = [*map(_GroupUser_from_dict, users)]
                except DecodeError:
                    raise _d.item_failure(GroupUser, "Group", "users", users) from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        group = _new(cls)
        group.uuid = uuid
        group.name = name
        group.team_uuid = team_uuid
        group.bucket_keys = bucket_keys
        group.user_count = user_count
        group.users = users
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        group.additional_properties = {} if len(_src) + _absent == 6 else _d.extra_keys(_src, _KNOWN_KEYS)
        return group

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
from ..models.group_user import GroupUser  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_Group_from_dict = Group.from_dict
_GroupUser_from_dict = GroupUser.from_dict
