# Generated from specs/runscope/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/runscope/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailDomains")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "team_uuid",
        "email_whitelist_domains",
        "updated_by",
        "updated_at",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_team_uuid,
    _k_email_whitelist_domains,
    _k_updated_by,
    _k_updated_at,
) = _d.parsed_keys(
    "team_uuid",
    "email_whitelist_domains",
    "updated_by",
    "updated_at",
)
_members = _itemgetter(
    _k_team_uuid,
    _k_email_whitelist_domains,
    _k_updated_by,
    _k_updated_at,
)


@_attrs_define
class EmailDomains:
    """
    Attributes:
        team_uuid (str | Unset):
        email_whitelist_domains (None | str | Unset): Comma-separated domains.
        updated_by (None | str | Unset):
        updated_at (float | None | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    team_uuid: str | Unset = UNSET
    email_whitelist_domains: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    updated_at: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        team_uuid = self.team_uuid

        email_whitelist_domains: None | str | Unset
        if isinstance(self.email_whitelist_domains, Unset):
            email_whitelist_domains = UNSET
        else:
            email_whitelist_domains = self.email_whitelist_domains

        updated_by: None | str | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by

        updated_at: float | None | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if team_uuid is not UNSET:
            field_dict["team_uuid"] = team_uuid
        if email_whitelist_domains is not UNSET:
            field_dict["email_whitelist_domains"] = email_whitelist_domains
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``EmailDomains`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("EmailDomains", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 4
        if _read:
            try:
                (
                    team_uuid,
                    email_whitelist_domains,
                    updated_by,
                    updated_at,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            team_uuid = _src.get(_k_team_uuid, UNSET)
            email_whitelist_domains = _src.get(_k_email_whitelist_domains, UNSET)
            updated_by = _src.get(_k_updated_by, UNSET)
            updated_at = _src.get(_k_updated_at, UNSET)
        if team_uuid.__class__ is not str:
            if team_uuid is not UNSET:
                raise _d.fail("EmailDomains", "team_uuid", team_uuid, "string")
            _absent += 1

        if email_whitelist_domains.__class__ is not str and email_whitelist_domains is not None:
            if email_whitelist_domains is not UNSET:
                raise _d.fail("EmailDomains", "email_whitelist_domains", email_whitelist_domains, "string")
            _absent += 1

        if updated_by.__class__ is not str and updated_by is not None:
            if updated_by is not UNSET:
                raise _d.fail("EmailDomains", "updated_by", updated_by, "string")
            _absent += 1

        if updated_at is UNSET:
            _absent += 1
        else:
            if updated_at is not None:
                updated_at = _d.as_float("EmailDomains", "updated_at", updated_at)

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        email_domains = _new(cls)
        email_domains.team_uuid = team_uuid
        email_domains.email_whitelist_domains = email_whitelist_domains
        email_domains.updated_by = updated_by
        email_domains.updated_at = updated_at
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        email_domains.additional_properties = {} if len(_src) + _absent == 4 else _d.extra_keys(_src, _KNOWN_KEYS)
        return email_domains

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
_EmailDomains_from_dict = EmailDomains.from_dict
