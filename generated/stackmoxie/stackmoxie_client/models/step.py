# Generated from specs/stackmoxie/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/stackmoxie/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Step")

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
        _seen = 0
        _get = _src.get
        cog = _get("cog", UNSET)
        if cog is not UNSET:
            _seen += 1
            if cog.__class__ is not str:
                raise _d.fail("Step", "cog", cog, "string")

        step_id = _get("stepId", UNSET)
        if step_id is not UNSET:
            _seen += 1
            if step_id.__class__ is not str:
                raise _d.fail("Step", "stepId", step_id, "string")

        name = _get("name", UNSET)
        if name is not UNSET:
            _seen += 1
            if name.__class__ is not str:
                raise _d.fail("Step", "name", name, "string")

        data = _get("data", UNSET)
        if data is not UNSET:
            _seen += 1
            try:
                data = StepData.from_dict(data)
            except DecodeError as _error:
                raise _error.within("Step", "data") from None

        wait_for = _get("waitFor", UNSET)
        if wait_for is not UNSET:
            _seen += 1
            if wait_for.__class__ is not int:
                raise _d.fail("Step", "waitFor", wait_for, "integer")

        fail_after = _get("failAfter", UNSET)
        if fail_after is not UNSET:
            _seen += 1
            if fail_after.__class__ is not int:
                raise _d.fail("Step", "failAfter", fail_after, "integer")

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        step = object.__new__(cls)
        step.cog = cog
        step.step_id = step_id
        step.name = name
        step.data = data
        step.wait_for = wait_for
        step.fail_after = fail_after
        # Every required member was found, so more members than found means some are unknown to the spec.
        step.additional_properties = _d.extra_keys(_src, _KNOWN_KEYS) if len(_src) != _seen else {}
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
