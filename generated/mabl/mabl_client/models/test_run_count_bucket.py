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

T = TypeVar("T", bound="TestRunCountBucket")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "start_time",
        "end_time",
        "total_test_runs",
        "failed_test_runs",
        "group_id",
        "passed_test_runs",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_start_time,
    _k_end_time,
    _k_total_test_runs,
    _k_failed_test_runs,
    _k_group_id,
    _k_passed_test_runs,
) = _d.parsed_keys(
    "start_time",
    "end_time",
    "total_test_runs",
    "failed_test_runs",
    "group_id",
    "passed_test_runs",
)
_members = _itemgetter(
    _k_start_time,
    _k_end_time,
    _k_total_test_runs,
    _k_failed_test_runs,
    _k_group_id,
    _k_passed_test_runs,
)


@_attrs_define
class TestRunCountBucket:
    """
    Attributes:
        start_time (int): A point in time, Unix epoch milliseconds (facts §1).
        end_time (int): A point in time, Unix epoch milliseconds (facts §1).
        total_test_runs (int): Runs started in the bucket
        failed_test_runs (int): Failed
        group_id (str | Unset): With group_by
        passed_test_runs (int | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    start_time: int
    end_time: int
    total_test_runs: int
    failed_test_runs: int
    group_id: str | Unset = UNSET
    passed_test_runs: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time

        end_time = self.end_time

        total_test_runs = self.total_test_runs

        failed_test_runs = self.failed_test_runs

        group_id = self.group_id

        passed_test_runs = self.passed_test_runs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_time": start_time,
                "end_time": end_time,
                "total_test_runs": total_test_runs,
                "failed_test_runs": failed_test_runs,
            }
        )
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if passed_test_runs is not UNSET:
            field_dict["passed_test_runs"] = passed_test_runs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``TestRunCountBucket`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("TestRunCountBucket", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 6
        if _read:
            try:
                (
                    start_time,
                    end_time,
                    total_test_runs,
                    failed_test_runs,
                    group_id,
                    passed_test_runs,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                start_time = _src[_k_start_time]
                end_time = _src[_k_end_time]
                total_test_runs = _src[_k_total_test_runs]
                failed_test_runs = _src[_k_failed_test_runs]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                start_time = _src.get(_k_start_time, _d.MISSING)
                end_time = _src.get(_k_end_time, _d.MISSING)
                total_test_runs = _src.get(_k_total_test_runs, _d.MISSING)
                failed_test_runs = _src.get(_k_failed_test_runs, _d.MISSING)
            group_id = _src.get(_k_group_id, UNSET)
            passed_test_runs = _src.get(_k_passed_test_runs, UNSET)
        if start_time.__class__ is not int:
            raise _d.fail("TestRunCountBucket", "start_time", start_time, "integer")

        if end_time.__class__ is not int:
            raise _d.fail("TestRunCountBucket", "end_time", end_time, "integer")

        if total_test_runs.__class__ is not int:
            raise _d.fail("TestRunCountBucket", "total_test_runs", total_test_runs, "integer")

        if failed_test_runs.__class__ is not int:
            raise _d.fail("TestRunCountBucket", "failed_test_runs", failed_test_runs, "integer")

        if group_id.__class__ is not str:
            if group_id is not UNSET:
                raise _d.fail("TestRunCountBucket", "group_id", group_id, "string")
            _absent += 1

        if passed_test_runs.__class__ is not int:
            if passed_test_runs is not UNSET:
                raise _d.fail("TestRunCountBucket", "passed_test_runs", passed_test_runs, "integer")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        test_run_count_bucket = _new(cls)
        test_run_count_bucket.start_time = start_time
        test_run_count_bucket.end_time = end_time
        test_run_count_bucket.total_test_runs = total_test_runs
        test_run_count_bucket.failed_test_runs = failed_test_runs
        test_run_count_bucket.group_id = group_id
        test_run_count_bucket.passed_test_runs = passed_test_runs
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        test_run_count_bucket.additional_properties = (
            {} if len(_src) + _absent == 6 else _d.extra_keys(_src, _KNOWN_KEYS)
        )
        return test_run_count_bucket

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
_TestRunCountBucket_from_dict = TestRunCountBucket.from_dict
