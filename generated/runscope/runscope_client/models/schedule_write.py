# Generated from specs/runscope/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/runscope/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..models.schedule_interval import ScheduleInterval
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduleWrite")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "environment_id",
        "interval",
        "note",
        "id",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_environment_id,
    _k_interval,
    _k_note,
    _k_id,
) = _d.parsed_keys(
    "environment_id",
    "interval",
    "note",
    "id",
)
_members = _itemgetter(
    _k_environment_id,
    _k_interval,
    _k_note,
    _k_id,
)


@_attrs_define
class ScheduleWrite:
    """
    Attributes:
        environment_id (str):
        interval (ScheduleInterval):
        note (None | str | Unset):
        id (None | str | Unset): Read-only; ignored.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    environment_id: str
    interval: ScheduleInterval
    note: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        environment_id = self.environment_id

        interval = self.interval.value

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "environment_id": environment_id,
                "interval": interval,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``ScheduleWrite`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("ScheduleWrite", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 4
        if _read:
            try:
                (
                    environment_id,
                    interval,
                    note,
                    id,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                environment_id = _src[_k_environment_id]
                interval = _src[_k_interval]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                environment_id = _src.get(_k_environment_id, _d.MISSING)
                interval = _src.get(_k_interval, _d.MISSING)
            note = _src.get(_k_note, UNSET)
            id = _src.get(_k_id, UNSET)
        if environment_id.__class__ is not str:
            raise _d.fail("ScheduleWrite", "environment_id", environment_id, "string")

        _member = _d.ENUM_MEMBERS[ScheduleInterval].get(interval) if interval.__class__ is str else None
        if _member is None:
            raise _d.enum_failure(ScheduleInterval, "ScheduleWrite", "interval", interval)
        interval = _member

        if note.__class__ is not str and note is not None:
            if note is not UNSET:
                raise _d.fail("ScheduleWrite", "note", note, "string")
            _absent += 1

        if id.__class__ is not str and id is not None:
            if id is not UNSET:
                raise _d.fail("ScheduleWrite", "id", id, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        schedule_write = _new(cls)
        schedule_write.environment_id = environment_id
        schedule_write.interval = interval
        schedule_write.note = note
        schedule_write.id = id
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        schedule_write.additional_properties = {} if len(_src) + _absent == 4 else _d.extra_keys(_src, _KNOWN_KEYS)
        return schedule_write

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
_ScheduleWrite_from_dict = ScheduleWrite.from_dict
