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

T = TypeVar("T", bound="ConnectionOverride")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "environment_id",
        "connection_properties",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_environment_id,
    _k_connection_properties,
) = _d.parsed_keys(
    "environment_id",
    "connection_properties",
)
_members = _itemgetter(
    _k_environment_id,
    _k_connection_properties,
)


@_attrs_define
class ConnectionOverride:
    """Connection properties for one environment.

    Attributes:
        environment_id (str | Unset):
        connection_properties (ConnectionProperties | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    environment_id: str | Unset = UNSET
    connection_properties: ConnectionProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        environment_id = self.environment_id

        connection_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connection_properties, Unset):
            connection_properties = self.connection_properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if environment_id is not UNSET:
            field_dict["environment_id"] = environment_id
        if connection_properties is not UNSET:
            field_dict["connection_properties"] = connection_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``ConnectionOverride`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("ConnectionOverride", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 2
        if _read:
            try:
                (
                    environment_id,
                    connection_properties,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            environment_id = _src.get(_k_environment_id, UNSET)
            connection_properties = _src.get(_k_connection_properties, UNSET)
        if environment_id.__class__ is not str:
            if environment_id is not UNSET:
                raise _d.fail("ConnectionOverride", "environment_id", environment_id, "string")
            _absent += 1

        if connection_properties is UNSET:
            _absent += 1
        else:
            try:
                connection_properties = _ConnectionProperties_from_dict(connection_properties)
            except DecodeError as _error:
                raise _error.within("ConnectionOverride", "connection_properties") from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        connection_override = _new(cls)
        connection_override.environment_id = environment_id
        connection_override.connection_properties = connection_properties
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        connection_override.additional_properties = {} if len(_src) + _absent == 2 else _d.extra_keys(_src, _KNOWN_KEYS)
        return connection_override

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
from ..models.connection_properties import ConnectionProperties  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_ConnectionOverride_from_dict = ConnectionOverride.from_dict
_ConnectionProperties_from_dict = ConnectionProperties.from_dict
