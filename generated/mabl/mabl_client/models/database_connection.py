# Generated from specs/mabl/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/mabl/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatabaseConnection")

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
        "database_type",
        "connection_properties",
        "connection_overrides",
        "deleted_time",
        "deleted_by_id",
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
    _k_database_type,
    _k_connection_properties,
    _k_connection_overrides,
    _k_deleted_time,
    _k_deleted_by_id,
) = _d.parsed_keys(
    "id",
    "workspace_id",
    "name",
    "created_time",
    "created_by_id",
    "last_updated_time",
    "last_updated_by_id",
    "description",
    "database_type",
    "connection_properties",
    "connection_overrides",
    "deleted_time",
    "deleted_by_id",
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
    _k_database_type,
    _k_connection_properties,
    _k_connection_overrides,
    _k_deleted_time,
    _k_deleted_by_id,
)


@_attrs_define
class DatabaseConnection:
    """
    Attributes:
        id (str):
        workspace_id (str):
        name (str):
        created_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
        created_by_id (str | Unset): A user id (no suffix).
        last_updated_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
        last_updated_by_id (str | Unset):
        description (str | Unset):
        database_type (str | Unset): e.g. `mysql`
        connection_properties (ConnectionProperties | Unset):
        connection_overrides (list[ConnectionOverride] | Unset):
        deleted_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
        deleted_by_id (str | Unset):
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
    database_type: str | Unset = UNSET
    connection_properties: ConnectionProperties | Unset = UNSET
    connection_overrides: list[ConnectionOverride] | Unset = UNSET
    deleted_time: int | Unset = UNSET
    deleted_by_id: str | Unset = UNSET
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

        database_type = self.database_type

        connection_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connection_properties, Unset):
            connection_properties = self.connection_properties.to_dict()

        connection_overrides: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.connection_overrides, Unset):
            connection_overrides = []
            for connection_overrides_item_data in self.connection_overrides:
                connection_overrides_item = connection_overrides_item_data.to_dict()
                connection_overrides.append(connection_overrides_item)

        deleted_time = self.deleted_time

        deleted_by_id = self.deleted_by_id

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
        if database_type is not UNSET:
            field_dict["database_type"] = database_type
        if connection_properties is not UNSET:
            field_dict["connection_properties"] = connection_properties
        if connection_overrides is not UNSET:
            field_dict["connection_overrides"] = connection_overrides
        if deleted_time is not UNSET:
            field_dict["deleted_time"] = deleted_time
        if deleted_by_id is not UNSET:
            field_dict["deleted_by_id"] = deleted_by_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``DatabaseConnection`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("DatabaseConnection", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 13
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
                    database_type,
                    connection_properties,
                    connection_overrides,
                    deleted_time,
                    deleted_by_id,
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
            database_type = _src.get(_k_database_type, UNSET)
            connection_properties = _src.get(_k_connection_properties, UNSET)
            connection_overrides = _src.get(_k_connection_overrides, UNSET)
            deleted_time = _src.get(_k_deleted_time, UNSET)
            deleted_by_id = _src.get(_k_deleted_by_id, UNSET)
        if id.__class__ is not str:
            raise _d.fail("DatabaseConnection", "id", id, "string")

        if workspace_id.__class__ is not str:
            raise _d.fail("DatabaseConnection", "workspace_id", workspace_id, "string")

        if name.__class__ is not str:
            raise _d.fail("DatabaseConnection", "name", name, "string")

        if created_time.__class__ is not int:
            if created_time is not UNSET:
                raise _d.fail("DatabaseConnection", "created_time", created_time, "integer")
            _absent += 1

        if created_by_id.__class__ is not str:
            if created_by_id is not UNSET:
                raise _d.fail("DatabaseConnection", "created_by_id", created_by_id, "string")
            _absent += 1

        if last_updated_time.__class__ is not int:
            if last_updated_time is not UNSET:
                raise _d.fail("DatabaseConnection", "last_updated_time", last_updated_time, "integer")
            _absent += 1

        if last_updated_by_id.__class__ is not str:
            if last_updated_by_id is not UNSET:
                raise _d.fail("DatabaseConnection", "last_updated_by_id", last_updated_by_id, "string")
            _absent += 1

        if description.__class__ is not str:
            if description is not UNSET:
                raise _d.fail("DatabaseConnection", "description", description, "string")
            _absent += 1

        if database_type.__class__ is not str:
            if database_type is not UNSET:
                raise _d.fail("DatabaseConnection", "database_type", database_type, "string")
            _absent += 1

        if connection_properties is UNSET:
            _absent += 1
        else:
            try:
                connection_properties = _ConnectionProperties_from_dict(connection_properties)
            except DecodeError as _error:
                raise _error.within("DatabaseConnection", "connection_properties") from None

        if connection_overrides is UNSET:
            _absent += 1
        else:
            if connection_overrides.__class__ is not list:
                raise _d.fail("DatabaseConnection", "connection_overrides", connection_overrides, "array")
            try:
                connection_overrides = [*map(_ConnectionOverride_from_dict, connection_overrides)]
            except DecodeError:
                raise _d.item_failure(
                    ConnectionOverride, "DatabaseConnection", "connection_overrides", connection_overrides
                ) from None

        if deleted_time.__class__ is not int:
            if deleted_time is not UNSET:
                raise _d.fail("DatabaseConnection", "deleted_time", deleted_time, "integer")
            _absent += 1

        if deleted_by_id.__class__ is not str:
            if deleted_by_id is not UNSET:
                raise _d.fail("DatabaseConnection", "deleted_by_id", deleted_by_id, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        database_connection = _new(cls)
        database_connection.id = id
        database_connection.workspace_id = workspace_id
        database_connection.name = name
        database_connection.created_time = created_time
        database_connection.created_by_id = created_by_id
        database_connection.last_updated_time = last_updated_time
        database_connection.last_updated_by_id = last_updated_by_id
        database_connection.description = description
        database_connection.database_type = database_type
        database_connection.connection_properties = connection_properties
        database_connection.connection_overrides = connection_overrides
        database_connection.deleted_time = deleted_time
        database_connection.deleted_by_id = deleted_by_id
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        database_connection.additional_properties = (
            {} if len(_src) + _absent == 13 else _d.extra_keys(_src, _KNOWN_KEYS)
        )
        return database_connection

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


# Imported last, not first: these models may import this one (circular references in the spec).
from ..models.connection_override import ConnectionOverride  # noqa: E402
from ..models.connection_properties import ConnectionProperties  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_DatabaseConnection_from_dict = DatabaseConnection.from_dict
_ConnectionOverride_from_dict = ConnectionOverride.from_dict
_ConnectionProperties_from_dict = ConnectionProperties.from_dict
