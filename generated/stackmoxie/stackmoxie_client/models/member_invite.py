# Generated from specs/stackmoxie/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/stackmoxie/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="MemberInvite")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "email",
        "role",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_email,
    _k_role,
) = _d.parsed_keys(
    "email",
    "role",
)
_members = _itemgetter(
    _k_email,
    _k_role,
)


@_attrs_define
class MemberInvite:
    """
    Attributes:
        email (str):
        role (Role | Unset): The role a team member has in the Organization.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    email: str
    role: Role | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``MemberInvite`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("MemberInvite", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 2
        if _read:
            try:
                (
                    email,
                    role,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                email = _src[_k_email]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                email = _src.get(_k_email, _d.MISSING)
            role = _src.get(_k_role, UNSET)
        if email.__class__ is not str:
            raise _d.fail("MemberInvite", "email", email, "string")

        if role is UNSET:
            _absent += 1
        else:
            _member = _d.ENUM_MEMBERS[Role].get(role) if role.__class__ is str else None
            if _member is None:
                raise _d.enum_failure(Role, "MemberInvite", "role", role)
            role = _member

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        member_invite = _new(cls)
        member_invite.email = email
        member_invite.role = role
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        member_invite.additional_properties = {} if len(_src) + _absent == 2 else _d.extra_keys(_src, _KNOWN_KEYS)
        return member_invite

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
_MemberInvite_from_dict = MemberInvite.from_dict
