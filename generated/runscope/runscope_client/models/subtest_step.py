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

T = TypeVar("T", bound="SubtestStep")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "step_type",
        "id",
        "test_uuid",
        "environment_uuid",
        "bucket_key",
        "assertions",
        "variables",
        "params",
        "note",
        "skipped",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_step_type,
    _k_id,
    _k_test_uuid,
    _k_environment_uuid,
    _k_bucket_key,
    _k_assertions,
    _k_variables,
    _k_params,
    _k_note,
    _k_skipped,
) = _d.parsed_keys(
    "step_type",
    "id",
    "test_uuid",
    "environment_uuid",
    "bucket_key",
    "assertions",
    "variables",
    "params",
    "note",
    "skipped",
)
_members = _itemgetter(
    _k_step_type,
    _k_id,
    _k_test_uuid,
    _k_environment_uuid,
    _k_bucket_key,
    _k_assertions,
    _k_variables,
    _k_params,
    _k_note,
    _k_skipped,
)


@_attrs_define
class SubtestStep:
    """Run another test and wait for its result.

    Attributes:
        step_type (Literal['subtest']):
        id (str | Unset):
        test_uuid (None | str | Unset): The embedded test.
        environment_uuid (None | str | Unset):
        bucket_key (None | str | Unset):
        assertions (list[Assertion] | None | Unset):
        variables (list[Variable] | None | Unset):
        params (list[SubtestParam] | None | Unset):
        note (None | str | Unset):
        skipped (bool | None | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    step_type: Literal["subtest"]
    id: str | Unset = UNSET
    test_uuid: None | str | Unset = UNSET
    environment_uuid: None | str | Unset = UNSET
    bucket_key: None | str | Unset = UNSET
    assertions: list[Assertion] | None | Unset = UNSET
    variables: list[Variable] | None | Unset = UNSET
    params: list[SubtestParam] | None | Unset = UNSET
    note: None | str | Unset = UNSET
    skipped: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        step_type = self.step_type

        id = self.id

        test_uuid: None | str | Unset
        if isinstance(self.test_uuid, Unset):
            test_uuid = UNSET
        else:
            test_uuid = self.test_uuid

        environment_uuid: None | str | Unset
        if isinstance(self.environment_uuid, Unset):
            environment_uuid = UNSET
        else:
            environment_uuid = self.environment_uuid

        bucket_key: None | str | Unset
        if isinstance(self.bucket_key, Unset):
            bucket_key = UNSET
        else:
            bucket_key = self.bucket_key

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

        params: list[dict[str, Any]] | None | Unset
        if isinstance(self.params, Unset):
            params = UNSET
        elif isinstance(self.params, list):
            params = []
            for params_type_0_item_data in self.params:
                params_type_0_item = params_type_0_item_data.to_dict()
                params.append(params_type_0_item)

        else:
            params = self.params

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
        if test_uuid is not UNSET:
            field_dict["test_uuid"] = test_uuid
        if environment_uuid is not UNSET:
            field_dict["environment_uuid"] = environment_uuid
        if bucket_key is not UNSET:
            field_dict["bucket_key"] = bucket_key
        if assertions is not UNSET:
            field_dict["assertions"] = assertions
        if variables is not UNSET:
            field_dict["variables"] = variables
        if params is not UNSET:
            field_dict["params"] = params
        if note is not UNSET:
            field_dict["note"] = note
        if skipped is not UNSET:
            field_dict["skipped"] = skipped

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``SubtestStep`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("SubtestStep", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 10
        if _read:
            try:
                (
                    step_type,
                    id,
                    test_uuid,
                    environment_uuid,
                    bucket_key,
                    assertions,
                    variables,
                    params,
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
            test_uuid = _src.get(_k_test_uuid, UNSET)
            environment_uuid = _src.get(_k_environment_uuid, UNSET)
            bucket_key = _src.get(_k_bucket_key, UNSET)
            assertions = _src.get(_k_assertions, UNSET)
            variables = _src.get(_k_variables, UNSET)
            params = _src.get(_k_params, UNSET)
            note = _src.get(_k_note, UNSET)
            skipped = _src.get(_k_skipped, UNSET)
        if step_type != "subtest":
            raise _d.fail("SubtestStep", "step_type", step_type, "the constant 'subtest'")

        if id.__class__ is not str:
            if id is not UNSET:
                raise _d.fail("SubtestStep", "id", id, "string")
            _absent += 1

        if test_uuid.__class__ is not str and test_uuid is not None:
            if test_uuid is not UNSET:
                raise _d.fail("SubtestStep", "test_uuid", test_uuid, "string")
            _absent += 1

        if environment_uuid.__class__ is not str and environment_uuid is not None:
            if environment_uuid is not UNSET:
                raise _d.fail("SubtestStep", "environment_uuid", environment_uuid, "string")
            _absent += 1

        if bucket_key.__class__ is not str and bucket_key is not None:
            if bucket_key is not UNSET:
                raise _d.fail("SubtestStep", "bucket_key", bucket_key, "string")
            _absent += 1

        if assertions is UNSET:
            _absent += 1
        else:
            if assertions is not None:
                if assertions.__class__ is not list:
                    raise _d.fail("SubtestStep", "assertions", assertions, "array")
                try:
                    assertions = [*map(_Assertion_from_dict, assertions)]
                except DecodeError:
                    raise _d.item_failure(Assertion, "SubtestStep", "assertions", assertions) from None

        if variables is UNSET:
            _absent += 1
        else:
            if variables is not None:
                if variables.__class__ is not list:
                    raise _d.fail("SubtestStep", "variables", variables, "array")
                try:
                    variables = [*map(_Variable_from_dict, variables)]
                except DecodeError:
                    raise _d.item_failure(Variable, "SubtestStep", "variables", variables) from None

        if params is UNSET:
            _absent += 1
        else:
            if params is not None:
                if params.__class__ is not list:
                    raise _d.fail("SubtestStep", "params", params, "array")
                try:
                    params = [*map(_SubtestParam_from_dict, params)]
                except DecodeError:
                    raise _d.item_failure(SubtestParam, "SubtestStep", "params", params) from None

        if note.__class__ is not str and note is not None:
            if note is not UNSET:
                raise _d.fail("SubtestStep", "note", note, "string")
            _absent += 1

        if skipped.__class__ is not bool and skipped is not None:
            if skipped is not UNSET:
                raise _d.fail("SubtestStep", "skipped", skipped, "boolean")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        subtest_step = _new(cls)
        subtest_step.step_type = step_type
        subtest_step.id = id
        subtest_step.test_uuid = test_uuid
        subtest_step.environment_uuid = environment_uuid
        subtest_step.bucket_key = bucket_key
        subtest_step.assertions = assertions
        subtest_step.variables = variables
        subtest_step.params = params
        subtest_step.note = note
        subtest_step.skipped = skipped
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        subtest_step.additional_properties = {} if len(_src) + _absent == 10 else _d.extra_keys(_src, _KNOWN_KEYS)
        return subtest_step

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
from ..models.subtest_param import SubtestParam  # noqa: E402
from ..models.variable import Variable  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_SubtestStep_from_dict = SubtestStep.from_dict
_Assertion_from_dict = Assertion.from_dict
_SubtestParam_from_dict = SubtestParam.from_dict
_Variable_from_dict = Variable.from_dict
