# Generated from specs/mabl/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/mabl/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataTable")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "workspace_id",
        "name",
        "created_time",
        "created_by_id",
        "last_updated_time",
        "last_updated_by_id",
        "description",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_id,
    _k_workspace_id,
    _k_name,
    _k_created_time,
    _k_created_by_id,
    _k_last_updated_time,
    _k_last_updated_by_id,
    _k_description,
) = _d.parsed_keys(
    "id",
    "workspace_id",
    "name",
    "created_time",
    "created_by_id",
    "last_updated_time",
    "last_updated_by_id",
    "description",
)
_members = _itemgetter(
    _k_id,
    _k_workspace_id,
    _k_name,
    _k_created_time,
    _k_created_by_id,
    _k_last_updated_time,
    _k_last_updated_by_id,
    _k_description,
)


@_attrs_define
class DataTable:
    """
    Attributes:
        id (str): `…-vt`
        workspace_id (str):
        name (str):
        created_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
        created_by_id (str | Unset): A user id (no suffix).
        last_updated_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
        last_updated_by_id (str | Unset):
        description (str | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    id: str
    workspace_id: str
    name: str
    created_time: int | Unset = UNSET
    created_by_id: str | Unset = UNSET
    last_updated_time: int | Unset = UNSET
    last_updated_by_id: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        workspace_id = self.workspace_id

        name = self.name

        created_time = self.created_time

        created_by_id = self.created_by_id

        last_updated_time = self.last_updated_time

        last_updated_by_id = self.last_updated_by_id

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "workspace_id": workspace_id,
                "name": name,
            }
        )
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if created_by_id is not UNSET:
            field_dict["created_by_id"] = created_by_id
        if last_updated_time is not UNSET:
            field_dict["last_updated_time"] = last_updated_time
        if last_updated_by_id is not UNSET:
            field_dict["last_updated_by_id"] = last_updated_by_id
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``DataTable`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("DataTable", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 8
        if _read:
            try:
                (
                    id,
                    workspace_id,
                    name,
                    created_time,
                    created_by_id,
                    last_updated_time,
                    last_updated_by_id,
                    description,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                id = _src[_k_id]
                workspace_id = _src[_k_workspace_id]
                name = _src[_k_name]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                id = _src.get(_k_id, _d.MISSING)
                workspace_id = _src.get(_k_workspace_id, _d.MISSING)
                name = _src.get(_k_name, _d.MISSING)
            created_time = _src.get(_k_created_time, UNSET)
            created_by_id = _src.get(_k_created_by_id, UNSET)
            last_updated_time = _src.get(_k_last_updated_time, UNSET)
            last_updated_by_id = _src.get(_k_last_updated_by_id, UNSET)
            description = _src.get(_k_description, UNSET)
        if id.__class__ is not str:
            raise _d.fail("DataTable", "id", id, "string")

        if workspace_id.__class__ is not str:
            raise _d.fail("DataTable", "workspace_id", workspace_id, "string")

        if name.__class__ is not str:
            raise _d.fail("DataTable", "name", name, "string")

        if created_time.__class__ is not int:
            if created_time is not UNSET:
                raise _d.fail("DataTable", "created_time", created_time, "integer")
            _absent += 1

        if created_by_id.__class__ is not str:
            if created_by_id is not UNSET:
                raise _d.fail("DataTable", "created_by_id", created_by_id, "string")
            _absent += 1

        if last_updated_time.__class__ is not int:
            if last_updated_time is not UNSET:
                raise _d.fail("DataTable", "last_updated_time", last_updated_time, "integer")
            _absent += 1

        if last_updated_by_id.__class__ is not str:
            if last_updated_by_id is not UNSET:
                raise _d.fail("DataTable", "last_updated_by_id", last_updated_by_id, "string")
            _absent += 1

        if description.__class__ is not str:
            if description is not UNSET:
                raise _d.fail("DataTable", "description", description, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        data_table = _new(cls)
        data_table.id = id
        data_table.workspace_id = workspace_id
        data_table.name = name
        data_table.created_time = created_time
        data_table.created_by_id = created_by_id
        data_table.last_updated_time = last_updated_time
        data_table.last_updated_by_id = last_updated_by_id
        data_table.description = description
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        data_table.additional_properties = {} if len(_src) + _absent == 8 else _d.extra_keys(_src, _KNOWN_KEYS)
        return data_table

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
_DataTable_from_dict = DataTable.from_dict
