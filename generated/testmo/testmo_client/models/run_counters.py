# Generated from specs/testmo/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/testmo/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d

T = TypeVar("T", bound="RunCounters")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "untested_count",
        "status1_count",
        "status2_count",
        "status3_count",
        "status4_count",
        "status5_count",
        "status6_count",
        "status7_count",
        "status8_count",
        "status9_count",
        "status10_count",
        "status11_count",
        "status12_count",
        "status13_count",
        "status14_count",
        "status15_count",
        "status16_count",
        "status17_count",
        "status18_count",
        "status19_count",
        "status20_count",
        "status21_count",
        "status22_count",
        "status23_count",
        "status24_count",
        "success_count",
        "failure_count",
        "completed_count",
        "total_count",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_untested_count,
    _k_status1_count,
    _k_status2_count,
    _k_status3_count,
    _k_status4_count,
    _k_status5_count,
    _k_status6_count,
    _k_status7_count,
    _k_status8_count,
    _k_status9_count,
    _k_status10_count,
    _k_status11_count,
    _k_status12_count,
    _k_status13_count,
    _k_status14_count,
    _k_status15_count,
    _k_status16_count,
    _k_status17_count,
    _k_status18_count,
    _k_status19_count,
    _k_status20_count,
    _k_status21_count,
    _k_status22_count,
    _k_status23_count,
    _k_status24_count,
    _k_success_count,
    _k_failure_count,
    _k_completed_count,
    _k_total_count,
) = _d.parsed_keys(
    "untested_count",
    "status1_count",
    "status2_count",
    "status3_count",
    "status4_count",
    "status5_count",
    "status6_count",
    "status7_count",
    "status8_count",
    "status9_count",
    "status10_count",
    "status11_count",
    "status12_count",
    "status13_count",
    "status14_count",
    "status15_count",
    "status16_count",
    "status17_count",
    "status18_count",
    "status19_count",
    "status20_count",
    "status21_count",
    "status22_count",
    "status23_count",
    "status24_count",
    "success_count",
    "failure_count",
    "completed_count",
    "total_count",
)
_members = _itemgetter(
    _k_untested_count,
    _k_status1_count,
    _k_status2_count,
    _k_status3_count,
    _k_status4_count,
    _k_status5_count,
    _k_status6_count,
    _k_status7_count,
    _k_status8_count,
    _k_status9_count,
    _k_status10_count,
    _k_status11_count,
    _k_status12_count,
    _k_status13_count,
    _k_status14_count,
    _k_status15_count,
    _k_status16_count,
    _k_status17_count,
    _k_status18_count,
    _k_status19_count,
    _k_status20_count,
    _k_status21_count,
    _k_status22_count,
    _k_status23_count,
    _k_status24_count,
    _k_success_count,
    _k_failure_count,
    _k_completed_count,
    _k_total_count,
)


