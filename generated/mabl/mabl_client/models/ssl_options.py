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

T = TypeVar("T", bound="SslOptions")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "min_version",
        "max_version",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_min_version,
    _k_max_version,
) = _d.parsed_keys(
    "min_version",
    "max_version",
)
_members = _itemgetter(
    _k_min_version,
    _k_max_version,
)


@_attrs_define
class SslOptions:
    """TLS bounds for the application's tests, e.g. `TLSv1` … `TLSv1_3`.

    Attributes:
        min_version (str | Unset):
        max_version (str | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    min_version: str | Unset = UNSET
    max_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_version = self.min_version

        max_version = self.max_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_version is not UNSET:
            field_dict["min_version"] = min_version
        if max_version is not UNSET:
            field_dict["max_version"] = max_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``SslOptions`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("SslOptions", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 2
        if _read:
            try:
                (
                    min_version,
                    max_version,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            min_version = _src.get(_k_min_version, UNSET)
            max_version = _src.get(_k_max_version, UNSET)
        if min_version.__class__ is not str:
            if min_version is not UNSET:
                raise _d.fail("SslOptions", "min_version", min_version, "string")
            _absent += 1

        if max_version.__class__ is not str:
            if max_version is not UNSET:
                raise _d.fail("SslOptions", "max_version", max_version, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        ssl_options = _new(cls)
        ssl_options.min_version = min_version
        ssl_options.max_version = max_version
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        ssl_options.additional_properties = {} if len(_src) + _absent == 2 else _d.extra_keys(_src, _KNOWN_KEYS)
        return ssl_options

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
_SslOptions_from_dict = SslOptions.from_dict
