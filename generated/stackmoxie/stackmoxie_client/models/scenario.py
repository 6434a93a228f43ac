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

T = TypeVar("T", bound="Scenario")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "id",
        "description",
        "definition",
        "type",
        "severity",
        "dashboardSetting",
        "feature",
        "schedule",
        "notificationGroups",
        "instructions",
        "exposedToApis",
        "isLinkable",
        "uuid",
        "createdAt",
        "updatedAt",
        "createdBy",
        "lastUpdatedBy",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_name,
    _k_id,
    _k_description,
    _k_definition,
    _k_type_,
    _k_severity,
    _k_dashboard_setting,
    _k_feature,
    _k_schedule,
    _k_notification_groups,
    _k_instructions,
    _k_exposed_to_apis,
    _k_is_linkable,
    _k_uuid,
    _k_created_at,
    _k_updated_at,
    _k_created_by,
    _k_last_updated_by,
) = _d.parsed_keys(
    "name",
    "id",
    "description",
    "definition",
    "type",
    "severity",
    "dashboardSetting",
    "feature",
    "schedule",
    "notificationGroups",
    "instructions",
    "exposedToApis",
    "isLinkable",
    "uuid",
    "createdAt",
    "updatedAt",
    "createdBy",
    "lastUpdatedBy",
)
_members = _itemgetter(
    _k_name,
    _k_id,
    _k_description,
    _k_definition,
    _k_type_,
    _k_severity,
    _k_dashboard_setting,
    _k_feature,
    _k_schedule,
    _k_notification_groups,
    _k_instructions,
    _k_exposed_to_apis,
    _k_is_linkable,
    _k_uuid,
    _k_created_at,
    _k_updated_at,
    _k_created_by,
    _k_last_updated_by,
)


