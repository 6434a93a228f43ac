# Generated from specs/runscope/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/runscope/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..models.client_authentication import ClientAuthentication
from ..models.code_challenge_method import CodeChallengeMethod
from ..models.o_auth_2_grant_type import OAuth2GrantType
from ..models.token_location import TokenLocation
from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuth2Auth")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "auth_type",
        "access_token",
        "token_location",
        "grant_type",
        "auth_url",
        "access_token_url",
        "client_id",
        "client_secret",
        "code_challenge_method",
        "code_verifier",
        "username",
        "password",
        "scope",
        "state",
        "client_authentication",
        "refresh_token",
        "is_auto_refresh_token",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_auth_type,
    _k_access_token,
    _k_token_location,
    _k_grant_type,
    _k_auth_url,
    _k_access_token_url,
    _k_client_id,
    _k_client_secret,
    _k_code_challenge_method,
    _k_code_verifier,
    _k_username,
    _k_password,
    _k_scope,
    _k_state,
    _k_client_authentication,
    _k_refresh_token,
    _k_is_auto_refresh_token,
) = _d.parsed_keys(
    "auth_type",
    "access_token",
    "token_location",
    "grant_type",
    "auth_url",
    "access_token_url",
    "client_id",
    "client_secret",
    "code_challenge_method",
    "code_verifier",
    "username",
    "password",
    "scope",
    "state",
    "client_authentication",
    "refresh_token",
    "is_auto_refresh_token",
)
_members = _itemgetter(
    _k_auth_type,
    _k_access_token,
    _k_token_location,
    _k_grant_type,
    _k_auth_url,
    _k_access_token_url,
    _k_client_id,
    _k_client_secret,
    _k_code_challenge_method,
    _k_code_verifier,
    _k_username,
    _k_password,
    _k_scope,
    _k_state,
    _k_client_authentication,
    _k_refresh_token,
    _k_is_auto_refresh_token,
)


