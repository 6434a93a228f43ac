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

T = TypeVar("T", bound="MemberUpdate")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "role",
        "member",
        "organization",
        "createdBy",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_role,
    _k_member,
    _k_organization,
    _k_created_by,
) = _d.parsed_keys(
    "role",
    "member",
    "organization",
    "createdBy",
)
_members = _itemgetter(
    _k_role,
    _k_member,
    _k_organization,
    _k_created_by,
)


@_attrs_define
class MemberUpdate:
    """
    Attributes:
        role (Role): The role a team member has in the Organization.
        member (int | Unset): Shown in the docs' request example.
        organization (int | Unset): Shown in the docs' request example.
        created_by (int | Unset): Shown in the docs' request example.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    role: Role
    member: int | Unset = UNSET
    organization: int | Unset = UNSET
    created_by: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role.value

        member = self.member

        organization = self.organization

        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )
        if member is not UNSET:
            field_dict["member"] = member
        if organization is not UNSET:
            field_dict["organization"] = organization
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``MemberUpdate`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("MemberUpdate", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 4
        if _read:
            try:
                (
                    role,
                    member,
                    organization,
                    created_by,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                role = _src[_k_role]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                role = _src.get(_k_role, _d.MISSING)
            member = _src.get(_k_member, UNSET)
            organization = _src.get(_k_organization, UNSET)
            created_by = _src.get(_k_created_by, UNSET)
        _member = _d.ENUM_MEMBERS[Role].get(role) if role.__class__ is str else None
        if _member is None:
            raise _d.enum_failure(Role, "MemberUpdate", "role", role)
        role = _member

        if member.__class__ is not int:
            if member is not UNSET:
                raise _d.fail("MemberUpdate", "member", member, "integer")
            _absent += 1

        if organization.__class__ is not int:
            if organization is not UNSET:
                raise _d.fail("MemberUpdate", "organization", organization, "integer")
            _absent += 1

        if created_by.__class__ is not int:
            if created_by is not UNSET:
                raise _d.fail("MemberUpdate", "createdBy", created_by, "integer")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        member_update = _new(cls)
        member_update.role = role
        member_update.member = member
        member_update.organization = organization
        member_update.created_by = created_by
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        member_update.additional_properties = {} if len(_src) + _absent == 4 else _d.extra_keys(_src, _KNOWN_KEYS)
        return member_update

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
_MemberUpdate_from_dict = MemberUpdate.from_dict
