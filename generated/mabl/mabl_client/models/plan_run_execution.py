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

T = TypeVar("T", bound="PlanRunExecution")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "status",
        "plan",
        "plan_execution",
        "success",
        "status_cause",
        "start_time",
        "stop_time",
        "journeys",
        "journey_executions",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_status,
    _k_plan,
    _k_plan_execution,
    _k_success,
    _k_status_cause,
    _k_start_time,
    _k_stop_time,
    _k_journeys,
    _k_journey_executions,
) = _d.parsed_keys(
    "status",
    "plan",
    "plan_execution",
    "success",
    "status_cause",
    "start_time",
    "stop_time",
    "journeys",
    "journey_executions",
)
_members = _itemgetter(
    _k_status,
    _k_plan,
    _k_plan_execution,
    _k_success,
    _k_status_cause,
    _k_start_time,
    _k_stop_time,
    _k_journeys,
    _k_journey_executions,
)


@_attrs_define
class PlanRunExecution:
    """One plan run an event triggered; a retry of a failed plan run is a second entry.

    Attributes:
        status (str): Final: succeeded, failed, cancelled, terminated (and completed, which clients treat alike). Not
            final: queued, scheduling, scheduled, running.
        plan (LinkedResource): A plan or test as an execution result names it.
        plan_execution (PlanExecution):
        success (bool | Unset):
        status_cause (str | Unset):
        start_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
        stop_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
        journeys (list[LinkedResource] | Unset):
        journey_executions (list[JourneyExecution] | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    status: str
    plan: LinkedResource
    plan_execution: PlanExecution
    success: bool | Unset = UNSET
    status_cause: str | Unset = UNSET
    start_time: int | Unset = UNSET
    stop_time: int | Unset = UNSET
    journeys: list[LinkedResource] | Unset = UNSET
    journey_executions: list[JourneyExecution] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        plan = self.plan.to_dict()

        plan_execution = self.plan_execution.to_dict()

        success = self.success

        status_cause = self.status_cause

        start_time = self.start_time

        stop_time = self.stop_time

        journeys: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.journeys, Unset):
            journeys = []
            for journeys_item_data in self.journeys:
                journeys_item = journeys_item_data.to_dict()
                journeys.append(journeys_item)

        journey_executions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.journey_executions, Unset):
            journey_executions = []
            for journey_executions_item_data in self.journey_executions:
                journey_executions_item = journey_executions_item_data.to_dict()
                journey_executions.append(journey_executions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "plan": plan,
                "plan_execution": plan_execution,
            }
        )
        if success is not UNSET:
            field_dict["success"] = success
        if status_cause is not UNSET:
            field_dict["status_cause"] = status_cause
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if stop_time is not UNSET:
            field_dict["stop_time"] = stop_time
        if journeys is not UNSET:
            field_dict["journeys"] = journeys
        if journey_executions is not UNSET:
            field_dict["journey_executions"] = journey_executions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``PlanRunExecution`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("PlanRunExecution", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 9
        if _read:
            try:
                (
                    status,
                    plan,
                    plan_execution,
                    success,
                    status_cause,
                    start_time,
                    stop_time,
                    journeys,
                    journey_executions,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                status = _src[_k_status]
                plan = _src[_k_plan]
                plan_execution = _src[_k_plan_execution]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                status = _src.get(_k_status, _d.MISSING)
                plan = _src.get(_k_plan, _d.MISSING)
                plan_execution = _src.get(_k_plan_execution, _d.MISSING)
            success = _src.get(_k_success, UNSET)
            status_cause = _src.get(_k_status_cause, UNSET)
            start_time = _src.get(_k_start_time, UNSET)
            stop_time = _src.get(_k_stop_time, UNSET)
            journeys = _src.get(_k_journeys, UNSET)
            journey_executions = _src.get(_k_journey_executions, UNSET)
        if status.__class__ is not str:
            raise _d.fail("PlanRunExecution", "status", status, "string")

        try:
            plan = _LinkedResource_from_dict(plan)
        except DecodeError as _error:
            raise _error.within("PlanRunExecution", "plan") from None

        try:
            plan_execution = _PlanExecution_from_dict(plan_execution)
        except DecodeError as _error:
            raise _error.within("PlanRunExecution", "plan_execution") from None

        if success.__class__ is not bool:
            if success is not UNSET:
                raise _d.fail("PlanRunExecution", "success", success, "boolean")
            _absent += 1

        if status_cause.__class__ is not str:
            if status_cause is not UNSET:
                raise _d.fail("PlanRunExecution", "status_cause", status_cause, "string")
            _absent += 1

        if start_time.__class__ is not int:
            if start_time is not UNSET:
                raise _d.fail("PlanRunExecution", "start_time", start_time, "integer")
            _absent += 1

        if stop_time.__class__ is not int:
            if stop_time is not UNSET:
                raise _d.fail("PlanRunExecution", "stop_time", stop_time, "integer")
            _absent += 1

        if journeys is UNSET:
            _absent += 1
        else:
            if journeys.__class__ is not list:
                raise _d.fail("PlanRunExecution", "journeys", journeys, "array")
            try:
                journeys = [*map(_LinkedResource_from_dict, journeys)]
            except DecodeError:
                raise _d.item_failure(LinkedResource, "PlanRunExecution", "journeys", journeys) from None

        if journey_executions is UNSET:
            _absent += 1
        else:
            if journey_executions.__class__ is not list:
                raise _d.fail("PlanRunExecution", "journey_executions", journey_executions, "array")
            try:
                journey_executions = [*map(_JourneyExecution_from_dict, journey_executions)]
            except DecodeError:
                raise _d.item_failure(
                    JourneyExecution, "PlanRunExecution", "journey_executions", journey_executions
                ) from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        plan_run_execution = _new(cls)
        plan_run_execution.status = status
        plan_run_execution.plan = plan
        plan_run_execution.plan_execution = plan_execution
        plan_run_execution.success = success
        plan_run_execution.status_cause = status_cause
        plan_run_execution.start_time = start_time
        plan_run_execution.stop_time = stop_time
        plan_run_execution.journeys = journeys
        plan_run_execution.journey_executions = journey_executions
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        plan_run_execution.additional_properties = {} if len(_src) + _absent == 9 else _d.extra_keys(_src, _KNOWN_KEYS)
        return plan_run_execution

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
from ..models.journey_execution import JourneyExecution  # noqa: E402
from ..models.linked_resource import LinkedResource  # noqa: E402
from ..models.plan_execution import PlanExecution  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_PlanRunExecution_from_dict = PlanRunExecution.from_dict
_JourneyExecution_from_dict = JourneyExecution.from_dict
_LinkedResource_from_dict = LinkedResource.from_dict
_PlanExecution_from_dict = PlanExecution.from_dict
