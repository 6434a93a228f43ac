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

T = TypeVar("T", bound="LinkedScenario")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "templateId",
        "steps",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_template_id,
    _k_steps,
) = _d.parsed_keys(
    "templateId",
    "steps",
)
_members = _itemgetter(
    _k_template_id,
    _k_steps,
)


@_attrs_define
class LinkedScenario:
    """A template chained onto a Scenario on pass or on fail.

    Attributes:
        template_id (int | Unset):
        steps (list[Step] | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    template_id: int | Unset = UNSET
    steps: list[Step] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template_id = self.template_id

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if template_id is not UNSET:
            field_dict["templateId"] = template_id
        if steps is not UNSET:
            field_dict["steps"] = steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``LinkedScenario`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("LinkedScenario", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 2
        if _read:
            try:
                (
                    template_id,
                    steps,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            template_id = _src.get(_k_template_id, UNSET)
            steps = _src.get(_k_steps, UNSET)
        if template_id.__class__ is not int:
            if template_id is not UNSET:
                raise _d.fail("LinkedScenario", "templateId", template_id, "integer")
            _absent += 1

        if steps is UNSET:
            _absent += 1
        else:
            if steps.__class__ is not list:
                raise _d.fail("LinkedScenario", "steps", steps, "array")
            try:
                steps = [*map(_Step_from_dict, steps)]
            except DecodeError:
                raise _d.item_failure(Step, "LinkedScenario", "steps", steps) from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        linked_scenario = _new(cls)
        linked_scenario.template_id = template_id
        linked_scenario.steps = steps
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        linked_scenario.additional_properties = {} if len(_src) + _absent == 2 else _d.extra_keys(_src, _KNOWN_KEYS)
        return linked_scenario

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
from ..models.step import Step  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_LinkedScenario_from_dict = LinkedScenario.from_dict
_Step_from_dict = Step.from_dict
