# Generated from tests/codegen/golden_spec.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/golden/GENERATED.json.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..models.thing_changed_change import ThingChangedChange
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThingChanged")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "thing_id",
        "change",
        "at",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_thing_id,
    _k_change,
    _k_at,
) = _d.parsed_keys(
    "thing_id",
    "change",
    "at",
)
_members = _itemgetter(
    _k_thing_id,
    _k_change,
    _k_at,
)


@_attrs_define
class ThingChanged:
    """Sent to subscribers when a thing changes (only the webhook uses it).

    Attributes:
        thing_id (int):
        change (ThingChangedChange):
        at (datetime.datetime | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    thing_id: int
    change: ThingChangedChange
    at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        thing_id = self.thing_id

        change = self.change.value

        at: str | Unset = UNSET
        if not isinstance(self.at, Unset):
            at = self.at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "thing_id": thing_id,
                "change": change,
            }
        )
        if at is not UNSET:
            field_dict["at"] = at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``ThingChanged`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("ThingChanged", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 3
        if _read:
            try:
                (
                    thing_id,
                    change,
                    at,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                thing_id = _src[_k_thing_id]
                change = _src[_k_change]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                thing_id = _src.get(_k_thing_id, _d.MISSING)
                change = _src.get(_k_change, _d.MISSING)
            at = _src.get(_k_at, UNSET)
        if thing_id.__class__ is not int:
            raise _d.fail("ThingChanged", "thing_id", thing_id, "integer")

        _member = _d.ENUM_MEMBERS[ThingChangedChange].get(change) if change.__class__ is str else None
        if _member is None:
            raise _d.enum_failure(ThingChangedChange, "ThingChanged", "change", change)
        change = _member

        if at is UNSET:
            _absent += 1
        else:
            try:
                at = _d.parse_datetime(at)
            except (TypeError, ValueError):
                raise _d.fail("ThingChanged", "at", at, "ISO 8601 date-time") from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        thing_changed = _new(cls)
        thing_changed.thing_id = thing_id
        thing_changed.change = change
        thing_changed.at = at
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        thing_changed.additional_properties = {} if len(_src) + _absent == 3 else _d.extra_keys(_src, _KNOWN_KEYS)
        return thing_changed

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
_ThingChanged_from_dict = ThingChanged.from_dict
