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

T = TypeVar("T", bound="RunNotification")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "variables",
        "test_id",
        "test_name",
        "test_run_id",
        "team_id",
        "team_name",
        "environment_uuid",
        "environment_name",
        "bucket_name",
        "bucket_key",
        "test_url",
        "test_run_url",
        "trigger_url",
        "result",
        "started_at",
        "finished_at",
        "region",
        "region_name",
        "agent",
        "requests",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_variables,
    _k_test_id,
    _k_test_name,
    _k_test_run_id,
    _k_team_id,
    _k_team_name,
    _k_environment_uuid,
    _k_environment_name,
    _k_bucket_name,
    _k_bucket_key,
    _k_test_url,
    _k_test_run_url,
    _k_trigger_url,
    _k_result,
    _k_started_at,
    _k_finished_at,
    _k_region,
    _k_region_name,
    _k_agent,
    _k_requests,
) = _d.parsed_keys(
    "variables",
    "test_id",
    "test_name",
    "test_run_id",
    "team_id",
    "team_name",
    "environment_uuid",
    "environment_name",
    "bucket_name",
    "bucket_key",
    "test_url",
    "test_run_url",
    "trigger_url",
    "result",
    "started_at",
    "finished_at",
    "region",
    "region_name",
    "agent",
    "requests",
)
_members = _itemgetter(
    _k_variables,
    _k_test_id,
    _k_test_name,
    _k_test_run_id,
    _k_team_id,
    _k_team_name,
    _k_environment_uuid,
    _k_environment_name,
    _k_bucket_name,
    _k_bucket_key,
    _k_test_url,
    _k_test_run_url,
    _k_trigger_url,
    _k_result,
    _k_started_at,
    _k_finished_at,
    _k_region,
    _k_region_name,
    _k_agent,
    _k_requests,
)


