# Generated from specs/stackmoxie/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/stackmoxie/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="MemberUpdate")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "role",
        "member",
        "organization",
        "createdBy",
    }
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
        _seen = 1
        _get = _src.get
        role = _get("role", _d.MISSING)
        role = _d.as_enum(Role, "MemberUpdate", "role", role)

        member = _get("member", UNSET)
        if member is not UNSET:
            _seen += 1
            if member.__class__ is not int:
                raise _d.fail("MemberUpdate", "member", member, "integer")

        organization = _get("organization", UNSET)
        if organization is not UNSET:
            _seen += 1
            if organization.__class__ is not int:
                raise _d.fail("MemberUpdate", "organization", organization, "integer")

        created_by = _get("createdBy", UNSET)
        if created_by is not UNSET:
            _seen += 1
            if created_by.__class__ is not int:
                raise _d.fail("MemberUpdate", "createdBy", created_by, "integer")

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        member_update = object.__new__(cls)
        member_update.role = role
        member_update.member = member
        member_update.organization = organization
        member_update.created_by = created_by
        # Every required member was found, so more members than found means some are unknown to the spec.
        member_update.additional_properties = _d.extra_keys(_src, _KNOWN_KEYS) if len(_src) != _seen else {}
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
