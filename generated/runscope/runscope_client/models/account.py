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

T = TypeVar("T", bound="Account")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "uuid",
        "email",
        "teams",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_name,
    _k_uuid,
    _k_email,
    _k_teams,
) = _d.parsed_keys(
    "name",
    "uuid",
    "email",
    "teams",
)
_members = _itemgetter(
    _k_name,
    _k_uuid,
    _k_email,
    _k_teams,
)


@_attrs_define
class Account:
    """
    Attributes:
        name (None | str | Unset):
        uuid (str | Unset):
        email (None | str | Unset): Only with the account:email scope.
        teams (list[AccountTeam] | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    name: None | str | Unset = UNSET
    uuid: str | Unset = UNSET
    email: None | str | Unset = UNSET
    teams: list[AccountTeam] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        uuid = self.uuid

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        teams: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.teams, Unset):
            teams = []
            for teams_item_data in self.teams:
                teams_item = teams_item_data.to_dict()
                teams.append(teams_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if email is not UNSET:
            field_dict["email"] = email
        if teams is not UNSET:
            field_dict["teams"] = teams

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Account`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Account", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 4
        if _read:
            try:
                (
                    name,
                    uuid,
                    email,
                    teams,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            name = _src.get(_k_name, UNSET)
            uuid = _src.get(_k_uuid, UNSET)
            email = _src.get(_k_email, UNSET)
            teams = _src.get(_k_teams, UNSET)
        if name.__class__ is not str and name is not None:
            if name is not UNSET:
                raise _d.fail("Account", "name", name, "string")
            _absent += 1

        if uuid.__class__ is not str:
            if uuid is not UNSET:
                raise _d.fail("Account", "uuid", uuid, "string")
            _absent += 1

        if email.__class__ is not str and email is not None:
            if email is not UNSET:
                raise _d.fail("Account", "email", email, "string")
            _absent += 1

        if teams is UNSET:
            _absent += 1
        else:
            if teams.__class__ is not list:
                raise _d.fail("Account", "teams", teams, "array")
            try:
                teams = [*map(_AccountTeam_from_dict, teams)]
            except DecodeError:
                raise _d.item_failure(AccountTeam, "Account", "teams", teams) from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        account = _new(cls)
        account.name = name
        account.uuid = uuid
        account.email = email
        account.teams = teams
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        account.additional_properties = {} if len(_src) + _absent == 4 else _d.extra_keys(_src, _KNOWN_KEYS)
        return account

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

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_Account_from_dict = Account.from_dict
_AccountTeam_from_dict = AccountTeam.from_dict