@_attrs_define
class RunNotification:
    """What a finished run POSTs to each webhook URL of its environment (facts, Webhook notifications). Tolerant: every
    member may be missing or null, and members not named here are kept.

        Attributes:
            variables (InitialVariables | None | Unset):
            test_id (None | str | Unset):
            test_name (None | str | Unset):
            test_run_id (None | str | Unset):
            team_id (None | str | Unset):
            team_name (None | str | Unset):
            environment_uuid (None | str | Unset):
            environment_name (None | str | Unset):
            bucket_name (None | str | Unset):
            bucket_key (None | str | Unset):
            test_url (None | str | Unset):
            test_run_url (None | str | Unset):
            trigger_url (None | str | Unset):
            result (None | RunResult | str | Unset):
            started_at (float | None | Unset):
            finished_at (float | None | Unset):
            region (None | str | Unset):
            region_name (None | str | Unset):
            agent (None | str | Unset):
            requests (list[NotificationRequest] | None | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    variables: InitialVariables | None | Unset = UNSET
    test_id: None | str | Unset = UNSET
    test_name: None | str | Unset = UNSET
    test_run_id: None | str | Unset = UNSET
    team_id: None | str | Unset = UNSET
    team_name: None | str | Unset = UNSET
    environment_uuid: None | str | Unset = UNSET
    environment_name: None | str | Unset = UNSET
    bucket_name: None | str | Unset = UNSET
    bucket_key: None | str | Unset = UNSET
    test_url: None | str | Unset = UNSET
    test_run_url: None | str | Unset = UNSET
    trigger_url: None | str | Unset = UNSET
    result: None | RunResult | str | Unset = UNSET
    started_at: float | None | Unset = UNSET
    finished_at: float | None | Unset = UNSET
    region: None | str | Unset = UNSET
    region_name: None | str | Unset = UNSET
    agent: None | str | Unset = UNSET
    requests: list[NotificationRequest] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.initial_variables import InitialVariables  # noqa: PLC0415

        variables: dict[str, Any] | None | Unset
        if isinstance(self.variables, Unset):
            variables = UNSET
        elif isinstance(self.variables, InitialVariables):
            variables = self.variables.to_dict()
        else:
            variables = self.variables

        test_id: None | str | Unset
        if isinstance(self.test_id, Unset):
            test_id = UNSET
        else:
            test_id = self.test_id

        test_name: None | str | Unset
        if isinstance(self.test_name, Unset):
            test_name = UNSET
        else:
            test_name = self.test_name

        test_run_id: None | str | Unset
        if isinstance(self.test_run_id, Unset):
            test_run_id = UNSET
        else:
            test_run_id = self.test_run_id

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        team_name: None | str | Unset
        if isinstance(self.team_name, Unset):
            team_name = UNSET
        else:
            team_name = self.team_name

        environment_uuid: None | str | Unset
        if isinstance(self.environment_uuid, Unset):
            environment_uuid = UNSET
        else:
            environment_uuid = self.environment_uuid

        environment_name: None | str | Unset
        if isinstance(self.environment_name, Unset):
            environment_name = UNSET
        else:
            environment_name = self.environment_name

        bucket_name: None | str | Unset
        if isinstance(self.bucket_name, Unset):
            bucket_name = UNSET
        else:
            bucket_name = self.bucket_name

        bucket_key: None | str | Unset
        if isinstance(self.bucket_key, Unset):
            bucket_key = UNSET
        else:
            bucket_key = self.bucket_key

        test_url: None | str | Unset
        if isinstance(self.test_url, Unset):
            test_url = UNSET
        else:
            test_url = self.test_url

        test_run_url: None | str | Unset
        if isinstance(self.test_run_url, Unset):
            test_run_url = UNSET
        else:
            test_run_url = self.test_run_url

        trigger_url: None | str | Unset
        if isinstance(self.trigger_url, Unset):
            trigger_url = UNSET
        else:
            trigger_url = self.trigger_url

        result: None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, RunResult):
            result = self.result.value
        else:
            result = self.result

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

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        region_name: None | str | Unset
        if isinstance(self.region_name, Unset):
            region_name = UNSET
        else:
            region_name = self.region_name

        agent: None | str | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        else:
            agent = self.agent

        requests: list[dict[str, Any]] | None | Unset
        if isinstance(self.requests, Unset):
            requests = UNSET
        elif isinstance(self.requests, list):
            requests = []
            for requests_type_0_item_data in self.requests:
                requests_type_0_item = requests_type_0_item_data.to_dict()
                requests.append(requests_type_0_item)

        else:
            requests = self.requests

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if variables is not UNSET:
            field_dict["variables"] = variables
        if test_id is not UNSET:
            field_dict["test_id"] = test_id
        if test_name is not UNSET:
            field_dict["test_name"] = test_name
        if test_run_id is not UNSET:
            field_dict["test_run_id"] = test_run_id
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if team_name is not UNSET:
            field_dict["team_name"] = team_name
        if environment_uuid is not UNSET:
            field_dict["environment_uuid"] = environment_uuid
        if environment_name is not UNSET:
            field_dict["environment_name"] = environment_name
        if bucket_name is not UNSET:
            field_dict["bucket_name"] = bucket_name
        if bucket_key is not UNSET:
            field_dict["bucket_key"] = bucket_key
        if test_url is not UNSET:
            field_dict["test_url"] = test_url
        if test_run_url is not UNSET:
            field_dict["test_run_url"] = test_run_url
        if trigger_url is not UNSET:
            field_dict["trigger_url"] = trigger_url
        if result is not UNSET:
            field_dict["result"] = result
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if region is not UNSET:
            field_dict["region"] = region
        if region_name is not UNSET:
            field_dict["region_name"] = region_name
        if agent is not UNSET:
            field_dict["agent"] = agent
        if requests is not UNSET:
            field_dict["requests"] = requests

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``RunNotification`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("RunNotification", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 20
        if _read:
            try:
                (
                    variables,
                    test_id,
                    test_name,
                    test_run_id,
                    team_id,
                    team_name,
                    environment_uuid,
                    environment_name,
                    bucket_name,
                    bucket_key,
                    test_url,
                    test_run_url,
                    trigger_url,
                    result,
                    started_at,
                    finished_at,
                    region,
                    region_name,
                    agent,
                    requests,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            variables = _src.get(_k_variables, UNSET)
            test_id = _src.get(_k_test_id, UNSET)
            test_name = _src.get(_k_test_name, UNSET)
            test_run_id = _src.get(_k_test_run_id, UNSET)
            team_id = _src.get(_k_team_id, UNSET)
            team_name = _src.get(_k_team_name, UNSET)
            environment_uuid = _src.get(_k_environment_uuid, UNSET)
            environment_name = _src.get(_k_environment_name, UNSET)
            bucket_name = _src.get(_k_bucket_name, UNSET)
            bucket_key = _src.get(_k_bucket_key, UNSET)
            test_url = _src.get(_k_test_url, UNSET)
            test_run_url = _src.get(_k_test_run_url, UNSET)
            trigger_url = _src.get(_k_trigger_url, UNSET)
            result = _src.get(_k_result, UNSET)
            started_at = _src.get(_k_started_at, UNSET)
            finished_at = _src.get(_k_finished_at, UNSET)
            region = _src.get(_k_region, UNSET)
            region_name = _src.get(_k_region_name, UNSET)
            agent = _src.get(_k_agent, UNSET)
            requests = _src.get(_k_requests, UNSET)
        if variables is UNSET:
            _absent += 1
        else:
            if variables is not None:
                try:
                    variables = _InitialVariables_from_dict(variables)
                except DecodeError as _error:
                    raise _d.union_failure(
                        [
                            (
                                _d.resemblance(variables, InitialVariables, {}),
                                _error.within("RunNotification", "variables"),
                            )
                        ],
                        "RunNotification",
                        "variables",
                        variables,
                        "InitialVariables | None",
                    ) from None

        if test_id.__class__ is not str and test_id is not None:
            if test_id is not UNSET:
                raise _d.fail("RunNotification", "test_id", test_id, "string")
            _absent += 1

        if test_name.__class__ is not str and test_name is not None:
            if test_name is not UNSET:
                raise _d.fail("RunNotification", "test_name", test_name, "string")
            _absent += 1

        if test_run_id.__class__ is not str and test_run_id is not None:
            if test_run_id is not UNSET:
                raise _d.fail("RunNotification", "test_run_id", test_run_id, "string")
            _absent += 1

        if team_id.__class__ is not str and team_id is not None:
            if team_id is not UNSET:
                raise _d.fail("RunNotification", "team_id", team_id, "string")
            _absent += 1

        if team_name.__class__ is not str and team_name is not None:
            if team_name is not UNSET:
                raise _d.fail("RunNotification", "team_name", team_name, "string")
            _absent += 1

        if environment_uuid.__class__ is not str and environment_uuid is not None:
            if environment_uuid is not UNSET:
                raise _d.fail("RunNotification", "environment_uuid", environment_uuid, "string")
            _absent += 1

        if environment_name.__class__ is not str and environment_name is not None:
            if environment_name is not UNSET:
                raise _d.fail("RunNotification", "environment_name", environment_name, "string")
            _absent += 1

        if bucket_name.__class__ is not str and bucket_name is not None:
            if bucket_name is not UNSET:
                raise _d.fail("RunNotification", "bucket_name", bucket_name, "string")
            _absent += 1

        if bucket_key.__class__ is not str and bucket_key is not None:
            if bucket_key is not UNSET:
                raise _d.fail("RunNotification", "bucket_key", bucket_key, "string")
            _absent += 1

        if test_url.__class__ is not str and test_url is not None:
            if test_url is not UNSET:
                raise _d.fail("RunNotification", "test_url", test_url, "string")
            _absent += 1

        if test_run_url.__class__ is not str and test_run_url is not None:
            if test_run_url is not UNSET:
                raise _d.fail("RunNotification", "test_run_url", test_run_url, "string")
            _absent += 1

        if trigger_url.__class__ is not str and trigger_url is not None:
            if trigger_url is not UNSET:
                raise _d.fail("RunNotification", "trigger_url", trigger_url, "string")
            _absent += 1

        if result is UNSET:
            _absent += 1
        else:

            def _union_result(model: str, field: str, value: Any) -> Any:
                if value is None:
                    return value
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
                raise _d.union_failure(_refusals, model, field, value, "None | RunResult | str")

            result = _union_result("RunNotification", "result", result)

        if started_at is UNSET:
            _absent += 1
        else:
            if started_at is not None:
                started_at = _d.as_float("RunNotification", "started_at", started_at)

        if finished_at is UNSET:
            _absent += 1
        else:
            if finished_at is not None:
                finished_at = _d.as_float("RunNotification", "finished_at", finished_at)

        if region.__class__ is not str and region is not None:
            if region is not UNSET:
                raise _d.fail("RunNotification", "region", region, "string")
            _absent += 1

        if region_name.__class__ is not str and region_name is not None:
            if region_name is not UNSET:
                raise _d.fail("RunNotification", "region_name", region_name, "string")
            _absent += 1

        if agent.__class__ is not str and agent is not None:
            if agent is not UNSET:
                raise _d.fail("RunNotification", "agent", agent, "string")
            _absent += 1

        if requests is UNSET:
            _absent += 1
        else:
            if requests is not None:
                if requests.__class__ is not list:
                    raise _d.fail("RunNotification", "requests", requests, "array")
                try:
                    requests = [*map(_NotificationRequest_from_dict, requests)]
                except DecodeError:
                    raise _d.item_failure(NotificationRequest, "RunNotification", "requests", requests) from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        run_notification = _new(cls)
        run_notification.variables = variables
        run_notification.test_id = test_id
        run_notification.test_name = test_name
        run_notification.test_run_id = test_run_id
        run_notification.team_id = team_id
        run_notification.team_name = team_name
        run_notification.environment_uuid = environment_uuid
        run_notification.environment_name = environment_name
        run_notification.bucket_name = bucket_name
        run_notification.bucket_key = bucket_key
        run_notification.test_url = test_url
        run_notification.test_run_url = test_run_url
        run_notification.trigger_url = trigger_url
        run_notification.result = result
        run_notification.started_at = started_at
        run_notification.finished_at = finished_at
        run_notification.region = region
        run_notification.region_name = region_name
        run_notification.agent = agent
        run_notification.requests = requests
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        run_notification.additional_properties = {} if len(_src) + _absent == 20 else _d.extra_keys(_src, _KNOWN_KEYS)
        return run_notification

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
from ..models.initial_variables import InitialVariables  # noqa: E402
from ..models.notification_request import NotificationRequest  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_RunNotification_from_dict = RunNotification.from_dict
_InitialVariables_from_dict = InitialVariables.from_dict
_NotificationRequest_from_dict = NotificationRequest.from_dict
