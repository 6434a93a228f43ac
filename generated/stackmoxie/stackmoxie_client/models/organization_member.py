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

T = TypeVar("T", bound="OrganizationMember")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "role",
        "id",
        "uuid",
        "createdAt",
        "updatedAt",
        "member",
        "organization",
        "createdBy",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_role,
    _k_id,
    _k_uuid,
    _k_created_at,
    _k_updated_at,
    _k_member,
    _k_organization,
    _k_created_by,
) = _d.parsed_keys(
    "role",
    "id",
    "uuid",
    "createdAt",
    "updatedAt",
    "member",
    "organization",
    "createdBy",
)
_members = _itemgetter(
    _k_role,
    _k_id,
    _k_uuid,
    _k_created_at,
    _k_updated_at,
    _k_member,
    _k_organization,
    _k_created_by,
)


@_attrs_define
class OrganizationMember:
    """A team membership.

    Attributes:
        role (Role): The role a team member has in the Organization.
        id (int):
        uuid (str | Unset):
        created_at (int | Unset): Unix epoch milliseconds (facts).
        updated_at (int | Unset): Unix epoch milliseconds (facts).
        member (int | Unset): The member's User ID.
        organization (int | Unset): The Organization's ID.
        created_by (int | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    role: Role
    id: int
    uuid: str | Unset = UNSET
    created_at: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    member: int | Unset = UNSET
    organization: int | Unset = UNSET
    created_by: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role.value

        id = self.id

        uuid = self.uuid

        created_at = self.created_at

        updated_at = self.updated_at

        member = self.member

        organization = self.organization

        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "id": id,
            }
        )
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if member is not UNSET:
            field_dict["member"] = member
        if organization is not UNSET:
            field_dict["organization"] = organization
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``OrganizationMember`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("OrganizationMember", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 8
        if _read:
            try:
                (
                    role,
                    id,
                    uuid,
                    created_at,
                    updated_at,
                    member,
                    organization,
                    created_by,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                role = _src[_k_role]
                id = _src[_k_id]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                role = _src.get(_k_role, _d.MISSING)
                id = _src.get(_k_id, _d.MISSING)
            uuid = _src.get(_k_uuid, UNSET)
            created_at = _src.get(_k_created_at, UNSET)
            updated_at = _src.get(_k_updated_at, UNSET)
            member = _src.get(_k_member, UNSET)
            organization = _src.get(_k_organization, UNSET)
            created_by = _src.get(_k_created_by, UNSET)
        _member = _d.ENUM_MEMBERS[Role].get(role) if role.__class__ is str else None
        if _member is None:
            raise _d.enum_failure(Role, "OrganizationMember", "role", role)
        role = _member

        if id.__class__ is not int:
            raise _d.fail("OrganizationMember", "id", id, "integer")

        if uuid.__class__ is not str:
            if uuid is not UNSET:
                raise _d.fail("OrganizationMember", "uuid", uuid, "string")
            _absent += 1

        if created_at.__class__ is not int:
            if created_at is not UNSET:
                raise _d.fail("OrganizationMember", "createdAt", created_at, "integer")
            _absent += 1

        if updated_at.__class__ is not int:
            if updated_at is not UNSET:
                raise _d.fail("OrganizationMember", "updatedAt", updated_at, "integer")
            _absent += 1

        if member.__class__ is not int:
            if member is not UNSET:
                raise _d.fail("OrganizationMember", "member", member, "integer")
            _absent += 1

        if organization.__class__ is not int:
            if organization is not UNSET:
                raise _d.fail("OrganizationMember", "organization", organization, "integer")
            _absent += 1

        if created_by.__class__ is not int:
            if created_by is not UNSET:
                raise _d.fail("OrganizationMember", "createdBy", created_by, "integer")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        organization_member = _new(cls)
        organization_member.role = role
        organization_member.id = id
        organization_member.uuid = uuid
        organization_member.created_at = created_at
        organization_member.updated_at = updated_at
        organization_member.member = member
        organization_member.organization = organization
        organization_member.created_by = created_by
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        organization_member.additional_properties = {} if len(_src) + _absent == 8 else _d.extra_keys(_src, _KNOWN_KEYS)
        return organization_member

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
_OrganizationMember_from_dict = OrganizationMember.from_dict
