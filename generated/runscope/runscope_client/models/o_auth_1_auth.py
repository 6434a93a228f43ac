# Generated from specs/runscope/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/runscope/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..models.signature_type import SignatureType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuth1Auth")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "auth_type",
        "consumer_key",
        "consumer_secret",
        "access_token",
        "token_secret",
        "signature_type",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_auth_type,
    _k_consumer_key,
    _k_consumer_secret,
    _k_access_token,
    _k_token_secret,
    _k_signature_type,
) = _d.parsed_keys(
    "auth_type",
    "consumer_key",
    "consumer_secret",
    "access_token",
    "token_secret",
    "signature_type",
)
_members = _itemgetter(
    _k_auth_type,
    _k_consumer_key,
    _k_consumer_secret,
    _k_access_token,
    _k_token_secret,
    _k_signature_type,
)


@_attrs_define
class OAuth1Auth:
    """
    Attributes:
        auth_type (Literal['oauth_1']):
        consumer_key (None | str | Unset):
        consumer_secret (None | str | Unset):
        access_token (None | str | Unset):
        token_secret (None | str | Unset):
        signature_type (None | SignatureType | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    auth_type: Literal["oauth_1"]
    consumer_key: None | str | Unset = UNSET
    consumer_secret: None | str | Unset = UNSET
    access_token: None | str | Unset = UNSET
    token_secret: None | str | Unset = UNSET
    signature_type: None | SignatureType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_type = self.auth_type

        consumer_key: None | str | Unset
        if isinstance(self.consumer_key, Unset):
            consumer_key = UNSET
        else:
            consumer_key = self.consumer_key

        consumer_secret: None | str | Unset
        if isinstance(self.consumer_secret, Unset):
            consumer_secret = UNSET
        else:
            consumer_secret = self.consumer_secret

        access_token: None | str | Unset
        if isinstance(self.access_token, Unset):
            access_token = UNSET
        else:
            access_token = self.access_token

        token_secret: None | str | Unset
        if isinstance(self.token_secret, Unset):
            token_secret = UNSET
        else:
            token_secret = self.token_secret

        signature_type: None | str | Unset
        if isinstance(self.signature_type, Unset):
            signature_type = UNSET
        elif isinstance(self.signature_type, SignatureType):
            signature_type = self.signature_type.value
        else:
            signature_type = self.signature_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth_type": auth_type,
            }
        )
        if consumer_key is not UNSET:
            field_dict["consumer_key"] = consumer_key
        if consumer_secret is not UNSET:
            field_dict["consumer_secret"] = consumer_secret
        if access_token is not UNSET:
            field_dict["access_token"] = access_token
        if token_secret is not UNSET:
            field_dict["token_secret"] = token_secret
        if signature_type is not UNSET:
            field_dict["signature_type"] = signature_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``OAuth1Auth`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("OAuth1Auth", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 6
        if _read:
            try:
                (
                    auth_type,
                    consumer_key,
                    consumer_secret,
                    access_token,
                    token_secret,
                    signature_type,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                auth_type = _src[_k_auth_type]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                auth_type = _src.get(_k_auth_type, _d.MISSING)
            consumer_key = _src.get(_k_consumer_key, UNSET)
            consumer_secret = _src.get(_k_consumer_secret, UNSET)
            access_token = _src.get(_k_access_token, UNSET)
            token_secret = _src.get(_k_token_secret, UNSET)
            signature_type = _src.get(_k_signature_type, UNSET)
        if auth_type != "oauth_1":
            raise _d.fail("OAuth1Auth", "auth_type", auth_type, "the constant 'oauth_1'")

        if consumer_key.__class__ is not str and consumer_key is not None:
            if consumer_key is not UNSET:
                raise _d.fail("OAuth1Auth", "consumer_key", consumer_key, "string")
            _absent += 1

        if consumer_secret.__class__ is not str and consumer_secret is not None:
            if consumer_secret is not UNSET:
                raise _d.fail("OAuth1Auth", "consumer_secret", consumer_secret, "string")
            _absent += 1

        if access_token.__class__ is not str and access_token is not None:
            if access_token is not UNSET:
                raise _d.fail("OAuth1Auth", "access_token", access_token, "string")
            _absent += 1

        if token_secret.__class__ is not str and token_secret is not None:
            if token_secret is not UNSET:
                raise _d.fail("OAuth1Auth", "token_secret", token_secret, "string")
            _absent += 1

        if signature_type is UNSET:
            _absent += 1
        else:
            if signature_type is not None:
                _member = (
                    _d.ENUM_MEMBERS[SignatureType].get(signature_type) if signature_type.__class__ is str else None
                )
                if _member is None:
                    raise _d.enum_failure(SignatureType, "OAuth1Auth", "signature_type", signature_type)
                signature_type = _member

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        o_auth_1_auth = _new(cls)
        o_auth_1_auth.auth_type = auth_type
        o_auth_1_auth.consumer_key = consumer_key
        o_auth_1_auth.consumer_secret = consumer_secret
        o_auth_1_auth.access_token = access_token
        o_auth_1_auth.token_secret = token_secret
        o_auth_1_auth.signature_type = signature_type
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        o_auth_1_auth.additional_properties = {} if len(_src) + _absent == 6 else _d.extra_keys(_src, _KNOWN_KEYS)
        return o_auth_1_auth

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
_OAuth1Auth_from_dict = OAuth1Auth.from_dict
