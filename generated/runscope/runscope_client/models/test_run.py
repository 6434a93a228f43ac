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
from ..models.run_result import RunResult
from ..types import UNSET, Unset

T = TypeVar("T", bound="TestRun")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "test_run_id",
        "result",
        "test_id",
        "bucket_key",
        "started_at",
        "finished_at",
        "agent",
        "region",
        "environment_id",
        "environment_name",
        "test_run_url",
        "parent_test_uuid",
        "run_by",
        "source",
        "requests_executed",
        "assertions_defined",
        "assertions_passed",
        "assertions_failed",
        "variables_defined",
        "variables_passed",
        "variables_failed",
        "scripts_defined",
        "scripts_passed",
        "scripts_failed",
        "subtests_count",
        "subtests_passed",
        "subtests_failed",
        "subtests_others",
        "agent_expired",
        "subtest_detail",
        "requests",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_test_run_id,
    _k_result,
    _k_test_id,
    _k_bucket_key,
    _k_started_at,
    _k_finished_at,
    _k_agent,
    _k_region,
    _k_environment_id,
    _k_environment_name,
    _k_test_run_url,
    _k_parent_test_uuid,
    _k_run_by,
    _k_source,
    _k_requests_executed,
    _k_assertions_defined,
    _k_assertions_passed,
    _k_assertions_failed,
    _k_variables_defined,
    _k_variables_passed,
    _k_variables_failed,
    _k_scripts_defined,
    _k_scripts_passed,
    _k_scripts_failed,
    _k_subtests_count,
    _k_subtests_passed,
    _k_subtests_failed,
    _k_subtests_others,
    _k_agent_expired,
    _k_subtest_detail,
    _k_requests,
) = _d.parsed_keys(
    "test_run_id",
    "result",
    "test_id",
    "bucket_key",
    "started_at",
    "finished_at",
    "agent",
    "region",
    "environment_id",
    "environment_name",
    "test_run_url",
    "parent_test_uuid",
    "run_by",
    "source",
    "requests_executed",
    "assertions_defined",
    "assertions_passed",
    "assertions_failed",
    "variables_defined",
    "variables_passed",
    "variables_failed",
    "scripts_defined",
    "scripts_passed",
    "scripts_failed",
    "subtests_count",
    "subtests_passed",
    "subtests_failed",
    "subtests_others",
    "agent_expired",
    "subtest_detail",
    "requests",
)
_members = _itemgetter(
    _k_test_run_id,
    _k_result,
    _k_test_id,
    _k_bucket_key,
    _k_started_at,
    _k_finished_at,
    _k_agent,
    _k_region,
    _k_environment_id,
    _k_environment_name,
    _k_test_run_url,
    _k_parent_test_uuid,
    _k_run_by,
    _k_source,
    _k_requests_executed,
    _k_assertions_defined,
    _k_assertions_passed,
    _k_assertions_failed,
    _k_variables_defined,
    _k_variables_passed,
    _k_variables_failed,
    _k_scripts_defined,
    _k_scripts_passed,
    _k_scripts_failed,
    _k_subtests_count,
    _k_subtests_passed,
    _k_subtests_failed,
    _k_subtests_others,
    _k_agent_expired,
    _k_subtest_detail,
    _k_requests,
)


