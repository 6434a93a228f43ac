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

T = TypeVar("T", bound="Invitation")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "workspace_id",
        "role",
        "emails",
        "invite_type",
        "invite_url",
        "expiration_time",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_id,
    _k_workspace_id,
    _k_role,
    _k_emails,
    _k_invite_type,
    _k_invite_url,
    _k_expiration_time,
) = _d.parsed_keys(
    "id",
    "workspace_id",
    "role",
    "emails",
    "invite_type",
    "invite_url",
    "expiration_time",
)
_members = _itemgetter(
    _k_id,
    _k_workspace_id,
    _k_role,
    _k_emails,
    _k_invite_type,
    _k_invite_url,
    _k_expiration_time,
)


@_attrs_define
class Invitation:
    """
    Attributes:
        id (str):
        workspace_id (str):
        role (WorkspaceRole):
        emails (list[str]):
        invite_type (InviteType | Unset):
        invite_url (str | Unset): The shareable link of a link invite.
        expiration_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    id: str
    workspace_id: str
    role: WorkspaceRole
    emails: list[str]
    invite_type: InviteType | Unset = UNSET
    invite_url: str | Unset = UNSET
    expiration_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        workspace_id = self.workspace_id

        role = self.role.value

        emails = self.emails

        invite_type: str | Unset = UNSET
        if not isinstance(self.invite_type, Unset):
            invite_type = self.invite_type.value

        invite_url = self.invite_url

        expiration_time = self.expiration_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "workspace_id": workspace_id,
                "role": role,
                "emails": emails,
            }
        )
        if invite_type is not UNSET:
            field_dict["invite_type"] = invite_type
        if invite_url is not UNSET:
            field_dict["invite_url"] = invite_url
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Invitation`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Invitation", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 7
        if _read:
            try:
                (
                    id,
                    workspace_id,
                    role,
                    emails,
                    invite_type,
                    invite_url,
                    expiration_time,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                id = _src[_k_id]
                workspace_id = _src[_k_workspace_id]
                role = _src[_k_role]
                emails = _src[_k_emails]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                id = _src.get(_k_id, _d.MISSING)
                workspace_id = _src.get(_k_workspace_id, _d.MISSING)
                role = _src.get(_k_role, _d.MISSING)
                emails = _src.get(_k_emails, _d.MISSING)
            invite_type = _src.get(_k_invite_type, UNSET)
            invite_url = _src.get(_k_invite_url, UNSET)
            expiration_time = _src.get(_k_expiration_time, UNSET)
        if id.__class__ is not str:
            raise _d.fail("Invitation", "id", id, "string")

        if workspace_id.__class__ is not str:
            raise _d.fail("Invitation", "workspace_id", workspace_id, "string")

        _member = _d.ENUM_MEMBERS[WorkspaceRole].get(role) if role.__class__ is str else None
        if _member is None:
            raise _d.enum_failure(WorkspaceRole, "Invitation", "role", role)
        role = _member

        if emails.__class__ is not list:
            raise _d.fail("Invitation", "emails", emails, "array")
        for _item in emails:
            if _item.__class__ is not str:
                _d.list_of(str, "string", "Invitation", "emails", emails)  # raises, naming the item

        if invite_type is UNSET:
            _absent += 1
        else:
            _member = _d.ENUM_MEMBERS[InviteType].get(invite_type) if invite_type.__class__ is str else None
            if _member is None:
                raise _d.enum_failure(InviteType, "Invitation", "invite_type", invite_type)
            invite_type = _member

        if invite_url.__class__ is not str:
            if invite_url is not UNSET:
                raise _d.fail("Invitation", "invite_url", invite_url, "string")
            _absent += 1

        if expiration_time.__class__ is not int:
            if expiration_time is not UNSET:
                raise _d.fail("Invitation", "expiration_time", expiration_time, "integer")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        invitation = _new(cls)
        invitation.id = id
        invitation.workspace_id = workspace_id
        invitation.role = role
        invitation.emails = emails
        invitation.invite_type = invite_type
        invitation.invite_url = invite_url
        invitation.expiration_time = expiration_time
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        invitation.additional_properties = {} if len(_src) + _absent == 7 else _d.extra_keys(_src, _KNOWN_KEYS)
        return invitation

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
_Invitation_from_dict = Invitation.from_dict
