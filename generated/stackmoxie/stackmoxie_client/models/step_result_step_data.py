# Generated from specs/stackmoxie/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/stackmoxie/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d

T = TypeVar("T", bound="StepResultStepData")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset({})


@_attrs_define
class StepResultStepData:
    """The data the step ran with."""

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``StepResultStepData`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("StepResultStepData", src_dict)
        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        step_result_step_data = _new(cls)
        step_result_step_data.additional_properties = dict(_src)
        return step_result_step_data

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
_StepResultStepData_from_dict = StepResultStepData.from_dict
