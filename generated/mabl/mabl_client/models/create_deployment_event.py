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

T = TypeVar("T", bound="CreateDeploymentEvent")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "environment_id",
        "application_id",
        "plan_labels",
        "source_control_tag",
        "revision",
        "event_time",
        "properties",
        "plan_overrides",
        "actions",
        "branch",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_environment_id,
    _k_application_id,
    _k_plan_labels,
    _k_source_control_tag,
    _k_revision,
    _k_event_time,
    _k_properties,
    _k_plan_overrides,
    _k_actions,
    _k_branch,
) = _d.parsed_keys(
    "environment_id",
    "application_id",
    "plan_labels",
    "source_control_tag",
    "revision",
    "event_time",
    "properties",
    "plan_overrides",
    "actions",
    "branch",
)
_members = _itemgetter(
    _k_environment_id,
    _k_application_id,
    _k_plan_labels,
    _k_source_control_tag,
    _k_revision,
    _k_event_time,
    _k_properties,
    _k_plan_overrides,
    _k_actions,
    _k_branch,
)


@_attrs_define
class CreateDeploymentEvent:
    """At least one of `environment_id` and `application_id` must be given (else 400).

    Attributes:
        environment_id (str | Unset):
        application_id (str | Unset):
        plan_labels (list[str] | Unset): Run the active plans carrying any of these labels.
        source_control_tag (str | Unset): The mabl branch to run tests from.
        revision (str | Unset): Commit SHA or build version.
        event_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
        properties (Metadata | Unset): Free-form metadata.
        plan_overrides (PlanOverrides | Unset):
        actions (DeploymentActions | Unset): Older clients send the two flags as the strings "true"/"false"; this spec
            takes booleans.
        branch (str | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    environment_id: str | Unset = UNSET
    application_id: str | Unset = UNSET
    plan_labels: list[str] | Unset = UNSET
    source_control_tag: str | Unset = UNSET
    revision: str | Unset = UNSET
    event_time: int | Unset = UNSET
    properties: Metadata | Unset = UNSET
    plan_overrides: PlanOverrides | Unset = UNSET
    actions: DeploymentActions | Unset = UNSET
    branch: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        environment_id = self.environment_id

        application_id = self.application_id

        plan_labels: list[str] | Unset = UNSET
        if not isinstance(self.plan_labels, Unset):
            plan_labels = self.plan_labels

        source_control_tag = self.source_control_tag

        revision = self.revision

        event_time = self.event_time

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        plan_overrides: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plan_overrides, Unset):
            plan_overrides = self.plan_overrides.to_dict()

        actions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions.to_dict()

        branch = self.branch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if environment_id is not UNSET:
            field_dict["environment_id"] = environment_id
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if plan_labels is not UNSET:
            field_dict["plan_labels"] = plan_labels
        if source_control_tag is not UNSET:
            field_dict["source_control_tag"] = source_control_tag
        if revision is not UNSET:
            field_dict["revision"] = revision
        if event_time is not UNSET:
            field_dict["event_time"] = event_time
        if properties is not UNSET:
            field_dict["properties"] = properties
        if plan_overrides is not UNSET:
            field_dict["plan_overrides"] = plan_overrides
        if actions is not UNSET:
            field_dict["actions"] = actions
        if branch is not UNSET:
            field_dict["branch"] = branch

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``CreateDeploymentEvent`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("CreateDeploymentEvent", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 10
        if _read:
            try:
                (
                    environment_id,
                    application_id,
                    plan_labels,
                    source_control_tag,
                    revision,
                    event_time,
                    properties,
                    plan_overrides,
                    actions,
                    branch,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            environment_id = _src.get(_k_environment_id, UNSET)
            application_id = _src.get(_k_application_id, UNSET)
            plan_labels = _src.get(_k_plan_labels, UNSET)
            source_control_tag = _src.get(_k_source_control_tag, UNSET)
            revision = _src.get(_k_revision, UNSET)
            event_time = _src.get(_k_event_time, UNSET)
            properties = _src.get(_k_properties, UNSET)
            plan_overrides = _src.get(_k_plan_overrides, UNSET)
            actions = _src.get(_k_actions, UNSET)
            branch = _src.get(_k_branch, UNSET)
        if environment_id.__class__ is not str:
            if environment_id is not UNSET:
                raise _d.fail("CreateDeploymentEvent", "environment_id", environment_id, "string")
            _absent += 1

        if application_id.__class__ is not str:
            if application_id is not UNSET:
                raise _d.fail("CreateDeploymentEvent", "application_id", application_id, "string")
            _absent += 1

        if plan_labels is UNSET:
            _absent += 1
        else:
            if plan_labels.__class__ is not list:
                raise _d.fail("CreateDeploymentEvent", "plan_labels", plan_labels, "array")
            for _item in plan_labels:
                if _item.__class__ is not str:
                    _d.list_of(
                        str, "string", "CreateDeploymentEvent", "plan_labels", plan_labels
                    )  # raises, naming the item

        if source_control_tag.__class__ is not str:
            if source_control_tag is not UNSET:
                raise _d.fail("CreateDeploymentEvent", "source_control_tag", source_control_tag, "string")
            _absent += 1

        if revision.__class__ is not str:
            if revision is not UNSET:
                raise _d.fail("CreateDeploymentEvent", "revision", revision, "string")
            _absent += 1

        if event_time.__class__ is not int:
            if event_time is not UNSET:
                raise _d.fail("CreateDeploymentEvent", "event_time", event_time, "integer")
            _absent += 1

        if properties is UNSET:
            _absent += 1
        else:
            try:
                properties = _Metadata_from_dict(properties)
            except DecodeError as _error:
                raise _error.within("CreateDeploymentEvent", "properties") from None

        if plan_overrides is UNSET:
            _absent += 1
        else:
            try:
                plan_overrides = _PlanOverrides_from_dict(plan_overrides)
            except DecodeError as _error:
                raise _error.within("CreateDeploymentEvent", "plan_overrides") from None

        if actions is UNSET:
            _absent += 1
        else:
            try:
                actions = _DeploymentActions_from_dict(actions)
            except DecodeError as _error:
                raise _error.within("CreateDeploymentEvent", "actions") from None

        if branch.__class__ is not str:
            if branch is not UNSET:
                raise _d.fail("CreateDeploymentEvent", "branch", branch, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        create_deployment_event = _new(cls)
        create_deployment_event.environment_id = environment_id
        create_deployment_event.application_id = application_id
        create_deployment_event.plan_labels = plan_labels
        create_deployment_event.source_control_tag = source_control_tag
        create_deployment_event.revision = revision
        create_deployment_event.event_time = event_time
        create_deployment_event.properties = properties
        create_deployment_event.plan_overrides = plan_overrides
        create_deployment_event.actions = actions
        create_deployment_event.branch = branch
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        create_deployment_event.additional_properties = (
            {} if len(_src) + _absent == 10 else _d.extra_keys(_src, _KNOWN_KEYS)
        )
        return create_deployment_event

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
from ..models.deployment_actions import DeploymentActions  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
from ..models.plan_overrides import PlanOverrides  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_CreateDeploymentEvent_from_dict = CreateDeploymentEvent.from_dict
_DeploymentActions_from_dict = DeploymentActions.from_dict
_Metadata_from_dict = Metadata.from_dict
_PlanOverrides_from_dict = PlanOverrides.from_dict
