# Generated from specs/runscope/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/runscope/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseTimePoint")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "success_ratio",
        "timestamp",
        "avg_response_time_ms",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_success_ratio,
    _k_timestamp,
    _k_avg_response_time_ms,
) = _d.parsed_keys(
    "success_ratio",
    "timestamp",
    "avg_response_time_ms",
)
_members = _itemgetter(
    _k_success_ratio,
    _k_timestamp,
    _k_avg_response_time_ms,
)


@_attrs_define
class ResponseTimePoint:
    """
    Attributes:
        success_ratio (float | None | Unset): 0.0 (all failed) to 1.0 (all passed).
        timestamp (float | Unset): Unix epoch seconds, an integer or a float (facts, Transport).
        avg_response_time_ms (float | None | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    success_ratio: float | None | Unset = UNSET
    timestamp: float | Unset = UNSET
    avg_response_time_ms: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success_ratio: float | None | Unset
        if isinstance(self.success_ratio, Unset):
            success_ratio = UNSET
        else:
            success_ratio = self.success_ratio

        timestamp = self.timestamp

        avg_response_time_ms: float | None | Unset
        if isinstance(self.avg_response_time_ms, Unset):
            avg_response_time_ms = UNSET
        else:
            avg_response_time_ms = self.avg_response_time_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success_ratio is not UNSET:
            field_dict["success_ratio"] = success_ratio
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if avg_response_time_ms is not UNSET:
            field_dict["avg_response_time_ms"] = avg_response_time_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``ResponseTimePoint`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("ResponseTimePoint", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 3
        if _read:
            try:
                (
                    success_ratio,
                    timestamp,
                    avg_response_time_ms,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            success_ratio = _src.get(_k_success_ratio, UNSET)
            timestamp = _src.get(_k_timestamp, UNSET)
            avg_response_time_ms = _src.get(_k_avg_response_time_ms, UNSET)
        if success_ratio is UNSET:
            _absent += 1
        else:
            if success_ratio is not None:
                success_ratio = _d.as_float("ResponseTimePoint", "success_ratio", success_ratio)

        if timestamp is UNSET:
            _absent += 1
        else:
            timestamp = _d.as_float("ResponseTimePoint", "timestamp", timestamp)

        if avg_response_time_ms is UNSET:
            _absent += 1
        else:
            if avg_response_time_ms is not None:
                avg_response_time_ms = _d.as_float("ResponseTimePoint", "avg_response_time_ms", avg_response_time_ms)

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        response_time_point = _new(cls)
        response_time_point.success_ratio = success_ratio
        response_time_point.timestamp = timestamp
        response_time_point.avg_response_time_ms = avg_response_time_ms
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        response_time_point.additional_properties = {} if len(_src) + _absent == 3 else _d.extra_keys(_src, _KNOWN_KEYS)
        return response_time_point

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
_ResponseTimePoint_from_dict = ResponseTimePoint.from_dict