@_attrs_define
class OAuth2Auth:
    """OAuth 2.0; fields not saved show as null (reference, Adding Request Step).

    Attributes:
        auth_type (Literal['oauth_2']):
        access_token (None | str | Unset):
        token_location (None | TokenLocation | Unset):
        grant_type (None | OAuth2GrantType | Unset):
        auth_url (None | str | Unset):
        access_token_url (None | str | Unset):
        client_id (None | str | Unset):
        client_secret (None | str | Unset):
        code_challenge_method (CodeChallengeMethod | None | Unset):
        code_verifier (None | str | Unset):
        username (None | str | Unset):
        password (None | str | Unset):
        scope (None | str | Unset):
        state (None | str | Unset):
        client_authentication (ClientAuthentication | None | Unset):
        refresh_token (None | str | Unset):
        is_auto_refresh_token (bool | None | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    auth_type: Literal["oauth_2"]
    access_token: None | str | Unset = UNSET
    token_location: None | TokenLocation | Unset = UNSET
    grant_type: None | OAuth2GrantType | Unset = UNSET
    auth_url: None | str | Unset = UNSET
    access_token_url: None | str | Unset = UNSET
    client_id: None | str | Unset = UNSET
    client_secret: None | str | Unset = UNSET
    code_challenge_method: CodeChallengeMethod | None | Unset = UNSET
    code_verifier: None | str | Unset = UNSET
    username: None | str | Unset = UNSET
    password: None | str | Unset = UNSET
    scope: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    client_authentication: ClientAuthentication | None | Unset = UNSET
    refresh_token: None | str | Unset = UNSET
    is_auto_refresh_token: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_type = self.auth_type

        access_token: None | str | Unset
        if isinstance(self.access_token, Unset):
            access_token = UNSET
        else:
            access_token = self.access_token

        token_location: None | str | Unset
        if isinstance(self.token_location, Unset):
            token_location = UNSET
        elif isinstance(self.token_location, TokenLocation):
            token_location = self.token_location.value
        else:
            token_location = self.token_location

        grant_type: None | str | Unset
        if isinstance(self.grant_type, Unset):
            grant_type = UNSET
        elif isinstance(self.grant_type, OAuth2GrantType):
            grant_type = self.grant_type.value
        else:
            grant_type = self.grant_type

        auth_url: None | str | Unset
        if isinstance(self.auth_url, Unset):
            auth_url = UNSET
        else:
            auth_url = self.auth_url

        access_token_url: None | str | Unset
        if isinstance(self.access_token_url, Unset):
            access_token_url = UNSET
        else:
            access_token_url = self.access_token_url

        client_id: None | str | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        client_secret: None | str | Unset
        if isinstance(self.client_secret, Unset):
            client_secret = UNSET
        else:
            client_secret = self.client_secret

        code_challenge_method: None | str | Unset
        if isinstance(self.code_challenge_method, Unset):
            code_challenge_method = UNSET
        elif isinstance(self.code_challenge_method, CodeChallengeMethod):
            code_challenge_method = self.code_challenge_method.value
        else:
            code_challenge_method = self.code_challenge_method

        code_verifier: None | str | Unset
        if isinstance(self.code_verifier, Unset):
            code_verifier = UNSET
        else:
            code_verifier = self.code_verifier

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

        scope: None | str | Unset
        if isinstance(self.scope, Unset):
            scope = UNSET
        else:
            scope = self.scope

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        client_authentication: None | str | Unset
        if isinstance(self.client_authentication, Unset):
            client_authentication = UNSET
        elif isinstance(self.client_authentication, ClientAuthentication):
            client_authentication = self.client_authentication.value
        else:
            client_authentication = self.client_authentication

        refresh_token: None | str | Unset
        if isinstance(self.refresh_token, Unset):
            refresh_token = UNSET
        else:
            refresh_token = self.refresh_token

        is_auto_refresh_token: bool | None | Unset
        if isinstance(self.is_auto_refresh_token, Unset):
            is_auto_refresh_token = UNSET
        else:
            is_auto_refresh_token = self.is_auto_refresh_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth_type": auth_type,
            }
        )
        if access_token is not UNSET:
            field_dict["access_token"] = access_token
        if token_location is not UNSET:
            field_dict["token_location"] = token_location
        if grant_type is not UNSET:
            field_dict["grant_type"] = grant_type
        if auth_url is not UNSET:
            field_dict["auth_url"] = auth_url
        if access_token_url is not UNSET:
            field_dict["access_token_url"] = access_token_url
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if code_challenge_method is not UNSET:
            field_dict["code_challenge_method"] = code_challenge_method
        if code_verifier is not UNSET:
            field_dict["code_verifier"] = code_verifier
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if scope is not UNSET:
            field_dict["scope"] = scope
        if state is not UNSET:
            field_dict["state"] = state
        if client_authentication is not UNSET:
            field_dict["client_authentication"] = client_authentication
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if is_auto_refresh_token is not UNSET:
            field_dict["is_auto_refresh_token"] = is_auto_refresh_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``OAuth2Auth`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("OAuth2Auth", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 17
        if _read:
            try:
                (
                    auth_type,
                    access_token,
                    token_location,
                    grant_type,
                    auth_url,
                    access_token_url,
                    client_id,
                    client_secret,
                    code_challenge_method,
                    code_verifier,
                    username,
                    password,
                    scope,
                    state,
                    client_authentication,
                    refresh_token,
                    is_auto_refresh_token,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                auth_type = _src[_k_auth_type]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                auth_type = _src.get(_k_auth_type, _d.MISSING)
            access_token = _src.get(_k_access_token, UNSET)
            token_location = _src.get(_k_token_location, UNSET)
            grant_type = _src.get(_k_grant_type, UNSET)
            auth_url = _src.get(_k_auth_url, UNSET)
            access_token_url = _src.get(_k_access_token_url, UNSET)
            client_id = _src.get(_k_client_id, UNSET)
            client_secret = _src.get(_k_client_secret, UNSET)
            code_challenge_method = _src.get(_k_code_challenge_method, UNSET)
            code_verifier = _src.get(_k_code_verifier, UNSET)
            username = _src.get(_k_username, UNSET)
            password = _src.get(_k_password, UNSET)
            scope = _src.get(_k_scope, UNSET)
            state = _src.get(_k_state, UNSET)
            client_authentication = _src.get(_k_client_authentication, UNSET)
            refresh_token = _src.get(_k_refresh_token, UNSET)
            is_auto_refresh_token = _src.get(_k_is_auto_refresh_token, UNSET)
        if auth_type != "oauth_2":
            raise _d.fail("OAuth2Auth", "auth_type", auth_type, "the constant 'oauth_2'")

        if access_token.__class__ is not str and access_token is not None:
            if access_token is not UNSET:
                raise _d.fail("OAuth2Auth", "access_token", access_token, "string")
            _absent += 1

        if token_location is UNSET:
            _absent += 1
        else:
            if token_location is not None:
                _member = (
                    _d.ENUM_MEMBERS[TokenLocation].get(token_location) if token_location.__class__ is str else None
                )
                if _member is None:
                    raise _d.enum_failure(TokenLocation, "OAuth2Auth", "token_location", token_location)
                token_location = _member

        if grant_type is UNSET:
            _absent += 1
        else:
            if grant_type is not None:
                _member = _d.ENUM_MEMBERS[OAuth2GrantType].get(grant_type) if grant_type.__class__ is str else None
                if _member is None:
                    raise _d.enum_failure(OAuth2GrantType, "OAuth2Auth", "grant_type", grant_type)
                grant_type = _member

        if auth_url.__class__ is not str and auth_url is not None:
            if auth_url is not UNSET:
                raise _d.fail("OAuth2Auth", "auth_url", auth_url, "string")
            _absent += 1

        if access_token_url.__class__ is not str and access_token_url is not None:
            if access_token_url is not UNSET:
                raise _d.fail("OAuth2Auth", "access_token_url", access_token_url, "string")
            _absent += 1

        if client_id.__class__ is not str and client_id is not None:
            if client_id is not UNSET:
                raise _d.fail("OAuth2Auth", "client_id", client_id, "string")
            _absent += 1

        if client_secret.__class__ is not str and client_secret is not None:
            if client_secret is not UNSET:
                raise _d.fail("OAuth2Auth", "client_secret", client_secret, "string")
            _absent += 1

        if code_challenge_method is UNSET:
            _absent += 1
        else:
            if code_challenge_method is not None:
                _member = (
                    _d.ENUM_MEMBERS[CodeChallengeMethod].get(code_challenge_method)
                    if code_challenge_method.__class__ is str
                    else None
                )
                if _member is None:
                    raise _d.enum_failure(
                        CodeChallengeMethod, "OAuth2Auth", "code_challenge_method", code_challenge_method
                    )
                code_challenge_method = _member

        if code_verifier.__class__ is not str and code_verifier is not None:
            if code_verifier is not UNSET:
                raise _d.fail("OAuth2Auth", "code_verifier", code_verifier, "string")
            _absent += 1

        if username.__class__ is not str and username is not None:
            if username is not UNSET:
                raise _d.fail("OAuth2Auth", "username", username, "string")
            _absent += 1

        if password.__class__ is not str and password is not None:
            if password is not UNSET:
                raise _d.fail("OAuth2Auth", "password", password, "string")
            _absent += 1

        if scope.__class__ is not str and scope is not None:
            if scope is not UNSET:
                raise _d.fail("OAuth2Auth", "scope", scope, "string")
            _absent += 1

        if state.__class__ is not str and state is not None:
            if state is not UNSET:
                raise _d.fail("OAuth2Auth", "state", state, "string")
            _absent += 1

        if client_authentication is UNSET:
            _absent += 1
        else:
            if client_authentication is not None:
                _member = (
                    _d.ENUM_MEMBERS[ClientAuthentication].get(client_authentication)
                    if client_authentication.__class__ is str
                    else None
                )
                if _member is None:
                    raise _d.enum_failure(
                        ClientAuthentication, "OAuth2Auth", "client_authentication", client_authentication
                    )
                client_authentication = _member

        if refresh_token.__class__ is not str and refresh_token is not None:
            if refresh_token is not UNSET:
                raise _d.fail("OAuth2Auth", "refresh_token", refresh_token, "string")
            _absent += 1

        if is_auto_refresh_token.__class__ is not bool and is_auto_refresh_token is not None:
            if is_auto_refresh_token is not UNSET:
                raise _d.fail("OAuth2Auth", "is_auto_refresh_token", is_auto_refresh_token, "boolean")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        o_auth_2_auth = _new(cls)
        o_auth_2_auth.auth_type = auth_type
        o_auth_2_auth.access_token = access_token
        o_auth_2_auth.token_location = token_location
        o_auth_2_auth.grant_type = grant_type
        o_auth_2_auth.auth_url = auth_url
        o_auth_2_auth.access_token_url = access_token_url
        o_auth_2_auth.client_id = client_id
        o_auth_2_auth.client_secret = client_secret
        o_auth_2_auth.code_challenge_method = code_challenge_method
        o_auth_2_auth.code_verifier = code_verifier
        o_auth_2_auth.username = username
        o_auth_2_auth.password = password
        o_auth_2_auth.scope = scope
        o_auth_2_auth.state = state
        o_auth_2_auth.client_authentication = client_authentication
        o_auth_2_auth.refresh_token = refresh_token
        o_auth_2_auth.is_auto_refresh_token = is_auto_refresh_token
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        o_auth_2_auth.additional_properties = {} if len(_src) + _absent == 17 else _d.extra_keys(_src, _KNOWN_KEYS)
        return o_auth_2_auth

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
_OAuth2Auth_from_dict = OAuth2Auth.from_dict
