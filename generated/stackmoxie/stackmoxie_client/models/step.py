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

T = TypeVar("T", bound="Step")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "cog",
        "stepId",
        "name",
        "data",
        "waitFor",
        "failAfter",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_cog,
    _k_step_id,
    _k_name,
    _k_data,
    _k_wait_for,
    _k_fail_after,
) = _d.parsed_keys(
    "cog",
    "stepId",
    "name",
    "data",
    "waitFor",
    "failAfter",
)
_members = _itemgetter(
    _k_cog,
    _k_step_id,
    _k_name,
    _k_data,
    _k_wait_for,
    _k_fail_after,
)


@_attrs_define
class Step:
    """One step of a Scenario definition.

    Attributes:
        cog (str | Unset): The cog running the step (e.g. `automatoninc/salesforce`).
        step_id (str | Unset):
        name (str | Unset):
        data (StepData | Unset): The step's inputs (cog-specific).
        wait_for (int | Unset): Seconds to wait before the step.
        fail_after (int | Unset): Seconds after which the step fails.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    cog: str | Unset = UNSET
    step_id: str | Unset = UNSET
    name: str | Unset = UNSET
    data: StepData | Unset = UNSET
    wait_for: int | Unset = UNSET
    fail_after: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cog = self.cog

        step_id = self.step_id

        name = self.name

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        wait_for = self.wait_for

        fail_after = self.fail_after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cog is not UNSET:
            field_dict["cog"] = cog
        if step_id is not UNSET:
            field_dict["stepId"] = step_id
        if name is not UNSET:
            field_dict["name"] = name
        if data is not UNSET:
            field_dict["data"] = data
        if wait_for is not UNSET:
            field_dict["waitFor"] = wait_for
        if fail_after is not UNSET:
            field_dict["failAfter"] = fail_after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Step`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Step", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 6
        if _read:
            try:
                (
                    cog,
                    step_id,
                    name,
                    data,
                    wait_for,
                    fail_after,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            cog = _src.get(_k_cog, UNSET)
            step_id = _src.get(_k_step_id, UNSET)
            name = _src.get(_k_name, UNSET)
            data = _src.get(_k_data, UNSET)
            wait_for = _src.get(_k_wait_for, UNSET)
            fail_after = _src.get(_k_fail_after, UNSET)
        if cog.__class__ is not str:
            if cog is not UNSET:
                raise _d.fail("Step", "cog", cog, "string")
            _absent += 1

        if step_id.__class__ is not str:
            if step_id is not UNSET:
                raise _d.fail("Step", "stepId", step_id, "string")
            _absent += 1

        if name.__class__ is not str:
            if name is not UNSET:
                raise _d.fail("Step", "name", name, "string")
            _absent += 1

        if data is UNSET:
            _absent += 1
        else:
            try:
                data = _StepData_from_dict(data)
            except DecodeError as _error:
                raise _error.within("Step", "data") from None

        if wait_for.__class__ is not int:
            if wait_for is not UNSET:
                raise _d.fail("Step", "waitFor", wait_for, "integer")
            _absent += 1

        if fail_after.__class__ is not int:
            if fail_after is not UNSET:
                raise _d.fail("Step", "failAfter", fail_after, "integer")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        step = _new(cls)
        step.cog = cog
        step.step_id = step_id
        step.name = name
        step.data = data
        step.wait_for = wait_for
        step.fail_after = fail_after
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        step.additional_properties = {} if len(_src) + _absent == 6 else _d.extra_keys(_src, _KNOWN_KEYS)
        return step

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
from ..models.step_data import StepData  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_Step_from_dict = Step.from_dict
_StepData_from_dict = StepData.from_dict
