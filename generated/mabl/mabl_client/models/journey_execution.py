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

T = TypeVar("T", bound="JourneyExecution")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "journey_id",
        "journey_execution_id",
        "status",
        "application_id",
        "environment_id",
        "initial_url",
        "run_multiplier_index",
        "browser_type",
        "status_cause",
        "success",
        "href",
        "app_href",
        "start_time",
        "stop_time",
        "test_cases",
        "failure_summary",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_journey_id,
    _k_journey_execution_id,
    _k_status,
    _k_application_id,
    _k_environment_id,
    _k_initial_url,
    _k_run_multiplier_index,
    _k_browser_type,
    _k_status_cause,
    _k_success,
    _k_href,
    _k_app_href,
    _k_start_time,
    _k_stop_time,
    _k_test_cases,
    _k_failure_summary,
) = _d.parsed_keys(
    "journey_id",
    "journey_execution_id",
    "status",
    "application_id",
    "environment_id",
    "initial_url",
    "run_multiplier_index",
    "browser_type",
    "status_cause",
    "success",
    "href",
    "app_href",
    "start_time",
    "stop_time",
    "test_cases",
    "failure_summary",
)
_members = _itemgetter(
    _k_journey_id,
    _k_journey_execution_id,
    _k_status,
    _k_application_id,
    _k_environment_id,
    _k_initial_url,
    _k_run_multiplier_index,
    _k_browser_type,
    _k_status_cause,
    _k_success,
    _k_href,
    _k_app_href,
    _k_start_time,
    _k_stop_time,
    _k_test_cases,
    _k_failure_summary,
)


