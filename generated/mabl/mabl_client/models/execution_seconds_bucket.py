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

T = TypeVar("T", bound="ExecutionSecondsBucket")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "start_time",
        "end_time",
        "total_execution_seconds",
        "total_test_runs",
        "group_id",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_start_time,
    _k_end_time,
    _k_total_execution_seconds,
    _k_total_test_runs,
    _k_group_id,
) = _d.parsed_keys(
    "start_time",
    "end_time",
    "total_execution_seconds",
    "total_test_runs",
    "group_id",
)
_members = _itemgetter(
    _k_start_time,
    _k_end_time,
    _k_total_execution_seconds,
    _k_total_test_runs,
    _k_group_id,
)


@_attrs_define
class ExecutionSecondsBucket:
    """
    Attributes:
        start_time (int): A point in time, Unix epoch milliseconds (facts §1).
        end_time (int): A point in time, Unix epoch milliseconds (facts §1).
        total_execution_seconds (float): Sum of end minus start of completed runs; queue time excluded.
        total_test_runs (int): Completed runs only.
        group_id (str | Unset): With group_by
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    start_time: int
    end_time: int
    total_execution_seconds: float
    total_test_runs: int
    group_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time

        end_time = self.end_time

        total_execution_seconds = self.total_execution_seconds

        total_test_runs = self.total_test_runs

        group_id = self.group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_time": start_time,
                "end_time": end_time,
                "total_execution_seconds": total_execution_seconds,
                "total_test_runs": total_test_runs,
            }
        )
        if group_id is not UNSET:
            field_dict["group_id"] = group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``ExecutionSecondsBucket`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("ExecutionSecondsBucket", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 5
        if _read:
            try:
                (
                    start_time,
                    end_time,
                    total_execution_seconds,
                    total_test_runs,
                    group_id,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                start_time = _src[_k_start_time]
                end_time = _src[_k_end_time]
                total_execution_seconds = _src[_k_total_execution_seconds]
                total_test_runs = _src[_k_total_test_runs]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                start_time = _src.get(_k_start_time, _d.MISSING)
                end_time = _src.get(_k_end_time, _d.MISSING)
                total_execution_seconds = _src.get(_k_total_execution_seconds, _d.MISSING)
                total_test_runs = _src.get(_k_total_test_runs, _d.MISSING)
            group_id = _src.get(_k_group_id, UNSET)
        if start_time.__class__ is not int:
            raise _d.fail("ExecutionSecondsBucket", "start_time", start_time, "integer")

        if end_time.__class__ is not int:
            raise _d.fail("ExecutionSecondsBucket", "end_time", end_time, "integer")

        total_execution_seconds = _d.as_float(
            "ExecutionSecondsBucket", "total_execution_seconds", total_execution_seconds
        )

        if total_test_runs.__class__ is not int:
            raise _d.fail("ExecutionSecondsBucket", "total_test_runs", total_test_runs, "integer")

        if group_id.__class__ is not str:
            if group_id is not UNSET:
                raise _d.fail("ExecutionSecondsBucket", "group_id", group_id, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        execution_seconds_bucket = _new(cls)
        execution_seconds_bucket.start_time = start_time
        execution_seconds_bucket.end_time = end_time
        execution_seconds_bucket.total_execution_seconds = total_execution_seconds
        execution_seconds_bucket.total_test_runs = total_test_runs
        execution_seconds_bucket.group_id = group_id
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        execution_seconds_bucket.additional_properties = (
            {} if len(_src) + _absent == 5 else _d.extra_keys(_src, _KNOWN_KEYS)
        )
        return execution_seconds_bucket

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
_ExecutionSecondsBucket_from_dict = ExecutionSecondsBucket.from_dict
