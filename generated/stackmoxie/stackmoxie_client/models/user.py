# Generated from specs/stackmoxie/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/stackmoxie/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..types import UNSET, Unset

T = TypeVar("T", bound="User")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "uuid",
        "emailAddress",
        "emailStatus",
        "emailChangeCandidate",
        "password",
        "fullName",
        "notificationSetting",
        "notificationOverride",
        "maxTrials",
        "isSuperAdmin",
        "passwordResetToken",
        "passwordResetTokenExpiresAt",
        "emailProofToken",
        "emailProofTokenExpiresAt",
        "tosAcceptedByIp",
        "lastSeenAt",
        "id",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_uuid,
    _k_email_address,
    _k_email_status,
    _k_email_change_candidate,
    _k_password,
    _k_full_name,
    _k_notification_setting,
    _k_notification_override,
    _k_max_trials,
    _k_is_super_admin,
    _k_password_reset_token,
    _k_password_reset_token_expires_at,
    _k_email_proof_token,
    _k_email_proof_token_expires_at,
    _k_tos_accepted_by_ip,
    _k_last_seen_at,
    _k_id,
) = _d.parsed_keys(
    "uuid",
    "emailAddress",
    "emailStatus",
    "emailChangeCandidate",
    "password",
    "fullName",
    "notificationSetting",
    "notificationOverride",
    "maxTrials",
    "isSuperAdmin",
    "passwordResetToken",
    "passwordResetTokenExpiresAt",
    "emailProofToken",
    "emailProofTokenExpiresAt",
    "tosAcceptedByIp",
    "lastSeenAt",
    "id",
)
_members = _itemgetter(
    _k_uuid,
    _k_email_address,
    _k_email_status,
    _k_email_change_candidate,
    _k_password,
    _k_full_name,
    _k_notification_setting,
    _k_notification_override,
    _k_max_trials,
    _k_is_super_admin,
    _k_password_reset_token,
    _k_password_reset_token_expires_at,
    _k_email_proof_token,
    _k_email_proof_token_expires_at,
    _k_tos_accepted_by_ip,
    _k_last_seen_at,
    _k_id,
)


