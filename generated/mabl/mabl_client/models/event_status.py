# Generated from specs/mabl/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/mabl/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventStatus")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "succeeded",
        "succeeded_first_attempt",
        "succeeded_with_retries",
        "succeeded_by_plan",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_succeeded,
    _k_succeeded_first_attempt,
    _k_succeeded_with_retries,
    _k_succeeded_by_plan,
) = _d.parsed_keys(
    "succeeded",
    "succeeded_first_attempt",
    "succeeded_with_retries",
    "succeeded_by_plan",
)
_members = _itemgetter(
    _k_succeeded,
    _k_succeeded_first_attempt,
    _k_succeeded_with_retries,
    _k_succeeded_by_plan,
)


@_attrs_define
class EventStatus:
    """`{}` while plan runs are in progress; filled in once they are all final.

    Attributes:
        succeeded (bool | Unset):
        succeeded_first_attempt (bool | Unset):
        succeeded_with_retries (bool | Unset):
        succeeded_by_plan (BooleanMap | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    succeeded: bool | Unset = UNSET
    succeeded_first_attempt: bool | Unset = UNSET
    succeeded_with_retries: bool | Unset = UNSET
    succeeded_by_plan: BooleanMap | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        succeeded = self.succeeded

        succeeded_first_attempt = self.succeeded_first_attempt

        succeeded_with_retries = self.succeeded_with_retries

        succeeded_by_plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.succeeded_by_plan, Unset):
            succeeded_by_plan = self.succeeded_by_plan.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if succeeded is not UNSET:
            field_dict["succeeded"] = succeeded
        if succeeded_first_attempt is not UNSET:
            field_dict["succeeded_first_attempt"] = succeeded_first_attempt
        if succeeded_with_retries is not UNSET:
            field_dict["succeeded_with_retries"] = succeeded_with_retries
        if succeeded_by_plan is not UNSET:
            field_dict["succeeded_by_plan"] = succeeded_by_plan

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``EventStatus`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("EventStatus", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 4
        if _read:
            try:
                (
                    succeeded,
                    succeeded_first_attempt,
                    succeeded_with_retries,
                    succeeded_by_plan,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            succeeded = _src.get(_k_succeeded, UNSET)
            succeeded_first_attempt = _src.get(_k_succeeded_first_attempt, UNSET)
            succeeded_with_retries = _src.get(_k_succeeded_with_retries, UNSET)
            succeeded_by_plan = _src.get(_k_succeeded_by_plan, UNSET)
        if succeeded.__class__ is not bool:
            if succeeded is not UNSET:
                raise _d.fail("EventStatus", "succeeded", succeeded, "boolean")
            _absent += 1

        if succeeded_first_attempt.__class__ is not bool:
            if succeeded_first_attempt is not UNSET:
                raise _d.fail("EventStatus", "succeeded_first_attempt", succeeded_first_attempt, "boolean")
            _absent += 1

        if succeeded_with_retries.__class__ is not bool:
            if succeeded_with_retries is not UNSET:
                raise _d.fail("EventStatus", "succeeded_with_retries", succeeded_with_retries, "boolean")
            _absent += 1

        if succeeded_by_plan is UNSET:
            _absent += 1
        else:
            try:
                succeeded_by_plan = _BooleanMap_from_dict(succeeded_by_plan)
            except DecodeError as _error:
                raise _error.within("EventStatus", "succeeded_by_plan") from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        event_status = _new(cls)
        event_status.succeeded = succeeded
        event_status.succeeded_first_attempt = succeeded_first_attempt
        event_status.succeeded_with_retries = succeeded_with_retries
        event_status.succeeded_by_plan = succeeded_by_plan
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        event_status.additional_properties = {} if len(_src) + _absent == 4 else _d.extra_keys(_src, _KNOWN_KEYS)
        return event_status

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
from ..models.boolean_map import BooleanMap  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_EventStatus_from_dict = EventStatus.from_dict
_BooleanMap_from_dict = BooleanMap.from_dict
