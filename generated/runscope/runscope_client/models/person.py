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

T = TypeVar("T", bound="Person")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "uuid",
        "name",
        "email",
        "created_at",
        "last_login_at",
        "role_name",
        "role_uuid",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_id,
    _k_uuid,
    _k_name,
    _k_email,
    _k_created_at,
    _k_last_login_at,
    _k_role_name,
    _k_role_uuid,
) = _d.parsed_keys(
    "id",
    "uuid",
    "name",
    "email",
    "created_at",
    "last_login_at",
    "role_name",
    "role_uuid",
)
_members = _itemgetter(
    _k_id,
    _k_uuid,
    _k_name,
    _k_email,
    _k_created_at,
    _k_last_login_at,
    _k_role_name,
    _k_role_uuid,
)


@_attrs_define
class Person:
    """A user: a test's creator, an e-mail recipient, or a team member. Team member `created_at` and `last_login_at` are
    date strings ("Wed, 14 Aug 2019 19:53:48 -0000"), except in the look-up example (epoch seconds).

        Attributes:
            id (str | Unset):
            uuid (str | Unset):
            name (None | str | Unset):
            email (None | str | Unset):
            created_at (float | None | str | Unset):
            last_login_at (None | str | Unset):
            role_name (None | str | Unset):
            role_uuid (None | str | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    id: str | Unset = UNSET
    uuid: str | Unset = UNSET
    name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    created_at: float | None | str | Unset = UNSET
    last_login_at: None | str | Unset = UNSET
    role_name: None | str | Unset = UNSET
    role_uuid: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        uuid = self.uuid

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        created_at: float | None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        last_login_at: None | str | Unset
        if isinstance(self.last_login_at, Unset):
            last_login_at = UNSET
        else:
            last_login_at = self.last_login_at

        role_name: None | str | Unset
        if isinstance(self.role_name, Unset):
            role_name = UNSET
        else:
            role_name = self.role_name

        role_uuid: None | str | Unset
        if isinstance(self.role_uuid, Unset):
            role_uuid = UNSET
        else:
            role_uuid = self.role_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if last_login_at is not UNSET:
            field_dict["last_login_at"] = last_login_at
        if role_name is not UNSET:
            field_dict["role_name"] = role_name
        if role_uuid is not UNSET:
            field_dict["role_uuid"] = role_uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Person`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Person", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 8
        if _read:
            try:
                (
                    id,
                    uuid,
                    name,
                    email,
                    created_at,
                    last_login_at,
                    role_name,
                    role_uuid,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            id = _src.get(_k_id, UNSET)
            uuid = _src.get(_k_uuid, UNSET)
            name = _src.get(_k_name, UNSET)
            email = _src.get(_k_email, UNSET)
            created_at = _src.get(_k_created_at, UNSET)
            last_login_at = _src.get(_k_last_login_at, UNSET)
            role_name = _src.get(_k_role_name, UNSET)
            role_uuid = _src.get(_k_role_uuid, UNSET)
        if id.__class__ is not str:
            if id is not UNSET:
                raise _d.fail("Person", "id", id, "string")
            _absent += 1

        if uuid.__class__ is not str:
            if uuid is not UNSET:
                raise _d.fail("Person", "uuid", uuid, "string")
            _absent += 1

        if name.__class__ is not str and name is not None:
            if name is not UNSET:
                raise _d.fail("Person", "name", name, "string")
            _absent += 1

        if email.__class__ is not str and email is not None:
            if email is not UNSET:
                raise _d.fail("Person", "email", email, "string")
            _absent += 1

        if created_at is UNSET:
            _absent += 1
        else:

            def _union_created_at(model: str, field: str, value: Any) -> Any:
                if value is None:
                    return value
                _refusals: list[tuple[int, DecodeError]] = []
                try:
                    candidate = value
                    if candidate.__class__ is not str:
                        raise _d.fail(model, field, candidate, "string")

                    return candidate
                except DecodeError as _error:
                    _refusals.append((0, _error))
                try:
                    candidate = value
                    candidate = _d.as_float(model, field, candidate)

                    return candidate
                except DecodeError as _error:
                    _refusals.append((0, _error))
                raise _d.union_failure(_refusals, model, field, value, "float | None | str")

            created_at = _union_created_at("Person", "created_at", created_at)

        if last_login_at.__class__ is not str and last_login_at is not None:
            if last_login_at is not UNSET:
                raise _d.fail("Person", "last_login_at", last_login_at, "string")
            _absent += 1

        if role_name.__class__ is not str and role_name is not None:
            if role_name is not UNSET:
                raise _d.fail("Person", "role_name", role_name, "string")
            _absent += 1

        if role_uuid.__class__ is not str and role_uuid is not None:
            if role_uuid is not UNSET:
                raise _d.fail("Person", "role_uuid", role_uuid, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        person = _new(cls)
        person.id = id
        person.uuid = uuid
        person.name = name
        person.email = email
        person.created_at = created_at
        person.last_login_at = last_login_at
        person.role_name = role_name
        person.role_uuid = role_uuid
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        person.additional_properties = {} if len(_src) + _absent == 8 else _d.extra_keys(_src, _KNOWN_KEYS)
        return person

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
_Person_from_dict = Person.from_dict
