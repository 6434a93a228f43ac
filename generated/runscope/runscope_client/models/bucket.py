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

T = TypeVar("T", bound="Bucket")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "key",
        "name",
        "default",
        "verify_ssl",
        "auth_token",
        "team",
        "is_private",
        "trigger_url",
        "locations_utilization_%",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_key,
    _k_name,
    _k_default,
    _k_verify_ssl,
    _k_auth_token,
    _k_team,
    _k_is_private,
    _k_trigger_url,
    _k_locations_utilization,
) = _d.parsed_keys(
    "key",
    "name",
    "default",
    "verify_ssl",
    "auth_token",
    "team",
    "is_private",
    "trigger_url",
    "locations_utilization_%",
)
_members = _itemgetter(
    _k_key,
    _k_name,
    _k_default,
    _k_verify_ssl,
    _k_auth_token,
    _k_team,
    _k_is_private,
    _k_trigger_url,
    _k_locations_utilization,
)


@_attrs_define
class Bucket:
    """
    Attributes:
        key (str): The bucket key.
        name (str):
        default (bool | Unset): A team's default bucket cannot be deleted.
        verify_ssl (bool | Unset):
        auth_token (None | str | Unset): Only with the bucket:auth_token scope.
        team (AccountTeam | Unset): A team of the account; `uuid` in the reference, `id` in the vendor's own client
            (facts).
        is_private (bool | Unset): In the vendor's own client (facts).
        trigger_url (str | Unset): The bucket-wide trigger URL (facts).
        locations_utilization (BucketLocationsUtilization | Unset): Location to the percentage of concurrent tests
            running there (v1, over list_utilizations_gt).
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    key: str
    name: str
    default: bool | Unset = UNSET
    verify_ssl: bool | Unset = UNSET
    auth_token: None | str | Unset = UNSET
    team: AccountTeam | Unset = UNSET
    is_private: bool | Unset = UNSET
    trigger_url: str | Unset = UNSET
    locations_utilization: BucketLocationsUtilization | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        default = self.default

        verify_ssl = self.verify_ssl

        auth_token: None | str | Unset
        if isinstance(self.auth_token, Unset):
            auth_token = UNSET
        else:
            auth_token = self.auth_token

        team: dict[str, Any] | Unset = UNSET
        if not isinstance(self.team, Unset):
            team = self.team.to_dict()

        is_private = self.is_private

        trigger_url = self.trigger_url

        locations_utilization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.locations_utilization, Unset):
            locations_utilization = self.locations_utilization.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "name": name,
            }
        )
        if default is not UNSET:
            field_dict["default"] = default
        if verify_ssl is not UNSET:
            field_dict["verify_ssl"] = verify_ssl
        if auth_token is not UNSET:
            field_dict["auth_token"] = auth_token
        if team is not UNSET:
            field_dict["team"] = team
        if is_private is not UNSET:
            field_dict["is_private"] = is_private
        if trigger_url is not UNSET:
            field_dict["trigger_url"] = trigger_url
        if locations_utilization is not UNSET:
            field_dict["locations_utilization_%"] = locations_utilization

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Bucket`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Bucket", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 9
        if _read:
            try:
                (
                    key,
                    name,
                    default,
                    verify_ssl,
                    auth_token,
                    team,
                    is_private,
                    trigger_url,
                    locations_utilization,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                key = _src[_k_key]
                name = _src[_k_name]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                key = _src.get(_k_key, _d.MISSING)
                name = _src.get(_k_name, _d.MISSING)
            default = _src.get(_k_default, UNSET)
            verify_ssl = _src.get(_k_verify_ssl, UNSET)
            auth_token = _src.get(_k_auth_token, UNSET)
            team = _src.get(_k_team, UNSET)
            is_private = _src.get(_k_is_private, UNSET)
            trigger_url = _src.get(_k_trigger_url, UNSET)
            locations_utilization = _src.get(_k_locations_utilization, UNSET)
        if key.__class__ is not str:
            raise _d.fail("Bucket", "key", key, "string")

        if name.__class__ is not str:
            raise _d.fail("Bucket", "name", name, "string")

        if default.__class__ is not bool:
            if default is not UNSET:
                raise _d.fail("Bucket", "default", default, "boolean")
            _absent += 1

        if verify_ssl.__class__ is not bool:
            if verify_ssl is not UNSET:
                raise _d.fail("Bucket", "verify_ssl", verify_ssl, "boolean")
            _absent += 1

        if auth_token.__class__ is not str and auth_token is not None:
            if auth_token is not UNSET:
                raise _d.fail("Bucket", "auth_token", auth_token, "string")
            _absent += 1

        if team is UNSET:
            _absent += 1
        else:
            try:
                team = _AccountTeam_from_dict(team)
            except DecodeError as _error:
                raise _error.within("Bucket", "team") from None

        if is_private.__class__ is not bool:
            if is_private is not UNSET:
                raise _d.fail("Bucket", "is_private", is_private, "boolean")
            _absent += 1

        if trigger_url.__class__ is not str:
            if trigger_url is not UNSET:
                raise _d.fail("Bucket", "trigger_url", trigger_url, "string")
            _absent += 1

        if locations_utilization is UNSET:
            _absent += 1
        else:
            try:
                locations_utilization = _BucketLocationsUtilization_from_dict(locations_utilization)
            except DecodeError as _error:
                raise _error.within("Bucket", "locations_utilization_%") from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        bucket = _new(cls)
        bucket.key = key
        bucket.name = name
        bucket.default = default
        bucket.verify_ssl = verify_ssl
        bucket.auth_token = auth_token
        bucket.team = team
        bucket.is_private = is_private
        bucket.trigger_url = trigger_url
        bucket.locations_utilization = locations_utilization
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        bucket.additional_properties = {} if len(_src) + _absent == 9 else _d.extra_keys(_src, _KNOWN_KEYS)
        return bucket

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
from ..models.account_team import AccountTeam  # noqa: E402
from ..models.bucket_locations_utilization import BucketLocationsUtilization  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_Bucket_from_dict = Bucket.from_dict
_AccountTeam_from_dict = AccountTeam.from_dict
_BucketLocationsUtilization_from_dict = BucketLocationsUtilization.from_dict
