# Generated from specs/stackmoxie/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/stackmoxie/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="StepResult")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "outcome",
        "message",
        "cog",
        "stepId",
        "stepData",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_outcome,
    _k_message,
    _k_cog,
    _k_step_id,
    _k_step_data,
) = _d.parsed_keys(
    "outcome",
    "message",
    "cog",
    "stepId",
    "stepData",
)
_members = _itemgetter(
    _k_outcome,
    _k_message,
    _k_cog,
    _k_step_id,
    _k_step_data,
)


@_attrs_define
class StepResult:
    """The result of one step in a Run Log.

    Attributes:
        outcome (str | Unset): The step's outcome (e.g. Passed).
        message (str | Unset):
        cog (str | Unset):
        step_id (str | Unset):
        step_data (StepResultStepData | Unset): The data the step ran with.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    outcome: str | Unset = UNSET
    message: str | Unset = UNSET
    cog: str | Unset = UNSET
    step_id: str | Unset = UNSET
    step_data: StepResultStepData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        outcome = self.outcome

        message = self.message

        cog = self.cog

        step_id = self.step_id

        step_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.step_data, Unset):
            step_data = self.step_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if message is not UNSET:
            field_dict["message"] = message
        if cog is not UNSET:
            field_dict["cog"] = cog
        if step_id is not UNSET:
            field_dict["stepId"] = step_id
        if step_data is not UNSET:
            field_dict["stepData"] = step_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``StepResult`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("StepResult", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 5
        if _read:
            try:
                (
                    outcome,
                    message,
                    cog,
                    step_id,
                    step_data,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            outcome = _src.get(_k_outcome, UNSET)
            message = _src.get(_k_message, UNSET)
            cog = _src.get(_k_cog, UNSET)
            step_id = _src.get(_k_step_id, UNSET)
            step_data = _src.get(_k_step_data, UNSET)
        if outcome.__class__ is not str:
            if outcome is not UNSET:
                raise _d.fail("StepResult", "outcome", outcome, "string")
            _absent += 1

        if message.__class__ is not str:
            if message is not UNSET:
                raise _d.fail("StepResult", "message", message, "string")
            _absent += 1

        if cog.__class__ is not str:
            if cog is not UNSET:
                raise _d.fail("StepResult", "cog", cog, "string")
            _absent += 1

        if step_id.__class__ is not str:
            if step_id is not UNSET:
                raise _d.fail("StepResult", "stepId", step_id, "string")
            _absent += 1

        if step_data is UNSET:
            _absent += 1
        else:
            try:
                step_data = _StepResultStepData_from_dict(step_data)
            except DecodeError as _error:
                raise _error.within("StepResult", "stepData") from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        step_result = _new(cls)
        step_result.outcome = outcome
        step_result.message = message
        step_result.cog = cog
        step_result.step_id = step_id
        step_result.step_data = step_data
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        step_result.additional_properties = {} if len(_src) + _absent == 5 else _d.extra_keys(_src, _KNOWN_KEYS)
        return step_result

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
from ..models.step_result_step_data import StepResultStepData  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_StepResult_from_dict = StepResult.from_dict
_StepResultStepData_from_dict = StepResultStepData.from_dict
