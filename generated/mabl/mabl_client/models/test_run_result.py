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

T = TypeVar("T", bound="TestRunResult")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "test_run_id",
        "status",
        "test_id",
        "test_version",
        "test_name",
        "test_type",
        "plan_id",
        "plan_name",
        "plan_run_id",
        "application_id",
        "application_name",
        "environment_id",
        "environment_name",
        "initial_url",
        "scenario_name",
        "browser",
        "browser_version",
        "execution_runner_type",
        "branch",
        "test_run_app_url",
        "is_ad_hoc_run",
        "failure_category",
        "start_time",
        "end_time",
        "run_time",
        "success",
        "trigger_type",
        "triggering_deployment_event_id",
        "emulation_mode",
        "metrics",
        "status_cause",
        "failure_summary",
        "flow_metrics",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_test_run_id,
    _k_status,
    _k_test_id,
    _k_test_version,
    _k_test_name,
    _k_test_type,
    _k_plan_id,
    _k_plan_name,
    _k_plan_run_id,
    _k_application_id,
    _k_application_name,
    _k_environment_id,
    _k_environment_name,
    _k_initial_url,
    _k_scenario_name,
    _k_browser,
    _k_browser_version,
    _k_execution_runner_type,
    _k_branch,
    _k_test_run_app_url,
    _k_is_ad_hoc_run,
    _k_failure_category,
    _k_start_time,
    _k_end_time,
    _k_run_time,
    _k_success,
    _k_trigger_type,
    _k_triggering_deployment_event_id,
    _k_emulation_mode,
    _k_metrics,
    _k_status_cause,
    _k_failure_summary,
    _k_flow_metrics,
) = _d.parsed_keys(
    "test_run_id",
    "status",
    "test_id",
    "test_version",
    "test_name",
    "test_type",
    "plan_id",
    "plan_name",
    "plan_run_id",
    "application_id",
    "application_name",
    "environment_id",
    "environment_name",
    "initial_url",
    "scenario_name",
    "browser",
    "browser_version",
    "execution_runner_type",
    "branch",
    "test_run_app_url",
    "is_ad_hoc_run",
    "failure_category",
    "start_time",
    "end_time",
    "run_time",
    "success",
    "trigger_type",
    "triggering_deployment_event_id",
    "emulation_mode",
    "metrics",
    "status_cause",
    "failure_summary",
    "flow_metrics",
)
_members = _itemgetter(
    _k_test_run_id,
    _k_status,
    _k_test_id,
    _k_test_version,
    _k_test_name,
    _k_test_type,
    _k_plan_id,
    _k_plan_name,
    _k_plan_run_id,
    _k_application_id,
    _k_application_name,
    _k_environment_id,
    _k_environment_name,
    _k_initial_url,
    _k_scenario_name,
    _k_browser,
    _k_browser_version,
    _k_execution_runner_type,
    _k_branch,
    _k_test_run_app_url,
    _k_is_ad_hoc_run,
    _k_failure_category,
    _k_start_time,
    _k_end_time,
    _k_run_time,
    _k_success,
    _k_trigger_type,
    _k_triggering_deployment_event_id,
    _k_emulation_mode,
    _k_metrics,
    _k_status_cause,
    _k_failure_summary,
    _k_flow_metrics,
)


