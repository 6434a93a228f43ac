# Generated from specs/runscope/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/runscope/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError
from ..models.metrics_timeframe import MetricsTimeframe
from ..types import UNSET, Unset

T = TypeVar("T", bound="Metrics")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "response_times",
        "change_from_last_period",
        "this_time_period",
        "environment_uuid",
        "region",
        "timeframe",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_response_times,
    _k_change_from_last_period,
    _k_this_time_period,
    _k_environment_uuid,
    _k_region,
    _k_timeframe,
) = _d.parsed_keys(
    "response_times",
    "change_from_last_period",
    "this_time_period",
    "environment_uuid",
    "region",
    "timeframe",
)
_members = _itemgetter(
    _k_response_times,
    _k_change_from_last_period,
    _k_this_time_period,
    _k_environment_uuid,
    _k_region,
    _k_timeframe,
)


@_attrs_define
class Metrics:
    """
    Attributes:
        response_times (list[ResponseTimePoint] | Unset):
        change_from_last_period (Percentiles | Unset):
        this_time_period (Percentiles | Unset):
        environment_uuid (str | Unset):
        region (str | Unset):
        timeframe (MetricsTimeframe | str | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    response_times: list[ResponseTimePoint] | Unset = UNSET
    change_from_last_period: Percentiles | Unset = UNSET
    this_time_period: Percentiles | Unset = UNSET
    environment_uuid: str | Unset = UNSET
    region: str | Unset = UNSET
    timeframe: MetricsTimeframe | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        response_times: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.response_times, Unset):
            response_times = []
            for response_times_item_data in self.response_times:
                response_times_item = response_times_item_data.to_dict()
                response_times.append(response_times_item)

        change_from_last_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.change_from_last_period, Unset):
            change_from_last_period = self.change_from_last_period.to_dict()

        this_time_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.this_time_period, Unset):
            this_time_period = self.this_time_period.to_dict()

        environment_uuid = self.environment_uuid

        region = self.region

        timeframe: str | Unset
        if isinstance(self.timeframe, Unset):
            timeframe = UNSET
        elif isinstance(self.timeframe, MetricsTimeframe):
            timeframe = self.timeframe.value
        else:
            timeframe = self.timeframe

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if response_times is not UNSET:
            field_dict["response_times"] = response_times
        if change_from_last_period is not UNSET:
            field_dict["change_from_last_period"] = change_from_last_period
        if this_time_period is not UNSET:
            field_dict["this_time_period"] = this_time_period
        if environment_uuid is not UNSET:
            field_dict["environment_uuid"] = environment_uuid
        if region is not UNSET:
            field_dict["region"] = region
        if timeframe is not UNSET:
            field_dict["timeframe"] = timeframe

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Metrics`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Metrics", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 6
        if _read:
            try:
                (
                    response_times,
                    change_from_last_period,
                    this_time_period,
                    environment_uuid,
                    region,
                    timeframe,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            response_times = _src.get(_k_response_times, UNSET)
            change_from_last_period = _src.get(_k_change_from_last_period, UNSET)
            this_time_period = _src.get(_k_this_time_period, UNSET)
            environment_uuid = _src.get(_k_environment_uuid, UNSET)
            region = _src.get(_k_region, UNSET)
            timeframe = _src.get(_k_timeframe, UNSET)
        if response_times is UNSET:
            _absent += 1
        else:
            if response_times.__class__ is not list:
                raise _d.fail("Metrics", "response_times", response_times, "array")
            try:
                response_times = [*map(_ResponseTimePoint_from_dict, response_times)]
            except DecodeError:
                raise _d.item_failure(ResponseTimePoint, "Metrics", "response_times", response_times) from None

        if change_from_last_period is UNSET:
            _absent += 1
        else:
            try:
                change_from_last_period = _Percentiles_from_dict(change_from_last_period)
            except DecodeError as _error:
                raise _error.within("Metrics", "change_from_last_period") from None

        if this_time_period is UNSET:
            _absent += 1
        else:
            try:
                this_time_period = _Percentiles_from_dict(this_time_period)
            except DecodeError as _error:
                raise _error.within("Metrics", "this_time_period") from None

        if environment_uuid.__class__ is not str:
            if environment_uuid is not UNSET:
                raise _d.fail("Metrics", "environment_uuid", environment_uuid, "string")
            _absent += 1

        if region.__class__ is not str:
            if region is not UNSET:
                raise _d.fail("Metrics", "region", region, "string")
            _absent += 1

        if timeframe is UNSET:
            _absent += 1
        else:

            def _union_timeframe(model: str, field: str, value: Any) -> Any:
                _refusals: list[tuple[int, DecodeError]] = []
                try:
                    candidate = value
                    _member = _d.ENUM_MEMBERS[MetricsTimeframe].get(candidate) if candidate.__class__ is str else None
                    if _member is None:
                        raise _d.enum_failure(MetricsTimeframe, model, field, candidate)
                    candidate = _member

                    return candidate
                except DecodeError as _error:
                    _refusals.append((0, _error))
                try:
                    candidate = value
                    if candidate.__class__ is not str:
                        raise _d.fail(model, field, candidate, "string")

                    return candidate
                except DecodeError as _error:
                    _refusals.append((0, _error))
                raise _d.union_failure(_refusals, model, field, value, "MetricsTimeframe | str")

            timeframe = _union_timeframe("Metrics", "timeframe", timeframe)

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        metrics = _new(cls)
        metrics.response_times = response_times
        metrics.change_from_last_period = change_from_last_period
        metrics.this_time_period = this_time_period
        metrics.environment_uuid = environment_uuid
        metrics.region = region
        metrics.timeframe = timeframe
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        metrics.additional_properties = {} if len(_src) + _absent == 6 else _d.extra_keys(_src, _KNOWN_KEYS)
        return metrics

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
from ..models.percentiles import Percentiles  # noqa: E402
from ..models.response_time_point import ResponseTimePoint  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_Metrics_from_dict = Metrics.from_dict
_Percentiles_from_dict = Percentiles.from_dict
_ResponseTimePoint_from_dict = ResponseTimePoint.from_dict
