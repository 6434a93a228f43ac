# Generated from specs/mabl/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/mabl/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError

T = TypeVar("T", bound="DatabaseConnectionList")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "connections",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(_k_connections,) = _d.parsed_keys(
    "connections",
)


@_attrs_define
class DatabaseConnectionList:
    """
    Attributes:
        connections (list[DatabaseConnection]):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    connections: list[DatabaseConnection]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connections = []
        for connections_item_data in self.connections:
            connections_item = connections_item_data.to_dict()
            connections.append(connections_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connections": connections,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``DatabaseConnectionList`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("DatabaseConnectionList", src_dict)
        try:
            connections = _src[_k_connections]
        except KeyError:  # a required member is left out: read them one by one, the checks below name it
            connections = _src.get(_k_connections, _d.MISSING)
        if connections.__class__ is not list:
            raise _d.fail("DatabaseConnectionList", "connections", connections, "array")
        try:
            connections = [*map(_DatabaseConnection_from_dict, connections)]
        except DecodeError:
            raise _d.item_failure(DatabaseConnection, "DatabaseConnectionList", "connections", connections) from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        database_connection_list = _new(cls)
        database_connection_list.connections = connections
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        database_connection_list.additional_properties = {} if len(_src) == 1 else _d.extra_keys(_src, _KNOWN_KEYS)
        return database_connection_list

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
from ..models.database_connection import DatabaseConnection  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_DatabaseConnectionList_from_dict = DatabaseConnectionList.from_dict
_DatabaseConnection_from_dict = DatabaseConnection.from_dict