@_attrs_define
class TestRun:
    """A test run; the detail adds `requests`, one per step.

    Attributes:
        test_run_id (str):
        result (RunResult | str):
        test_id (str | Unset):
        bucket_key (str | Unset):
        started_at (float | None | Unset):
        finished_at (float | None | Unset):
        agent (None | str | Unset): The agent that ran it; null for a service region.
        region (None | str | Unset): The region that ran it; null for an agent.
        environment_id (None | str | Unset):
        environment_name (None | str | Unset):
        test_run_url (None | str | Unset):
        parent_test_uuid (None | str | Unset):
        run_by (None | str | Unset):
        source (None | str | Unset): e.g. scheduled or trigger.
        requests_executed (int | None | Unset):
        assertions_defined (int | None | Unset):
        assertions_passed (int | None | Unset):
        assertions_failed (int | None | Unset):
        variables_defined (int | None | Unset):
        variables_passed (int | None | Unset):
        variables_failed (int | None | Unset):
        scripts_defined (int | None | Unset):
        scripts_passed (int | None | Unset):
        scripts_failed (int | None | Unset):
        subtests_count (int | None | Unset):
        subtests_passed (int | None | Unset):
        subtests_failed (int | None | Unset):
        subtests_others (int | None | Unset):
        agent_expired (bool | None | Unset):
        subtest_detail (None | SubtestDetail | Unset):
        requests (list[RequestResult] | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    test_run_id: str
    result: RunResult | str
    test_id: str | Unset = UNSET
    bucket_key: str | Unset = UNSET
    started_at: float | None | Unset = UNSET
    finished_at: float | None | Unset = UNSET
    agent: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    environment_id: None | str | Unset = UNSET
    environment_name: None | str | Unset = UNSET
    test_run_url: None | str | Unset = UNSET
    parent_test_uuid: None | str | Unset = UNSET
    run_by: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    requests_executed: int | None | Unset = UNSET
    assertions_defined: int | None | Unset = UNSET
    assertions_passed: int | None | Unset = UNSET
    assertions_failed: int | None | Unset = UNSET
    variables_defined: int | None | Unset = UNSET
    variables_passed: int | None | Unset = UNSET
    variables_failed: int | None | Unset = UNSET
    scripts_defined: int | None | Unset = UNSET
    scripts_passed: int | None | Unset = UNSET
    scripts_failed: int | None | Unset = UNSET
    subtests_count: int | None | Unset = UNSET
    subtests_passed: int | None | Unset = UNSET
    subtests_failed: int | None | Unset = UNSET
    subtests_others: int | None | Unset = UNSET
    agent_expired: bool | None | Unset = UNSET
    subtest_detail: None | SubtestDetail | Unset = UNSET
    requests: list[RequestResult] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.subtest_detail import SubtestDetail  # noqa: PLC0415

        test_run_id = self.test_run_id

        result: str
        if isinstance(self.result, RunResult):
            result = self.result.value
        else:
            result = self.result

        test_id = self.test_id

        bucket_key = self.bucket_key

        started_at: float | None | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        else:
            started_at = self.started_at

        finished_at: float | None | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        else:
            finished_at = self.finished_at

        agent: None | str | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        else:
            agent = self.agent

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        environment_id: None | str | Unset
        if isinstance(self.environment_id, Unset):
            environment_id = UNSET
        else:
            environment_id = self.environment_id

        environment_name: None | str | Unset
        if isinstance(self.environment_name, Unset):
            environment_name = UNSET
        else:
            environment_name = self.environment_name

        test_run_url: None | str | Unset
        if isinstance(self.test_run_url, Unset):
            test_run_url = UNSET
        else:
            test_run_url = self.test_run_url

        parent_test_uuid: None | str | Unset
        if isinstance(self.parent_test_uuid, Unset):
            parent_test_uuid = UNSET
        else:
            parent_test_uuid = self.parent_test_uuid

        run_by: None | str | Unset
        if isinstance(self.run_by, Unset):
            run_by = UNSET
        else:
            run_by = self.run_by

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        requests_executed: int | None | Unset
        if isinstance(self.requests_executed, Unset):
            requests_executed = UNSET
        else:
            requests_executed = self.requests_executed

        assertions_defined: int | None | Unset
        if isinstance(self.assertions_defined, Unset):
            assertions_defined = UNSET
        else:
            assertions_defined = self.assertions_defined

        assertions_passed: int | None | Unset
        if isinstance(self.assertions_passed, Unset):
            assertions_passed = UNSET
        else:
            assertions_passed = self.assertions_passed

        assertions_failed: int | None | Unset
        if isinstance(self.assertions_failed, Unset):
            assertions_failed = UNSET
        else:
            assertions_failed = self.assertions_failed

        variables_defined: int | None | Unset
        if isinstance(self.variables_defined, Unset):
            variables_defined = UNSET
        else:
            variables_defined = self.variables_defined

        variables_passed: int | None | Unset
        if isinstance(self.variables_passed, Unset):
            variables_passed = UNSET
        else:
            variables_passed = self.variables_passed

        variables_failed: int | None | Unset
        if isinstance(self.variables_failed, Unset):
            variables_failed = UNSET
        else:
            variables_failed = self.variables_failed

        scripts_defined: int | None | Unset
        if isinstance(self.scripts_defined, Unset):
            scripts_defined = UNSET
        else:
            scripts_defined = self.scripts_defined

        scripts_passed: int | None | Unset
        if isinstance(self.scripts_passed, Unset):
            scripts_passed = UNSET
        else:
            scripts_passed = self.scripts_passed

        scripts_failed: int | None | Unset
        if isinstance(self.scripts_failed, Unset):
            scripts_failed = UNSET
        else:
            scripts_failed = self.scripts_failed

        subtests_count: int | None | Unset
        if isinstance(self.subtests_count, Unset):
            subtests_count = UNSET
        else:
            subtests_count = self.subtests_count

        subtests_passed: int | None | Unset
        if isinstance(self.subtests_passed, Unset):
            subtests_passed = UNSET
        else:
            subtests_passed = self.subtests_passed

        subtests_failed: int | None | Unset
        if isinstance(self.subtests_failed, Unset):
            subtests_failed = UNSET
        else:
            subtests_failed = self.subtests_failed

        subtests_others: int | None | Unset
        if isinstance(self.subtests_others, Unset):
            subtests_others = UNSET
        else:
            subtests_others = self.subtests_others

        agent_expired: bool | None | Unset
        if isinstance(self.agent_expired, Unset):
            agent_expired = UNSET
        else:
            agent_expired = self.agent_expired

        subtest_detail: dict[str, Any] | None | Unset
        if isinstance(self.subtest_detail, Unset):
            subtest_detail = UNSET
        elif isinstance(self.subtest_detail, SubtestDetail):
            subtest_detail = self.subtest_detail.to_dict()
        else:
            subtest_detail = self.subtest_detail

        requests: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.requests, Unset):
            requests = []
            for requests_item_data in self.requests:
                requests_item = requests_item_data.to_dict()
                requests.append(requests_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "test_run_id": test_run_id,
                "result": result,
            }
        )
        if test_id is not UNSET:
            field_dict["test_id"] = test_id
        if bucket_key is not UNSET:
            field_dict["bucket_key"] = bucket_key
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if agent is not UNSET:
            field_dict["agent"] = agent
        if region is not UNSET:
            field_dict["region"] = region
        if environment_id is not UNSET:
            field_dict["environment_id"] = environment_id
        if environment_name is not UNSET:
            field_dict["environment_name"] = environment_name
        if test_run_url is not UNSET:
            field_dict["test_run_url"] = test_run_url
        if parent_test_uuid is not UNSET:
            field_dict["parent_test_uuid"] = parent_test_uuid
        if run_by is not UNSET:
            field_dict["run_by"] = run_by
        if source is not UNSET:
            field_dict["source"] = source
        if requests_executed is not UNSET:
            field_dict["requests_executed"] = requests_executed
        if assertions_defined is not UNSET:
            field_dict["assertions_defined"] = assertions_defined
        if assertions_passed is not UNSET:
            field_dict["assertions_passed"] = assertions_passed
        if assertions_failed is not UNSET:
            field_dict["assertions_failed"] = assertions_failed
        if variables_defined is not UNSET:
            field_dict["variables_defined"] = variables_defined
        if variables_passed is not UNSET:
            field_dict["variables_passed"] = variables_passed
        if variables_failed is not UNSET:
            field_dict["variables_failed"] = variables_failed
        if scripts_defined is not UNSET:
            field_dict["scripts_defined"] = scripts_defined
        if scripts_passed is not UNSET:
            field_dict["scripts_passed"] = scripts_passed
        if scripts_failed is not UNSET:
            field_dict["scripts_failed"] = scripts_failed
        if subtests_count is not UNSET:
            field_dict["subtests_count"] = subtests_count
        if subtests_passed is not UNSET:
            field_dict["subtests_passed"] = subtests_passed
        if subtests_failed is not UNSET:
            field_dict["subtests_failed"] = subtests_failed
        if subtests_others is not UNSET:
            field_dict["subtests_others"] = subtests_others
        if agent_expired is not UNSET:
            field_dict["agent_expired"] = agent_expired
        if subtest_detail is not UNSET:
            field_dict["subtest_detail"] = subtest_detail
        if requests is not UNSET:
            field_dict["requests"] = requests

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``TestRun`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("TestRun", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 31
        if _read:
            try:
                (
                    test_run_id,
                    result,
                    test_id,
                    bucket_key,
                    started_at,
                    finished_at,
                    agent,
                    region,
                    environment_id,
                    environment_name,
                    test_run_url,
                    parent_test_uuid,
                    run_by,
                    source,
                    requests_executed,
                    assertions_defined,
                    assertions_passed,
                    assertions_failed,
                    variables_defined,
                    variables_passed,
                    variables_failed,
                    scripts_defined,
                    scripts_passed,
                    scripts_failed,
                    subtests_count,
                    subtests_passed,
                    subtests_failed,
                    subtests_others,
                    agent_expired,
                    subtest_detail,
                    requests,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                test_run_id = _src[_k_test_run_id]
                result = _src[_k_result]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                test_run_id = _src.get(_k_test_run_id, _d.MISSING)
                result = _src.get(_k_result, _d.MISSING)
            test_id = _src.get(_k_test_id, UNSET)
            bucket_key = _src.get(_k_bucket_key, UNSET)
            started_at = _src.get(_k_started_at, UNSET)
            finished_at = _src.get(_k_finished_at, UNSET)
            agent = _src.get(_k_agent, UNSET)
            region = _src.get(_k_region, UNSET)
            environment_id = _src.get(_k_environment_id, UNSET)
            environment_name = _src.get(_k_environment_name, UNSET)
            test_run_url = _src.get(_k_test_run_url, UNSET)
            parent_test_uuid = _src.get(_k_parent_test_uuid, UNSET)
            run_by = _src.get(_k_run_by, UNSET)
            source = _src.get(_k_source, UNSET)
            requests_executed = _src.get(_k_requests_executed, UNSET)
            assertions_defined = _src.get(_k_assertions_defined, UNSET)
            assertions_passed = _src.get(_k_assertions_passed, UNSET)
            assertions_failed = _src.get(_k_assertions_failed, UNSET)
            variables_defined = _src.get(_k_variables_defined, UNSET)
            variables_passed = _src.get(_k_variables_passed, UNSET)
            variables_failed = _src.get(_k_variables_failed, UNSET)
            scripts_defined = _src.get(_k_scripts_defined, UNSET)
            scripts_passed = _src.get(_k_scripts_passed, UNSET)
            scripts_failed = _src.get(_k_scripts_failed, UNSET)
            subtests_count = _src.get(_k_subtests_count, UNSET)
            subtests_passed = _src.get(_k_subtests_passed, UNSET)
            subtests_failed = _src.get(_k_subtests_failed, UNSET)
            subtests_others = _src.get(_k_subtests_others, UNSET)
            agent_expired = _src.get(_k_agent_expired, UNSET)
            subtest_detail = _src.get(_k_subtest_detail, UNSET)
            requests = _src.get(_k_requests, UNSET)
        if test_run_id.__class__ is not str:
            raise _d.fail("TestRun", "test_run_id", test_run_id, "string")

        def _union_result(model: str, field: str, value: Any) -> Any:
            _refusals: list[tuple[int, DecodeError]] = []
            try:
                candidate = value
                _member = _d.ENUM_MEMBERS[RunResult].get(candidate) if candidate.__class__ is str else None
                if _member is None:
                    raise _d.enum_failure(RunResult, model, field, candidate)
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
            raise _d.union_failure(_refusals, model, field, value, "RunResult | str")

        result = _union_result("TestRun", "result", result)

        if test_id.__class__ is not str:
            if test_id is not UNSET:
                raise _d.fail("TestRun", "test_id", test_id, "string")
            _absent += 1

        if bucket_key.__class__ is not str:
            if bucket_key is not UNSET:
                raise _d.fail("TestRun", "bucket_key", bucket_key, "string")
            _absent += 1

        if started_at is UNSET:
            _absent += 1
        else:
            if started_at is not None:
                started_at = _d.as_float("TestRun", "started_at", started_at)

        if finished_at is UNSET:
            _absent += 1
        else:
            if finished_at is not None:
                finished_at = _d.as_float("TestRun", "finished_at", finished_at)

        if agent.__class__ is not str and agent is not None:
            if agent is not UNSET:
                raise _d.fail("TestRun", "agent", agent, "string")
            _absent += 1

        if region.__class__ is not str and region is not None:
            if region is not UNSET:
                raise _d.fail("TestRun", "region", region, "string")
            _absent += 1

        if environment_id.__class__ is not str and environment_id is not None:
            if environment_id is not UNSET:
                raise _d.fail("TestRun", "environment_id", environment_id, "string")
            _absent += 1

        if environment_name.__class__ is not str and environment_name is not None:
            if environment_name is not UNSET:
                raise _d.fail("TestRun", "environment_name", environment_name, "string")
            _absent += 1

        if test_run_url.__class__ is not str and test_run_url is not None:
            if test_run_url is not UNSET:
                raise _d.fail("TestRun", "test_run_url", test_run_url, "string")
            _absent += 1

        if parent_test_uuid.__class__ is not str and parent_test_uuid is not None:
            if parent_test_uuid is not UNSET:
                raise _d.fail("TestRun", "parent_test_uuid", parent_test_uuid, "string")
            _absent += 1

        if run_by.__class__ is not str and run_by is not None:
            if run_by is not UNSET:
                raise _d.fail("TestRun", "run_by", run_by, "string")
            _absent += 1

        if source.__class__ is not str and source is not None:
            if source is not UNSET:
                raise _d.fail("TestRun", "source", source, "string")
            _absent += 1

        if requests_executed.__class__ is not int and requests_executed is not None:
            if requests_executed is not UNSET:
                raise _d.fail("TestRun", "requests_executed", requests_executed, "integer")
            _absent += 1

        if assertions_defined.__class__ is not int and assertions_defined is not None:
            if assertions_defined is not UNSET:
                raise _d.fail("TestRun", "assertions_defined", assertions_defined, "integer")
            _absent += 1

        if assertions_passed.__class__ is not int and assertions_passed is not None:
            if assertions_passed is not UNSET:
                raise _d.fail("TestRun", "assertions_passed", assertions_passed, "integer")
            _absent += 1

        if assertions_failed.__class__ is not int and assertions_failed is not None:
            if assertions_failed is not UNSET:
                raise _d.fail("TestRun", "assertions_failed", assertions_failed, "integer")
            _absent += 1

        if variables_defined.__class__ is not int and variables_defined is not None:
            if variables_defined is not UNSET:
                raise _d.fail("TestRun", "variables_defined", variables_defined, "integer")
            _absent += 1

        if variables_passed.__class__ is not int and variables_passed is not None:
            if variables_passed is not UNSET:
                raise _d.fail("TestRun", "variables_passed", variables_passed, "integer")
            _absent += 1

        if variables_failed.__class__ is not int and variables_failed is not None:
            if variables_failed is not UNSET:
                raise _d.fail("TestRun", "variables_failed", variables_failed, "integer")
            _absent += 1

        if scripts_defined.__class__ is not int and scripts_defined is not None:
            if scripts_defined is not UNSET:
                raise _d.fail("TestRun", "scripts_defined", scripts_defined, "integer")
            _absent += 1

        if scripts_passed.__class__ is not int and scripts_passed is not None:
            if scripts_passed is not UNSET:
                raise _d.fail("TestRun", "scripts_passed", scripts_passed, "integer")
            _absent += 1

        if scripts_failed.__class__ is not int and scripts_failed is not None:
            if scripts_failed is not UNSET:
                raise _d.fail("TestRun", "scripts_failed", scripts_failed, "integer")
            _absent += 1

        if subtests_count.__class__ is not int and subtests_count is not None:
            if subtests_count is not UNSET:
                raise _d.fail("TestRun", "subtests_count", subtests_count, "integer")
            _absent += 1

        if subtests_passed.__class__ is not int and subtests_passed is not None:
            if subtests_passed is not UNSET:
                raise _d.fail("TestRun", "subtests_passed", subtests_passed, "integer")
            _absent += 1

        if subtests_failed.__class__ is not int and subtests_failed is not None:
            if subtests_failed is not UNSET:
                raise _d.fail("TestRun", "subtests_failed", subtests_failed, "integer")
            _absent += 1

        if subtests_others.__class__ is not int and subtests_others is not None:
            if subtests_others is not UNSET:
                raise _d.fail("TestRun", "subtests_others", subtests_others, "integer")
            _absent += 1

        if agent_expired.__class__ is not bool and agent_expired is not None:
            if agent_expired is not UNSET:
                raise _d.fail("TestRun", "agent_expired", agent_expired, "boolean")
            _absent += 1

        if subtest_detail is UNSET:
            _absent += 1
        else:
            if subtest_detail is not None:
                try:
                    subtest_detail = _SubtestDetail_from_dict(subtest_detail)
                except DecodeError as _error:
                    raise _d.union_failure(
                        [
                            (
                                _d.resemblance(subtest_detail, SubtestDetail, {}),
                                _error.within("TestRun", "subtest_detail"),
                            )
                        ],
                        "TestRun",
                        "subtest_detail",
                        subtest_detail,
                        "None | SubtestDetail",
                    ) from None

        if requests is UNSET:
            _absent += 1
        else:
            if requests.__class__ is not list:
                raise _d.fail("TestRun", "requests", requests, "array")
            try:
                requests = [*map(_RequestResult_from_dict, requests)]
            except DecodeError:
                raise _d.item_failure(RequestResult, "TestRun", "requests", requests) from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        test_run = _new(cls)
        test_run.test_run_id = test_run_id
        test_run.result = result
        test_run.test_id = test_id
        test_run.bucket_key = bucket_key
        test_run.started_at = started_at
        test_run.finished_at = finished_at
        test_run.agent = agent
        test_run.region = region
        test_run.environment_id = environment_id
        test_run.environment_name = environment_name
        test_run.test_run_url = test_run_url
        test_run.parent_test_uuid = parent_test_uuid
        test_run.run_by = run_by
        test_run.source = source
        test_run.requests_executed = requests_executed
        test_run.assertions_defined = assertions_defined
        test_run.assertions_passed = assertions_passed
        test_run.assertions_failed = assertions_failed
        test_run.variables_defined = variables_defined
        test_run.variables_passed = variables_passed
        test_run.variables_failed = variables_failed
        test_run.scripts_defined = scripts_defined
        test_run.scripts_passed = scripts_passed
        test_run.scripts_failed = scripts_failed
        test_run.subtests_count = subtests_count
        test_run.subtests_passed = subtests_passed
        test_run.subtests_failed = subtests_failed
        test_run.subtests_others = subtests_others
        test_run.agent_expired = agent_expired
        test_run.subtest_detail = subtest_detail
        test_run.requests = requests
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        test_run.additional_properties = {} if len(_src) + _absent == 31 else _d.extra_keys(_src, _KNOWN_KEYS)
        return test_run

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
from ..models.request_result import RequestResult  # noqa: E402
from ..models.subtest_detail import SubtestDetail  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_TestRun_from_dict = TestRun.from_dict
_RequestResult_from_dict = RequestResult.from_dict
_SubtestDetail_from_dict = SubtestDetail.from_dict
