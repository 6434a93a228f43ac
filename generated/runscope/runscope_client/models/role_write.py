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
from ..models.permission import Permission
from ..types import UNSET, Unset

T = TypeVar("T", bound="RoleWrite")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "permissions",
        "uuid",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_name,
    _k_permissions,
    _k_uuid,
) = _d.parsed_keys(
    "name",
    "permissions",
    "uuid",
)
_members = _itemgetter(
    _k_name,
    _k_permissions,
    _k_uuid,
)


@_attrs_define
class RoleWrite:
    """A role to create (name and permissions) or the permissions to set.

    Attributes:
        name (None | str | Unset):
        permissions (list[Permission | str] | Unset):
        uuid (None | str | Unset): Read-only; ignored.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    name: None | str | Unset = UNSET
    permissions: list[Permission | str] | Unset = UNSET
    uuid: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        permissions: list[str] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = []
            for permissions_item_data in self.permissions:
                permissions_item: str
                if isinstance(permissions_item_data, Permission):
                    permissions_item = permissions_item_data.value
                else:
                    permissions_item = permissions_item_data
                permissions.append(permissions_item)

        uuid: None | str | Unset
        if isinstance(self.uuid, Unset):
            uuid = UNSET
        else:
            uuid = self.uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``RoleWrite`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("RoleWrite", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 3
        if _read:
            try:
                (
                    name,
                    permissions,
                    uuid,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            name = _src.get(_k_name, UNSET)
            permissions = _src.get(_k_permissions, UNSET)
            uuid = _src.get(_k_uuid, UNSET)
        if name.__class__ is not str and name is not None:
            if name is not UNSET:
                raise _d.fail("RoleWrite", "name", name, "string")
            _absent += 1

        if permissions is UNSET:
            _absent += 1
        else:

            def _item_permissions(model: str, field: str, value: Any) -> Any:
                def _union_value(model: str, field: str, value: Any) -> Any:
                    _refusals: list[tuple[int, DecodeError]] = []
                    try:
                        candidate = value
                        _member = _d.ENUM_MEMBERS[Permission].get(candidate) if candidate.__class__ is str else None
                        if _member is None:
                            raise _d.enum_failure(Permission, model, field, candidate)
                        candidate = _member

                        return candidate
                    except DecodeError as _error:
                        _refusals.append((0, _error))
                    try:
                        candidate = value
                        if candidate.__class__ is not str:
                            raise _d.fail(model, field, candidate, "string")

                        return candidate
                    except DecodeError as _error:
                        _refusals.append((0, _error))
                    raise _d.union_failure(_refusals, model, field, value, "Permission | str")

                value = _union_value(model, field, value)

                return value

            permissions = _d.list_map(_item_permissions, "RoleWrite", "permissions", permissions)

        if uuid.__class__ is not str and uuid is not None:
            if uuid is not UNSET:
                raise _d.fail("RoleWrite", "uuid", uuid, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        role_write = _new(cls)
        role_write.name = name
        role_write.permissions = permissions
        role_write.uuid = uuid
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        role_write.additional_properties = {} if len(_src) + _absent == 3 else _d.extra_keys(_src, _KNOWN_KEYS)
        return role_write

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
_RoleWrite_from_dict = RoleWrite.from_dict
