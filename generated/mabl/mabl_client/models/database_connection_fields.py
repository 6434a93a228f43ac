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

T = TypeVar("T", bound="DatabaseConnectionFields")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "workspace_id",
        "name",
        "description",
        "database_type",
        "connection_properties",
        "connection_overrides",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_workspace_id,
    _k_name,
    _k_description,
    _k_database_type,
    _k_connection_properties,
    _k_connection_overrides,
) = _d.parsed_keys(
    "workspace_id",
    "name",
    "description",
    "database_type",
    "connection_properties",
    "connection_overrides",
)
_members = _itemgetter(
    _k_workspace_id,
    _k_name,
    _k_description,
    _k_database_type,
    _k_connection_properties,
    _k_connection_overrides,
)


@_attrs_define
class DatabaseConnectionFields:
    """
    Attributes:
        workspace_id (str | Unset):
        name (str | Unset):
        description (str | Unset):
        database_type (str | Unset): e.g. `mysql` (others not seen)
        connection_properties (ConnectionProperties | Unset):
        connection_overrides (list[ConnectionOverride] | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    workspace_id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    database_type: str | Unset = UNSET
    connection_properties: ConnectionProperties | Unset = UNSET
    connection_overrides: list[ConnectionOverride] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace_id = self.workspace_id

        name = self.name

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if database_type is not UNSET:
            field_dict["database_type"] = database_type
        if connection_properties is not UNSET:
            field_dict["connection_properties"] = connection_properties
        if connection_overrides is not UNSET:
            field_dict["connection_overrides"] = connection_overrides

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``DatabaseConnectionFields`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("DatabaseConnectionFields", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 6
        if _read:
            try:
                (
                    workspace_id,
                    name,
                    description,
                    database_type,
                    connection_properties,
                    connection_overrides,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            workspace_id = _src.get(_k_workspace_id, UNSET)
            name = _src.get(_k_name, UNSET)
            description = _src.get(_k_description, UNSET)
            database_type = _src.get(_k_database_type, UNSET)
            connection_properties = _src.get(_k_connection_properties, UNSET)
            connection_overrides = _src.get(_k_connection_overrides, UNSET)
        if workspace_id.__class__ is not str:
            if workspace_id is not UNSET:
                raise _d.fail("DatabaseConnectionFields", "workspace_id", workspace_id, "string")
            _absent += 1

        if name.__class__ is not str:
            if name is not UNSET:
                raise _d.fail("DatabaseConnectionFields", "name", name, "string")
            _absent += 1

        if description.__class__ is not str:
            if description is not UNSET:
                raise _d.fail("DatabaseConnectionFields", "description", description, "string")
            _absent += 1

        if database_type.__class__ is not str:
            if database_type is not UNSET:
                raise _d.fail("DatabaseConnectionFields", "database_type", database_type, "string")
            _absent += 1

        if connection_properties is UNSET:
            _absent += 1
        else:
            try:
                connection_properties = _ConnectionProperties_from_dict(connection_properties)
            except DecodeError as _error:
                raise _error.within("DatabaseConnectionFields", "connection_properties") from None

        if connection_overrides is UNSET:
            _absent += 1
        else:
            if connection_overrides.__class__ is not list:
                raise _d.fail("DatabaseConnectionFields", "connection_overrides", connection_overrides, "array")
            try:
                connection_overrides = [*map(_ConnectionOverride_from_dict, connection_overrides)]
            except DecodeError:
                raise _d.item_failure(
                    ConnectionOverride, "DatabaseConnectionFields", "connection_overrides", connection_overrides
                ) from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        database_connection_fields = _new(cls)
        database_connection_fields.workspace_id = workspace_id
        database_connection_fields.name = name
        database_connection_fields.description = description
        database_connection_fields.database_type = database_type
        database_connection_fields.connection_properties = connection_properties
        database_connection_fields.connection_overrides = connection_overrides
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        database_connection_fields.additional_properties = (
            {} if len(_src) + _absent == 6 else _d.extra_keys(_src, _KNOWN_KEYS)
        )
        return database_connection_fields

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
_DatabaseConnectionFields_from_dict = DatabaseConnectionFields.from_dict
_ConnectionOverride_from_dict = ConnectionOverride.from_dict
_ConnectionProperties_from_dict = ConnectionProperties.from_dict
