# Generated from specs/runscope/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/runscope/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..types import UNSET, Unset

T = TypeVar("T", bound="BasicAuth")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "auth_type",
        "username",
        "password",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_auth_type,
    _k_username,
    _k_password,
) = _d.parsed_keys(
    "auth_type",
    "username",
    "password",
)
_members = _itemgetter(
    _k_auth_type,
    _k_username,
    _k_password,
)


@_attrs_define
class BasicAuth:
    """
    Attributes:
        auth_type (Literal['basic']):
        username (None | str | Unset):
        password (None | str | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    auth_type: Literal["basic"]
    username: None | str | Unset = UNSET
    password: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_type = self.auth_type

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth_type": auth_type,
            }
        )
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``BasicAuth`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("BasicAuth", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 3
        if _read:
            try:
                (
                    auth_type,
                    username,
                    password,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                auth_type = _src[_k_auth_type]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                auth_type = _src.get(_k_auth_type, _d.MISSING)
            username = _src.get(_k_username, UNSET)
            password = _src.get(_k_password, UNSET)
        if auth_type != "basic":
            raise _d.fail("BasicAuth", "auth_type", auth_type, "the constant 'basic'")

        if username.__class__ is not str and username is not None:
            if username is not UNSET:
                raise _d.fail("BasicAuth", "username", username, "string")
            _absent += 1

        if password.__class__ is not str and password is not None:
            if password is not UNSET:
                raise _d.fail("BasicAuth", "password", password, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        basic_auth = _new(cls)
        basic_auth.auth_type = auth_type
        basic_auth.username = username
        basic_auth.password = password
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        basic_auth.additional_properties = {} if len(_src) + _absent == 3 else _d.extra_keys(_src, _KNOWN_KEYS)
        return basic_auth

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
_BasicAuth_from_dict = BasicAuth.from_dict
