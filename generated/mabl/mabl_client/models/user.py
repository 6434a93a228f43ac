# Generated from specs/mabl/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/mabl/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..models.workspace_role import WorkspaceRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="User")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "email",
        "name",
        "role",
        "historic",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_id,
    _k_email,
    _k_name,
    _k_role,
    _k_historic,
) = _d.parsed_keys(
    "id",
    "email",
    "name",
    "role",
    "historic",
)
_members = _itemgetter(
    _k_id,
    _k_email,
    _k_name,
    _k_role,
    _k_historic,
)


@_attrs_define
class User:
    """
    Attributes:
        id (str): User ids have no suffix.
        email (str | Unset):
        name (str | Unset):
        role (WorkspaceRole | Unset):
        historic (bool | Unset): A user who has left the workspace (high-level information only).
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    id: str
    email: str | Unset = UNSET
    name: str | Unset = UNSET
    role: WorkspaceRole | Unset = UNSET
    historic: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        name = self.name

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        historic = self.historic

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if role is not UNSET:
            field_dict["role"] = role
        if historic is not UNSET:
            field_dict["historic"] = historic

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``User`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("User", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 5
        if _read:
            try:
                (
                    id,
                    email,
                    name,
                    role,
                    historic,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                id = _src[_k_id]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                id = _src.get(_k_id, _d.MISSING)
            email = _src.get(_k_email, UNSET)
            name = _src.get(_k_name, UNSET)
            role = _src.get(_k_role, UNSET)
            historic = _src.get(_k_historic, UNSET)
        if id.__class__ is not str:
            raise _d.fail("User", "id", id, "string")

        if email.__class__ is not str:
            if email is not UNSET:
                raise _d.fail("User", "email", email, "string")
            _absent += 1

        if name.__class__ is not str:
            if name is not UNSET:
                raise _d.fail("User", "name", name, "string")
            _absent += 1

        if role is UNSET:
            _absent += 1
        else:
            _member = _d.ENUM_MEMBERS[WorkspaceRole].get(role) if role.__class__ is str else None
            if _member is None:
                raise _d.enum_failure(WorkspaceRole, "User", "role", role)
            role = _member

        if historic.__class__ is not bool:
            if historic is not UNSET:
                raise _d.fail("User", "historic", historic, "boolean")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        user = _new(cls)
        user.id = id
        user.email = email
        user.name = name
        user.role = role
        user.historic = historic
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        user.additional_properties = {} if len(_src) + _absent == 5 else _d.extra_keys(_src, _KNOWN_KEYS)
        return user

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
_User_from_dict = User.from_dict