@_attrs_define
class RunCounters:
    """Result counters shared by runs and threads.

    Attributes:
        untested_count (int):
        status1_count (int):
        status2_count (int):
        status3_count (int):
        status4_count (int):
        status5_count (int):
        status6_count (int):
        status7_count (int):
        status8_count (int):
        status9_count (int):
        status10_count (int):
        status11_count (int):
        status12_count (int):
        status13_count (int):
        status14_count (int):
        status15_count (int):
        status16_count (int):
        status17_count (int):
        status18_count (int):
        status19_count (int):
        status20_count (int):
        status21_count (int):
        status22_count (int):
        status23_count (int):
        status24_count (int):
        success_count (int):
        failure_count (int):
        completed_count (int):
        total_count (int):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    untested_count: int
    status1_count: int
    status2_count: int
    status3_count: int
    status4_count: int
    status5_count: int
    status6_count: int
    status7_count: int
    status8_count: int
    status9_count: int
    status10_count: int
    status11_count: int
    status12_count: int
    status13_count: int
    status14_count: int
    status15_count: int
    status16_count: int
    status17_count: int
    status18_count: int
    status19_count: int
    status20_count: int
    status21_count: int
    status22_count: int
    status23_count: int
    status24_count: int
    success_count: int
    failure_count: int
    completed_count: int
    total_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        untested_count = self.untested_count

        status1_count = self.status1_count

        status2_count = self.status2_count

        status3_count = self.status3_count

        status4_count = self.status4_count

        status5_count = self.status5_count

        status6_count = self.status6_count

        status7_count = self.status7_count

        status8_count = self.status8_count

        status9_count = self.status9_count

        status10_count = self.status10_count

        status11_count = self.status11_count

        status12_count = self.status12_count

        status13_count = self.status13_count

        status14_count = self.status14_count

        status15_count = self.status15_count

        status16_count = self.status16_count

        status17_count = self.status17_count

        status18_count = self.status18_count

        status19_count = self.status19_count

        status20_count = self.status20_count

        status21_count = self.status21_count

        status22_count = self.status22_count

        status23_count = self.status23_count

        status24_count = self.status24_count

        success_count = self.success_count

        failure_count = self.failure_count

        completed_count = self.completed_count

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "untested_count": untested_count,
                "status1_count": status1_count,
                "status2_count": status2_count,
                "status3_count": status3_count,
                "status4_count": status4_count,
                "status5_count": status5_count,
                "status6_count": status6_count,
                "status7_count": status7_count,
                "status8_count": status8_count,
                "status9_count": status9_count,
                "status10_count": status10_count,
                "status11_count": status11_count,
                "status12_count": status12_count,
                "status13_count": status13_count,
                "status14_count": status14_count,
                "status15_count": status15_count,
                "status16_count": status16_count,
                "status17_count": status17_count,
                "status18_count": status18_count,
                "status19_count": status19_count,
                "status20_count": status20_count,
                "status21_count": status21_count,
                "status22_count": status22_count,
                "status23_count": status23_count,
                "status24_count": status24_count,
                "success_count": success_count,
                "failure_count": failure_count,
                "completed_count": completed_count,
                "total_count": total_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``RunCounters`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("RunCounters", src_dict)
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 29
        if _read:
            try:
                (
                    untested_count,
                    status1_count,
                    status2_count,
                    status3_count,
                    status4_count,
                    status5_count,
                    status6_count,
                    status7_count,
                    status8_count,
                    status9_count,
                    status10_count,
                    status11_count,
                    status12_count,
                    status13_count,
                    status14_count,
                    status15_count,
                    status16_count,
                    status17_count,
                    status18_count,
                    status19_count,
                    status20_count,
                    status21_count,
                    status22_count,
                    status23_count,
                    status24_count,
                    success_count,
                    failure_count,
                    completed_count,
                    total_count,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                untested_count = _src[_k_untested_count]
                status1_count = _src[_k_status1_count]
                status2_count = _src[_k_status2_count]
                status3_count = _src[_k_status3_count]
                status4_count = _src[_k_status4_count]
                status5_count = _src[_k_status5_count]
                status6_count = _src[_k_status6_count]
                status7_count = _src[_k_status7_count]
                status8_count = _src[_k_status8_count]
                status9_count = _src[_k_status9_count]
                status10_count = _src[_k_status10_count]
                status11_count = _src[_k_status11_count]
                status12_count = _src[_k_status12_count]
                status13_count = _src[_k_status13_count]
                status14_count = _src[_k_status14_count]
                status15_count = _src[_k_status15_count]
                status16_count = _src[_k_status16_count]
                status17_count = _src[_k_status17_count]
                status18_count = _src[_k_status18_count]
                status19_count = _src[_k_status19_count]
                status20_count = _src[_k_status20_count]
                status21_count = _src[_k_status21_count]
                status22_count = _src[_k_status22_count]
                status23_count = _src[_k_status23_count]
                status24_count = _src[_k_status24_count]
                success_count = _src[_k_success_count]
                failure_count = _src[_k_failure_count]
                completed_count = _src[_k_completed_count]
                total_count = _src[_k_total_count]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                untested_count = _src.get(_k_untested_count, _d.MISSING)
                status1_count = _src.get(_k_status1_count, _d.MISSING)
                status2_count = _src.get(_k_status2_count, _d.MISSING)
                status3_count = _src.get(_k_status3_count, _d.MISSING)
                status4_count = _src.get(_k_status4_count, _d.MISSING)
                status5_count = _src.get(_k_status5_count, _d.MISSING)
                status6_count = _src.get(_k_status6_count, _d.MISSING)
                status7_count = _src.get(_k_status7_count, _d.MISSING)
                status8_count = _src.get(_k_status8_count, _d.MISSING)
                status9_count = _src.get(_k_status9_count, _d.MISSING)
                status10_count = _src.get(_k_status10_count, _d.MISSING)
                status11_count = _src.get(_k_status11_count, _d.MISSING)
                status12_count = _src.get(_k_status12_count, _d.MISSING)
                status13_count = _src.get(_k_status13_count, _d.MISSING)
                status14_count = _src.get(_k_status14_count, _d.MISSING)
                status15_count = _src.get(_k_status15_count, _d.MISSING)
                status16_count = _src.get(_k_status16_count, _d.MISSING)
                status17_count = _src.get(_k_status17_count, _d.MISSING)
                status18_count = _src.get(_k_status18_count, _d.MISSING)
                status19_count = _src.get(_k_status19_count, _d.MISSING)
                status20_count = _src.get(_k_status20_count, _d.MISSING)
                status21_count = _src.get(_k_status21_count, _d.MISSING)
                status22_count = _src.get(_k_status22_count, _d.MISSING)
                status23_count = _src.get(_k_status23_count, _d.MISSING)
                status24_count = _src.get(_k_status24_count, _d.MISSING)
                success_count = _src.get(_k_success_count, _d.MISSING)
                failure_count = _src.get(_k_failure_count, _d.MISSING)
                completed_count = _src.get(_k_completed_count, _d.MISSING)
                total_count = _src.get(_k_total_count, _d.MISSING)
        if untested_count.__class__ is not int:
            raise _d.fail("RunCounters", "untested_count", untested_count, "integer")

        if status1_count.__class__ is not int:
            raise _d.fail("RunCounters", "status1_count", status1_count, "integer")

        if status2_count.__class__ is not int:
            raise _d.fail("RunCounters", "status2_count", status2_count, "integer")

        if status3_count.__class__ is not int:
            raise _d.fail("RunCounters", "status3_count", status3_count, "integer")

        if status4_count.__class__ is not int:
            raise _d.fail("RunCounters", "status4_count", status4_count, "integer")

        if status5_count.__class__ is not int:
            raise _d.fail("RunCounters", "status5_count", status5_count, "integer")

        if status6_count.__class__ is not int:
            raise _d.fail("RunCounters", "status6_count", status6_count, "integer")

        if status7_count.__class__ is not int:
            raise _d.fail("RunCounters", "status7_count", status7_count, "integer")

        if status8_count.__class__ is not int:
            raise _d.fail("RunCounters", "status8_count", status8_count, "integer")

        if status9_count.__class__ is not int:
            raise _d.fail("RunCounters", "status9_count", status9_count, "integer")

        if status10_count.__class__ is not int:
            raise _d.fail("RunCounters", "status10_count", status10_count, "integer")

        if status11_count.__class__ is not int:
            raise _d.fail("RunCounters", "status11_count", status11_count, "integer")

        if status12_count.__class__ is not int:
            raise _d.fail("RunCounters", "status12_count", status12_count, "integer")

        if status13_count.__class__ is not int:
            raise _d.fail("RunCounters", "status13_count", status13_count, "integer")

        if status14_count.__class__ is not int:
            raise _d.fail("RunCounters", "status14_count", status14_count, "integer")

        if status15_count.__class__ is not int:
            raise _d.fail("RunCounters", "status15_count", status15_count, "integer")

        if status16_count.__class__ is not int:
            raise _d.fail("RunCounters", "status16_count", status16_count, "integer")

        if status17_count.__class__ is not int:
            raise _d.fail("RunCounters", "status17_count", status17_count, "integer")

        if status18_count.__class__ is not int:
            raise _d.fail("RunCounters", "status18_count", status18_count, "integer")

        if status19_count.__class__ is not int:
            raise _d.fail("RunCounters", "status19_count", status19_count, "integer")

        if status20_count.__class__ is not int:
            raise _d.fail("RunCounters", "status20_count", status20_count, "integer")

        if status21_count.__class__ is not int:
            raise _d.fail("RunCounters", "status21_count", status21_count, "integer")

        if status22_count.__class__ is not int:
            raise _d.fail("RunCounters", "status22_count", status22_count, "integer")

        if status23_count.__class__ is not int:
            raise _d.fail("RunCounters", "status23_count", status23_count, "integer")

        if status24_count.__class__ is not int:
            raise _d.fail("RunCounters", "status24_count", status24_count, "integer")

        if success_count.__class__ is not int:
            raise _d.fail("RunCounters", "success_count", success_count, "integer")

        if failure_count.__class__ is not int:
            raise _d.fail("RunCounters", "failure_count", failure_count, "integer")

        if completed_count.__class__ is not int:
            raise _d.fail("RunCounters", "completed_count", completed_count, "integer")

        if total_count.__class__ is not int:
            raise _d.fail("RunCounters", "total_count", total_count, "integer")

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        run_counters = _new(cls)
        run_counters.untested_count = untested_count
        run_counters.status1_count = status1_count
        run_counters.status2_count = status2_count
        run_counters.status3_count = status3_count
        run_counters.status4_count = status4_count
        run_counters.status5_count = status5_count
        run_counters.status6_count = status6_count
        run_counters.status7_count = status7_count
        run_counters.status8_count = status8_count
        run_counters.status9_count = status9_count
        run_counters.status10_count = status10_count
        run_counters.status11_count = status11_count
        run_counters.status12_count = status12_count
        run_counters.status13_count = status13_count
        run_counters.status14_count = status14_count
        run_counters.status15_count = status15_count
        run_counters.status16_count = status16_count
        run_counters.status17_count = status17_count
        run_counters.status18_count = status18_count
        run_counters.status19_count = status19_count
        run_counters.status20_count = status20_count
        run_counters.status21_count = status21_count
        run_counters.status22_count = status22_count
        run_counters.status23_count = status23_count
        run_counters.status24_count = status24_count
        run_counters.success_count = success_count
        run_counters.failure_count = failure_count
        run_counters.completed_count = completed_count
        run_counters.total_count = total_count
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        run_counters.additional_properties = {} if len(_src) == 29 else _d.extra_keys(_src, _KNOWN_KEYS)
        return run_counters

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
_RunCounters_from_dict = RunCounters.from_dict
