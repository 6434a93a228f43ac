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

T = TypeVar("T", bound="ExecutionResult")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "event_status",
        "plan_execution_metrics",
        "journey_execution_metrics",
        "executions",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_event_status,
    _k_plan_execution_metrics,
    _k_journey_execution_metrics,
    _k_executions,
) = _d.parsed_keys(
    "event_status",
    "plan_execution_metrics",
    "journey_execution_metrics",
    "executions",
)
_members = _itemgetter(
    _k_event_status,
    _k_plan_execution_metrics,
    _k_journey_execution_metrics,
    _k_executions,
)


@_attrs_define
class ExecutionResult:
    """The state of every plan run a deployment event triggered. `plan_execution_metrics` may be null or absent right after
    the event is created, and `executions` may be missing until the first plan run is scheduled.

        Attributes:
            event_status (EventStatus | Unset): `{}` while plan runs are in progress; filled in once they are all final.
            plan_execution_metrics (None | PlanExecutionMetrics | Unset):
            journey_execution_metrics (JourneyExecutionMetrics | None | Unset):
            executions (list[PlanRunExecution] | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    event_status: EventStatus | Unset = UNSET
    plan_execution_metrics: None | PlanExecutionMetrics | Unset = UNSET
    journey_execution_metrics: JourneyExecutionMetrics | None | Unset = UNSET
    executions: list[PlanRunExecution] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.journey_execution_metrics import JourneyExecutionMetrics  # noqa: PLC0415
        from ..models.plan_execution_metrics import PlanExecutionMetrics  # noqa: PLC0415

        event_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_status, Unset):
            event_status = self.event_status.to_dict()

        plan_execution_metrics: dict[str, Any] | None | Unset
        if isinstance(self.plan_execution_metrics, Unset):
            plan_execution_metrics = UNSET
        elif isinstance(self.plan_execution_metrics, PlanExecutionMetrics):
            plan_execution_metrics = self.plan_execution_metrics.to_dict()
        else:
            plan_execution_metrics = self.plan_execution_metrics

        journey_execution_metrics: dict[str, Any] | None | Unset
        if isinstance(self.journey_execution_metrics, Unset):
            journey_execution_metrics = UNSET
        elif isinstance(self.journey_execution_metrics, JourneyExecutionMetrics):
            journey_execution_metrics = self.journey_execution_metrics.to_dict()
        else:
            journey_execution_metrics = self.journey_execution_metrics

        executions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.executions, Unset):
            executions = []
            for executions_item_data in self.executions:
                executions_item = executions_item_data.to_dict()
                executions.append(executions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_status is not UNSET:
            field_dict["event_status"] = event_status
        if plan_execution_metrics is not UNSET:
            field_dict["plan_execution_metrics"] = plan_execution_metrics
        if journey_execution_metrics is not UNSET:
            field_dict["journey_execution_metrics"] = journey_execution_metrics
        if executions is not UNSET:
            field_dict["executions"] = executions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``ExecutionResult`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("ExecutionResult", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 4
        if _read:
            try:
                (
                    event_status,
                    plan_execution_metrics,
                    journey_execution_metrics,
                    executions,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            event_status = _src.get(_k_event_status, UNSET)
            plan_execution_metrics = _src.get(_k_plan_execution_metrics, UNSET)
            journey_execution_metrics = _src.get(_k_journey_execution_metrics, UNSET)
            executions = _src.get(_k_executions, UNSET)
        if event_status is UNSET:
            _absent += 1
        else:
            try:
                event_status = _EventStatus_from_dict(event_status)
            except DecodeError as _error:
                raise _error.within("ExecutionResult", "event_status") from None

        if plan_execution_metrics is UNSET:
            _absent += 1
        else:
            if plan_execution_metrics is not None:
                try:
                    plan_execution_metrics = _PlanExecutionMetrics_from_dict(plan_execution_metrics)
                except DecodeError as _error:
                    raise _d.union_failure(
                        [
                            (
                                _d.resemblance(plan_execution_metrics, PlanExecutionMetrics, {}),
                                _error.within("ExecutionResult", "plan_execution_metrics"),
                            )
                        ],
                        "ExecutionResult",
                        "plan_execution_metrics",
                        plan_execution_metrics,
                        "None | PlanExecutionMetrics",
                    ) from None

        if journey_execution_metrics is UNSET:
            _absent += 1
        else:
            if journey_execution_metrics is not None:
                try:
                    journey_execution_metrics = _JourneyExecutionMetrics_from_dict(journey_execution_metrics)
                except DecodeError as _error:
                    raise _d.union_failure(
                        [
                            (
                                _d.resemblance(journey_execution_metrics, JourneyExecutionMetrics, {}),
                                _error.within("ExecutionResult", "journey_execution_metrics"),
                            )
                        ],
                        "ExecutionResult",
                        "journey_execution_metrics",
                        journey_execution_metrics,
                        "JourneyExecutionMetrics | None",
                    ) from None

        if executions is UNSET:
            _absent += 1
        else:
            if executions.__class__ is not list:
                raise _d.fail("ExecutionResult", "executions", executions, "array")
            try:
                executions = [*map(_PlanRunExecution_from_dict, executions)]
            except DecodeError:
                raise _d.item_failure(PlanRunExecution, "ExecutionResult", "executions", executions) from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        execution_result = _new(cls)
        execution_result.event_status = event_status
        execution_result.plan_execution_metrics = plan_execution_metrics
        execution_result.journey_execution_metrics = journey_execution_metrics
        execution_result.executions = executions
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        execution_result.additional_properties = {} if len(_src) + _absent == 4 else _d.extra_keys(_src, _KNOWN_KEYS)
        return execution_result

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
from ..models.event_status import EventStatus  # noqa: E402
from ..models.journey_execution_metrics import JourneyExecutionMetrics  # noqa: E402
from ..models.plan_execution_metrics import PlanExecutionMetrics  # noqa: E402
from ..models.plan_run_execution import PlanRunExecution  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_ExecutionResult_from_dict = ExecutionResult.from_dict
_EventStatus_from_dict = EventStatus.from_dict
_JourneyExecutionMetrics_from_dict = JourneyExecutionMetrics.from_dict
_PlanExecutionMetrics_from_dict = PlanExecutionMetrics.from_dict
_PlanRunExecution_from_dict = PlanRunExecution.from_dict
