# Generated from specs/stackmoxie/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/stackmoxie/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectionUpdate")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "auth",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(_k_auth,) = _d.parsed_keys(
    "auth",
)


@_attrs_define
class ConnectionUpdate:
    """
    Attributes:
        auth (ConnectionAuth | Unset): Authentication details required by the given Cog (its registry entry's auth
            fields).
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    auth: ConnectionAuth | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth, Unset):
            auth = self.auth.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth is not UNSET:
            field_dict["auth"] = auth

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``ConnectionUpdate`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("ConnectionUpdate", src_dict)
        _absent = 0
        auth = _src.get(_k_auth, UNSET)
        if auth is UNSET:
            _absent += 1
        else:
            try:
                auth = _ConnectionAuth_from_dict(auth)
            except DecodeError as _error:
                raise _error.within("ConnectionUpdate", "auth") from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        connection_update = _new(cls)
        connection_update.auth = auth
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        connection_update.additional_properties = {} if len(_src) + _absent == 1 else _d.extra_keys(_src, _KNOWN_KEYS)
        return connection_update

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
from ..models.connection_auth import ConnectionAuth  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_ConnectionUpdate_from_dict = ConnectionUpdate.from_dict
_ConnectionAuth_from_dict = ConnectionAuth.from_dict
