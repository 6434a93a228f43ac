# Generated from specs/stackmoxie/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/stackmoxie/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
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

_new = object.__new__

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
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_name,
    _k_definition,
    _k_description,
    _k_type_,
    _k_severity,
    _k_dashboard_setting,
    _k_feature,
    _k_schedule,
    _k_notification_groups,
    _k_instructions,
    _k_exposed_to_apis,
    _k_is_linkable,
    _k_created_by,
    _k_last_updated_by,
) = _d.parsed_keys(
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
)
_members = _itemgetter(
    _k_name,
    _k_definition,
    _k_description,
    _k_type_,
    _k_severity,
    _k_dashboard_setting,
    _k_feature,
    _k_schedule,
    _k_notification_groups,
    _k_instructions,
    _k_exposed_to_apis,
    _k_is_linkable,
    _k_created_by,
    _k_last_updated_by,
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

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

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
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 14
        if _read:
            try:
                (
                    name,
                    definition,
                    description,
                    type_,
                    severity,
                    dashboard_setting,
                    feature,
                    schedule,
                    notification_groups,
                    instructions,
                    exposed_to_apis,
                    is_linkable,
                    created_by,
                    last_updated_by,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                name = _src[_k_name]
                definition = _src[_k_definition]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                name = _src.get(_k_name, _d.MISSING)
                definition = _src.get(_k_definition, _d.MISSING)
            description = _src.get(_k_description, UNSET)
            type_ = _src.get(_k_type_, UNSET)
            severity = _src.get(_k_severity, UNSET)
            dashboard_setting = _src.get(_k_dashboard_setting, UNSET)
            feature = _src.get(_k_feature, UNSET)
            schedule = _src.get(_k_schedule, UNSET)
            notification_groups = _src.get(_k_notification_groups, UNSET)
            instructions = _src.get(_k_instructions, UNSET)
            exposed_to_apis = _src.get(_k_exposed_to_apis, UNSET)
            is_linkable = _src.get(_k_is_linkable, UNSET)
            created_by = _src.get(_k_created_by, UNSET)
            last_updated_by = _src.get(_k_last_updated_by, UNSET)
        if name.__class__ is not str:
            raise _d.fail("ScenarioWrite", "name", name, "string")

        try:
            definition = _ScenarioDefinition_from_dict(definition)
        except DecodeError as _error:
            raise _error.within("ScenarioWrite", "definition") from None

        if description.__class__ is not str:
            if description is not UNSET:
                raise _d.fail("ScenarioWrite", "description", description, "string")
            _absent += 1

        if type_ is UNSET:
            _absent += 1
        else:
            _member = _d.ENUM_MEMBERS[ScenarioType].get(type_) if type_.__class__ is str else None
            if _member is None:
                raise _d.enum_failure(ScenarioType, "ScenarioWrite", "type", type_)
            type_ = _member

        if severity is UNSET:
            _absent += 1
        else:
            _member = _d.ENUM_MEMBERS[Severity].get(severity) if severity.__class__ is int else None
            if _member is None:
                raise _d.enum_failure(Severity, "ScenarioWrite", "severity", severity)
            severity = _member

        if dashboard_setting is UNSET:
            _absent += 1
        else:
            _member = (
                _d.ENUM_MEMBERS[DashboardSetting].get(dashboard_setting) if dashboard_setting.__class__ is str else None
            )
            if _member is None:
                raise _d.enum_failure(DashboardSetting, "ScenarioWrite", "dashboardSetting", dashboard_setting)
            dashboard_setting = _member

        if feature is UNSET:
            _absent += 1
        else:

            def _union_feature(model: str, field: str, value: Any) -> Any:
                if value is None:
                    return value
                _refusals: list[tuple[int, DecodeError]] = []
                try:
                    candidate = value
                    if candidate.__class__ is not int:
                        raise _d.fail(model, field, candidate, "integer")

                    return candidate
                except DecodeError as _error:
                    _refusals.append((0, _error))
                try:
                    candidate = value
                    try:
                        candidate = _Folder_from_dict(candidate)
                    except DecodeError as _error:
                        raise _error.within(model, field) from None

                    return candidate
                except DecodeError as _error:
                    _refusals.append((_d.resemblance(value, Folder, {}), _error))
                raise _d.union_failure(_refusals, model, field, value, "Folder | int | None")

            feature = _union_feature("ScenarioWrite", "feature", feature)

        if schedule is UNSET:
            _absent += 1
        else:

            def _union_schedule(model: str, field: str, value: Any) -> Any:
                if value is None:
                    return value
                _refusals: list[tuple[int, DecodeError]] = []
                try:
                    candidate = value
                    if candidate.__class__ is not int:
                        raise _d.fail(model, field, candidate, "integer")

                    return candidate
                except DecodeError as _error:
                    _refusals.append((0, _error))
                try:
                    candidate = value
                    try:
                        candidate = _Schedule_from_dict(candidate)
                    except DecodeError as _error:
                        raise _error.within(model, field) from None

                    return candidate
                except DecodeError as _error:
                    _refusals.append((_d.resemblance(value, Schedule, {}), _error))
                raise _d.union_failure(_refusals, model, field, value, "int | None | Schedule")

            schedule = _union_schedule("ScenarioWrite", "schedule", schedule)

        if notification_groups is UNSET:
            _absent += 1
        else:
            if notification_groups is not None:
                if notification_groups.__class__ is not list:
                    raise _d.fail("ScenarioWrite", "notificationGroups", notification_groups, "array")
                try:
                    notification_groups = [*map(_NotificationGroupWrite_from_dict, notification_groups)]
                except DecodeError:
                    raise _d.item_failure(
                        NotificationGroupWrite, "ScenarioWrite", "notificationGroups", notification_groups
                    ) from None

        if instructions.__class__ is not str:
            if instructions is not UNSET:
                raise _d.fail("ScenarioWrite", "instructions", instructions, "string")
            _absent += 1

        if exposed_to_apis.__class__ is not bool:
            if exposed_to_apis is not UNSET:
                raise _d.fail("ScenarioWrite", "exposedToApis", exposed_to_apis, "boolean")
            _absent += 1

        if is_linkable.__class__ is not bool:
            if is_linkable is not UNSET:
                raise _d.fail("ScenarioWrite", "isLinkable", is_linkable, "boolean")
            _absent += 1

        if created_by.__class__ is not int:
            if created_by is not UNSET:
                raise _d.fail("ScenarioWrite", "createdBy", created_by, "integer")
            _absent += 1

        if last_updated_by.__class__ is not int:
            if last_updated_by is not UNSET:
                raise _d.fail("ScenarioWrite", "lastUpdatedBy", last_updated_by, "integer")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        scenario_write = _new(cls)
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
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        scenario_write.additional_properties = {} if len(_src) + _absent == 14 else _d.extra_keys(_src, _KNOWN_KEYS)
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

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_ScenarioWrite_from_dict = ScenarioWrite.from_dict
_Folder_from_dict = Folder.from_dict
_NotificationGroupWrite_from_dict = NotificationGroupWrite.from_dict
_ScenarioDefinition_from_dict = ScenarioDefinition.from_dict
_Schedule_from_dict = Schedule.from_dict
