# Generated from specs/mabl/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/mabl/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..models.invite_type import InviteType
from ..models.workspace_role import WorkspaceRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateInvitation")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "emails",
        "role",
        "invite_type",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_emails,
    _k_role,
    _k_invite_type,
) = _d.parsed_keys(
    "emails",
    "role",
    "invite_type",
)
_members = _itemgetter(
    _k_emails,
    _k_role,
    _k_invite_type,
)


@_attrs_define
class CreateInvitation:
    """
    Attributes:
        emails (list[str]): Addresses to invite; a link invite is valid only for these.
        role (WorkspaceRole):
        invite_type (InviteType | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    emails: list[str]
    role: WorkspaceRole
    invite_type: InviteType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        emails = self.emails

        role = self.role.value

        invite_type: str | Unset = UNSET
        if not isinstance(self.invite_type, Unset):
            invite_type = self.invite_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "emails": emails,
                "role": role,
            }
        )
        if invite_type is not UNSET:
            field_dict["invite_type"] = invite_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``CreateInvitation`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("CreateInvitation", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 3
        if _read:
            try:
                (
                    emails,
                    role,
                    invite_type,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                emails = _src[_k_emails]
                role = _src[_k_role]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                emails = _src.get(_k_emails, _d.MISSING)
                role = _src.get(_k_role, _d.MISSING)
            invite_type = _src.get(_k_invite_type, UNSET)
        if emails.__class__ is not list:
            raise _d.fail("CreateInvitation", "emails", emails, "array")
        for _item in emails:
            if _item.__class__ is not str:
                _d.list_of(str, "string", "CreateInvitation", "emails", emails)  # raises, naming the item

        _member = _d.ENUM_MEMBERS[WorkspaceRole].get(role) if role.__class__ is str else None
        if _member is None:
            raise _d.enum_failure(WorkspaceRole, "CreateInvitation", "role", role)
        role = _member

        if invite_type is UNSET:
            _absent += 1
        else:
            _member = _d.ENUM_MEMBERS[InviteType].get(invite_type) if invite_type.__class__ is str else None
            if _member is None:
                raise _d.enum_failure(InviteType, "CreateInvitation", "invite_type", invite_type)
            invite_type = _member

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        create_invitation = _new(cls)
        create_invitation.emails = emails
        create_invitation.role = role
        create_invitation.invite_type = invite_type
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        create_invitation.additional_properties = {} if len(_src) + _absent == 3 else _d.extra_keys(_src, _KNOWN_KEYS)
        return create_invitation

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
_CreateInvitation_from_dict = CreateInvitation.from_dict
