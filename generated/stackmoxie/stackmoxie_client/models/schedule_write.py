# Generated from specs/stackmoxie/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/stackmoxie/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError
from ..models.scheduled_model import ScheduledModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduleWrite")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "interval",
        "scheduledModel",
        "scheduledScenario",
        "createdBy",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_interval,
    _k_scheduled_model,
    _k_scheduled_scenario,
    _k_created_by,
) = _d.parsed_keys(
    "interval",
    "scheduledModel",
    "scheduledScenario",
    "createdBy",
)
_members = _itemgetter(
    _k_interval,
    _k_scheduled_model,
    _k_scheduled_scenario,
    _k_created_by,
)


@_attrs_define
class ScheduleWrite:
    """
    Attributes:
        interval (int): Frequency (in seconds) at which this Schedule runs.
        scheduled_model (ScheduledModel): The type of object to be scheduled. Currently, only Scenarios are supported.
        scheduled_scenario (int | Scenario): The ID or Scenario object to run.
        created_by (int | Unset): Shown in the docs' request examples.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    interval: int
    scheduled_model: ScheduledModel
    scheduled_scenario: int | Scenario
    created_by: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.scenario import Scenario  # noqa: PLC0415

        interval = self.interval

        scheduled_model = self.scheduled_model.value

        scheduled_scenario: dict[str, Any] | int
        if isinstance(self.scheduled_scenario, Scenario):
            scheduled_scenario = self.scheduled_scenario.to_dict()
        else:
            scheduled_scenario = self.scheduled_scenario

        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "interval": interval,
                "scheduledModel": scheduled_model,
                "scheduledScenario": scheduled_scenario,
            }
        )
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``ScheduleWrite`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("ScheduleWrite", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 4
        if _read:
            try:
                (
                    interval,
                    scheduled_model,
                    scheduled_scenario,
                    created_by,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                interval = _src[_k_interval]
                scheduled_model = _src[_k_scheduled_model]
                scheduled_scenario = _src[_k_scheduled_scenario]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                interval = _src.get(_k_interval, _d.MISSING)
                scheduled_model = _src.get(_k_scheduled_model, _d.MISSING)
                scheduled_scenario = _src.get(_k_scheduled_scenario, _d.MISSING)
            created_by = _src.get(_k_created_by, UNSET)
        if interval.__class__ is not int:
            raise _d.fail("ScheduleWrite", "interval", interval, "integer")

        _member = _d.ENUM_MEMBERS[ScheduledModel].get(scheduled_model) if scheduled_model.__class__ is str else None
        if _member is None:
            raise _d.enum_failure(ScheduledModel, "ScheduleWrite", "scheduledModel", scheduled_model)
        scheduled_model = _member

        def _union_scheduled_scenario(model: str, field: str, value: Any) -> Any:
            _refusals: list[tuple[int, DecodeError]] = []
            try:
                candidate = value
                if candidate.__class__ is not int:
                    raise _d.fail(model, field, candidate, "integer")

                return candidate
            except DecodeError as _error:
                _refusals.append((0, _error))
            try:
                candidate = value
                try:
                    candidate = _Scenario_from_dict(candidate)
                except DecodeError as _error:
                    raise _error.within(model, field) from None

                return candidate
            except DecodeError as _error:
                _refusals.append((_d.resemblance(value, Scenario, {}), _error))
            raise _d.union_failure(_refusals, model, field, value, "int | Scenario")

        scheduled_scenario = _union_scheduled_scenario("ScheduleWrite", "scheduledScenario", scheduled_scenario)

        if created_by.__class__ is not int:
            if created_by is not UNSET:
                raise _d.fail("ScheduleWrite", "createdBy", created_by, "integer")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        schedule_write = _new(cls)
        schedule_write.interval = interval
        schedule_write.scheduled_model = scheduled_model
        schedule_write.scheduled_scenario = scheduled_scenario
        schedule_write.created_by = created_by
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        schedule_write.additional_properties = {} if len(_src) + _absent == 4 else _d.extra_keys(_src, _KNOWN_KEYS)
        return schedule_write

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
from ..models.scenario import Scenario  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_ScheduleWrite_from_dict = ScheduleWrite.from_dict
_Scenario_from_dict = Scenario.from_dict
