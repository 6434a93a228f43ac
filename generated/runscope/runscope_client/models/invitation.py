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

T = TypeVar("T", bound="Invitation")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "emails",
        "role_uuid",
        "group_uuids",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_emails,
    _k_role_uuid,
    _k_group_uuids,
) = _d.parsed_keys(
    "emails",
    "role_uuid",
    "group_uuids",
)
_members = _itemgetter(
    _k_emails,
    _k_role_uuid,
    _k_group_uuids,
)


@_attrs_define
class Invitation:
    """
    Attributes:
        emails (list[str] | str): The addresses to invite, a list or a comma-separated string.
        role_uuid (None | str | Unset):
        group_uuids (list[str] | None | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    emails: list[str] | str
    role_uuid: None | str | Unset = UNSET
    group_uuids: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        emails: list[str] | str
        if isinstance(self.emails, list):
            emails = self.emails

        else:
            emails = self.emails

        role_uuid: None | str | Unset
        if isinstance(self.role_uuid, Unset):
            role_uuid = UNSET
        else:
            role_uuid = self.role_uuid

        group_uuids: list[str] | None | Unset
        if isinstance(self.group_uuids, Unset):
            group_uuids = UNSET
        elif isinstance(self.group_uuids, list):
            group_uuids = self.group_uuids

        else:
            group_uuids = self.group_uuids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "emails": emails,
            }
        )
        if role_uuid is not UNSET:
            field_dict["role_uuid"] = role_uuid
        if group_uuids is not UNSET:
            field_dict["group_uuids"] = group_uuids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Invitation`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Invitation", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 3
        if _read:
            try:
                (
                    emails,
                    role_uuid,
                    group_uuids,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                emails = _src[_k_emails]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                emails = _src.get(_k_emails, _d.MISSING)
            role_uuid = _src.get(_k_role_uuid, UNSET)
            group_uuids = _src.get(_k_group_uuids, UNSET)

        def _union_emails(model: str, field: str, value: Any) -> Any:
            _refusals: list[tuple[int, DecodeError]] = []
            try:
                candidate = value
                if candidate.__class__ is not list:
                    raise _d.fail(model, field, candidate, "array")
                for _item in candidate:
                    if _item.__class__ is not str:
                        _d.list_of(str, "string", model, field, candidate)  # raises, naming the item

                return candidate
            except DecodeError as _error:
                _refusals.append((0, _error))
            try:
                candidate = value
                if candidate.__class__ is not str:
                    raise _d.fail(model, field, candidate, "string")

                return candidate
            except DecodeError as _error:
                _refusals.append((0, _error))
            raise _d.union_failure(_refusals, model, field, value, "list[str] | str")

        emails = _union_emails("Invitation", "emails", emails)

        if role_uuid.__class__ is not str and role_uuid is not None:
            if role_uuid is not UNSET:
                raise _d.fail("Invitation", "role_uuid", role_uuid, "string")
            _absent += 1

        if group_uuids is UNSET:
            _absent += 1
        else:
            if group_uuids is not None:
                if group_uuids.__class__ is not list:
                    raise _d.fail("Invitation", "group_uuids", group_uuids, "array")
                for _item in group_uuids:
                    if _item.__class__ is not str:
                        _d.list_of(str, "string", "Invitation", "group_uuids", group_uuids)  # raises, naming the item

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        invitation = _new(cls)
        invitation.emails = emails
        invitation.role_uuid = role_uuid
        invitation.group_uuids = group_uuids
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        invitation.additional_properties = {} if len(_src) + _absent == 3 else _d.extra_keys(_src, _KNOWN_KEYS)
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
