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

T = TypeVar("T", bound="Team")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "uuid",
        "id",
        "name",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_uuid,
    _k_id,
    _k_name,
) = _d.parsed_keys(
    "uuid",
    "id",
    "name",
)
_members = _itemgetter(
    _k_uuid,
    _k_id,
    _k_name,
)


@_attrs_define
class Team:
    """A team.

    Attributes:
        uuid (str | Unset):
        id (str | Unset):
        name (None | str | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    uuid: str | Unset = UNSET
    id: str | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Team`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Team", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 3
        if _read:
            try:
                (
                    uuid,
                    id,
                    name,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            uuid = _src.get(_k_uuid, UNSET)
            id = _src.get(_k_id, UNSET)
            name = _src.get(_k_name, UNSET)
        if uuid.__class__ is not str:
            if uuid is not UNSET:
                raise _d.fail("Team", "uuid", uuid, "string")
            _absent += 1

        if id.__class__ is not str:
            if id is not UNSET:
                raise _d.fail("Team", "id", id, "string")
            _absent += 1

        if name.__class__ is not str and name is not None:
            if name is not UNSET:
                raise _d.fail("Team", "name", name, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        team = _new(cls)
        team.uuid = uuid
        team.id = id
        team.name = name
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        team.additional_properties = {} if len(_src) + _absent == 3 else _d.extra_keys(_src, _KNOWN_KEYS)
        return team

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
_Team_from_dict = Team.from_dict
