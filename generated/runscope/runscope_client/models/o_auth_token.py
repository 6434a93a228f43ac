# Generated from specs/runscope/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/runscope/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d

T = TypeVar("T", bound="OAuthToken")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "access_token",
        "token_type",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_access_token,
    _k_token_type,
) = _d.parsed_keys(
    "access_token",
    "token_type",
)
_members = _itemgetter(
    _k_access_token,
    _k_token_type,
)


@_attrs_define
class OAuthToken:
    """
    Attributes:
        access_token (str):
        token_type (str): bearer.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    access_token: str
    token_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        token_type = self.token_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "token_type": token_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``OAuthToken`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("OAuthToken", src_dict)
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 2
        if _read:
            try:
                (
                    access_token,
                    token_type,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                access_token = _src[_k_access_token]
                token_type = _src[_k_token_type]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                access_token = _src.get(_k_access_token, _d.MISSING)
                token_type = _src.get(_k_token_type, _d.MISSING)
        if access_token.__class__ is not str:
            raise _d.fail("OAuthToken", "access_token", access_token, "string")

        if token_type.__class__ is not str:
            raise _d.fail("OAuthToken", "token_type", token_type, "string")

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        o_auth_token = _new(cls)
        o_auth_token.access_token = access_token
        o_auth_token.token_type = token_type
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        o_auth_token.additional_properties = {} if len(_src) == 2 else _d.extra_keys(_src, _KNOWN_KEYS)
        return o_auth_token

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
_OAuthToken_from_dict = OAuthToken.from_dict
