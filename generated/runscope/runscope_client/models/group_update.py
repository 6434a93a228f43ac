# Generated from specs/runscope/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/runscope/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupUpdate")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "bucket_keys",
        "user_uuids",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_name,
    _k_bucket_keys,
    _k_user_uuids,
) = _d.parsed_keys(
    "name",
    "bucket_keys",
    "user_uuids",
)
_members = _itemgetter(
    _k_name,
    _k_bucket_keys,
    _k_user_uuids,
)


@_attrs_define
class GroupUpdate:
    """
    Attributes:
        name (None | str | Unset):
        bucket_keys (list[str] | None | Unset):
        user_uuids (list[str] | None | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    name: None | str | Unset = UNSET
    bucket_keys: list[str] | None | Unset = UNSET
    user_uuids: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        bucket_keys: list[str] | None | Unset
        if isinstance(self.bucket_keys, Unset):
            bucket_keys = UNSET
        elif isinstance(self.bucket_keys, list):
            bucket_keys = self.bucket_keys

        else:
            bucket_keys = self.bucket_keys

        user_uuids: list[str] | None | Unset
        if isinstance(self.user_uuids, Unset):
            user_uuids = UNSET
        elif isinstance(self.user_uuids, list):
            user_uuids = self.user_uuids

        else:
            user_uuids = self.user_uuids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if bucket_keys is not UNSET:
            field_dict["bucket_keys"] = bucket_keys
        if user_uuids is not UNSET:
            field_dict["user_uuids"] = user_uuids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``GroupUpdate`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("GroupUpdate", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 3
        if _read:
            try:
                (
                    name,
                    bucket_keys,
                    user_uuids,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            name = _src.get(_k_name, UNSET)
            bucket_keys = _src.get(_k_bucket_keys, UNSET)
            user_uuids = _src.get(_k_user_uuids, UNSET)
        if name.__class__ is not str and name is not None:
            if name is not UNSET:
                raise _d.fail("GroupUpdate", "name", name, "string")
            _absent += 1

        if bucket_keys is UNSET:
            _absent += 1
        else:
            if bucket_keys is not None:
                if bucket_keys.__class__ is not list:
                    raise _d.fail("GroupUpdate", "bucket_keys", bucket_keys, "array")
                for _item in bucket_keys:
                    if _item.__class__ is not str:
                        _d.list_of(str, "string", "GroupUpdate", "bucket_keys", bucket_keys)  # raises, naming the item

        if user_uuids is UNSET:
            _absent += 1
        else:
            if user_uuids is not None:
                if user_uuids.__class__ is not list:
                    raise _d.fail("GroupUpdate", "user_uuids", user_uuids, "array")
                for _item in user_uuids:
                    if _item.__class__ is not str:
                        _d.list_of(str, "string", "GroupUpdate", "user_uuids", user_uuids)  # raises, naming the item

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        group_update = _new(cls)
        group_update.name = name
        group_update.bucket_keys = bucket_keys
        group_update.user_uuids = user_uuids
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        group_update.additional_properties = {} if len(_src) + _absent == 3 else _d.extra_keys(_src, _KNOWN_KEYS)
        return group_update

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
_GroupUpdate_from_dict = GroupUpdate.from_dict
