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

T = TypeVar("T", bound="Percentiles")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "response_time_50th_percentile",
        "response_time_95th_percentile",
        "response_time_99th_percentile",
        "total_test_runs",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_response_time_50th_percentile,
    _k_response_time_95th_percentile,
    _k_response_time_99th_percentile,
    _k_total_test_runs,
) = _d.parsed_keys(
    "response_time_50th_percentile",
    "response_time_95th_percentile",
    "response_time_99th_percentile",
    "total_test_runs",
)
_members = _itemgetter(
    _k_response_time_50th_percentile,
    _k_response_time_95th_percentile,
    _k_response_time_99th_percentile,
    _k_total_test_runs,
)


@_attrs_define
class Percentiles:
    """
    Attributes:
        response_time_50th_percentile (float | None | Unset):
        response_time_95th_percentile (float | None | Unset):
        response_time_99th_percentile (float | None | Unset):
        total_test_runs (float | None | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    response_time_50th_percentile: float | None | Unset = UNSET
    response_time_95th_percentile: float | None | Unset = UNSET
    response_time_99th_percentile: float | None | Unset = UNSET
    total_test_runs: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        response_time_50th_percentile: float | None | Unset
        if isinstance(self.response_time_50th_percentile, Unset):
            response_time_50th_percentile = UNSET
        else:
            response_time_50th_percentile = self.response_time_50th_percentile

        response_time_95th_percentile: float | None | Unset
        if isinstance(self.response_time_95th_percentile, Unset):
            response_time_95th_percentile = UNSET
        else:
            response_time_95th_percentile = self.response_time_95th_percentile

        response_time_99th_percentile: float | None | Unset
        if isinstance(self.response_time_99th_percentile, Unset):
            response_time_99th_percentile = UNSET
        else:
            response_time_99th_percentile = self.response_time_99th_percentile

        total_test_runs: float | None | Unset
        if isinstance(self.total_test_runs, Unset):
            total_test_runs = UNSET
        else:
            total_test_runs = self.total_test_runs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if response_time_50th_percentile is not UNSET:
            field_dict["response_time_50th_percentile"] = response_time_50th_percentile
        if response_time_95th_percentile is not UNSET:
            field_dict["response_time_95th_percentile"] = response_time_95th_percentile
        if response_time_99th_percentile is not UNSET:
            field_dict["response_time_99th_percentile"] = response_time_99th_percentile
        if total_test_runs is not UNSET:
            field_dict["total_test_runs"] = total_test_runs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Percentiles`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Percentiles", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 4
        if _read:
            try:
                (
                    response_time_50th_percentile,
                    response_time_95th_percentile,
                    response_time_99th_percentile,
                    total_test_runs,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            response_time_50th_percentile = _src.get(_k_response_time_50th_percentile, UNSET)
            response_time_95th_percentile = _src.get(_k_response_time_95th_percentile, UNSET)
            response_time_99th_percentile = _src.get(_k_response_time_99th_percentile, UNSET)
            total_test_runs = _src.get(_k_total_test_runs, UNSET)
        if response_time_50th_percentile is UNSET:
            _absent += 1
        else:
            if response_time_50th_percentile is not None:
                response_time_50th_percentile = _d.as_float(
                    "Percentiles", "response_time_50th_percentile", response_time_50th_percentile
                )

        if response_time_95th_percentile is UNSET:
            _absent += 1
        else:
            if response_time_95th_percentile is not None:
                response_time_95th_percentile = _d.as_float(
                    "Percentiles", "response_time_95th_percentile", response_time_95th_percentile
                )

        if response_time_99th_percentile is UNSET:
            _absent += 1
        else:
            if response_time_99th_percentile is not None:
                response_time_99th_percentile = _d.as_float(
                    "Percentiles", "response_time_99th_percentile", response_time_99th_percentile
                )

        if total_test_runs is UNSET:
            _absent += 1
        else:
            if total_test_runs is not None:
                total_test_runs = _d.as_float("Percentiles", "total_test_runs", total_test_runs)

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        percentiles = _new(cls)
        percentiles.response_time_50th_percentile = response_time_50th_percentile
        percentiles.response_time_95th_percentile = response_time_95th_percentile
        percentiles.response_time_99th_percentile = response_time_99th_percentile
        percentiles.total_test_runs = total_test_runs
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        percentiles.additional_properties = {} if len(_src) + _absent == 4 else _d.extra_keys(_src, _KNOWN_KEYS)
        return percentiles

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
_Percentiles_from_dict = Percentiles.from_dict
