# Generated from specs/stackmoxie/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/stackmoxie/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..models.notification_setting import NotificationSetting
from ..types import UNSET, Unset

T = TypeVar("T", bound="Organization")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "uuid",
        "statusPageIsPublic",
        "id",
        "createdAt",
        "plan",
        "urlSlug",
        "maxRunsPerPeriod",
        "scheduleIntervalLowerBound",
        "createdBy",
        "notificationEmailAddress",
        "notificationSetting",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_name,
    _k_uuid,
    _k_status_page_is_public,
    _k_id,
    _k_created_at,
    _k_plan,
    _k_url_slug,
    _k_max_runs_per_period,
    _k_schedule_interval_lower_bound,
    _k_created_by,
    _k_notification_email_address,
    _k_notification_setting,
) = _d.parsed_keys(
    "name",
    "uuid",
    "statusPageIsPublic",
    "id",
    "createdAt",
    "plan",
    "urlSlug",
    "maxRunsPerPeriod",
    "scheduleIntervalLowerBound",
    "createdBy",
    "notificationEmailAddress",
    "notificationSetting",
)
_members = _itemgetter(
    _k_name,
    _k_uuid,
    _k_status_page_is_public,
    _k_id,
    _k_created_at,
    _k_plan,
    _k_url_slug,
    _k_max_runs_per_period,
    _k_schedule_interval_lower_bound,
    _k_created_by,
    _k_notification_email_address,
    _k_notification_setting,
)


