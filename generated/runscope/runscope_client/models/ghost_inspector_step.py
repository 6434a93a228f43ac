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
from ..types import UNSET, Unset

T = TypeVar("T", bound="GhostInspectorStep")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "step_type",
        "id",
        "integration_id",
        "suite_id",
        "test_id",
        "is_custom_start_url",
        "start_url",
        "assertions",
        "variables",
        "note",
        "skipped",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_step_type,
    _k_id,
    _k_integration_id,
    _k_suite_id,
    _k_test_id,
    _k_is_custom_start_url,
    _k_start_url,
    _k_assertions,
    _k_variables,
    _k_note,
    _k_skipped,
) = _d.parsed_keys(
    "step_type",
    "id",
    "integration_id",
    "suite_id",
    "test_id",
    "is_custom_start_url",
    "start_url",
    "assertions",
    "variables",
    "note",
    "skipped",
)
_members = _itemgetter(
    _k_step_type,
    _k_id,
    _k_integration_id,
    _k_suite_id,
    _k_test_id,
    _k_is_custom_start_url,
    _k_start_url,
    _k_assertions,
    _k_variables,
    _k_note,
    _k_skipped,
)


@_attrs_define
class GhostInspectorStep:
    """Run a Ghost Inspector UI test and wait for its result.

    Attributes:
        step_type (Literal['ghost-inspector']):
        id (str | Unset):
        integration_id (None | str | Unset): A Ghost Inspector integration of the team.
        suite_id (None | str | Unset):
        test_id (None | str | Unset): The Ghost Inspector test id.
        is_custom_start_url (bool | None | Unset):
        start_url (None | str | Unset):
        assertions (list[Assertion] | None | Unset):
        variables (list[Variable] | None | Unset):
        note (None | str | Unset):
        skipped (bool | None | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    step_type: Literal["ghost-inspector"]
    id: str | Unset = UNSET
    integration_id: None | str | Unset = UNSET
    suite_id: None | str | Unset = UNSET
    test_id: None | str | Unset = UNSET
    is_custom_start_url: bool | None | Unset = UNSET
    start_url: None | str | Unset = UNSET
    assertions: list[Assertion] | None | Unset = UNSET
    variables: list[Variable] | None | Unset = UNSET
    note: None | str | Unset = UNSET
    skipped: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        step_type = self.step_type

        id = self.id

        integration_id: None | str | Unset
        if isinstance(self.integration_id, Unset):
            integration_id = UNSET
        else:
            integration_id = self.integration_id

        suite_id: None | str | Unset
        if isinstance(self.suite_id, Unset):
            suite_id = UNSET
        else:
            suite_id = self.suite_id

        test_id: None | str | Unset
        if isinstance(self.test_id, Unset):
            test_id = UNSET
        else:
            test_id = self.test_id

        is_custom_start_url: bool | None | Unset
        if isinstance(self.is_custom_start_url, Unset):
            is_custom_start_url = UNSET
        else:
            is_custom_start_url = self.is_custom_start_url

        start_url: None | str | Unset
        if isinstance(self.start_url, Unset):
            start_url = UNSET
        else:
            start_url = self.start_url

        assertions: list[dict[str, Any]] | None | Unset
        if isinstance(self.assertions, Unset):
            assertions = UNSET
        elif isinstance(self.assertions, list):
            assertions = []
            for assertions_type_0_item_data in self.assertions:
                assertions_type_0_item = assertions_type_0_item_data.to_dict()
                assertions.append(assertions_type_0_item)

        else:
            assertions = self.assertions

        variables: list[dict[str, Any]] | None | Unset
        if isinstance(self.variables, Unset):
            variables = UNSET
        elif isinstance(self.variables, list):
            variables = []
            for variables_type_0_item_data in self.variables:
                variables_type_0_item = variables_type_0_item_data.to_dict()
                variables.append(variables_type_0_item)

        else:
            variables = self.variables

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
        if integration_id is not UNSET:
            field_dict["integration_id"] = integration_id
        if suite_id is not UNSET:
            field_dict["suite_id"] = suite_id
        if test_id is not UNSET:
            field_dict["test_id"] = test_id
        if is_custom_start_url is not UNSET:
            field_dict["is_custom_start_url"] = is_custom_start_url
        if start_url is not UNSET:
            field_dict["start_url"] = start_url
        if assertions is not UNSET:
            field_dict["assertions"] = assertions
        if variables is not UNSET:
            field_dict["variables"] = variables
        if note is not UNSET:
            field_dict["note"] = note
        if skipped is not UNSET:
            field_dict["skipped"] = skipped

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``GhostInspectorStep`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("GhostInspectorStep", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 11
        if _read:
            try:
                (
                    step_type,
                    id,
                    integration_id,
                    suite_id,
                    test_id,
                    is_custom_start_url,
                    start_url,
                    assertions,
                    variables,
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
            integration_id = _src.get(_k_integration_id, UNSET)
            suite_id = _src.get(_k_suite_id, UNSET)
            test_id = _src.get(_k_test_id, UNSET)
            is_custom_start_url = _src.get(_k_is_custom_start_url, UNSET)
            start_url = _src.get(_k_start_url, UNSET)
            assertions = _src.get(_k_assertions, UNSET)
            variables = _src.get(_k_variables, UNSET)
            note = _src.get(_k_note, UNSET)
            skipped = _src.get(_k_skipped, UNSET)
        if step_type != "ghost-inspector":
            raise _d.fail("GhostInspectorStep", "step_type", step_type, "the constant 'ghost-inspector'")

        if id.__class__ is not str:
            if id is not UNSET:
                raise _d.fail("GhostInspectorStep", "id", id, "string")
            _absent += 1

        if integration_id.__class__ is not str and integration_id is not None:
            if integration_id is not UNSET:
                raise _d.fail("GhostInspectorStep", "integration_id", integration_id, "string")
            _absent += 1

        if suite_id.__class__ is not str and suite_id is not None:
            if suite_id is not UNSET:
                raise _d.fail("GhostInspectorStep", "suite_id", suite_id, "string")
            _absent += 1

        if test_id.__class__ is not str and test_id is not None:
            if test_id is not UNSET:
                raise _d.fail("GhostInspectorStep", "test_id", test_id, "string")
            _absent += 1

        if is_custom_start_url.__class__ is not bool and is_custom_start_url is not None:
            if is_custom_start_url is not UNSET:
                raise _d.fail("GhostInspectorStep", "is_custom_start_url", is_custom_start_url, "boolean")
            _absent += 1

        if start_url.__class__ is not str and start_url is not None:
            if start_url is not UNSET:
                raise _d.fail("GhostInspectorStep", "start_url", start_url, "string")
            _absent += 1

        if assertions is UNSET:
            _absent += 1
        else:
            if assertions is not None:
                if assertions.__class__ is not list:
                    raise _d.fail("GhostInspectorStep", "assertions", assertions, "array")
                try:
                    assertions = [*map(_Assertion_from_dict, assertions)]
                except DecodeError:
                    raise _d.item_failure(Assertion, "GhostInspectorStep", "assertions", assertions) from None

        if variables is UNSET:
            _absent += 1
        else:
            if variables is not None:
                if variables.__class__ is not list:
                    raise _d.fail("GhostInspectorStep", "variables", variables, "array")
                try:
                    variables = [*map(_Variable_from_dict, variables)]
                except DecodeError:
                    raise _d.item_failure(Variable, "GhostInspectorStep", "variables", variables) from None

        if note.__class__ is not str and note is not None:
            if note is not UNSET:
                raise _d.fail("GhostInspectorStep", "note", note, "string")
            _absent += 1

        if skipped.__class__ is not bool and skipped is not None:
            if skipped is not UNSET:
                raise _d.fail("GhostInspectorStep", "skipped", skipped, "boolean")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        ghost_inspector_step = _new(cls)
        ghost_inspector_step.step_type = step_type
        ghost_inspector_step.id = id
        ghost_inspector_step.integration_id = integration_id
        ghost_inspector_step.suite_id = suite_id
        ghost_inspector_step.test_id = test_id
        ghost_inspector_step.is_custom_start_url = is_custom_start_url
        ghost_inspector_step.start_url = start_url
        ghost_inspector_step.assertions = assertions
        ghost_inspector_step.variables = variables
        ghost_inspector_step.note = note
        ghost_inspector_step.skipped = skipped
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        ghost_inspector_step.additional_properties = (
            {} if len(_src) + _absent == 11 else _d.extra_keys(_src, _KNOWN_KEYS)
        )
        return ghost_inspector_step

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
from ..models.assertion import Assertion  # noqa: E402
from ..models.variable import Variable  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_GhostInspectorStep_from_dict = GhostInspectorStep.from_dict
_Assertion_from_dict = Assertion.from_dict
_Variable_from_dict = Variable.from_dict
