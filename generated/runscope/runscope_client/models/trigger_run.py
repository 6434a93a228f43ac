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
from ..types import UNSET, Unset

T = TypeVar("T", bound="TriggerRun")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "test_run_id",
        "test_id",
        "bucket_key",
        "test_name",
        "environment_id",
        "environment_name",
        "region",
        "agent",
        "status",
        "test_url",
        "test_run_url",
        "variables",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_test_run_id,
    _k_test_id,
    _k_bucket_key,
    _k_test_name,
    _k_environment_id,
    _k_environment_name,
    _k_region,
    _k_agent,
    _k_status,
    _k_test_url,
    _k_test_run_url,
    _k_variables,
) = _d.parsed_keys(
    "test_run_id",
    "test_id",
    "bucket_key",
    "test_name",
    "environment_id",
    "environment_name",
    "region",
    "agent",
    "status",
    "test_url",
    "test_run_url",
    "variables",
)
_members = _itemgetter(
    _k_test_run_id,
    _k_test_id,
    _k_bucket_key,
    _k_test_name,
    _k_environment_id,
    _k_environment_name,
    _k_region,
    _k_agent,
    _k_status,
    _k_test_url,
    _k_test_run_url,
    _k_variables,
)


@_attrs_define
class TriggerRun:
    """One run a trigger started.

    Attributes:
        test_run_id (str):
        test_id (str):
        bucket_key (str):
        test_name (None | str | Unset):
        environment_id (None | str | Unset):
        environment_name (None | str | Unset):
        region (None | str | Unset):
        agent (None | str | Unset):
        status (str | Unset): `init` when just started.
        test_url (None | str | Unset):
        test_run_url (None | str | Unset):
        variables (InitialVariables | None | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    test_run_id: str
    test_id: str
    bucket_key: str
    test_name: None | str | Unset = UNSET
    environment_id: None | str | Unset = UNSET
    environment_name: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    agent: None | str | Unset = UNSET
    status: str | Unset = UNSET
    test_url: None | str | Unset = UNSET
    test_run_url: None | str | Unset = UNSET
    variables: InitialVariables | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.initial_variables import InitialVariables  # noqa: PLC0415

        test_run_id = self.test_run_id

        test_id = self.test_id

        bucket_key = self.bucket_key

        test_name: None | str | Unset
        if isinstance(self.test_name, Unset):
            test_name = UNSET
        else:
            test_name = self.test_name

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

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        agent: None | str | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        else:
            agent = self.agent

        status = self.status

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

        variables: dict[str, Any] | None | Unset
        if isinstance(self.variables, Unset):
            variables = UNSET
        elif isinstance(self.variables, InitialVariables):
            variables = self.variables.to_dict()
        else:
            variables = self.variables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "test_run_id": test_run_id,
                "test_id": test_id,
                "bucket_key": bucket_key,
            }
        )
        if test_name is not UNSET:
            field_dict["test_name"] = test_name
        if environment_id is not UNSET:
            field_dict["environment_id"] = environment_id
        if environment_name is not UNSET:
            field_dict["environment_name"] = environment_name
        if region is not UNSET:
            field_dict["region"] = region
        if agent is not UNSET:
            field_dict["agent"] = agent
        if status is not UNSET:
            field_dict["status"] = status
        if test_url is not UNSET:
            field_dict["test_url"] = test_url
        if test_run_url is not UNSET:
            field_dict["test_run_url"] = test_run_url
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``TriggerRun`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("TriggerRun", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 12
        if _read:
            try:
                (
                    test_run_id,
                    test_id,
                    bucket_key,
                    test_name,
                    environment_id,
                    environment_name,
                    region,
                    agent,
                    status,
                    test_url,
                    test_run_url,
                    variables,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                test_run_id = _src[_k_test_run_id]
                test_id = _src[_k_test_id]
                bucket_key = _src[_k_bucket_key]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                test_run_id = _src.get(_k_test_run_id, _d.MISSING)
                test_id = _src.get(_k_test_id, _d.MISSING)
                bucket_key = _src.get(_k_bucket_key, _d.MISSING)
            test_name = _src.get(_k_test_name, UNSET)
            environment_id = _src.get(_k_environment_id, UNSET)
            environment_name = _src.get(_k_environment_name, UNSET)
            region = _src.get(_k_region, UNSET)
            agent = _src.get(_k_agent, UNSET)
            status = _src.get(_k_status, UNSET)
            test_url = _src.get(_k_test_url, UNSET)
            test_run_url = _src.get(_k_test_run_url, UNSET)
            variables = _src.get(_k_variables, UNSET)
        if test_run_id.__class__ is not str:
            raise _d.fail("TriggerRun", "test_run_id", test_run_id, "string")

        if test_id.__class__ is not str:
            raise _d.fail("TriggerRun", "test_id", test_id, "string")

        if bucket_key.__class__ is not str:
            raise _d.fail("TriggerRun", "bucket_key", bucket_key, "string")

        if test_name.__class__ is not str and test_name is not None:
            if test_name is not UNSET:
                raise _d.fail("TriggerRun", "test_name", test_name, "string")
            _absent += 1

        if environment_id.__class__ is not str and environment_id is not None:
            if environment_id is not UNSET:
                raise _d.fail("TriggerRun", "environment_id", environment_id, "string")
            _absent += 1

        if environment_name.__class__ is not str and environment_name is not None:
            if environment_name is not UNSET:
                raise _d.fail("TriggerRun", "environment_name", environment_name, "string")
            _absent += 1

        if region.__class__ is not str and region is not None:
            if region is not UNSET:
                raise _d.fail("TriggerRun", "region", region, "string")
            _absent += 1

        if agent.__class__ is not str and agent is not None:
            if agent is not UNSET:
                raise _d.fail("TriggerRun", "agent", agent, "string")
            _absent += 1

        if status.__class__ is not str:
            if status is not UNSET:
                raise _d.fail("TriggerRun", "status", status, "string")
            _absent += 1

        if test_url.__class__ is not str and test_url is not None:
            if test_url is not UNSET:
                raise _d.fail("TriggerRun", "test_url", test_url, "string")
            _absent += 1

        if test_run_url.__class__ is not str and test_run_url is not None:
            if test_run_url is not UNSET:
                raise _d.fail("TriggerRun", "test_run_url", test_run_url, "string")
            _absent += 1

        if variables is UNSET:
            _absent += 1
        else:
            if variables is not None:
                try:
                    variables = _InitialVariables_from_dict(variables)
                except DecodeError as _error:
                    raise _d.union_failure(
                        [(_d.resemblance(variables, InitialVariables, {}), _error.within("TriggerRun", "variables"))],
                        "TriggerRun",
                        "variables",
                        variables,
                        "InitialVariables | None",
                    ) from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        trigger_run = _new(cls)
        trigger_run.test_run_id = test_run_id
        trigger_run.test_id = test_id
        trigger_run.bucket_key = bucket_key
        trigger_run.test_name = test_name
        trigger_run.environment_id = environment_id
        trigger_run.environment_name = environment_name
        trigger_run.region = region
        trigger_run.agent = agent
        trigger_run.status = status
        trigger_run.test_url = test_url
        trigger_run.test_run_url = test_run_url
        trigger_run.variables = variables
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        trigger_run.additional_properties = {} if len(_src) + _absent == 12 else _d.extra_keys(_src, _KNOWN_KEYS)
        return trigger_run

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

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_TriggerRun_from_dict = TriggerRun.from_dict
_InitialVariables_from_dict = InitialVariables.from_dict