@_attrs_define
class Organization:
    """
    Attributes:
        name (str):
        uuid (str):
        status_page_is_public (bool | Unset):
        id (int | Unset):
        created_at (int | Unset): Unix epoch milliseconds (facts).
        plan (str | Unset):
        url_slug (str | Unset):
        max_runs_per_period (int | Unset):
        schedule_interval_lower_bound (int | Unset):
        created_by (int | Unset):
        notification_email_address (str | Unset):
        notification_setting (NotificationSetting | Unset): When run notifications are sent.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    name: str
    uuid: str
    status_page_is_public: bool | Unset = UNSET
    id: int | Unset = UNSET
    created_at: int | Unset = UNSET
    plan: str | Unset = UNSET
    url_slug: str | Unset = UNSET
    max_runs_per_period: int | Unset = UNSET
    schedule_interval_lower_bound: int | Unset = UNSET
    created_by: int | Unset = UNSET
    notification_email_address: str | Unset = UNSET
    notification_setting: NotificationSetting | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        uuid = self.uuid

        status_page_is_public = self.status_page_is_public

        id = self.id

        created_at = self.created_at

        plan = self.plan

        url_slug = self.url_slug

        max_runs_per_period = self.max_runs_per_period

        schedule_interval_lower_bound = self.schedule_interval_lower_bound

        created_by = self.created_by

        notification_email_address = self.notification_email_address

        notification_setting: str | Unset = UNSET
        if not isinstance(self.notification_setting, Unset):
            notification_setting = self.notification_setting.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "uuid": uuid,
            }
        )
        if status_page_is_public is not UNSET:
            field_dict["statusPageIsPublic"] = status_page_is_public
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if plan is not UNSET:
            field_dict["plan"] = plan
        if url_slug is not UNSET:
            field_dict["urlSlug"] = url_slug
        if max_runs_per_period is not UNSET:
            field_dict["maxRunsPerPeriod"] = max_runs_per_period
        if schedule_interval_lower_bound is not UNSET:
            field_dict["scheduleIntervalLowerBound"] = schedule_interval_lower_bound
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if notification_email_address is not UNSET:
            field_dict["notificationEmailAddress"] = notification_email_address
        if notification_setting is not UNSET:
            field_dict["notificationSetting"] = notification_setting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Organization`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Organization", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 12
        if _read:
            try:
                (
                    name,
                    uuid,
                    status_page_is_public,
                    id,
                    created_at,
                    plan,
                    url_slug,
                    max_runs_per_period,
                    schedule_interval_lower_bound,
                    created_by,
                    notification_email_address,
                    notification_setting,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                name = _src[_k_name]
                uuid = _src[_k_uuid]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                name = _src.get(_k_name, _d.MISSING)
                uuid = _src.get(_k_uuid, _d.MISSING)
            status_page_is_public = _src.get(_k_status_page_is_public, UNSET)
            id = _src.get(_k_id, UNSET)
            created_at = _src.get(_k_created_at, UNSET)
            plan = _src.get(_k_plan, UNSET)
            url_slug = _src.get(_k_url_slug, UNSET)
            max_runs_per_period = _src.get(_k_max_runs_per_period, UNSET)
            schedule_interval_lower_bound = _src.get(_k_schedule_interval_lower_bound, UNSET)
            created_by = _src.get(_k_created_by, UNSET)
            notification_email_address = _src.get(_k_notification_email_address, UNSET)
            notification_setting = _src.get(_k_notification_setting, UNSET)
        if name.__class__ is not str:
            raise _d.fail("Organization", "name", name, "string")

        if uuid.__class__ is not str:
            raise _d.fail("Organization", "uuid", uuid, "string")

        if status_page_is_public.__class__ is not bool:
            if status_page_is_public is not UNSET:
                raise _d.fail("Organization", "statusPageIsPublic", status_page_is_public, "boolean")
            _absent += 1

        if id.__class__ is not int:
            if id is not UNSET:
                raise _d.fail("Organization", "id", id, "integer")
            _absent += 1

        if created_at.__class__ is not int:
            if created_at is not UNSET:
                raise _d.fail("Organization", "createdAt", created_at, "integer")
            _absent += 1

        if plan.__class__ is not str:
            if plan is not UNSET:
                raise _d.fail("Organization", "plan", plan, "string")
            _absent += 1

        if url_slug.__class__ is not str:
            if url_slug is not UNSET:
                raise _d.fail("Organization", "urlSlug", url_slug, "string")
            _absent += 1

        if max_runs_per_period.__class__ is not int:
            if max_runs_per_period is not UNSET:
                raise _d.fail("Organization", "maxRunsPerPeriod", max_runs_per_period, "integer")
            _absent += 1

        if schedule_interval_lower_bound.__class__ is not int:
            if schedule_interval_lower_bound is not UNSET:
                raise _d.fail("Organization", "scheduleIntervalLowerBound", schedule_interval_lower_bound, "integer")
            _absent += 1

        if created_by.__class__ is not int:
            if created_by is not UNSET:
                raise _d.fail("Organization", "createdBy", created_by, "integer")
            _absent += 1

        if notification_email_address.__class__ is not str:
            if notification_email_address is not UNSET:
                raise _d.fail("Organization", "notificationEmailAddress", notification_email_address, "string")
            _absent += 1

        if notification_setting is UNSET:
            _absent += 1
        else:
            _member = (
                _d.ENUM_MEMBERS[NotificationSetting].get(notification_setting)
                if notification_setting.__class__ is str
                else None
            )
            if _member is None:
                raise _d.enum_failure(NotificationSetting, "Organization", "notificationSetting", notification_setting)
            notification_setting = _member

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        organization = _new(cls)
        organization.name = name
        organization.uuid = uuid
        organization.status_page_is_public = status_page_is_public
        organization.id = id
        organization.created_at = created_at
        organization.plan = plan
        organization.url_slug = url_slug
        organization.max_runs_per_period = max_runs_per_period
        organization.schedule_interval_lower_bound = schedule_interval_lower_bound
        organization.created_by = created_by
        organization.notification_email_address = notification_email_address
        organization.notification_setting = notification_setting
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        organization.additional_properties = {} if len(_src) + _absent == 12 else _d.extra_keys(_src, _KNOWN_KEYS)
        return organization

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


# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_Organization_from_dict = Organization.from_dict
