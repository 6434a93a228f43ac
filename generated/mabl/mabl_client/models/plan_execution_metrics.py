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

T = TypeVar("T", bound="PlanExecutionMetrics")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "total",
        "passed",
        "failed",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_total,
    _k_passed,
    _k_failed,
) = _d.parsed_keys(
    "total",
    "passed",
    "failed",
)
_members = _itemgetter(
    _k_total,
    _k_passed,
    _k_failed,
)


@_attrs_define
class PlanExecutionMetrics:
    """
    Attributes:
        total (int | Unset):
        passed (int | Unset):
        failed (int | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    total: int | Unset = UNSET
    passed: int | Unset = UNSET
    failed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        passed = self.passed

        failed = self.failed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if passed is not UNSET:
            field_dict["passed"] = passed
        if failed is not UNSET:
            field_dict["failed"] = failed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``PlanExecutionMetrics`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("PlanExecutionMetrics", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 3
        if _read:
            try:
                (
                    total,
                    passed,
                    failed,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            total = _src.get(_k_total, UNSET)
            passed = _src.get(_k_passed, UNSET)
            failed = _src.get(_k_failed, UNSET)
        if total.__class__ is not int:
            if total is not UNSET:
                raise _d.fail("PlanExecutionMetrics", "total", total, "integer")
            _absent += 1

        if passed.__class__ is not int:
            if passed is not UNSET:
                raise _d.fail("PlanExecutionMetrics", "passed", passed, "integer")
            _absent += 1

        if failed.__class__ is not int:
            if failed is not UNSET:
                raise _d.fail("PlanExecutionMetrics", "failed", failed, "integer")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        plan_execution_metrics = _new(cls)
        plan_execution_metrics.total = total
        plan_execution_metrics.passed = passed
        plan_execution_metrics.failed = failed
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        plan_execution_metrics.additional_properties = (
            {} if len(_src) + _absent == 3 else _d.extra_keys(_src, _KNOWN_KEYS)
        )
        return plan_execution_metrics

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
_PlanExecutionMetrics_from_dict = PlanExecutionMetrics.from_dict
