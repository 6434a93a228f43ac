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

T = TypeVar("T", bound="ScenarioDefinitionLinkedScenarios")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "onPass",
        "onFail",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_on_pass,
    _k_on_fail,
) = _d.parsed_keys(
    "onPass",
    "onFail",
)
_members = _itemgetter(
    _k_on_pass,
    _k_on_fail,
)


@_attrs_define
class ScenarioDefinitionLinkedScenarios:
    """
    Attributes:
        on_pass (LinkedScenario | Unset): A template chained onto a Scenario on pass or on fail.
        on_fail (LinkedScenario | Unset): A template chained onto a Scenario on pass or on fail.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    on_pass: LinkedScenario | Unset = UNSET
    on_fail: LinkedScenario | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        on_pass: dict[str, Any] | Unset = UNSET
        if not isinstance(self.on_pass, Unset):
            on_pass = self.on_pass.to_dict()

        on_fail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.on_fail, Unset):
            on_fail = self.on_fail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if on_pass is not UNSET:
            field_dict["onPass"] = on_pass
        if on_fail is not UNSET:
            field_dict["onFail"] = on_fail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``ScenarioDefinitionLinkedScenarios`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = (
            src_dict if src_dict.__class__ is dict else _d.check_object("ScenarioDefinitionLinkedScenarios", src_dict)
        )
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 2
        if _read:
            try:
                (
                    on_pass,
                    on_fail,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            on_pass = _src.get(_k_on_pass, UNSET)
            on_fail = _src.get(_k_on_fail, UNSET)
        if on_pass is UNSET:
            _absent += 1
        else:
            try:
                on_pass = _LinkedScenario_from_dict(on_pass)
            except DecodeError as _error:
                raise _error.within("ScenarioDefinitionLinkedScenarios", "onPass") from None

        if on_fail is UNSET:
            _absent += 1
        else:
            try:
                on_fail = _LinkedScenario_from_dict(on_fail)
            except DecodeError as _error:
                raise _error.within("ScenarioDefinitionLinkedScenarios", "onFail") from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        scenario_definition_linked_scenarios = _new(cls)
        scenario_definition_linked_scenarios.on_pass = on_pass
        scenario_definition_linked_scenarios.on_fail = on_fail
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        scenario_definition_linked_scenarios.additional_properties = (
            {} if len(_src) + _absent == 2 else _d.extra_keys(_src, _KNOWN_KEYS)
        )
        return scenario_definition_linked_scenarios

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
from ..models.linked_scenario import LinkedScenario  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_ScenarioDefinitionLinkedScenarios_from_dict = ScenarioDefinitionLinkedScenarios.from_dict
_LinkedScenario_from_dict = LinkedScenario.from_dict