@_attrs_define
class TestRunResult:
    """One test run and its outcome.

    Attributes:
        test_run_id (str): `…-jr`
        status (str):
        test_id (str | Unset):
        test_version (str | Unset):
        test_name (str | Unset):
        test_type (str | Unset):
        plan_id (str | Unset):
        plan_name (str | Unset):
        plan_run_id (str | Unset):
        application_id (str | Unset):
        application_name (str | Unset):
        environment_id (str | Unset):
        environment_name (str | Unset):
        initial_url (str | Unset):
        scenario_name (str | Unset):
        browser (str | Unset):
        browser_version (str | Unset):
        execution_runner_type (str | Unset):
        branch (str | Unset):
        test_run_app_url (str | Unset):
        is_ad_hoc_run (bool | Unset):
        failure_category (str | Unset):
        start_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
        end_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
        run_time (int | Unset): Milliseconds.
        success (bool | Unset):
        trigger_type (str | Unset):
        triggering_deployment_event_id (str | Unset):
        emulation_mode (str | Unset):
        metrics (RunMetrics | Unset): Only with `advanced_metrics=true`.
        status_cause (str | Unset):
        failure_summary (FailureSummary | Unset):
        flow_metrics (list[FlowRunMetrics] | Unset): Only with `advanced_metrics_by_flow=true`.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    test_run_id: str
    status: str
    test_id: str | Unset = UNSET
    test_version: str | Unset = UNSET
    test_name: str | Unset = UNSET
    test_type: str | Unset = UNSET
    plan_id: str | Unset = UNSET
    plan_name: str | Unset = UNSET
    plan_run_id: str | Unset = UNSET
    application_id: str | Unset = UNSET
    application_name: str | Unset = UNSET
    environment_id: str | Unset = UNSET
    environment_name: str | Unset = UNSET
    initial_url: str | Unset = UNSET
    scenario_name: str | Unset = UNSET
    browser: str | Unset = UNSET
    browser_version: str | Unset = UNSET
    execution_runner_type: str | Unset = UNSET
    branch: str | Unset = UNSET
    test_run_app_url: str | Unset = UNSET
    is_ad_hoc_run: bool | Unset = UNSET
    failure_category: str | Unset = UNSET
    start_time: int | Unset = UNSET
    end_time: int | Unset = UNSET
    run_time: int | Unset = UNSET
    success: bool | Unset = UNSET
    trigger_type: str | Unset = UNSET
    triggering_deployment_event_id: str | Unset = UNSET
    emulation_mode: str | Unset = UNSET
    metrics: RunMetrics | Unset = UNSET
    status_cause: str | Unset = UNSET
    failure_summary: FailureSummary | Unset = UNSET
    flow_metrics: list[FlowRunMetrics] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_run_id = self.test_run_id

        status = self.status

        test_id = self.test_id

        test_version = self.test_version

        test_name = self.test_name

        test_type = self.test_type

        plan_id = self.plan_id

        plan_name = self.plan_name

        plan_run_id = self.plan_run_id

        application_id = self.application_id

        application_name = self.application_name

        environment_id = self.environment_id

        environment_name = self.environment_name

        initial_url = self.initial_url

        scenario_name = self.scenario_name

        browser = self.browser

        browser_version = self.browser_version

        execution_runner_type = self.execution_runner_type

        branch = self.branch

        test_run_app_url = self.test_run_app_url

        is_ad_hoc_run = self.is_ad_hoc_run

        failure_category = self.failure_category

        start_time = self.start_time

        end_time = self.end_time

        run_time = self.run_time

        success = self.success

        trigger_type = self.trigger_type

        triggering_deployment_event_id = self.triggering_deployment_event_id

        emulation_mode = self.emulation_mode

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        status_cause = self.status_cause

        failure_summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.failure_summary, Unset):
            failure_summary = self.failure_summary.to_dict()

        flow_metrics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.flow_metrics, Unset):
            flow_metrics = []
            for flow_metrics_item_data in self.flow_metrics:
                flow_metrics_item = flow_metrics_item_data.to_dict()
                flow_metrics.append(flow_metrics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "test_run_id": test_run_id,
                "status": status,
            }
        )
        if test_id is not UNSET:
            field_dict["test_id"] = test_id
        if test_version is not UNSET:
            field_dict["test_version"] = test_version
        if test_name is not UNSET:
            field_dict["test_name"] = test_name
        if test_type is not UNSET:
            field_dict["test_type"] = test_type
        if plan_id is not UNSET:
            field_dict["plan_id"] = plan_id
        if plan_name is not UNSET:
            field_dict["plan_name"] = plan_name
        if plan_run_id is not UNSET:
            field_dict["plan_run_id"] = plan_run_id
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if environment_id is not UNSET:
            field_dict["environment_id"] = environment_id
        if environment_name is not UNSET:
            field_dict["environment_name"] = environment_name
        if initial_url is not UNSET:
            field_dict["initial_url"] = initial_url
        if scenario_name is not UNSET:
            field_dict["scenario_name"] = scenario_name
        if browser is not UNSET:
            field_dict["browser"] = browser
        if browser_version is not UNSET:
            field_dict["browser_version"] = browser_version
        if execution_runner_type is not UNSET:
            field_dict["execution_runner_type"] = execution_runner_type
        if branch is not UNSET:
            field_dict["branch"] = branch
        if test_run_app_url is not UNSET:
            field_dict["test_run_app_url"] = test_run_app_url
        if is_ad_hoc_run is not UNSET:
            field_dict["is_ad_hoc_run"] = is_ad_hoc_run
        if failure_category is not UNSET:
            field_dict["failure_category"] = failure_category
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if run_time is not UNSET:
            field_dict["run_time"] = run_time
        if success is not UNSET:
            field_dict["success"] = success
        if trigger_type is not UNSET:
            field_dict["trigger_type"] = trigger_type
        if triggering_deployment_event_id is not UNSET:
            field_dict["triggering_deployment_event_id"] = triggering_deployment_event_id
        if emulation_mode is not UNSET:
            field_dict["emulation_mode"] = emulation_mode
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if status_cause is not UNSET:
            field_dict["status_cause"] = status_cause
        if failure_summary is not UNSET:
            field_dict["failure_summary"] = failure_summary
        if flow_metrics is not UNSET:
            field_dict["flow_metrics"] = flow_metrics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``TestRunResult`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("TestRunResult", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 33
        if _read:
            try:
                (
                    test_run_id,
                    status,
                    test_id,
                    test_version,
                    test_name,
                    test_type,
                    plan_id,
                    plan_name,
                    plan_run_id,
                    application_id,
                    application_name,
                    environment_id,
                    environment_name,
                    initial_url,
                    scenario_name,
                    browser,
                    browser_version,
                    execution_runner_type,
                    branch,
                    test_run_app_url,
                    is_ad_hoc_run,
                    failure_category,
                    start_time,
                    end_time,
                    run_time,
                    success,
                    trigger_type,
                    triggering_deployment_event_id,
                    emulation_mode,
                    metrics,
                    status_cause,
                    failure_summary,
                    flow_metrics,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                test_run_id = _src[_k_test_run_id]
                status = _src[_k_status]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                test_run_id = _src.get(_k_test_run_id, _d.MISSING)
                status = _src.get(_k_status, _d.MISSING)
            test_id = _src.get(_k_test_id, UNSET)
            test_version = _src.get(_k_test_version, UNSET)
            test_name = _src.get(_k_test_name, UNSET)
            test_type = _src.get(_k_test_type, UNSET)
            plan_id = _src.get(_k_plan_id, UNSET)
            plan_name = _src.get(_k_plan_name, UNSET)
            plan_run_id = _src.get(_k_plan_run_id, UNSET)
            application_id = _src.get(_k_application_id, UNSET)
            application_name = _src.get(_k_application_name, UNSET)
            environment_id = _src.get(_k_environment_id, UNSET)
            environment_name = _src.get(_k_environment_name, UNSET)
            initial_url = _src.get(_k_initial_url, UNSET)
            scenario_name = _src.get(_k_scenario_name, UNSET)
            browser = _src.get(_k_browser, UNSET)
            browser_version = _src.get(_k_browser_version, UNSET)
            execution_runner_type = _src.get(_k_execution_runner_type, UNSET)
            branch = _src.get(_k_branch, UNSET)
            test_run_app_url = _src.get(_k_test_run_app_url, UNSET)
            is_ad_hoc_run = _src.get(_k_is_ad_hoc_run, UNSET)
            failure_category = _src.get(_k_failure_category, UNSET)
            start_time = _src.get(_k_start_time, UNSET)
            end_time = _src.get(_k_end_time, UNSET)
            run_time = _src.get(_k_run_time, UNSET)
            success = _src.get(_k_success, UNSET)
            trigger_type = _src.get(_k_trigger_type, UNSET)
            triggering_deployment_event_id = _src.get(_k_triggering_deployment_event_id, UNSET)
            emulation_mode = _src.get(_k_emulation_mode, UNSET)
            metrics = _src.get(_k_metrics, UNSET)
            status_cause = _src.get(_k_status_cause, UNSET)
            failure_summary = _src.get(_k_failure_summary, UNSET)
            flow_metrics = _src.get(_k_flow_metrics, UNSET)
        if test_run_id.__class__ is not str:
            raise _d.fail("TestRunResult", "test_run_id", test_run_id, "string")

        if status.__class__ is not str:
            raise _d.fail("TestRunResult", "status", status, "string")

        if test_id.__class__ is not str:
            if test_id is not UNSET:
                raise _d.fail("TestRunResult", "test_id", test_id, "string")
            _absent += 1

        if test_version.__class__ is not str:
            if test_version is not UNSET:
                raise _d.fail("TestRunResult", "test_version", test_version, "string")
            _absent += 1

        if test_name.__class__ is not str:
            if test_name is not UNSET:
                raise _d.fail("TestRunResult", "test_name", test_name, "string")
            _absent += 1

        if test_type.__class__ is not str:
            if test_type is not UNSET:
                raise _d.fail("TestRunResult", "test_type", test_type, "string")
            _absent += 1

        if plan_id.__class__ is not str:
            if plan_id is not UNSET:
                raise _d.fail("TestRunResult", "plan_id", plan_id, "string")
            _absent += 1

        if plan_name.__class__ is not str:
            if plan_name is not UNSET:
                raise _d.fail("TestRunResult", "plan_name", plan_name, "string")
            _absent += 1

        if plan_run_id.__class__ is not str:
            if plan_run_id is not UNSET:
                raise _d.fail("TestRunResult", "plan_run_id", plan_run_id, "string")
            _absent += 1

        if application_id.__class__ is not str:
            if application_id is not UNSET:
                raise _d.fail("TestRunResult", "application_id", application_id, "string")
            _absent += 1

        if application_name.__class__ is not str:
            if application_name is not UNSET:
                raise _d.fail("TestRunResult", "application_name", application_name, "string")
            _absent += 1

        if environment_id.__class__ is not str:
            if environment_id is not UNSET:
                raise _d.fail("TestRunResult", "environment_id", environment_id, "string")
            _absent += 1

        if environment_name.__class__ is not str:
            if environment_name is not UNSET:
                raise _d.fail("TestRunResult", "environment_name", environment_name, "string")
            _absent += 1

        if initial_url.__class__ is not str:
            if initial_url is not UNSET:
                raise _d.fail("TestRunResult", "initial_url", initial_url, "string")
            _absent += 1

        if scenario_name.__class__ is not str:
            if scenario_name is not UNSET:
                raise _d.fail("TestRunResult", "scenario_name", scenario_name, "string")
            _absent += 1

        if browser.__class__ is not str:
            if browser is not UNSET:
                raise _d.fail("TestRunResult", "browser", browser, "string")
            _absent += 1

        if browser_version.__class__ is not str:
            if browser_version is not UNSET:
                raise _d.fail("TestRunResult", "browser_version", browser_version, "string")
            _absent += 1

        if execution_runner_type.__class__ is not str:
            if execution_runner_type is not UNSET:
                raise _d.fail("TestRunResult", "execution_runner_type", execution_runner_type, "string")
            _absent += 1

        if branch.__class__ is not str:
            if branch is not UNSET:
                raise _d.fail("TestRunResult", "branch", branch, "string")
            _absent += 1

        if test_run_app_url.__class__ is not str:
            if test_run_app_url is not UNSET:
                raise _d.fail("TestRunResult", "test_run_app_url", test_run_app_url, "string")
            _absent += 1

        if is_ad_hoc_run.__class__ is not bool:
            if is_ad_hoc_run is not UNSET:
                raise _d.fail("TestRunResult", "is_ad_hoc_run", is_ad_hoc_run, "boolean")
            _absent += 1

        if failure_category.__class__ is not str:
            if failure_category is not UNSET:
                raise _d.fail("TestRunResult", "failure_category", failure_category, "string")
            _absent += 1

        if start_time.__class__ is not int:
            if start_time is not UNSET:
                raise _d.fail("TestRunResult", "start_time", start_time, "integer")
            _absent += 1

        if end_time.__class__ is not int:
            if end_time is not UNSET:
                raise _d.fail("TestRunResult", "end_time", end_time, "integer")
            _absent += 1

        if run_time.__class__ is not int:
            if run_time is not UNSET:
                raise _d.fail("TestRunResult", "run_time", run_time, "integer")
            _absent += 1

        if success.__class__ is not bool:
            if success is not UNSET:
                raise _d.fail("TestRunResult", "success", success, "boolean")
            _absent += 1

        if trigger_type.__class__ is not str:
            if trigger_type is not UNSET:
                raise _d.fail("TestRunResult", "trigger_type", trigger_type, "string")
            _absent += 1

        if triggering_deployment_event_id.__class__ is not str:
            if triggering_deployment_event_id is not UNSET:
                raise _d.fail(
                    "TestRunResult", "triggering_deployment_event_id", triggering_deployment_event_id, "string"
                )
            _absent += 1

        if emulation_mode.__class__ is not str:
            if emulation_mode is not UNSET:
                raise _d.fail("TestRunResult", "emulation_mode", emulation_mode, "string")
            _absent += 1

        if metrics is UNSET:
            _absent += 1
        else:
            try:
                metrics = _RunMetrics_from_dict(metrics)
            except DecodeError as _error:
                raise _error.within("TestRunResult", "metrics") from None

        if status_cause.__class__ is not str:
            if status_cause is not UNSET:
                raise _d.fail("TestRunResult", "status_cause", status_cause, "string")
            _absent += 1

        if failure_summary is UNSET:
            _absent += 1
        else:
            try:
                failure_summary = _FailureSummary_from_dict(failure_summary)
            except DecodeError as _error:
                raise _error.within("TestRunResult", "failure_summary") from None

        if flow_metrics is UNSET:
            _absent += 1
        else:
            if flow_metrics.__class__ is not list:
                raise _d.fail("TestRunResult", "flow_metrics", flow_metrics, "array")
            try:
                flow_metrics = [*map(_FlowRunMetrics_from_dict, flow_metrics)]
            except DecodeError:
                raise _d.item_failure(FlowRunMetrics, "TestRunResult", "flow_metrics", flow_metrics) from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        test_run_result = _new(cls)
        test_run_result.test_run_id = test_run_id
        test_run_result.status = status
        test_run_result.test_id = test_id
        test_run_result.test_version = test_version
        test_run_result.test_name = test_name
        test_run_result.test_type = test_type
        test_run_result.plan_id = plan_id
        test_run_result.plan_name = plan_name
        test_run_result.plan_run_id = plan_run_id
        test_run_result.application_id = application_id
        test_run_result.application_name = application_name
        test_run_result.environment_id = environment_id
        test_run_result.environment_name = environment_name
        test_run_result.initial_url = initial_url
        test_run_result.scenario_name = scenario_name
        test_run_result.browser = browser
        test_run_result.browser_version = browser_version
        test_run_result.execution_runner_type = execution_runner_type
        test_run_result.branch = branch
        test_run_result.test_run_app_url = test_run_app_url
        test_run_result.is_ad_hoc_run = is_ad_hoc_run
        test_run_result.failure_category = failure_category
        test_run_result.start_time = start_time
        test_run_result.end_time = end_time
        test_run_result.run_time = run_time
        test_run_result.success = success
        test_run_result.trigger_type = trigger_type
        test_run_result.triggering_deployment_event_id = triggering_deployment_event_id
        test_run_result.emulation_mode = emulation_mode
        test_run_result.metrics = metrics
        test_run_result.status_cause = status_cause
        test_run_result.failure_summary = failure_summary
        test_run_result.flow_metrics = flow_metrics
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        test_run_result.additional_properties = {} if len(_src) + _absent == 33 else _d.extra_keys(_src, _KNOWN_KEYS)
        return test_run_result

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
from ..models.failure_summary import FailureSummary  # noqa: E402
from ..models.flow_run_metrics import FlowRunMetrics  # noqa: E402
from ..models.run_metrics import RunMetrics  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_TestRunResult_from_dict = TestRunResult.from_dict
_FailureSummary_from_dict = FailureSummary.from_dict
_FlowRunMetrics_from_dict = FlowRunMetrics.from_dict
_RunMetrics_from_dict = RunMetrics.from_dict