@_attrs_define
class User:
    """A Stack Moxie user, as notification groups list them.

    Attributes:
        uuid (str | Unset):
        email_address (str | Unset):
        email_status (str | Unset):
        email_change_candidate (str | Unset):
        password (str | Unset):
        full_name (str | Unset):
        notification_setting (str | Unset):
        notification_override (str | Unset):
        max_trials (str | Unset):
        is_super_admin (bool | Unset):
        password_reset_token (str | Unset):
        password_reset_token_expires_at (str | Unset):
        email_proof_token (str | Unset):
        email_proof_token_expires_at (str | Unset):
        tos_accepted_by_ip (str | Unset):
        last_seen_at (str | Unset):
        id (int | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    uuid: str | Unset = UNSET
    email_address: str | Unset = UNSET
    email_status: str | Unset = UNSET
    email_change_candidate: str | Unset = UNSET
    password: str | Unset = UNSET
    full_name: str | Unset = UNSET
    notification_setting: str | Unset = UNSET
    notification_override: str | Unset = UNSET
    max_trials: str | Unset = UNSET
    is_super_admin: bool | Unset = UNSET
    password_reset_token: str | Unset = UNSET
    password_reset_token_expires_at: str | Unset = UNSET
    email_proof_token: str | Unset = UNSET
    email_proof_token_expires_at: str | Unset = UNSET
    tos_accepted_by_ip: str | Unset = UNSET
    last_seen_at: str | Unset = UNSET
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        email_address = self.email_address

        email_status = self.email_status

        email_change_candidate = self.email_change_candidate

        password = self.password

        full_name = self.full_name

        notification_setting = self.notification_setting

        notification_override = self.notification_override

        max_trials = self.max_trials

        is_super_admin = self.is_super_admin

        password_reset_token = self.password_reset_token

        password_reset_token_expires_at = self.password_reset_token_expires_at

        email_proof_token = self.email_proof_token

        email_proof_token_expires_at = self.email_proof_token_expires_at

        tos_accepted_by_ip = self.tos_accepted_by_ip

        last_seen_at = self.last_seen_at

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if email_address is not UNSET:
            field_dict["emailAddress"] = email_address
        if email_status is not UNSET:
            field_dict["emailStatus"] = email_status
        if email_change_candidate is not UNSET:
            field_dict["emailChangeCandidate"] = email_change_candidate
        if password is not UNSET:
            field_dict["password"] = password
        if full_name is not UNSET:
            field_dict["fullName"] = full_name
        if notification_setting is not UNSET:
            field_dict["notificationSetting"] = notification_setting
        if notification_override is not UNSET:
            field_dict["notificationOverride"] = notification_override
        if max_trials is not UNSET:
            field_dict["maxTrials"] = max_trials
        if is_super_admin is not UNSET:
            field_dict["isSuperAdmin"] = is_super_admin
        if password_reset_token is not UNSET:
            field_dict["passwordResetToken"] = password_reset_token
        if password_reset_token_expires_at is not UNSET:
            field_dict["passwordResetTokenExpiresAt"] = password_reset_token_expires_at
        if email_proof_token is not UNSET:
            field_dict["emailProofToken"] = email_proof_token
        if email_proof_token_expires_at is not UNSET:
            field_dict["emailProofTokenExpiresAt"] = email_proof_token_expires_at
        if tos_accepted_by_ip is not UNSET:
            field_dict["tosAcceptedByIp"] = tos_accepted_by_ip
        if last_seen_at is not UNSET:
            field_dict["lastSeenAt"] = last_seen_at
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``User`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("User", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 17
        if _read:
            try:
                (
                    uuid,
                    email_address,
                    email_status,
                    email_change_candidate,
                    password,
                    full_name,
                    notification_setting,
                    notification_override,
                    max_trials,
                    is_super_admin,
                    password_reset_token,
                    password_reset_token_expires_at,
                    email_proof_token,
                    email_proof_token_expires_at,
                    tos_accepted_by_ip,
                    last_seen_at,
                    id,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            uuid = _src.get(_k_uuid, UNSET)
            email_address = _src.get(_k_email_address, UNSET)
            email_status = _src.get(_k_email_status, UNSET)
            email_change_candidate = _src.get(_k_email_change_candidate, UNSET)
            password = _src.get(_k_password, UNSET)
            full_name = _src.get(_k_full_name, UNSET)
            notification_setting = _src.get(_k_notification_setting, UNSET)
            notification_override = _src.get(_k_notification_override, UNSET)
            max_trials = _src.get(_k_max_trials, UNSET)
            is_super_admin = _src.get(_k_is_super_admin, UNSET)
            password_reset_token = _src.get(_k_password_reset_token, UNSET)
            password_reset_token_expires_at = _src.get(_k_password_reset_token_expires_at, UNSET)
            email_proof_token = _src.get(_k_email_proof_token, UNSET)
            email_proof_token_expires_at = _src.get(_k_email_proof_token_expires_at, UNSET)
            tos_accepted_by_ip = _src.get(_k_tos_accepted_by_ip, UNSET)
            last_seen_at = _src.get(_k_last_seen_at, UNSET)
            id = _src.get(_k_id, UNSET)
        if uuid.__class__ is not str:
            if uuid is not UNSET:
                raise _d.fail("User", "uuid", uuid, "string")
            _absent += 1

        if email_address.__class__ is not str:
            if email_address is not UNSET:
                raise _d.fail("User", "emailAddress", email_address, "string")
            _absent += 1

        if email_status.__class__ is not str:
            if email_status is not UNSET:
                raise _d.fail("User", "emailStatus", email_status, "string")
            _absent += 1

        if email_change_candidate.__class__ is not str:
            if email_change_candidate is not UNSET:
                raise _d.fail("User", "emailChangeCandidate", email_change_candidate, "string")
            _absent += 1

        if password.__class__ is not str:
            if password is not UNSET:
                raise _d.fail("User", "password", password, "string")
            _absent += 1

        if full_name.__class__ is not str:
            if full_name is not UNSET:
                raise _d.fail("User", "fullName", full_name, "string")
            _absent += 1

        if notification_setting.__class__ is not str:
            if notification_setting is not UNSET:
                raise _d.fail("User", "notificationSetting", notification_setting, "string")
            _absent += 1

        if notification_override.__class__ is not str:
            if notification_override is not UNSET:
                raise _d.fail("User", "notificationOverride", notification_override, "string")
            _absent += 1

        if max_trials.__class__ is not str:
            if max_trials is not UNSET:
                raise _d.fail("User", "maxTrials", max_trials, "string")
            _absent += 1

        if is_super_admin.__class__ is not bool:
            if is_super_admin is not UNSET:
                raise _d.fail("User", "isSuperAdmin", is_super_admin, "boolean")
            _absent += 1

        if password_reset_token.__class__ is not str:
            if password_reset_token is not UNSET:
                raise _d.fail("User", "passwordResetToken", password_reset_token, "string")
            _absent += 1

        if password_reset_token_expires_at.__class__ is not str:
            if password_reset_token_expires_at is not UNSET:
                raise _d.fail("User", "passwordResetTokenExpiresAt", password_reset_token_expires_at, "string")
            _absent += 1

        if email_proof_token.__class__ is not str:
            if email_proof_token is not UNSET:
                raise _d.fail("User", "emailProofToken", email_proof_token, "string")
            _absent += 1

        if email_proof_token_expires_at.__class__ is not str:
            if email_proof_token_expires_at is not UNSET:
                raise _d.fail("User", "emailProofTokenExpiresAt", email_proof_token_expires_at, "string")
            _absent += 1

        if tos_accepted_by_ip.__class__ is not str:
            if tos_accepted_by_ip is not UNSET:
                raise _d.fail("User", "tosAcceptedByIp", tos_accepted_by_ip, "string")
            _absent += 1

        if last_seen_at.__class__ is not str:
            if last_seen_at is not UNSET:
                raise _d.fail("User", "lastSeenAt", last_seen_at, "string")
            _absent += 1

        if id.__class__ is not int:
            if id is not UNSET:
                raise _d.fail("User", "id", id, "integer")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        user = _new(cls)
        user.uuid = uuid
        user.email_address = email_address
        user.email_status = email_status
        user.email_change_candidate = email_change_candidate
        user.password = password
        user.full_name = full_name
        user.notification_setting = notification_setting
        user.notification_override = notification_override
        user.max_trials = max_trials
        user.is_super_admin = is_super_admin
        user.password_reset_token = password_reset_token
        user.password_reset_token_expires_at = password_reset_token_expires_at
        user.email_proof_token = email_proof_token
        user.email_proof_token_expires_at = email_proof_token_expires_at
        user.tos_accepted_by_ip = tos_accepted_by_ip
        user.last_seen_at = last_seen_at
        user.id = id
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        user.additional_properties = {} if len(_src) + _absent == 17 else _d.extra_keys(_src, _KNOWN_KEYS)
        return user

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
_User_from_dict = User.from_dict
