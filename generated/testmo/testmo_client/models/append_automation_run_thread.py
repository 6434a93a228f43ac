# Generated from specs/testmo/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/testmo/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppendAutomationRunThread")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "elapsed_observed",
        "elapsed_computed",
        "artifacts",
        "fields",
        "tests",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_elapsed_observed,
    _k_elapsed_computed,
    _k_artifacts,
    _k_fields,
    _k_tests,
) = _d.parsed_keys(
    "elapsed_observed",
    "elapsed_computed",
    "artifacts",
    "fields",
    "tests",
)
_members = _itemgetter(
    _k_elapsed_observed,
    _k_elapsed_computed,
    _k_artifacts,
    _k_fields,
    _k_tests,
)


@_attrs_define
class AppendAutomationRunThread:
    """
    Attributes:
        elapsed_observed (int | Unset): A duration in microseconds.
        elapsed_computed (int | Unset): A duration in microseconds.
        artifacts (list[Artifact] | Unset):
        fields (list[Field] | Unset):
        tests (list[Test] | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    elapsed_observed: int | Unset = UNSET
    elapsed_computed: int | Unset = UNSET
    artifacts: list[Artifact] | Unset = UNSET
    fields: list[Field] | Unset = UNSET
    tests: list[Test] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        elapsed_observed = self.elapsed_observed

        elapsed_computed = self.elapsed_computed

        artifacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.artifacts, Unset):
            artifacts = []
            for componentsschemas_artifacts_item_data in self.artifacts:
                componentsschemas_artifacts_item = componentsschemas_artifacts_item_data.to_dict()
                artifacts.append(componentsschemas_artifacts_item)

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for componentsschemas_fields_item_data in self.fields:
                componentsschemas_fields_item = componentsschemas_fields_item_data.to_dict()
                fields.append(componentsschemas_fields_item)

        tests: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tests, Unset):
            tests = []
            for tests_item_data in self.tests:
                tests_item = tests_item_data.to_dict()
                tests.append(tests_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if elapsed_observed is not UNSET:
            field_dict["elapsed_observed"] = elapsed_observed
        if elapsed_computed is not UNSET:
            field_dict["elapsed_computed"] = elapsed_computed
        if artifacts is not UNSET:
            field_dict["artifacts"] = artifacts
        if fields is not UNSET:
            field_dict["fields"] = fields
        if tests is not UNSET:
            field_dict["tests"] = tests

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``AppendAutomationRunThread`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("AppendAutomationRunThread", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 5
        if _read:
            try:
                (
                    elapsed_observed,
                    elapsed_computed,
                    artifacts,
                    fields,
                    tests,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            elapsed_observed = _src.get(_k_elapsed_observed, UNSET)
            elapsed_computed = _src.get(_k_elapsed_computed, UNSET)
            artifacts = _src.get(_k_artifacts, UNSET)
            fields = _src.get(_k_fields, UNSET)
            tests = _src.get(_k_tests, UNSET)
        if elapsed_observed.__class__ is not int:
            if elapsed_observed is not UNSET:
                raise _d.fail("AppendAutomationRunThread", "elapsed_observed", elapsed_observed, "integer")
            _absent += 1

        if elapsed_computed.__class__ is not int:
            if elapsed_computed is not UNSET:
                raise _d.fail("AppendAutomationRunThread", "elapsed_computed", elapsed_computed, "integer")
            _absent += 1

        if artifacts is UNSET:
            _absent += 1
        else:
            if artifacts.__class__ is not list:
                raise _d.fail("AppendAutomationRunThread", "artifacts", artifacts, "array")
            try:
                artifacts = [*map(_Artifact_from_dict, artifacts)]
            except DecodeError:
                raise _d.item_failure(Artifact, "AppendAutomationRunThread", "artifacts", artifacts) from None

        if fields is UNSET:
            _absent += 1
        else:
            if fields.__class__ is not list:
                raise _d.fail("AppendAutomationRunThread", "fields", fields, "array")
            try:
                fields = [*map(_Field_from_dict, fields)]
            except DecodeError:
                raise _d.item_failure(Field, "AppendAutomationRunThread", "fields", fields) from None

        if tests is UNSET:
            _absent += 1
        else:
            if tests.__class__ is not list:
                raise _d.fail("AppendAutomationRunThread", "tests", tests, "array")
            try:
                tests = [*map(_Test_from_dict, tests)]
            except DecodeError:
                raise _d.item_failure(Test, "AppendAutomationRunThread", "tests", tests) from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        append_automation_run_thread = _new(cls)
        append_automation_run_thread.elapsed_observed = elapsed_observed
        append_automation_run_thread.elapsed_computed = elapsed_computed
        append_automation_run_thread.artifacts = artifacts
        append_automation_run_thread.fields = fields
        append_automation_run_thread.tests = tests
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        append_automation_run_thread.additional_properties = (
            {} if len(_src) + _absent == 5 else _d.extra_keys(_src, _KNOWN_KEYS)
        )
        return append_automation_run_thread

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
from ..models.artifact import Artifact  # noqa: E402
from ..models.field import Field  # noqa: E402
from ..models.test import Test  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_AppendAutomationRunThread_from_dict = AppendAutomationRunThread.from_dict
_Artifact_from_dict = Artifact.from_dict
_Field_from_dict = Field.from_dict
_Test_from_dict = Test.from_dict
