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
from ..models.cog import Cog
from ..models.profile import Profile
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectionCreate")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "cog",
        "auth",
        "profile",
        "createdBy",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_cog,
    _k_auth,
    _k_profile,
    _k_created_by,
) = _d.parsed_keys(
    "cog",
    "auth",
    "profile",
    "createdBy",
)
_members = _itemgetter(
    _k_cog,
    _k_auth,
    _k_profile,
    _k_created_by,
)


@_attrs_define
class ConnectionCreate:
    """
    Attributes:
        cog (Cog): The cogs a Connection can be made to ("Cog Name in the form vendor/name").
        auth (ConnectionAuth | Unset): Authentication details required by the given Cog (its registry entry's auth
            fields).
        profile (Profile | Unset): Profile name; "default" is the only documented value.
        created_by (int | Unset): Shown in the docs' request example.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    cog: Cog
    auth: ConnectionAuth | Unset = UNSET
    profile: Profile | Unset = UNSET
    created_by: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cog = self.cog.value

        auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth, Unset):
            auth = self.auth.to_dict()

        profile: str | Unset = UNSET
        if not isinstance(self.profile, Unset):
            profile = self.profile.value

        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cog": cog,
            }
        )
        if auth is not UNSET:
            field_dict["auth"] = auth
        if profile is not UNSET:
            field_dict["profile"] = profile
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``ConnectionCreate`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("ConnectionCreate", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 4
        if _read:
            try:
                (
                    cog,
                    auth,
                    profile,
                    created_by,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                cog = _src[_k_cog]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                cog = _src.get(_k_cog, _d.MISSING)
            auth = _src.get(_k_auth, UNSET)
            profile = _src.get(_k_profile, UNSET)
            created_by = _src.get(_k_created_by, UNSET)
        _member = _d.ENUM_MEMBERS[Cog].get(cog) if cog.__class__ is str else None
        if _member is None:
            raise _d.enum_failure(Cog, "ConnectionCreate", "cog", cog)
        cog = _member

        if auth is UNSET:
            _absent += 1
        else:
            try:
                auth = _ConnectionAuth_from_dict(auth)
            except DecodeError as _error:
                raise _error.within("ConnectionCreate", "auth") from None

        if profile is UNSET:
            _absent += 1
        else:
            _member = _d.ENUM_MEMBERS[Profile].get(profile) if profile.__class__ is str else None
            if _member is None:
                raise _d.enum_failure(Profile, "ConnectionCreate", "profile", profile)
            profile = _member

        if created_by.__class__ is not int:
            if created_by is not UNSET:
                raise _d.fail("ConnectionCreate", "createdBy", created_by, "integer")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        connection_create = _new(cls)
        connection_create.cog = cog
        connection_create.auth = auth
        connection_create.profile = profile
        connection_create.created_by = created_by
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        connection_create.additional_properties = {} if len(_src) + _absent == 4 else _d.extra_keys(_src, _KNOWN_KEYS)
        return connection_create

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
from ..models.connection_auth import ConnectionAuth  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_ConnectionCreate_from_dict = ConnectionCreate.from_dict
_ConnectionAuth_from_dict = ConnectionAuth.from_dict
