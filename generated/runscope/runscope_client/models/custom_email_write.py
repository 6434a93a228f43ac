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

T = TypeVar("T", bound="CustomEmailWrite")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "team_uuid",
        "email",
        "description",
        "created_by",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_team_uuid,
    _k_email,
    _k_description,
    _k_created_by,
) = _d.parsed_keys(
    "team_uuid",
    "email",
    "description",
    "created_by",
)
_members = _itemgetter(
    _k_team_uuid,
    _k_email,
    _k_description,
    _k_created_by,
)


@_attrs_define
class CustomEmailWrite:
    """
    Attributes:
        team_uuid (str):
        email (str):
        description (None | str | Unset):
        created_by (None | str | Unset): A user id.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    team_uuid: str
    email: str
    description: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        team_uuid = self.team_uuid

        email = self.email

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "team_uuid": team_uuid,
                "email": email,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``CustomEmailWrite`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("CustomEmailWrite", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 4
        if _read:
            try:
                (
                    team_uuid,
                    email,
                    description,
                    created_by,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                team_uuid = _src[_k_team_uuid]
                email = _src[_k_email]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                team_uuid = _src.get(_k_team_uuid, _d.MISSING)
                email = _src.get(_k_email, _d.MISSING)
            description = _src.get(_k_description, UNSET)
            created_by = _src.get(_k_created_by, UNSET)
        if team_uuid.__class__ is not str:
            raise _d.fail("CustomEmailWrite", "team_uuid", team_uuid, "string")

        if email.__class__ is not str:
            raise _d.fail("CustomEmailWrite", "email", email, "string")

        if description.__class__ is not str and description is not None:
            if description is not UNSET:
                raise _d.fail("CustomEmailWrite", "description", description, "string")
            _absent += 1

        if created_by.__class__ is not str and created_by is not None:
            if created_by is not UNSET:
                raise _d.fail("CustomEmailWrite", "created_by", created_by, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        custom_email_write = _new(cls)
        custom_email_write.team_uuid = team_uuid
        custom_email_write.email = email
        custom_email_write.description = description
        custom_email_write.created_by = created_by
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        custom_email_write.additional_properties = {} if len(_src) + _absent == 4 else _d.extra_keys(_src, _KNOWN_KEYS)
        return custom_email_write

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
_CustomEmailWrite_from_dict = CustomEmailWrite.from_dict