@_attrs_define
class JourneyExecution:
    """One test run of a plan run.

    Attributes:
        journey_id (str):
        journey_execution_id (str): `…-jr`
        status (str): Seen: running, completed (passed), failed, skipped, terminated.
        application_id (str | Unset):
        environment_id (str | Unset):
        initial_url (str | Unset):
        run_multiplier_index (int | Unset):
        browser_type (str | Unset):
        status_cause (str | Unset):
        success (bool | Unset):
        href (str | Unset):
        app_href (str | Unset):
        start_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
        stop_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
        test_cases (list[TestCaseRef] | Unset):
        failure_summary (FailureSummary | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    journey_id: str
    journey_execution_id: str
    status: str
    application_id: str | Unset = UNSET
    environment_id: str | Unset = UNSET
    initial_url: str | Unset = UNSET
    run_multiplier_index: int | Unset = UNSET
    browser_type: str | Unset = UNSET
    status_cause: str | Unset = UNSET
    success: bool | Unset = UNSET
    href: str | Unset = UNSET
    app_href: str | Unset = UNSET
    start_time: int | Unset = UNSET
    stop_time: int | Unset = UNSET
    test_cases: list[TestCaseRef] | Unset = UNSET
    failure_summary: FailureSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        journey_id = self.journey_id

        journey_execution_id = self.journey_execution_id

        status = self.status

        application_id = self.application_id

        environment_id = self.environment_id

        initial_url = self.initial_url

        run_multiplier_index = self.run_multiplier_index

        browser_type = self.browser_type

        status_cause = self.status_cause

        success = self.success

        href = self.href

        app_href = self.app_href

        start_time = self.start_time

        stop_time = self.stop_time

        test_cases: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.test_cases, Unset):
            test_cases = []
            for test_cases_item_data in self.test_cases:
                test_cases_item = test_cases_item_data.to_dict()
                test_cases.append(test_cases_item)

        failure_summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.failure_summary, Unset):
            failure_summary = self.failure_summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "journey_id": journey_id,
                "journey_execution_id": journey_execution_id,
                "status": status,
            }
        )
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if environment_id is not UNSET:
            field_dict["environment_id"] = environment_id
        if initial_url is not UNSET:
            field_dict["initial_url"] = initial_url
        if run_multiplier_index is not UNSET:
            field_dict["run_multiplier_index"] = run_multiplier_index
        if browser_type is not UNSET:
            field_dict["browser_type"] = browser_type
        if status_cause is not UNSET:
            field_dict["status_cause"] = status_cause
        if success is not UNSET:
            field_dict["success"] = success
        if href is not UNSET:
            field_dict["href"] = href
        if app_href is not UNSET:
            field_dict["app_href"] = app_href
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if stop_time is not UNSET:
            field_dict["stop_time"] = stop_time
        if test_cases is not UNSET:
            field_dict["test_cases"] = test_cases
        if failure_summary is not UNSET:
            field_dict["failure_summary"] = failure_summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``JourneyExecution`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("JourneyExecution", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 16
        if _read:
            try:
                (
                    journey_id,
                    journey_execution_id,
                    status,
                    application_id,
                    environment_id,
                    initial_url,
                    run_multiplier_index,
                    browser_type,
                    status_cause,
                    success,
                    href,
                    app_href,
                    start_time,
                    stop_time,
                    test_cases,
                    failure_summary,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                journey_id = _src[_k_journey_id]
                journey_execution_id = _src[_k_journey_execution_id]
                status = _src[_k_status]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                journey_id = _src.get(_k_journey_id, _d.MISSING)
                journey_execution_id = _src.get(_k_journey_execution_id, _d.MISSING)
                status = _src.get(_k_status, _d.MISSING)
            application_id = _src.get(_k_application_id, UNSET)
            environment_id = _src.get(_k_environment_id, UNSET)
            initial_url = _src.get(_k_initial_url, UNSET)
            run_multiplier_index = _src.get(_k_run_multiplier_index, UNSET)
            browser_type = _src.get(_k_browser_type, UNSET)
            status_cause = _src.get(_k_status_cause, UNSET)
            success = _src.get(_k_success, UNSET)
            href = _src.get(_k_href, UNSET)
            app_href = _src.get(_k_app_href, UNSET)
            start_time = _src.get(_k_start_time, UNSET)
            stop_time = _src.get(_k_stop_time, UNSET)
            test_cases = _src.get(_k_test_cases, UNSET)
            failure_summary = _src.get(_k_failure_summary, UNSET)
        if journey_id.__class__ is not str:
            raise _d.fail("JourneyExecution", "journey_id", journey_id, "string")

        if journey_execution_id.__class__ is not str:
            raise _d.fail("JourneyExecution", "journey_execution_id", journey_execution_id, "string")

        if status.__class__ is not str:
            raise _d.fail("JourneyExecution", "status", status, "string")

        if application_id.__class__ is not str:
            if application_id is not UNSET:
                raise _d.fail("JourneyExecution", "application_id", application_id, "string")
            _absent += 1

        if environment_id.__class__ is not str:
            if environment_id is not UNSET:
                raise _d.fail("JourneyExecution", "environment_id", environment_id, "string")
            _absent += 1

        if initial_url.__class__ is not str:
            if initial_url is not UNSET:
                raise _d.fail("JourneyExecution", "initial_url", initial_url, "string")
            _absent += 1

        if run_multiplier_index.__class__ is not int:
            if run_multiplier_index is not UNSET:
                raise _d.fail("JourneyExecution", "run_multiplier_index", run_multiplier_index, "integer")
            _absent += 1

        if browser_type.__class__ is not str:
            if browser_type is not UNSET:
                raise _d.fail("JourneyExecution", "browser_type", browser_type, "string")
            _absent += 1

        if status_cause.__class__ is not str:
            if status_cause is not UNSET:
                raise _d.fail("JourneyExecution", "status_cause", status_cause, "string")
            _absent += 1

        if success.__class__ is not bool:
            if success is not UNSET:
                raise _d.fail("JourneyExecution", "success", success, "boolean")
            _absent += 1

        if href.__class__ is not str:
            if href is not UNSET:
                raise _d.fail("JourneyExecution", "href", href, "string")
            _absent += 1

        if app_href.__class__ is not str:
            if app_href is not UNSET:
                raise _d.fail("JourneyExecution", "app_href", app_href, "string")
            _absent += 1

        if start_time.__class__ is not int:
            if start_time is not UNSET:
                raise _d.fail("JourneyExecution", "start_time", start_time, "integer")
            _absent += 1

        if stop_time.__class__ is not int:
            if stop_time is not UNSET:
                raise _d.fail("JourneyExecution", "stop_time", stop_time, "integer")
            _absent += 1

        if test_cases is UNSET:
            _absent += 1
        else:
            if test_cases.__class__ is not list:
                raise _d.fail("JourneyExecution", "test_cases", test_cases, "array")
            try:
                test_cases = [*map(_TestCaseRef_from_dict, test_cases)]
            except DecodeError:
                raise _d.item_failure(TestCaseRef, "JourneyExecution", "test_cases", test_cases) from None

        if failure_summary is UNSET:
            _absent += 1
        else:
            try:
                failure_summary = _FailureSummary_from_dict(failure_summary)
            except DecodeError as _error:
                raise _error.within("JourneyExecution", "failure_summary") from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        journey_execution = _new(cls)
        journey_execution.journey_id = journey_id
        journey_execution.journey_execution_id = journey_execution_id
        journey_execution.status = status
        journey_execution.application_id = application_id
        journey_execution.environment_id = environment_id
        journey_execution.initial_url = initial_url
        journey_execution.run_multiplier_index = run_multiplier_index
        journey_execution.browser_type = browser_type
        journey_execution.status_cause = status_cause
        journey_execution.success = success
        journey_execution.href = href
        journey_execution.app_href = app_href
        journey_execution.start_time = start_time
        journey_execution.stop_time = stop_time
        journey_execution.test_cases = test_cases
        journey_execution.failure_summary = failure_summary
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        journey_execution.additional_properties = {} if len(_src) + _absent == 16 else _d.extra_keys(_src, _KNOWN_KEYS)
        return journey_execution

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
from ..models.test_case_ref import TestCaseRef  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_JourneyExecution_from_dict = JourneyExecution.from_dict
_FailureSummary_from_dict = FailureSummary.from_dict
_TestCaseRef_from_dict = TestCaseRef.from_dict
