# Generated from specs/mabl/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/mabl/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..types import UNSET, Unset

T = TypeVar("T", bound="UsageBucket")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "start_time",
        "end_time",
        "group_id",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_start_time,
    _k_end_time,
    _k_group_id,
) = _d.parsed_keys(
    "start_time",
    "end_time",
    "group_id",
)
_members = _itemgetter(
    _k_start_time,
    _k_end_time,
    _k_group_id,
)


@_attrs_define
class UsageBucket:
    """
    Attributes:
        start_time (int): A point in time, Unix epoch milliseconds (facts §1).
        end_time (int): A point in time, Unix epoch milliseconds (facts §1).
        group_id (str | Unset): With group_by
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    start_time: int
    end_time: int
    group_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time

        end_time = self.end_time

        group_id = self.group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_time": start_time,
                "end_time": end_time,
            }
        )
        if group_id is not UNSET:
            field_dict["group_id"] = group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``UsageBucket`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("UsageBucket", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 3
        if _read:
            try:
                (
                    start_time,
                    end_time,
                    group_id,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                start_time = _src[_k_start_time]
                end_time = _src[_k_end_time]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                start_time = _src.get(_k_start_time, _d.MISSING)
                end_time = _src.get(_k_end_time, _d.MISSING)
            group_id = _src.get(_k_group_id, UNSET)
        if start_time.__class__ is not int:
            raise _d.fail("UsageBucket", "start_time", start_time, "integer")

        if end_time.__class__ is not int:
            raise _d.fail("UsageBucket", "end_time", end_time, "integer")

        if group_id.__class__ is not str:
            if group_id is not UNSET:
                raise _d.fail("UsageBucket", "group_id", group_id, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        usage_bucket = _new(cls)
        usage_bucket.start_time = start_time
        usage_bucket.end_time = end_time
        usage_bucket.group_id = group_id
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        usage_bucket.additional_properties = {} if len(_src) + _absent == 3 else _d.extra_keys(_src, _KNOWN_KEYS)
        return usage_bucket

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
_UsageBucket_from_dict = UsageBucket.from_dict
