# Generated from specs/runscope/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/runscope/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d

T = TypeVar("T", bound="NoAuth")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset({})


@_attrs_define
class NoAuth:
    """No authentication (`{}`)."""

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``NoAuth`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("NoAuth", src_dict)
        if len(_src) > 0:
            raise _d.fail("NoAuth", "", _src, "an object of at most 0 members")
        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        no_auth = _new(cls)
        no_auth.additional_properties = dict(_src)
        return no_auth

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
_NoAuth_from_dict = NoAuth.from_dict
