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

T = TypeVar("T", bound="PlanRunResult")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "plan_run_id",
        "status",
        "plan_id",
        "plan_name",
        "success",
        "start_time",
        "end_time",
        "application_id",
        "environment_id",
        "triggering_deployment_event_id",
        "metrics",
        "test_runs",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_plan_run_id,
    _k_status,
    _k_plan_id,
    _k_plan_name,
    _k_success,
    _k_start_time,
    _k_end_time,
    _k_application_id,
    _k_environment_id,
    _k_triggering_deployment_event_id,
    _k_metrics,
    _k_test_runs,
) = _d.parsed_keys(
    "plan_run_id",
    "status",
    "plan_id",
    "plan_name",
    "success",
    "start_time",
    "end_time",
    "application_id",
    "environment_id",
    "triggering_deployment_event_id",
    "metrics",
    "test_runs",
)
_members = _itemgetter(
    _k_plan_run_id,
    _k_status,
    _k_plan_id,
    _k_plan_name,
    _k_success,
    _k_start_time,
    _k_end_time,
    _k_application_id,
    _k_environment_id,
    _k_triggering_deployment_event_id,
    _k_metrics,
    _k_test_runs,
)


@_attrs_define
class PlanRunResult:
    """One plan run with each of its test runs.

    Attributes:
        plan_run_id (str): `…-pr`
        status (str):
        plan_id (str | Unset):
        plan_name (str | Unset):
        success (bool | Unset):
        start_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
        end_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
        application_id (str | Unset):
        environment_id (str | Unset):
        triggering_deployment_event_id (str | Unset):
        metrics (RunMetrics | Unset): Only with `advanced_metrics=true`.
        test_runs (list[TestRunSummary] | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    plan_run_id: str
    status: str
    plan_id: str | Unset = UNSET
    plan_name: str | Unset = UNSET
    success: bool | Unset = UNSET
    start_time: int | Unset = UNSET
    end_time: int | Unset = UNSET
    application_id: str | Unset = UNSET
    environment_id: str | Unset = UNSET
    triggering_deployment_event_id: str | Unset = UNSET
    metrics: RunMetrics | Unset = UNSET
    test_runs: list[TestRunSummary] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_run_id = self.plan_run_id

        status = self.status

        plan_id = self.plan_id

        plan_name = self.plan_name

        success = self.success

        start_time = self.start_time

        end_time = self.end_time

        application_id = self.application_id

        environment_id = self.environment_id

        triggering_deployment_event_id = self.triggering_deployment_event_id

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        test_runs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.test_runs, Unset):
            test_runs = []
            for test_runs_item_data in self.test_runs:
                test_runs_item = test_runs_item_data.to_dict()
                test_runs.append(test_runs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan_run_id": plan_run_id,
                "status": status,
            }
        )
        if plan_id is not UNSET:
            field_dict["plan_id"] = plan_id
        if plan_name is not UNSET:
            field_dict["plan_name"] = plan_name
        if success is not UNSET:
            field_dict["success"] = success
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if environment_id is not UNSET:
            field_dict["environment_id"] = environment_id
        if triggering_deployment_event_id is not UNSET:
            field_dict["triggering_deployment_event_id"] = triggering_deployment_event_id
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if test_runs is not UNSET:
            field_dict["test_runs"] = test_runs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``PlanRunResult`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("PlanRunResult", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 12
        if _read:
            try:
                (
                    plan_run_id,
                    status,
                    plan_id,
                    plan_name,
                    success,
                    start_time,
                    end_time,
                    application_id,
                    environment_id,
                    triggering_deployment_event_id,
                    metrics,
                    test_runs,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                plan_run_id = _src[_k_plan_run_id]
                status = _src[_k_status]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                plan_run_id = _src.get(_k_plan_run_id, _d.MISSING)
                status = _src.get(_k_status, _d.MISSING)
            plan_id = _src.get(_k_plan_id, UNSET)
            plan_name = _src.get(_k_plan_name, UNSET)
            success = _src.get(_k_success, UNSET)
            start_time = _src.get(_k_start_time, UNSET)
            end_time = _src.get(_k_end_time, UNSET)
            application_id = _src.get(_k_application_id, UNSET)
            environment_id = _src.get(_k_environment_id, UNSET)
            triggering_deployment_event_id = _src.get(_k_triggering_deployment_event_id, UNSET)
            metrics = _src.get(_k_metrics, UNSET)
            test_runs = _src.get(_k_test_runs, UNSET)
        if plan_run_id.__class__ is not str:
            raise _d.fail("PlanRunResult", "plan_run_id", plan_run_id, "string")

        if status.__class__ is not str:
            raise _d.fail("PlanRunResult", "status", status, "string")

        if plan_id.__class__ is not str:
            if plan_id is not UNSET:
                raise _d.fail("PlanRunResult", "plan_id", plan_id, "string")
            _absent += 1

        if plan_name.__class__ is not str:
            if plan_name is not UNSET:
                raise _d.fail("PlanRunResult", "plan_name", plan_name, "string")
            _absent += 1

        if success.__class__ is not bool:
            if success is not UNSET:
                raise _d.fail("PlanRunResult", "success", success, "boolean")
            _absent += 1

        if start_time.__class__ is not int:
            if start_time is not UNSET:
                raise _d.fail("PlanRunResult", "start_time", start_time, "integer")
            _absent += 1

        if end_time.__class__ is not int:
            if end_time is not UNSET:
                raise _d.fail("PlanRunResult", "end_time", end_time, "integer")
            _absent += 1

        if application_id.__class__ is not str:
            if application_id is not UNSET:
                raise _d.fail("PlanRunResult", "application_id", application_id, "string")
            _absent += 1

        if environment_id.__class__ is not str:
            if environment_id is not UNSET:
                raise _d.fail("PlanRunResult", "environment_id", environment_id, "string")
            _absent += 1

        if triggering_deployment_event_id.__class__ is not str:
            if triggering_deployment_event_id is not UNSET:
                raise _d.fail(
                    "PlanRunResult", "triggering_deployment_event_id", triggering_deployment_event_id, "string"
                )
            _absent += 1

        if metrics is UNSET:
            _absent += 1
        else:
            try:
                metrics = _RunMetrics_from_dict(metrics)
            except DecodeError as _error:
                raise _error.within("PlanRunResult", "metrics") from None

        if test_runs is UNSET:
            _absent += 1
        else:
            if test_runs.__class__ is not list:
                raise _d.fail("PlanRunResult", "test_runs", test_runs, "array")
            try:
                test_runs = [*map(_TestRunSummary_from_dict, test_runs)]
            except DecodeError:
                raise _d.item_failure(TestRunSummary, "PlanRunResult", "test_runs", test_runs) from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        plan_run_result = _new(cls)
        plan_run_result.plan_run_id = plan_run_id
        plan_run_result.status = status
        plan_run_result.plan_id = plan_id
        plan_run_result.plan_name = plan_name
        plan_run_result.success = success
        plan_run_result.start_time = start_time
        plan_run_result.end_time = end_time
        plan_run_result.application_id = application_id
        plan_run_result.environment_id = environment_id
        plan_run_result.triggering_deployment_event_id = triggering_deployment_event_id
        plan_run_result.metrics = metrics
        plan_run_result.test_runs = test_runs
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        plan_run_result.additional_properties = {} if len(_src) + _absent == 12 else _d.extra_keys(_src, _KNOWN_KEYS)
        return plan_run_result

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
from ..models.run_metrics import RunMetrics  # noqa: E402
from ..models.test_run_summary import TestRunSummary  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_PlanRunResult_from_dict = PlanRunResult.from_dict
_RunMetrics_from_dict = RunMetrics.from_dict
_TestRunSummary_from_dict = TestRunSummary.from_dict
