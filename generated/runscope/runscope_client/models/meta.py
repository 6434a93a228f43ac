# Generated from specs/runscope/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/runscope/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..types import UNSET, Unset

T = TypeVar("T", bound="Meta")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "status",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(_k_status,) = _d.parsed_keys(
    "status",
)


@_attrs_define
class Meta:
    """Extra information about the answer (paging, warnings, links).

    Attributes:
        status (str | Unset): `success` or `error`.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Meta`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Meta", src_dict)
        _absent = 0
        status = _src.get(_k_status, UNSET)
        if status.__class__ is not str:
            if status is not UNSET:
                raise _d.fail("Meta", "status", status, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        meta = _new(cls)
        meta.status = status
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        meta.additional_properties = {} if len(_src) + _absent == 1 else _d.extra_keys(_src, _KNOWN_KEYS)
        return meta

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
_Meta_from_dict = Meta.from_dict
