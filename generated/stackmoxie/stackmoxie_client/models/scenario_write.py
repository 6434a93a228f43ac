# Generated from specs/stackmoxie/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/stackmoxie/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError
from ..models.dashboard_setting import DashboardSetting
from ..models.scenario_type import ScenarioType
from ..models.severity import Severity
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScenarioWrite")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "definition",
        "description",
        "type",
        "severity",
        "dashboardSetting",
        "feature",
        "schedule",
        "notificationGroups",
        "instructions",
        "exposedToApis",
        "isLinkable",
        "createdBy",
        "lastUpdatedBy",
    }
)


@_attrs_define
class ScenarioWrite:
    """What creating or updating a Scenario (also asynchronously) sends.

    Attributes:
        name (str): The name of the Scenario.
        definition (ScenarioDefinition):
        description (str | Unset): A brief description of the Scenario.
        type_ (ScenarioType | Unset): Determines how the scenario will be used and how it is handled in the UI.
        severity (Severity | Unset): Issue severity status of the scenario, 1 being the most severe and 4 being the
            least.
        dashboard_setting (DashboardSetting | Unset): Whether to include this scenario in the Status Dashboard or not.
        feature (Folder | int | None | Unset): The ID or Folder object under which this Scenario lives (if any).
        schedule (int | None | Schedule | Unset): The ID or Schedule object associated with this Scenario (if any).
        notification_groups (list[NotificationGroupWrite] | None | Unset): The Notification Groups that will be notified
            for scenario run results.
        instructions (str | Unset): For templates only. Additional guidelines on how to work with this scenario.
        exposed_to_apis (bool | Unset): For templates only. Whether the exposedTemplates endpoint lists it.
        is_linkable (bool | Unset): For templates only. Whether it can be chained onto other scenarios.
        created_by (int | Unset): Shown in the docs' request examples.
        last_updated_by (int | Unset): Shown in the docs' request examples.
    """

    name: str
    definition: ScenarioDefinition
    description: str | Unset = UNSET
    type_: ScenarioType | Unset = UNSET
    severity: Severity | Unset = UNSET
    dashboard_setting: DashboardSetting | Unset = UNSET
    feature: Folder | int | None | Unset = UNSET
    schedule: int | None | Schedule | Unset = UNSET
    notification_groups: list[NotificationGroupWrite] | None | Unset = UNSET
    instructions: str | Unset = UNSET
    exposed_to_apis: bool | Unset = UNSET
    is_linkable: bool | Unset = UNSET
    created_by: int | Unset = UNSET
    last_updated_by: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.folder import Folder  # noqa: PLC0415
        from ..models.schedule import Schedule  # noqa: PLC0415

        name = self.name

        definition = self.definition.to_dict()

        description = self.description

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        severity: int | Unset = UNSET
        if not isinstance(self.severity, Unset):
            severity = self.severity.value

        dashboard_setting: str | Unset = UNSET
        if not isinstance(self.dashboard_setting, Unset):
            dashboard_setting = self.dashboard_setting.value

        feature: dict[str, Any] | int | None | Unset
        if isinstance(self.feature, Unset):
            feature = UNSET
        elif isinstance(self.feature, Folder):
            feature = self.feature.to_dict()
        else:
            feature = self.feature

        schedule: dict[str, Any] | int | None | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        elif isinstance(self.schedule, Schedule):
            schedule = self.schedule.to_dict()
        else:
            schedule = self.schedule

        notification_groups: list[dict[str, Any]] | None | Unset
        if isinstance(self.notification_groups, Unset):
            notification_groups = UNSET
        elif isinstance(self.notification_groups, list):
            notification_groups = []
            for notification_groups_type_0_item_data in self.notification_groups:
                notification_groups_type_0_item = notification_groups_type_0_item_data.to_dict()
                notification_groups.append(notification_groups_type_0_item)

        else:
            notification_groups = self.notification_groups

        instructions = self.instructions

        exposed_to_apis = self.exposed_to_apis

        is_linkable = self.is_linkable

        created_by = self.created_by

        last_updated_by = self.last_updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "definition": definition,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if severity is not UNSET:
            field_dict["severity"] = severity
        if dashboard_setting is not UNSET:
            field_dict["dashboardSetting"] = dashboard_setting
        if feature is not UNSET:
            field_dict["feature"] = feature
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if notification_groups is not UNSET:
            field_dict["notificationGroups"] = notification_groups
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if exposed_to_apis is not UNSET:
            field_dict["exposedToApis"] = exposed_to_apis
        if is_linkable is not UNSET:
            field_dict["isLinkable"] = is_linkable
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if last_updated_by is not UNSET:
            field_dict["lastUpdatedBy"] = last_updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``ScenarioWrite`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("ScenarioWrite", src_dict)
        _seen = 2
        _get = _src.get
        name = _get("name", _d.MISSING)
        if name.__class__ is not str:
            raise _d.fail("ScenarioWrite", "name", name, "string")

        definition = _get("definition", _d.MISSING)
        try:
            definition = ScenarioDefinition.from_dict(definition)
        except DecodeError as _error:
            raise _error.within("ScenarioWrite", "definition") from None

        description = _get("description", UNSET)
        if description is not UNSET:
            _seen += 1
            if description.__class__ is not str:
                raise _d.fail("ScenarioWrite", "description", description, "string")

        type_ = _get("type", UNSET)
        if type_ is not UNSET:
            _seen += 1
            type_ = _d.as_enum(ScenarioType, "ScenarioWrite", "type", type_)

        severity = _get("severity", UNSET)
        if severity is not UNSET:
            _seen += 1
            severity = _d.as_enum(Severity, "ScenarioWrite", "severity", severity)

        dashboard_setting = _get("dashboardSetting", UNSET)
        if dashboard_setting is not UNSET:
            _seen += 1
            dashboard_setting = _d.as_enum(DashboardSetting, "ScenarioWrite", "dashboardSetting", dashboard_setting)

        feature = _get("feature", UNSET)
        if feature is not UNSET:
            _seen += 1

            def _union_feature(model: str, field: str, value: Any) -> Any:
                if value is None:
                    return value
                try:
                    candidate = value
                    if candidate.__class__ is not int:
                        raise _d.fail(model, field, candidate, "integer")

                    return candidate
                except DecodeError:
                    pass
                try:
                    candidate = value
                    try:
                        candidate = Folder.from_dict(candidate)
                    except DecodeError as _error:
                        raise _error.within(model, field) from None

                    return candidate
                except DecodeError:
                    pass
                raise _d.fail(model, field, value, "Folder | int | None")

            feature = _union_feature("ScenarioWrite", "feature", feature)

        schedule = _get("schedule", UNSET)
        if schedule is not UNSET:
            _seen += 1

            def _union_schedule(model: str, field: str, value: Any) -> Any:
                if value is None:
                    return value
                try:
                    candidate = value
                    if candidate.__class__ is not int:
                        raise _d.fail(model, field, candidate, "integer")

                    return candidate
                except DecodeError:
                    pass
                try:
                    candidate = value
                    try:
                        candidate = Schedule.from_dict(candidate)
                    except DecodeError as _error:
                        raise _error.within(model, field) from None

                    return candidate
                except DecodeError:
                    pass
                raise _d.fail(model, field, value, "int | None | Schedule")

            schedule = _union_schedule("ScenarioWrite", "schedule", schedule)

        notification_groups = _get("notificationGroups", UNSET)
        if notification_groups is not UNSET:
            _seen += 1
            if notification_groups is not None:
                notification_groups = _d.list_of_models(
                    NotificationGroupWrite, "ScenarioWrite", "notificationGroups", notification_groups
                )

        instructions = _get("instructions", UNSET)
        if instructions is not UNSET:
            _seen += 1
            if instructions.__class__ is not str:
                raise _d.fail("ScenarioWrite", "instructions", instructions, "string")

        exposed_to_apis = _get("exposedToApis", UNSET)
        if exposed_to_apis is not UNSET:
            _seen += 1
            if exposed_to_apis.__class__ is not bool:
                raise _d.fail("ScenarioWrite", "exposedToApis", exposed_to_apis, "boolean")

        is_linkable = _get("isLinkable", UNSET)
        if is_linkable is not UNSET:
            _seen += 1
            if is_linkable.__class__ is not bool:
                raise _d.fail("ScenarioWrite", "isLinkable", is_linkable, "boolean")

        created_by = _get("createdBy", UNSET)
        if created_by is not UNSET:
            _seen += 1
            if created_by.__class__ is not int:
                raise _d.fail("ScenarioWrite", "createdBy", created_by, "integer")

        last_updated_by = _get("lastUpdatedBy", UNSET)
        if last_updated_by is not UNSET:
            _seen += 1
            if last_updated_by.__class__ is not int:
                raise _d.fail("ScenarioWrite", "lastUpdatedBy", last_updated_by, "integer")

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        scenario_write = object.__new__(cls)
        scenario_write.name = name
        scenario_write.definition = definition
        scenario_write.description = description
        scenario_write.type_ = type_
        scenario_write.severity = severity
        scenario_write.dashboard_setting = dashboard_setting
        scenario_write.feature = feature
        scenario_write.schedule = schedule
        scenario_write.notification_groups = notification_groups
        scenario_write.instructions = instructions
        scenario_write.exposed_to_apis = exposed_to_apis
        scenario_write.is_linkable = is_linkable
        scenario_write.created_by = created_by
        scenario_write.last_updated_by = last_updated_by
        # Every required member was found, so more members than found means some are unknown to the spec.
        scenario_write.additional_properties = _d.extra_keys(_src, _KNOWN_KEYS) if len(_src) != _seen else {}
        return scenario_write

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
from ..models.folder import Folder  # noqa: E402
from ..models.notification_group_write import NotificationGroupWrite  # noqa: E402
from ..models.scenario_definition import ScenarioDefinition  # noqa: E402
from ..models.schedule import Schedule  # noqa: E402
