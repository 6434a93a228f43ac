# Generated from specs/runscope/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/runscope/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError
from ..models.assertion_comparison import AssertionComparison
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConditionStep")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "step_type",
        "id",
        "left_value",
        "comparison",
        "right_value",
        "steps",
        "note",
        "skipped",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_step_type,
    _k_id,
    _k_left_value,
    _k_comparison,
    _k_right_value,
    _k_steps,
    _k_note,
    _k_skipped,
) = _d.parsed_keys(
    "step_type",
    "id",
    "left_value",
    "comparison",
    "right_value",
    "steps",
    "note",
    "skipped",
)
_members = _itemgetter(
    _k_step_type,
    _k_id,
    _k_left_value,
    _k_comparison,
    _k_right_value,
    _k_steps,
    _k_note,
    _k_skipped,
)


@_attrs_define
class ConditionStep:
    """Evaluate a condition; run the embedded steps when it holds.

    Attributes:
        step_type (Literal['condition']):
        id (str | Unset):
        left_value (None | str | Unset):
        comparison (AssertionComparison | None | str | Unset):
        right_value (None | str | Unset):
        steps (list[ConditionStep | GhostInspectorStep | PauseStep | RequestStep | SubtestStep] | Unset):
        note (None | str | Unset):
        skipped (bool | None | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    step_type: Literal["condition"]
    id: str | Unset = UNSET
    left_value: None | str | Unset = UNSET
    comparison: AssertionComparison | None | str | Unset = UNSET
    right_value: None | str | Unset = UNSET
    steps: list[ConditionStep | GhostInspectorStep | PauseStep | RequestStep | SubtestStep] | Unset = UNSET
    note: None | str | Unset = UNSET
    skipped: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ghost_inspector_step import GhostInspectorStep  # noqa: PLC0415
        from ..models.pause_step import PauseStep  # noqa: PLC0415
        from ..models.request_step import RequestStep  # noqa: PLC0415

        step_type = self.step_type

        id = self.id

        left_value: None | str | Unset
        if isinstance(self.left_value, Unset):
            left_value = UNSET
        else:
            left_value = self.left_value

        comparison: None | str | Unset
        if isinstance(self.comparison, Unset):
            comparison = UNSET
        elif isinstance(self.comparison, AssertionComparison):
            comparison = self.comparison.value
        else:
            comparison = self.comparison

        right_value: None | str | Unset
        if isinstance(self.right_value, Unset):
            right_value = UNSET
        else:
            right_value = self.right_value

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item: dict[str, Any]
                if isinstance(steps_item_data, RequestStep):
                    steps_item = steps_item_data.to_dict()
                elif isinstance(steps_item_data, PauseStep):
                    steps_item = steps_item_data.to_dict()
                elif isinstance(steps_item_data, ConditionStep):
                    steps_item = steps_item_data.to_dict()
                elif isinstance(steps_item_data, GhostInspectorStep):
                    steps_item = steps_item_data.to_dict()
                else:
                    steps_item = steps_item_data.to_dict()

                steps.append(steps_item)

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
        if left_value is not UNSET:
            field_dict["left_value"] = left_value
        if comparison is not UNSET:
            field_dict["comparison"] = comparison
        if right_value is not UNSET:
            field_dict["right_value"] = right_value
        if steps is not UNSET:
            field_dict["steps"] = steps
        if note is not UNSET:
            field_dict["note"] = note
        if skipped is not UNSET:
            field_dict["skipped"] = skipped

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``ConditionStep`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("ConditionStep", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 8
        if _read:
            try:
                (
                    step_type,
                    id,
                    left_value,
                    comparison,
                    right_value,
                    steps,
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
            left_value = _src.get(_k_left_value, UNSET)
            comparison = _src.get(_k_comparison, UNSET)
            right_value = _src.get(_k_right_value, UNSET)
            steps = _src.get(_k_steps, UNSET)
            note = _src.get(_k_note, UNSET)
            skipped = _src.get(_k_skipped, UNSET)
        if step_type != "condition":
            raise _d.fail("ConditionStep", "step_type", step_type, "the constant 'condition'")

        if id.__class__ is not str:
            if id is not UNSET:
                raise _d.fail("ConditionStep", "id", id, "string")
            _absent += 1

        if left_value.__class__ is not str and left_value is not None:
            if left_value is not UNSET:
                raise _d.fail("ConditionStep", "left_value", left_value, "string")
            _absent += 1

        if comparison is UNSET:
            _absent += 1
        else:

            def _union_comparison(model: str, field: str, value: Any) -> Any:
                if value is None:
                    return value
                _refusals: list[tuple[int, DecodeError]] = []
                try:
                    candidate = value
                    _member = (
                        _d.ENUM_MEMBERS[AssertionComparison].get(candidate) if candidate.__class__ is str else None
                    )
                    if _member is None:
                        raise _d.enum_failure(AssertionComparison, model, field, candidate)
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
                raise _d.union_failure(_refusals, model, field, value, "AssertionComparison | None | str")

            comparison = _union_comparison("ConditionStep", "comparison", comparison)

        if right_value.__class__ is not str and right_value is not None:
            if right_value is not UNSET:
                raise _d.fail("ConditionStep", "right_value", right_value, "string")
            _absent += 1

        if steps is UNSET:
            _absent += 1
        else:

            def _item_steps(model: str, field: str, value: Any) -> Any:
                def _union_value(model: str, field: str, value: Any) -> Any:
                    _refusals: list[tuple[int, DecodeError]] = []
                    try:
                        candidate = value
                        try:
                            candidate = _RequestStep_from_dict(candidate)
                        except DecodeError as _error:
                            raise _error.within(model, field) from None

                        return candidate
                    except DecodeError as _error:
                        _refusals.append((_d.resemblance(value, RequestStep, {"step_type": "request"}), _error))
                    try:
                        candidate = value
                        try:
                            candidate = _PauseStep_from_dict(candidate)
                        except DecodeError as _error:
                            raise _error.within(model, field) from None

                        return candidate
                    except DecodeError as _error:
                        _refusals.append((_d.resemblance(value, PauseStep, {"step_type": "pause"}), _error))
                    try:
                        candidate = value
                        try:
                            candidate = _ConditionStep_from_dict(candidate)
                        except DecodeError as _error:
                            raise _error.within(model, field) from None

                        return candidate
                    except DecodeError as _error:
                        _refusals.append((_d.resemblance(value, ConditionStep, {"step_type": "condition"}), _error))
                    try:
                        candidate = value
                        try:
                            candidate = _GhostInspectorStep_from_dict(candidate)
                        except DecodeError as _error:
                            raise _error.within(model, field) from None

                        return candidate
                    except DecodeError as _error:
                        _refusals.append(
                            (_d.resemblance(value, GhostInspectorStep, {"step_type": "ghost-inspector"}), _error)
                        )
                    try:
                        candidate = value
                        try:
                            candidate = _SubtestStep_from_dict(candidate)
                        except DecodeError as _error:
                            raise _error.within(model, field) from None

                        return candidate
                    except DecodeError as _error:
                        _refusals.append((_d.resemblance(value, SubtestStep, {"step_type": "subtest"}), _error))
                    raise _d.union_failure(
                        _refusals,
                        model,
                        field,
                        value,
                        "ConditionStep | GhostInspectorStep | PauseStep | RequestStep | SubtestStep",
                    )

                value = _union_value(model, field, value)

                return value

            steps = _d.list_map(_item_steps, "ConditionStep", "steps", steps)

        if note.__class__ is not str and note is not None:
            if note is not UNSET:
                raise _d.fail("ConditionStep", "note", note, "string")
            _absent += 1

        if skipped.__class__ is not bool and skipped is not None:
            if skipped is not UNSET:
                raise _d.fail("ConditionStep", "skipped", skipped, "boolean")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        condition_step = _new(cls)
        condition_step.step_type = step_type
        condition_step.id = id
        condition_step.left_value = left_value
        condition_step.comparison = comparison
        condition_step.right_value = right_value
        condition_step.steps = steps
        condition_step.note = note
        condition_step.skipped = skipped
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        condition_step.additional_properties = {} if len(_src) + _absent == 8 else _d.extra_keys(_src, _KNOWN_KEYS)
        return condition_step

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
from ..models.ghost_inspector_step import GhostInspectorStep  # noqa: E402
from ..models.pause_step import PauseStep  # noqa: E402
from ..models.request_step import RequestStep  # noqa: E402
from ..models.subtest_step import SubtestStep  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_ConditionStep_from_dict = ConditionStep.from_dict
_GhostInspectorStep_from_dict = GhostInspectorStep.from_dict
_PauseStep_from_dict = PauseStep.from_dict
_RequestStep_from_dict = RequestStep.from_dict
_SubtestStep_from_dict = SubtestStep.from_dict
