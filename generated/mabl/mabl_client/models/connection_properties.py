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

T = TypeVar("T", bound="ConnectionProperties")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "host",
        "port",
        "database",
        "credentials_id",
        "driver_properties",
        "link_agent_labels",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_host,
    _k_port,
    _k_database,
    _k_credentials_id,
    _k_driver_properties,
    _k_link_agent_labels,
) = _d.parsed_keys(
    "host",
    "port",
    "database",
    "credentials_id",
    "driver_properties",
    "link_agent_labels",
)
_members = _itemgetter(
    _k_host,
    _k_port,
    _k_database,
    _k_credentials_id,
    _k_driver_properties,
    _k_link_agent_labels,
)


@_attrs_define
class ConnectionProperties:
    """
    Attributes:
        host (str | Unset):
        port (int | Unset):
        database (str | Unset):
        credentials_id (str | Unset):
        driver_properties (StringMap | Unset): Names to string values.
        link_agent_labels (list[str] | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    host: str | Unset = UNSET
    port: int | Unset = UNSET
    database: str | Unset = UNSET
    credentials_id: str | Unset = UNSET
    driver_properties: StringMap | Unset = UNSET
    link_agent_labels: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        host = self.host

        port = self.port

        database = self.database

        credentials_id = self.credentials_id

        driver_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.driver_properties, Unset):
            driver_properties = self.driver_properties.to_dict()

        link_agent_labels: list[str] | Unset = UNSET
        if not isinstance(self.link_agent_labels, Unset):
            link_agent_labels = self.link_agent_labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if host is not UNSET:
            field_dict["host"] = host
        if port is not UNSET:
            field_dict["port"] = port
        if database is not UNSET:
            field_dict["database"] = database
        if credentials_id is not UNSET:
            field_dict["credentials_id"] = credentials_id
        if driver_properties is not UNSET:
            field_dict["driver_properties"] = driver_properties
        if link_agent_labels is not UNSET:
            field_dict["link_agent_labels"] = link_agent_labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``ConnectionProperties`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("ConnectionProperties", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 6
        if _read:
            try:
                (
                    host,
                    port,
                    database,
                    credentials_id,
                    driver_properties,
                    link_agent_labels,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            host = _src.get(_k_host, UNSET)
            port = _src.get(_k_port, UNSET)
            database = _src.get(_k_database, UNSET)
            credentials_id = _src.get(_k_credentials_id, UNSET)
            driver_properties = _src.get(_k_driver_properties, UNSET)
            link_agent_labels = _src.get(_k_link_agent_labels, UNSET)
        if host.__class__ is not str:
            if host is not UNSET:
                raise _d.fail("ConnectionProperties", "host", host, "string")
            _absent += 1

        if port.__class__ is not int:
            if port is not UNSET:
                raise _d.fail("ConnectionProperties", "port", port, "integer")
            _absent += 1

        if database.__class__ is not str:
            if database is not UNSET:
                raise _d.fail("ConnectionProperties", "database", database, "string")
            _absent += 1

        if credentials_id.__class__ is not str:
            if credentials_id is not UNSET:
                raise _d.fail("ConnectionProperties", "credentials_id", credentials_id, "string")
            _absent += 1

        if driver_properties is UNSET:
            _absent += 1
        else:
            try:
                driver_properties = _StringMap_from_dict(driver_properties)
            except DecodeError as _error:
                raise _error.within("ConnectionProperties", "driver_properties") from None

        if link_agent_labels is UNSET:
            _absent += 1
        else:
            if link_agent_labels.__class__ is not list:
                raise _d.fail("ConnectionProperties", "link_agent_labels", link_agent_labels, "array")
            for _item in link_agent_labels:
                if _item.__class__ is not str:
                    _d.list_of(
                        str, "string", "ConnectionProperties", "link_agent_labels", link_agent_labels
                    )  # raises, naming the item

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        connection_properties = _new(cls)
        connection_properties.host = host
        connection_properties.port = port
        connection_properties.database = database
        connection_properties.credentials_id = credentials_id
        connection_properties.driver_properties = driver_properties
        connection_properties.link_agent_labels = link_agent_labels
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        connection_properties.additional_properties = (
            {} if len(_src) + _absent == 6 else _d.extra_keys(_src, _KNOWN_KEYS)
        )
        return connection_properties

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
from ..models.string_map import StringMap  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_ConnectionProperties_from_dict = ConnectionProperties.from_dict
_StringMap_from_dict = StringMap.from_dict
