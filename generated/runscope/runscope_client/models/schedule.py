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

T = TypeVar("T", bound="Schedule")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "environment_id",
        "interval",
        "note",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_id,
    _k_environment_id,
    _k_interval,
    _k_note,
) = _d.parsed_keys(
    "id",
    "environment_id",
    "interval",
    "note",
)
_members = _itemgetter(
    _k_id,
    _k_environment_id,
    _k_interval,
    _k_note,
)


@_attrs_define
class Schedule:
    """
    Attributes:
        id (str):
        environment_id (str): The environment the test runs with.
        interval (ScheduleInterval):
        note (None | str | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    id: str
    environment_id: str
    interval: ScheduleInterval
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        environment_id = self.environment_id

        interval = self.interval.value

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "environment_id": environment_id,
                "interval": interval,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Schedule`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Schedule", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 4
        if _read:
            try:
                (
                    id,
                    environment_id,
                    interval,
                    note,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                id = _src[_k_id]
                environment_id = _src[_k_environment_id]
                interval = _src[_k_interval]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                id = _src.get(_k_id, _d.MISSING)
                environment_id = _src.get(_k_environment_id, _d.MISSING)
                interval = _src.get(_k_interval, _d.MISSING)
            note = _src.get(_k_note, UNSET)
        if id.__class__ is not str:
            raise _d.fail("Schedule", "id", id, "string")

        if environment_id.__class__ is not str:
            raise _d.fail("Schedule", "environment_id", environment_id, "string")

        _member = _d.ENUM_MEMBERS[ScheduleInterval].get(interval) if interval.__class__ is str else None
        if _member is None:
            raise _d.enum_failure(ScheduleInterval, "Schedule", "interval", interval)
        interval = _member

        if note.__class__ is not str and note is not None:
            if note is not UNSET:
                raise _d.fail("Schedule", "note", note, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        schedule = _new(cls)
        schedule.id = id
        schedule.environment_id = environment_id
        schedule.interval = interval
        schedule.note = note
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        schedule.additional_properties = {} if len(_src) + _absent == 4 else _d.extra_keys(_src, _KNOWN_KEYS)
        return schedule

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
_Schedule_from_dict = Schedule.from_dict
