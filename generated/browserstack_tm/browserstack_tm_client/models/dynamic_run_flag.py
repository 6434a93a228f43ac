# Generated from specs/browserstack_tm/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/browserstack_tm/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..types import UNSET, Unset

T = TypeVar("T", bound="DynamicRunFlag")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "is_dynamic",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(_k_is_dynamic,) = _d.parsed_keys(
    "is_dynamic",
)


@_attrs_define
class DynamicRunFlag:
    """How a run's filter is kept (facts); a request's filter is a TestCaseFilter.

    Attributes:
        is_dynamic (bool | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    is_dynamic: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_dynamic = self.is_dynamic

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_dynamic is not UNSET:
            field_dict["is_dynamic"] = is_dynamic

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``DynamicRunFlag`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("DynamicRunFlag", src_dict)
        _absent = 0
        is_dynamic = _src.get(_k_is_dynamic, UNSET)
        if is_dynamic.__class__ is not bool:
            if is_dynamic is not UNSET:
                raise _d.fail("DynamicRunFlag", "is_dynamic", is_dynamic, "boolean")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        dynamic_run_flag = _new(cls)
        dynamic_run_flag.is_dynamic = is_dynamic
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        dynamic_run_flag.additional_properties = {} if len(_src) + _absent == 1 else _d.extra_keys(_src, _KNOWN_KEYS)
        return dynamic_run_flag

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
_DynamicRunFlag_from_dict = DynamicRunFlag.from_dict
