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

T = TypeVar("T", bound="DeploymentEvent")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "workspace_id",
        "received_time",
        "environment_id",
        "application_id",
        "event_time",
        "revision",
        "source_control_tag",
        "properties",
        "triggered_plan_run_summaries",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_id,
    _k_workspace_id,
    _k_received_time,
    _k_environment_id,
    _k_application_id,
    _k_event_time,
    _k_revision,
    _k_source_control_tag,
    _k_properties,
    _k_triggered_plan_run_summaries,
) = _d.parsed_keys(
    "id",
    "workspace_id",
    "received_time",
    "environment_id",
    "application_id",
    "event_time",
    "revision",
    "source_control_tag",
    "properties",
    "triggered_plan_run_summaries",
)
_members = _itemgetter(
    _k_id,
    _k_workspace_id,
    _k_received_time,
    _k_environment_id,
    _k_application_id,
    _k_event_time,
    _k_revision,
    _k_source_control_tag,
    _k_properties,
    _k_triggered_plan_run_summaries,
)


@_attrs_define
class DeploymentEvent:
    """
    Attributes:
        id (str): `…-v`; poll its execution result with this id.
        workspace_id (str):
        received_time (int): A point in time, Unix epoch milliseconds (facts §1).
        environment_id (str | Unset):
        application_id (str | Unset):
        event_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
        revision (str | Unset):
        source_control_tag (str | Unset):
        properties (Metadata | Unset): Free-form metadata.
        triggered_plan_run_summaries (list[TriggeredPlanRun] | Unset): The plan runs the event started (with
            `preview=true`, the ones it would start).
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    id: str
    workspace_id: str
    received_time: int
    environment_id: str | Unset = UNSET
    application_id: str | Unset = UNSET
    event_time: int | Unset = UNSET
    revision: str | Unset = UNSET
    source_control_tag: str | Unset = UNSET
    properties: Metadata | Unset = UNSET
    triggered_plan_run_summaries: list[TriggeredPlanRun] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        workspace_id = self.workspace_id

        received_time = self.received_time

        environment_id = self.environment_id

        application_id = self.application_id

        event_time = self.event_time

        revision = self.revision

        source_control_tag = self.source_control_tag

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        triggered_plan_run_summaries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.triggered_plan_run_summaries, Unset):
            triggered_plan_run_summaries = []
            for triggered_plan_run_summaries_item_data in self.triggered_plan_run_summaries:
                triggered_plan_run_summaries_item = triggered_plan_run_summaries_item_data.to_dict()
                triggered_plan_run_summaries.append(triggered_plan_run_summaries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "workspace_id": workspace_id,
                "received_time": received_time,
            }
        )
        if environment_id is not UNSET:
            field_dict["environment_id"] = environment_id
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if event_time is not UNSET:
            field_dict["event_time"] = event_time
        if revision is not UNSET:
            field_dict["revision"] = revision
        if source_control_tag is not UNSET:
            field_dict["source_control_tag"] = source_control_tag
        if properties is not UNSET:
            field_dict["properties"] = properties
        if triggered_plan_run_summaries is not UNSET:
            field_dict["triggered_plan_run_summaries"] = triggered_plan_run_summaries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``DeploymentEvent`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("DeploymentEvent", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 10
        if _read:
            try:
                (
                    id,
                    workspace_id,
                    received_time,
                    environment_id,
                    application_id,
                    event_time,
                    revision,
                    source_control_tag,
                    properties,
                    triggered_plan_run_summaries,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                id = _src[_k_id]
                workspace_id = _src[_k_workspace_id]
                received_time = _src[_k_received_time]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                id = _src.get(_k_id, _d.MISSING)
                workspace_id = _src.get(_k_workspace_id, _d.MISSING)
                received_time = _src.get(_k_received_time, _d.MISSING)
            environment_id = _src.get(_k_environment_id, UNSET)
            application_id = _src.get(_k_application_id, UNSET)
            event_time = _src.get(_k_event_time, UNSET)
            revision = _src.get(_k_revision, UNSET)
            source_control_tag = _src.get(_k_source_control_tag, UNSET)
            properties = _src.get(_k_properties, UNSET)
            triggered_plan_run_summaries = _src.get(_k_triggered_plan_run_summaries, UNSET)
        if id.__class__ is not str:
            raise _d.fail("DeploymentEvent", "id", id, "string")

        if workspace_id.__class__ is not str:
            raise _d.fail("DeploymentEvent", "workspace_id", workspace_id, "string")

        if received_time.__class__ is not int:
            raise _d.fail("DeploymentEvent", "received_time", received_time, "integer")

        if environment_id.__class__ is not str:
            if environment_id is not UNSET:
                raise _d.fail("DeploymentEvent", "environment_id", environment_id, "string")
            _absent += 1

        if application_id.__class__ is not str:
            if application_id is not UNSET:
                raise _d.fail("DeploymentEvent", "application_id", application_id, "string")
            _absent += 1

        if event_time.__class__ is not int:
            if event_time is not UNSET:
                raise _d.fail("DeploymentEvent", "event_time", event_time, "integer")
            _absent += 1

        if revision.__class__ is not str:
            if revision is not UNSET:
                raise _d.fail("DeploymentEvent", "revision", revision, "string")
            _absent += 1

        if source_control_tag.__class__ is not str:
            if source_control_tag is not UNSET:
                raise _d.fail("DeploymentEvent", "source_control_tag", source_control_tag, "string")
            _absent += 1

        if properties is UNSET:
            _absent += 1
        else:
            try:
                properties = _Metadata_from_dict(properties)
            except DecodeError as _error:
                raise _error.within("DeploymentEvent", "properties") from None

        if triggered_plan_run_summaries is UNSET:
            _absent += 1
        else:
            if triggered_plan_run_summaries.__class__ is not list:
                raise _d.fail("DeploymentEvent", "triggered_plan_run_summaries", triggered_plan_run_summaries, "array")
            try:
                triggered_plan_run_summaries = [*map(_TriggeredPlanRun_from_dict, triggered_plan_run_summaries)]
            except DecodeError:
                raise _d.item_failure(
                    TriggeredPlanRun, "DeploymentEvent", "triggered_plan_run_summaries", triggered_plan_run_summaries
                ) from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        deployment_event = _new(cls)
        deployment_event.id = id
        deployment_event.workspace_id = workspace_id
        deployment_event.received_time = received_time
        deployment_event.environment_id = environment_id
        deployment_event.application_id = application_id
        deployment_event.event_time = event_time
        deployment_event.revision = revision
        deployment_event.source_control_tag = source_control_tag
        deployment_event.properties = properties
        deployment_event.triggered_plan_run_summaries = triggered_plan_run_summaries
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        deployment_event.additional_properties = {} if len(_src) + _absent == 10 else _d.extra_keys(_src, _KNOWN_KEYS)
        return deployment_event

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
from ..models.metadata import Metadata  # noqa: E402
from ..models.triggered_plan_run import TriggeredPlanRun  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_DeploymentEvent_from_dict = DeploymentEvent.from_dict
_Metadata_from_dict = Metadata.from_dict
_TriggeredPlanRun_from_dict = TriggeredPlanRun.from_dict
