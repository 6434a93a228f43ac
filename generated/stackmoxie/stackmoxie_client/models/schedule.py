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

T = TypeVar("T", bound="Schedule")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "interval",
        "scheduledModel",
        "scheduledScenario",
        "uuid",
        "createdAt",
        "updatedAt",
        "lastRanAt",
        "createdBy",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_id,
    _k_interval,
    _k_scheduled_model,
    _k_scheduled_scenario,
    _k_uuid,
    _k_created_at,
    _k_updated_at,
    _k_last_ran_at,
    _k_created_by,
) = _d.parsed_keys(
    "id",
    "interval",
    "scheduledModel",
    "scheduledScenario",
    "uuid",
    "createdAt",
    "updatedAt",
    "lastRanAt",
    "createdBy",
)
_members = _itemgetter(
    _k_id,
    _k_interval,
    _k_scheduled_model,
    _k_scheduled_scenario,
    _k_uuid,
    _k_created_at,
    _k_updated_at,
    _k_last_ran_at,
    _k_created_by,
)


@_attrs_define
class Schedule:
    """
    Attributes:
        id (int):
        interval (int | Unset): Frequency (in seconds) at which this Schedule runs.
        scheduled_model (ScheduledModel | Unset): The type of object to be scheduled. Currently, only Scenarios are
            supported.
        scheduled_scenario (int | Scenario | Unset):
        uuid (str | Unset):
        created_at (int | Unset): Unix epoch milliseconds (facts).
        updated_at (int | Unset): Unix epoch milliseconds (facts).
        last_ran_at (int | Unset): Unix epoch milliseconds (facts).
        created_by (int | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    id: int
    interval: int | Unset = UNSET
    scheduled_model: ScheduledModel | Unset = UNSET
    scheduled_scenario: int | Scenario | Unset = UNSET
    uuid: str | Unset = UNSET
    created_at: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    last_ran_at: int | Unset = UNSET
    created_by: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.scenario import Scenario  # noqa: PLC0415

        id = self.id

        interval = self.interval

        scheduled_model: str | Unset = UNSET
        if not isinstance(self.scheduled_model, Unset):
            scheduled_model = self.scheduled_model.value

        scheduled_scenario: dict[str, Any] | int | Unset
        if isinstance(self.scheduled_scenario, Unset):
            scheduled_scenario = UNSET
        elif isinstance(self.scheduled_scenario, Scenario):
            scheduled_scenario = self.scheduled_scenario.to_dict()
        else:
            scheduled_scenario = self.scheduled_scenario

        uuid = self.uuid

        created_at = self.created_at

        updated_at = self.updated_at

        last_ran_at = self.last_ran_at

        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if interval is not UNSET:
            field_dict["interval"] = interval
        if scheduled_model is not UNSET:
            field_dict["scheduledModel"] = scheduled_model
        if scheduled_scenario is not UNSET:
            field_dict["scheduledScenario"] = scheduled_scenario
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if last_ran_at is not UNSET:
            field_dict["lastRanAt"] = last_ran_at
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Schedule`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Schedule", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 9
        if _read:
            try:
                (
                    id,
                    interval,
                    scheduled_model,
                    scheduled_scenario,
                    uuid,
                    created_at,
                    updated_at,
                    last_ran_at,
                    created_by,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                id = _src[_k_id]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                id = _src.get(_k_id, _d.MISSING)
            interval = _src.get(_k_interval, UNSET)
            scheduled_model = _src.get(_k_scheduled_model, UNSET)
            scheduled_scenario = _src.get(_k_scheduled_scenario, UNSET)
            uuid = _src.get(_k_uuid, UNSET)
            created_at = _src.get(_k_created_at, UNSET)
            updated_at = _src.get(_k_updated_at, UNSET)
            last_ran_at = _src.get(_k_last_ran_at, UNSET)
            created_by = _src.get(_k_created_by, UNSET)
        if id.__class__ is not int:
            raise _d.fail("Schedule", "id", id, "integer")

        if interval.__class__ is not int:
            if interval is not UNSET:
                raise _d.fail("Schedule", "interval", interval, "integer")
            _absent += 1

        if scheduled_model is UNSET:
            _absent += 1
        else:
            _member = _d.ENUM_MEMBERS[ScheduledModel].get(scheduled_model) if scheduled_model.__class__ is str else None
            if _member is None:
                raise _d.enum_failure(ScheduledModel, "Schedule", "scheduledModel", scheduled_model)
            scheduled_model = _member

        if scheduled_scenario is UNSET:
            _absent += 1
        else:

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

            scheduled_scenario = _union_scheduled_scenario("Schedule", "scheduledScenario", scheduled_scenario)

        if uuid.__class__ is not str:
            if uuid is not UNSET:
                raise _d.fail("Schedule", "uuid", uuid, "string")
            _absent += 1

        if created_at.__class__ is not int:
            if created_at is not UNSET:
                raise _d.fail("Schedule", "createdAt", created_at, "integer")
            _absent += 1

        if updated_at.__class__ is not int:
            if updated_at is not UNSET:
                raise _d.fail("Schedule", "updatedAt", updated_at, "integer")
            _absent += 1

        if last_ran_at.__class__ is not int:
            if last_ran_at is not UNSET:
                raise _d.fail("Schedule", "lastRanAt", last_ran_at, "integer")
            _absent += 1

        if created_by.__class__ is not int:
            if created_by is not UNSET:
                raise _d.fail("Schedule", "createdBy", created_by, "integer")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        schedule = _new(cls)
        schedule.id = id
        schedule.interval = interval
        schedule.scheduled_model = scheduled_model
        schedule.scheduled_scenario = scheduled_scenario
        schedule.uuid = uuid
        schedule.created_at = created_at
        schedule.updated_at = updated_at
        schedule.last_ran_at = last_ran_at
        schedule.created_by = created_by
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        schedule.additional_properties = {} if len(_src) + _absent == 9 else _d.extra_keys(_src, _KNOWN_KEYS)
        return schedule

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
_Schedule_from_dict = Schedule.from_dict
_Scenario_from_dict = Scenario.from_dict