@_attrs_define
class Scenario:
    """A test Scenario.

    Attributes:
        name (str):
        id (int):
        description (str | Unset):
        definition (ScenarioDefinition | Unset):
        type_ (ScenarioType | Unset): Determines how the scenario will be used and how it is handled in the UI.
        severity (Severity | Unset): Issue severity status of the scenario, 1 being the most severe and 4 being the
            least.
        dashboard_setting (DashboardSetting | Unset): Whether to include this scenario in the Status Dashboard or not.
        feature (Folder | int | None | Unset): The ID or Folder object under which this Scenario lives (if any).
        schedule (int | None | Schedule | Unset): The ID or Schedule object associated with this Scenario (if any).
        notification_groups (list[NotificationGroup] | None | Unset):
        instructions (str | Unset):
        exposed_to_apis (bool | Unset):
        is_linkable (bool | Unset):
        uuid (str | Unset):
        created_at (int | Unset): Unix epoch milliseconds (facts).
        updated_at (int | Unset): Unix epoch milliseconds (facts).
        created_by (int | Unset):
        last_updated_by (int | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    name: str
    id: int
    description: str | Unset = UNSET
    definition: ScenarioDefinition | Unset = UNSET
    type_: ScenarioType | Unset = UNSET
    severity: Severity | Unset = UNSET
    dashboard_setting: DashboardSetting | Unset = UNSET
    feature: Folder | int | None | Unset = UNSET
    schedule: int | None | Schedule | Unset = UNSET
    notification_groups: list[NotificationGroup] | None | Unset = UNSET
    instructions: str | Unset = UNSET
    exposed_to_apis: bool | Unset = UNSET
    is_linkable: bool | Unset = UNSET
    uuid: str | Unset = UNSET
    created_at: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    created_by: int | Unset = UNSET
    last_updated_by: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.folder import Folder  # noqa: PLC0415
        from ..models.schedule import Schedule  # noqa: PLC0415

        name = self.name

        id = self.id

        description = self.description

        definition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.definition, Unset):
            definition = self.definition.to_dict()

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

        uuid = self.uuid

        created_at = self.created_at

        updated_at = self.updated_at

        created_by = self.created_by

        last_updated_by = self.last_updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "id": id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if definition is not UNSET:
            field_dict["definition"] = definition
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
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if last_updated_by is not UNSET:
            field_dict["lastUpdatedBy"] = last_updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Scenario`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Scenario", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 18
        if _read:
            try:
                (
                    name,
                    id,
                    description,
                    definition,
                    type_,
                    severity,
                    dashboard_setting,
                    feature,
                    schedule,
                    notification_groups,
                    instructions,
                    exposed_to_apis,
                    is_linkable,
                    uuid,
                    created_at,
                    updated_at,
                    created_by,
                    last_updated_by,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                name = _src[_k_name]
                id = _src[_k_id]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                name = _src.get(_k_name, _d.MISSING)
                id = _src.get(_k_id, _d.MISSING)
            description = _src.get(_k_description, UNSET)
            definition = _src.get(_k_definition, UNSET)
            type_ = _src.get(_k_type_, UNSET)
            severity = _src.get(_k_severity, UNSET)
            dashboard_setting = _src.get(_k_dashboard_setting, UNSET)
            feature = _src.get(_k_feature, UNSET)
            schedule = _src.get(_k_schedule, UNSET)
            notification_groups = _src.get(_k_notification_groups, UNSET)
            instructions = _src.get(_k_instructions, UNSET)
            exposed_to_apis = _src.get(_k_exposed_to_apis, UNSET)
            is_linkable = _src.get(_k_is_linkable, UNSET)
            uuid = _src.get(_k_uuid, UNSET)
            created_at = _src.get(_k_created_at, UNSET)
            updated_at = _src.get(_k_updated_at, UNSET)
            created_by = _src.get(_k_created_by, UNSET)
            last_updated_by = _src.get(_k_last_updated_by, UNSET)
        if name.__class__ is not str:
            raise _d.fail("Scenario", "name", name, "string")

        if id.__class__ is not int:
            raise _d.fail("Scenario", "id", id, "integer")

        if description.__class__ is not str:
            if description is not UNSET:
                raise _d.fail("Scenario", "description", description, "string")
            _absent += 1

        if definition is UNSET:
            _absent += 1
        else:
            try:
                definition = _ScenarioDefinition_from_dict(definition)
            except DecodeError as _error:
                raise _error.within("Scenario", "definition") from None

        if type_ is UNSET:
            _absent += 1
        else:
            _member = _d.ENUM_MEMBERS[ScenarioType].get(type_) if type_.__class__ is str else None
            if _member is None:
                raise _d.enum_failure(ScenarioType, "Scenario", "type", type_)
            type_ = _member

        if severity is UNSET:
            _absent += 1
        else:
            _member = _d.ENUM_MEMBERS[Severity].get(severity) if severity.__class__ is int else None
            if _member is None:
                raise _d.enum_failure(Severity, "Scenario", "severity", severity)
            severity = _member

        if dashboard_setting is UNSET:
            _absent += 1
        else:
            _member = (
                _d.ENUM_MEMBERS[DashboardSetting].get(dashboard_setting) if dashboard_setting.__class__ is str else None
            )
            if _member is None:
                raise _d.enum_failure(DashboardSetting, "Scenario", "dashboardSetting", dashboard_setting)
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

            feature = _union_feature("Scenario", "feature", feature)

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

            schedule = _union_schedule("Scenario", "schedule", schedule)

        if notification_groups is UNSET:
            _absent += 1
        else:
            if notification_groups is not None:
                if notification_groups.__class__ is not list:
                    raise _d.fail("Scenario", "notificationGroups", notification_groups, "array")
                try:
                    notification_groups = [*map(_NotificationGroup_from_dict, notification_groups)]
                except DecodeError:
                    raise _d.item_failure(
                        NotificationGroup, "Scenario", "notificationGroups", notification_groups
                    ) from None

        if instructions.__class__ is not str:
            if instructions is not UNSET:
                raise _d.fail("Scenario", "instructions", instructions, "string")
            _absent += 1

        if exposed_to_apis.__class__ is not bool:
            if exposed_to_apis is not UNSET:
                raise _d.fail("Scenario", "exposedToApis", exposed_to_apis, "boolean")
            _absent += 1

        if is_linkable.__class__ is not bool:
            if is_linkable is not UNSET:
                raise _d.fail("Scenario", "isLinkable", is_linkable, "boolean")
            _absent += 1

        if uuid.__class__ is not str:
            if uuid is not UNSET:
                raise _d.fail("Scenario", "uuid", uuid, "string")
            _absent += 1

        if created_at.__class__ is not int:
            if created_at is not UNSET:
                raise _d.fail("Scenario", "createdAt", created_at, "integer")
            _absent += 1

        if updated_at.__class__ is not int:
            if updated_at is not UNSET:
                raise _d.fail("Scenario", "updatedAt", updated_at, "integer")
            _absent += 1

        if created_by.__class__ is not int:
            if created_by is not UNSET:
                raise _d.fail("Scenario", "createdBy", created_by, "integer")
            _absent += 1

        if last_updated_by.__class__ is not int:
            if last_updated_by is not UNSET:
                raise _d.fail("Scenario", "lastUpdatedBy", last_updated_by, "integer")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        scenario = _new(cls)
        scenario.name = name
        scenario.id = id
        scenario.description = description
        scenario.definition = definition
        scenario.type_ = type_
        scenario.severity = severity
        scenario.dashboard_setting = dashboard_setting
        scenario.feature = feature
        scenario.schedule = schedule
        scenario.notification_groups = notification_groups
        scenario.instructions = instructions
        scenario.exposed_to_apis = exposed_to_apis
        scenario.is_linkable = is_linkable
        scenario.uuid = uuid
        scenario.created_at = created_at
        scenario.updated_at = updated_at
        scenario.created_by = created_by
        scenario.last_updated_by = last_updated_by
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        scenario.additional_properties = {} if len(_src) + _absent == 18 else _d.extra_keys(_src, _KNOWN_KEYS)
        return scenario

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
from ..models.notification_group import NotificationGroup  # noqa: E402
from ..models.scenario_definition import ScenarioDefinition  # noqa: E402
from ..models.schedule import Schedule  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_Scenario_from_dict = Scenario.from_dict
_Folder_from_dict = Folder.from_dict
_NotificationGroup_from_dict = NotificationGroup.from_dict
_ScenarioDefinition_from_dict = ScenarioDefinition.from_dict
_Schedule_from_dict = Schedule.from_dict
