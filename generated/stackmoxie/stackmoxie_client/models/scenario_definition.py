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

T = TypeVar("T", bound="ScenarioDefinition")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "scenario",
        "description",
        "steps",
        "linkedScenarios",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_scenario,
    _k_description,
    _k_steps,
    _k_linked_scenarios,
) = _d.parsed_keys(
    "scenario",
    "description",
    "steps",
    "linkedScenarios",
)
_members = _itemgetter(
    _k_scenario,
    _k_description,
    _k_steps,
    _k_linked_scenarios,
)


@_attrs_define
class ScenarioDefinition:
    """
    Attributes:
        scenario (str | Unset): The Scenario's name inside the definition.
        description (str | Unset):
        steps (list[Step] | Unset):
        linked_scenarios (ScenarioDefinitionLinkedScenarios | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    scenario: str | Unset = UNSET
    description: str | Unset = UNSET
    steps: list[Step] | Unset = UNSET
    linked_scenarios: ScenarioDefinitionLinkedScenarios | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scenario = self.scenario

        description = self.description

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        linked_scenarios: dict[str, Any] | Unset = UNSET
        if not isinstance(self.linked_scenarios, Unset):
            linked_scenarios = self.linked_scenarios.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scenario is not UNSET:
            field_dict["scenario"] = scenario
        if description is not UNSET:
            field_dict["description"] = description
        if steps is not UNSET:
            field_dict["steps"] = steps
        if linked_scenarios is not UNSET:
            field_dict["linkedScenarios"] = linked_scenarios

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``ScenarioDefinition`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("ScenarioDefinition", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 4
        if _read:
            try:
                (
                    scenario,
                    description,
                    steps,
                    linked_scenarios,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            scenario = _src.get(_k_scenario, UNSET)
            description = _src.get(_k_description, UNSET)
            steps = _src.get(_k_steps, UNSET)
            linked_scenarios = _src.get(_k_linked_scenarios, UNSET)
        if scenario.__class__ is not str:
            if scenario is not UNSET:
                raise _d.fail("ScenarioDefinition", "scenario", scenario, "string")
            _absent += 1

        if description.__class__ is not str:
            if description is not UNSET:
                raise _d.fail("ScenarioDefinition", "description", description, "string")
            _absent += 1

        if steps is UNSET:
            _absent += 1
        else:
            if steps.__class__ is not list:
                raise _d.fail("ScenarioDefinition", "steps", steps, "array")
            try:
                steps = [*map(_Step_from_dict, steps)]
            except DecodeError:
                raise _d.item_failure(Step, "ScenarioDefinition", "steps", steps) from None

        if linked_scenarios is UNSET:
            _absent += 1
        else:
            try:
                linked_scenarios = _ScenarioDefinitionLinkedScenarios_from_dict(linked_scenarios)
            except DecodeError as _error:
                raise _error.within("ScenarioDefinition", "linkedScenarios") from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        scenario_definition = _new(cls)
        scenario_definition.scenario = scenario
        scenario_definition.description = description
        scenario_definition.steps = steps
        scenario_definition.linked_scenarios = linked_scenarios
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        scenario_definition.additional_properties = {} if len(_src) + _absent == 4 else _d.extra_keys(_src, _KNOWN_KEYS)
        return scenario_definition

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
from ..models.scenario_definition_linked_scenarios import ScenarioDefinitionLinkedScenarios  # noqa: E402
from ..models.step import Step  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_ScenarioDefinition_from_dict = ScenarioDefinition.from_dict
_ScenarioDefinitionLinkedScenarios_from_dict = ScenarioDefinitionLinkedScenarios.from_dict
_Step_from_dict = Step.from_dict
