# Generated from specs/testmo/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/testmo/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompleteAutomationRun")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "measure_elapsed",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(_k_measure_elapsed,) = _d.parsed_keys(
    "measure_elapsed",
)


@_attrs_define
class CompleteAutomationRun:
    """
    Attributes:
        measure_elapsed (bool | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    measure_elapsed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        measure_elapsed = self.measure_elapsed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if measure_elapsed is not UNSET:
            field_dict["measure_elapsed"] = measure_elapsed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``CompleteAutomationRun`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("CompleteAutomationRun", src_dict)
        _absent = 0
        measure_elapsed = _src.get(_k_measure_elapsed, UNSET)
        if measure_elapsed.__class__ is not bool:
            if measure_elapsed is not UNSET:
                raise _d.fail("CompleteAutomationRun", "measure_elapsed", measure_elapsed, "boolean")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        complete_automation_run = _new(cls)
        complete_automation_run.measure_elapsed = measure_elapsed
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        complete_automation_run.additional_properties = (
            {} if len(_src) + _absent == 1 else _d.extra_keys(_src, _KNOWN_KEYS)
        )
        return complete_automation_run

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
_CompleteAutomationRun_from_dict = CompleteAutomationRun.from_dict
