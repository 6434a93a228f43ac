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

T = TypeVar("T", bound="ActivityEntry")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "action_type",
        "entity_type",
        "id",
        "entity_id",
        "entity_name",
        "actor_id",
        "actor_is_mabl_employee",
        "is_automator_event",
        "timestamp",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_action_type,
    _k_entity_type,
    _k_id,
    _k_entity_id,
    _k_entity_name,
    _k_actor_id,
    _k_actor_is_mabl_employee,
    _k_is_automator_event,
    _k_timestamp,
) = _d.parsed_keys(
    "action_type",
    "entity_type",
    "id",
    "entity_id",
    "entity_name",
    "actor_id",
    "actor_is_mabl_employee",
    "is_automator_event",
    "timestamp",
)
_members = _itemgetter(
    _k_action_type,
    _k_entity_type,
    _k_id,
    _k_entity_id,
    _k_entity_name,
    _k_actor_id,
    _k_actor_is_mabl_employee,
    _k_is_automator_event,
    _k_timestamp,
)


@_attrs_define
class ActivityEntry:
    """
    Attributes:
        action_type (str): e.g. create, update, delete
        entity_type (str):
        id (str | Unset):
        entity_id (str | Unset):
        entity_name (str | Unset):
        actor_id (str | Unset):
        actor_is_mabl_employee (bool | Unset):
        is_automator_event (bool | Unset):
        timestamp (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    action_type: str
    entity_type: str
    id: str | Unset = UNSET
    entity_id: str | Unset = UNSET
    entity_name: str | Unset = UNSET
    actor_id: str | Unset = UNSET
    actor_is_mabl_employee: bool | Unset = UNSET
    is_automator_event: bool | Unset = UNSET
    timestamp: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_type = self.action_type

        entity_type = self.entity_type

        id = self.id

        entity_id = self.entity_id

        entity_name = self.entity_name

        actor_id = self.actor_id

        actor_is_mabl_employee = self.actor_is_mabl_employee

        is_automator_event = self.is_automator_event

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action_type": action_type,
                "entity_type": entity_type,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id
        if entity_name is not UNSET:
            field_dict["entity_name"] = entity_name
        if actor_id is not UNSET:
            field_dict["actor_id"] = actor_id
        if actor_is_mabl_employee is not UNSET:
            field_dict["actor_is_mabl_employee"] = actor_is_mabl_employee
        if is_automator_event is not UNSET:
            field_dict["is_automator_event"] = is_automator_event
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``ActivityEntry`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("ActivityEntry", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 9
        if _read:
            try:
                (
                    action_type,
                    entity_type,
                    id,
                    entity_id,
                    entity_name,
                    actor_id,
                    actor_is_mabl_employee,
                    is_automator_event,
                    timestamp,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                action_type = _src[_k_action_type]
                entity_type = _src[_k_entity_type]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                action_type = _src.get(_k_action_type, _d.MISSING)
                entity_type = _src.get(_k_entity_type, _d.MISSING)
            id = _src.get(_k_id, UNSET)
            entity_id = _src.get(_k_entity_id, UNSET)
            entity_name = _src.get(_k_entity_name, UNSET)
            actor_id = _src.get(_k_actor_id, UNSET)
            actor_is_mabl_employee = _src.get(_k_actor_is_mabl_employee, UNSET)
            is_automator_event = _src.get(_k_is_automator_event, UNSET)
            timestamp = _src.get(_k_timestamp, UNSET)
        if action_type.__class__ is not str:
            raise _d.fail("ActivityEntry", "action_type", action_type, "string")

        if entity_type.__class__ is not str:
            raise _d.fail("ActivityEntry", "entity_type", entity_type, "string")

        if id.__class__ is not str:
            if id is not UNSET:
                raise _d.fail("ActivityEntry", "id", id, "string")
            _absent += 1

        if entity_id.__class__ is not str:
            if entity_id is not UNSET:
                raise _d.fail("ActivityEntry", "entity_id", entity_id, "string")
            _absent += 1

        if entity_name.__class__ is not str:
            if entity_name is not UNSET:
                raise _d.fail("ActivityEntry", "entity_name", entity_name, "string")
            _absent += 1

        if actor_id.__class__ is not str:
            if actor_id is not UNSET:
                raise _d.fail("ActivityEntry", "actor_id", actor_id, "string")
            _absent += 1

        if actor_is_mabl_employee.__class__ is not bool:
            if actor_is_mabl_employee is not UNSET:
                raise _d.fail("ActivityEntry", "actor_is_mabl_employee", actor_is_mabl_employee, "boolean")
            _absent += 1

        if is_automator_event.__class__ is not bool:
            if is_automator_event is not UNSET:
                raise _d.fail("ActivityEntry", "is_automator_event", is_automator_event, "boolean")
            _absent += 1

        if timestamp.__class__ is not int:
            if timestamp is not UNSET:
                raise _d.fail("ActivityEntry", "timestamp", timestamp, "integer")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        activity_entry = _new(cls)
        activity_entry.action_type = action_type
        activity_entry.entity_type = entity_type
        activity_entry.id = id
        activity_entry.entity_id = entity_id
        activity_entry.entity_name = entity_name
        activity_entry.actor_id = actor_id
        activity_entry.actor_is_mabl_employee = actor_is_mabl_employee
        activity_entry.is_automator_event = is_automator_event
        activity_entry.timestamp = timestamp
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        activity_entry.additional_properties = {} if len(_src) + _absent == 9 else _d.extra_keys(_src, _KNOWN_KEYS)
        return activity_entry

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
_ActivityEntry_from_dict = ActivityEntry.from_dict
