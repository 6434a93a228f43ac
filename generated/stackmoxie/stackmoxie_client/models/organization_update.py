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

T = TypeVar("T", bound="OrganizationUpdate")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "statusPageIsPublic",
        "notificationEmailAddress",
        "notificationSetting",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_name,
    _k_status_page_is_public,
    _k_notification_email_address,
    _k_notification_setting,
) = _d.parsed_keys(
    "name",
    "statusPageIsPublic",
    "notificationEmailAddress",
    "notificationSetting",
)
_members = _itemgetter(
    _k_name,
    _k_status_page_is_public,
    _k_notification_email_address,
    _k_notification_setting,
)


@_attrs_define
class OrganizationUpdate:
    """
    Attributes:
        name (str | Unset): The Organization's name.
        status_page_is_public (bool | Unset):
        notification_email_address (str | Unset): Where run notifications for Scheduled runs are sent (most likely a
            group alias).
        notification_setting (NotificationSetting | Unset): When run notifications are sent.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    name: str | Unset = UNSET
    status_page_is_public: bool | Unset = UNSET
    notification_email_address: str | Unset = UNSET
    notification_setting: NotificationSetting | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        status_page_is_public = self.status_page_is_public

        notification_email_address = self.notification_email_address

        notification_setting: str | Unset = UNSET
        if not isinstance(self.notification_setting, Unset):
            notification_setting = self.notification_setting.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if status_page_is_public is not UNSET:
            field_dict["statusPageIsPublic"] = status_page_is_public
        if notification_email_address is not UNSET:
            field_dict["notificationEmailAddress"] = notification_email_address
        if notification_setting is not UNSET:
            field_dict["notificationSetting"] = notification_setting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``OrganizationUpdate`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("OrganizationUpdate", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 4
        if _read:
            try:
                (
                    name,
                    status_page_is_public,
                    notification_email_address,
                    notification_setting,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            name = _src.get(_k_name, UNSET)
            status_page_is_public = _src.get(_k_status_page_is_public, UNSET)
            notification_email_address = _src.get(_k_notification_email_address, UNSET)
            notification_setting = _src.get(_k_notification_setting, UNSET)
        if name.__class__ is not str:
            if name is not UNSET:
                raise _d.fail("OrganizationUpdate", "name", name, "string")
            _absent += 1

        if status_page_is_public.__class__ is not bool:
            if status_page_is_public is not UNSET:
                raise _d.fail("OrganizationUpdate", "statusPageIsPublic", status_page_is_public, "boolean")
            _absent += 1

        if notification_email_address.__class__ is not str:
            if notification_email_address is not UNSET:
                raise _d.fail("OrganizationUpdate", "notificationEmailAddress", notification_email_address, "string")
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
                raise _d.enum_failure(
                    NotificationSetting, "OrganizationUpdate", "notificationSetting", notification_setting
                )
            notification_setting = _member

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        organization_update = _new(cls)
        organization_update.name = name
        organization_update.status_page_is_public = status_page_is_public
        organization_update.notification_email_address = notification_email_address
        organization_update.notification_setting = notification_setting
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        organization_update.additional_properties = {} if len(_src) + _absent == 4 else _d.extra_keys(_src, _KNOWN_KEYS)
        return organization_update

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
_OrganizationUpdate_from_dict = OrganizationUpdate.from_dict
