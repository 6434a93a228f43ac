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

T = TypeVar("T", bound="CustomEmail")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "uuid",
        "custom_email",
        "description",
        "bucket_key",
        "team_uuid",
        "created_by",
        "created_at",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_uuid,
    _k_custom_email,
    _k_description,
    _k_bucket_key,
    _k_team_uuid,
    _k_created_by,
    _k_created_at,
) = _d.parsed_keys(
    "uuid",
    "custom_email",
    "description",
    "bucket_key",
    "team_uuid",
    "created_by",
    "created_at",
)
_members = _itemgetter(
    _k_uuid,
    _k_custom_email,
    _k_description,
    _k_bucket_key,
    _k_team_uuid,
    _k_created_by,
    _k_created_at,
)


@_attrs_define
class CustomEmail:
    """
    Attributes:
        uuid (str | Unset):
        custom_email (str | Unset):
        description (None | str | Unset):
        bucket_key (str | Unset):
        team_uuid (str | Unset):
        created_by (None | str | Unset):
        created_at (float | Unset): Unix epoch seconds, an integer or a float (facts, Transport).
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    uuid: str | Unset = UNSET
    custom_email: str | Unset = UNSET
    description: None | str | Unset = UNSET
    bucket_key: str | Unset = UNSET
    team_uuid: str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    created_at: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        custom_email = self.custom_email

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        bucket_key = self.bucket_key

        team_uuid = self.team_uuid

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if custom_email is not UNSET:
            field_dict["custom_email"] = custom_email
        if description is not UNSET:
            field_dict["description"] = description
        if bucket_key is not UNSET:
            field_dict["bucket_key"] = bucket_key
        if team_uuid is not UNSET:
            field_dict["team_uuid"] = team_uuid
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``CustomEmail`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("CustomEmail", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 7
        if _read:
            try:
                (
                    uuid,
                    custom_email,
                    description,
                    bucket_key,
                    team_uuid,
                    created_by,
                    created_at,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            uuid = _src.get(_k_uuid, UNSET)
            custom_email = _src.get(_k_custom_email, UNSET)
            description = _src.get(_k_description, UNSET)
            bucket_key = _src.get(_k_bucket_key, UNSET)
            team_uuid = _src.get(_k_team_uuid, UNSET)
            created_by = _src.get(_k_created_by, UNSET)
            created_at = _src.get(_k_created_at, UNSET)
        if uuid.__class__ is not str:
            if uuid is not UNSET:
                raise _d.fail("CustomEmail", "uuid", uuid, "string")
            _absent += 1

        if custom_email.__class__ is not str:
            if custom_email is not UNSET:
                raise _d.fail("CustomEmail", "custom_email", custom_email, "string")
            _absent += 1

        if description.__class__ is not str and description is not None:
            if description is not UNSET:
                raise _d.fail("CustomEmail", "description", description, "string")
            _absent += 1

        if bucket_key.__class__ is not str:
            if bucket_key is not UNSET:
                raise _d.fail("CustomEmail", "bucket_key", bucket_key, "string")
            _absent += 1

        if team_uuid.__class__ is not str:
            if team_uuid is not UNSET:
                raise _d.fail("CustomEmail", "team_uuid", team_uuid, "string")
            _absent += 1

        if created_by.__class__ is not str and created_by is not None:
            if created_by is not UNSET:
                raise _d.fail("CustomEmail", "created_by", created_by, "string")
            _absent += 1

        if created_at is UNSET:
            _absent += 1
        else:
            created_at = _d.as_float("CustomEmail", "created_at", created_at)

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        _custom_email = _new(cls)
        _custom_email.uuid = uuid
        _custom_email.custom_email = custom_email
        _custom_email.description = description
        _custom_email.bucket_key = bucket_key
        _custom_email.team_uuid = team_uuid
        _custom_email.created_by = created_by
        _custom_email.created_at = created_at
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        _custom_email.additional_properties = {} if len(_src) + _absent == 7 else _d.extra_keys(_src, _KNOWN_KEYS)
        return _custom_email

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
_CustomEmail_from_dict = CustomEmail.from_dict
