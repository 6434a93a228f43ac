# Generated from specs/stackmoxie/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/stackmoxie/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..types import UNSET, Unset

T = TypeVar("T", bound="Folder")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "description",
        "uuid",
        "createdBy",
        "lastUpdatedBy",
        "createdAt",
        "updatedAt",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_id,
    _k_name,
    _k_description,
    _k_uuid,
    _k_created_by,
    _k_last_updated_by,
    _k_created_at,
    _k_updated_at,
) = _d.parsed_keys(
    "id",
    "name",
    "description",
    "uuid",
    "createdBy",
    "lastUpdatedBy",
    "createdAt",
    "updatedAt",
)
_members = _itemgetter(
    _k_id,
    _k_name,
    _k_description,
    _k_uuid,
    _k_created_by,
    _k_last_updated_by,
    _k_created_at,
    _k_updated_at,
)


@_attrs_define
class Folder:
    """
    Attributes:
        id (int):
        name (str | Unset): Folder Name.
        description (str | Unset): Brief description of the Folder's purpose or intention.
        uuid (str | Unset):
        created_by (int | Unset):
        last_updated_by (int | Unset):
        created_at (int | Unset): Unix epoch milliseconds (facts).
        updated_at (int | Unset): Unix epoch milliseconds (facts).
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    id: int
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    uuid: str | Unset = UNSET
    created_by: int | Unset = UNSET
    last_updated_by: int | Unset = UNSET
    created_at: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        uuid = self.uuid

        created_by = self.created_by

        last_updated_by = self.last_updated_by

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if last_updated_by is not UNSET:
            field_dict["lastUpdatedBy"] = last_updated_by
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Folder`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Folder", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 8
        if _read:
            try:
                (
                    id,
                    name,
                    description,
                    uuid,
                    created_by,
                    last_updated_by,
                    created_at,
                    updated_at,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                id = _src[_k_id]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                id = _src.get(_k_id, _d.MISSING)
            name = _src.get(_k_name, UNSET)
            description = _src.get(_k_description, UNSET)
            uuid = _src.get(_k_uuid, UNSET)
            created_by = _src.get(_k_created_by, UNSET)
            last_updated_by = _src.get(_k_last_updated_by, UNSET)
            created_at = _src.get(_k_created_at, UNSET)
            updated_at = _src.get(_k_updated_at, UNSET)
        if id.__class__ is not int:
            raise _d.fail("Folder", "id", id, "integer")

        if name.__class__ is not str:
            if name is not UNSET:
                raise _d.fail("Folder", "name", name, "string")
            _absent += 1

        if description.__class__ is not str:
            if description is not UNSET:
                raise _d.fail("Folder", "description", description, "string")
            _absent += 1

        if uuid.__class__ is not str:
            if uuid is not UNSET:
                raise _d.fail("Folder", "uuid", uuid, "string")
            _absent += 1

        if created_by.__class__ is not int:
            if created_by is not UNSET:
                raise _d.fail("Folder", "createdBy", created_by, "integer")
            _absent += 1

        if last_updated_by.__class__ is not int:
            if last_updated_by is not UNSET:
                raise _d.fail("Folder", "lastUpdatedBy", last_updated_by, "integer")
            _absent += 1

        if created_at.__class__ is not int:
            if created_at is not UNSET:
                raise _d.fail("Folder", "createdAt", created_at, "integer")
            _absent += 1

        if updated_at.__class__ is not int:
            if updated_at is not UNSET:
                raise _d.fail("Folder", "updatedAt", updated_at, "integer")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        folder = _new(cls)
        folder.id = id
        folder.name = name
        folder.description = description
        folder.uuid = uuid
        folder.created_by = created_by
        folder.last_updated_by = last_updated_by
        folder.created_at = created_at
        folder.updated_at = updated_at
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        folder.additional_properties = {} if len(_src) + _absent == 8 else _d.extra_keys(_src, _KNOWN_KEYS)
        return folder

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
_Folder_from_dict = Folder.from_dict
