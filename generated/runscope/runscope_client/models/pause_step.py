# Generated from specs/runscope/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/runscope/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..types import UNSET, Unset

T = TypeVar("T", bound="PauseStep")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "step_type",
        "id",
        "duration",
        "note",
        "skipped",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_step_type,
    _k_id,
    _k_duration,
    _k_note,
    _k_skipped,
) = _d.parsed_keys(
    "step_type",
    "id",
    "duration",
    "note",
    "skipped",
)
_members = _itemgetter(
    _k_step_type,
    _k_id,
    _k_duration,
    _k_note,
    _k_skipped,
)


@_attrs_define
class PauseStep:
    """Pause the test for a while.

    Attributes:
        step_type (Literal['pause']):
        id (str | Unset):
        duration (int | Unset): Seconds, 1 to 120.
        note (None | str | Unset):
        skipped (bool | None | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    step_type: Literal["pause"]
    id: str | Unset = UNSET
    duration: int | Unset = UNSET
    note: None | str | Unset = UNSET
    skipped: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        step_type = self.step_type

        id = self.id

        duration = self.duration

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        skipped: bool | None | Unset
        if isinstance(self.skipped, Unset):
            skipped = UNSET
        else:
            skipped = self.skipped

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "step_type": step_type,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if duration is not UNSET:
            field_dict["duration"] = duration
        if note is not UNSET:
            field_dict["note"] = note
        if skipped is not UNSET:
            field_dict["skipped"] = skipped

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``PauseStep`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("PauseStep", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 5
        if _read:
            try:
                (
                    step_type,
                    id,
                    duration,
                    note,
                    skipped,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                step_type = _src[_k_step_type]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                step_type = _src.get(_k_step_type, _d.MISSING)
            id = _src.get(_k_id, UNSET)
            duration = _src.get(_k_duration, UNSET)
            note = _src.get(_k_note, UNSET)
            skipped = _src.get(_k_skipped, UNSET)
        if step_type != "pause":
            raise _d.fail("PauseStep", "step_type", step_type, "the constant 'pause'")

        if id.__class__ is not str:
            if id is not UNSET:
                raise _d.fail("PauseStep", "id", id, "string")
            _absent += 1

        if duration.__class__ is not int:
            if duration is not UNSET:
                raise _d.fail("PauseStep", "duration", duration, "integer")
            _absent += 1

        if note.__class__ is not str and note is not None:
            if note is not UNSET:
                raise _d.fail("PauseStep", "note", note, "string")
            _absent += 1

        if skipped.__class__ is not bool and skipped is not None:
            if skipped is not UNSET:
                raise _d.fail("PauseStep", "skipped", skipped, "boolean")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        pause_step = _new(cls)
        pause_step.step_type = step_type
        pause_step.id = id
        pause_step.duration = duration
        pause_step.note = note
        pause_step.skipped = skipped
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        pause_step.additional_properties = {} if len(_src) + _absent == 5 else _d.extra_keys(_src, _KNOWN_KEYS)
        return pause_step

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
_PauseStep_from_dict = PauseStep.from_dict
