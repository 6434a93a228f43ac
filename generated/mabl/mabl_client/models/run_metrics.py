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

T = TypeVar("T", bound="RunMetrics")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "cumulative_speed_index",
        "cumulative_api_response_time",
        "accessibility_rule_violations",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_cumulative_speed_index,
    _k_cumulative_api_response_time,
    _k_accessibility_rule_violations,
) = _d.parsed_keys(
    "cumulative_speed_index",
    "cumulative_api_response_time",
    "accessibility_rule_violations",
)
_members = _itemgetter(
    _k_cumulative_speed_index,
    _k_cumulative_api_response_time,
    _k_accessibility_rule_violations,
)


@_attrs_define
class RunMetrics:
    """Only with `advanced_metrics=true`.

    Attributes:
        cumulative_speed_index (float | Unset):
        cumulative_api_response_time (float | Unset):
        accessibility_rule_violations (AccessibilityViolations | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    cumulative_speed_index: float | Unset = UNSET
    cumulative_api_response_time: float | Unset = UNSET
    accessibility_rule_violations: AccessibilityViolations | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cumulative_speed_index = self.cumulative_speed_index

        cumulative_api_response_time = self.cumulative_api_response_time

        accessibility_rule_violations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.accessibility_rule_violations, Unset):
            accessibility_rule_violations = self.accessibility_rule_violations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cumulative_speed_index is not UNSET:
            field_dict["cumulative_speed_index"] = cumulative_speed_index
        if cumulative_api_response_time is not UNSET:
            field_dict["cumulative_api_response_time"] = cumulative_api_response_time
        if accessibility_rule_violations is not UNSET:
            field_dict["accessibility_rule_violations"] = accessibility_rule_violations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``RunMetrics`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("RunMetrics", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 3
        if _read:
            try:
                (
                    cumulative_speed_index,
                    cumulative_api_response_time,
                    accessibility_rule_violations,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            cumulative_speed_index = _src.get(_k_cumulative_speed_index, UNSET)
            cumulative_api_response_time = _src.get(_k_cumulative_api_response_time, UNSET)
            accessibility_rule_violations = _src.get(_k_accessibility_rule_violations, UNSET)
        if cumulative_speed_index is UNSET:
            _absent += 1
        else:
            cumulative_speed_index = _d.as_float("RunMetrics", "cumulative_speed_index", cumulative_speed_index)

        if cumulative_api_response_time is UNSET:
            _absent += 1
        else:
            cumulative_api_response_time = _d.as_float(
                "RunMetrics", "cumulative_api_response_time", cumulative_api_response_time
            )

        if accessibility_rule_violations is UNSET:
            _absent += 1
        else:
            try:
                accessibility_rule_violations = _AccessibilityViolations_from_dict(accessibility_rule_violations)
            except DecodeError as _error:
                raise _error.within("RunMetrics", "accessibility_rule_violations") from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        run_metrics = _new(cls)
        run_metrics.cumulative_speed_index = cumulative_speed_index
        run_metrics.cumulative_api_response_time = cumulative_api_response_time
        run_metrics.accessibility_rule_violations = accessibility_rule_violations
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        run_metrics.additional_properties = {} if len(_src) + _absent == 3 else _d.extra_keys(_src, _KNOWN_KEYS)
        return run_metrics

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
from ..models.accessibility_violations import AccessibilityViolations  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_RunMetrics_from_dict = RunMetrics.from_dict
_AccessibilityViolations_from_dict = AccessibilityViolations.from_dict
