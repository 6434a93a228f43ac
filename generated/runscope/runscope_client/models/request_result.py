# Generated from specs/runscope/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/runscope/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="RequestResult")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "uuid",
        "url",
        "method",
        "result",
        "assertions",
        "variables",
        "scripts",
        "assertions_defined",
        "assertions_passed",
        "assertions_failed",
        "variables_defined",
        "variables_passed",
        "variables_failed",
        "scripts_defined",
        "scripts_passed",
        "scripts_failed",
        "timings",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_uuid,
    _k_url,
    _k_method,
    _k_result,
    _k_assertions,
    _k_variables,
    _k_scripts,
    _k_assertions_defined,
    _k_assertions_passed,
    _k_assertions_failed,
    _k_variables_defined,
    _k_variables_passed,
    _k_variables_failed,
    _k_scripts_defined,
    _k_scripts_passed,
    _k_scripts_failed,
    _k_timings,
) = _d.parsed_keys(
    "uuid",
    "url",
    "method",
    "result",
    "assertions",
    "variables",
    "scripts",
    "assertions_defined",
    "assertions_passed",
    "assertions_failed",
    "variables_defined",
    "variables_passed",
    "variables_failed",
    "scripts_defined",
    "scripts_passed",
    "scripts_failed",
    "timings",
)
_members = _itemgetter(
    _k_uuid,
    _k_url,
    _k_method,
    _k_result,
    _k_assertions,
    _k_variables,
    _k_scripts,
    _k_assertions_defined,
    _k_assertions_passed,
    _k_assertions_failed,
    _k_variables_defined,
    _k_variables_passed,
    _k_variables_failed,
    _k_scripts_defined,
    _k_scripts_passed,
    _k_scripts_failed,
    _k_timings,
)


@_attrs_define
class RequestResult:
    """The result of one step of a run; every field is null for a step that did not run a request.

    Attributes:
        uuid (str): The step's id within the run (see the result step detail).
        url (None | str | Unset):
        method (None | str | Unset):
        result (None | str | Unset): pass or fail.
        assertions (list[AssertionResult] | None | Unset):
        variables (list[VariableResult] | None | Unset):
        scripts (list[ScriptResult] | None | Unset):
        assertions_defined (int | None | Unset):
        assertions_passed (int | None | Unset):
        assertions_failed (int | None | Unset):
        variables_defined (int | None | Unset):
        variables_passed (int | None | Unset):
        variables_failed (int | None | Unset):
        scripts_defined (int | None | Unset):
        scripts_passed (int | None | Unset):
        scripts_failed (int | None | Unset):
        timings (None | Timings | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    uuid: str
    url: None | str | Unset = UNSET
    method: None | str | Unset = UNSET
    result: None | str | Unset = UNSET
    assertions: list[AssertionResult] | None | Unset = UNSET
    variables: list[VariableResult] | None | Unset = UNSET
    scripts: list[ScriptResult] | None | Unset = UNSET
    assertions_defined: int | None | Unset = UNSET
    assertions_passed: int | None | Unset = UNSET
    assertions_failed: int | None | Unset = UNSET
    variables_defined: int | None | Unset = UNSET
    variables_passed: int | None | Unset = UNSET
    variables_failed: int | None | Unset = UNSET
    scripts_defined: int | None | Unset = UNSET
    scripts_passed: int | None | Unset = UNSET
    scripts_failed: int | None | Unset = UNSET
    timings: None | Timings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.timings import Timings  # noqa: PLC0415

        uuid = self.uuid

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        method: None | str | Unset
        if isinstance(self.method, Unset):
            method = UNSET
        else:
            method = self.method

        result: None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        else:
            result = self.result

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

        scripts: list[dict[str, Any]] | None | Unset
        if isinstance(self.scripts, Unset):
            scripts = UNSET
        elif isinstance(self.scripts, list):
            scripts = []
            for scripts_type_0_item_data in self.scripts:
                scripts_type_0_item = scripts_type_0_item_data.to_dict()
                scripts.append(scripts_type_0_item)

        else:
            scripts = self.scripts

        assertions_defined: int | None | Unset
        if isinstance(self.assertions_defined, Unset):
            assertions_defined = UNSET
        else:
            assertions_defined = self.assertions_defined

        assertions_passed: int | None | Unset
        if isinstance(self.assertions_passed, Unset):
            assertions_passed = UNSET
        else:
            assertions_passed = self.assertions_passed

        assertions_failed: int | None | Unset
        if isinstance(self.assertions_failed, Unset):
            assertions_failed = UNSET
        else:
            assertions_failed = self.assertions_failed

        variables_defined: int | None | Unset
        if isinstance(self.variables_defined, Unset):
            variables_defined = UNSET
        else:
            variables_defined = self.variables_defined

        variables_passed: int | None | Unset
        if isinstance(self.variables_passed, Unset):
            variables_passed = UNSET
        else:
            variables_passed = self.variables_passed

        variables_failed: int | None | Unset
        if isinstance(self.variables_failed, Unset):
            variables_failed = UNSET
        else:
            variables_failed = self.variables_failed

        scripts_defined: int | None | Unset
        if isinstance(self.scripts_defined, Unset):
            scripts_defined = UNSET
        else:
            scripts_defined = self.scripts_defined

        scripts_passed: int | None | Unset
        if isinstance(self.scripts_passed, Unset):
            scripts_passed = UNSET
        else:
            scripts_passed = self.scripts_passed

        scripts_failed: int | None | Unset
        if isinstance(self.scripts_failed, Unset):
            scripts_failed = UNSET
        else:
            scripts_failed = self.scripts_failed

        timings: dict[str, Any] | None | Unset
        if isinstance(self.timings, Unset):
            timings = UNSET
        elif isinstance(self.timings, Timings):
            timings = self.timings.to_dict()
        else:
            timings = self.timings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if method is not UNSET:
            field_dict["method"] = method
        if result is not UNSET:
            field_dict["result"] = result
        if assertions is not UNSET:
            field_dict["assertions"] = assertions
        if variables is not UNSET:
            field_dict["variables"] = variables
        if scripts is not UNSET:
            field_dict["scripts"] = scripts
        if assertions_defined is not UNSET:
            field_dict["assertions_defined"] = assertions_defined
        if assertions_passed is not UNSET:
            field_dict["assertions_passed"] = assertions_passed
        if assertions_failed is not UNSET:
            field_dict["assertions_failed"] = assertions_failed
        if variables_defined is not UNSET:
            field_dict["variables_defined"] = variables_defined
        if variables_passed is not UNSET:
            field_dict["variables_passed"] = variables_passed
        if variables_failed is not UNSET:
            field_dict["variables_failed"] = variables_failed
        if scripts_defined is not UNSET:
            field_dict["scripts_defined"] = scripts_defined
        if scripts_passed is not UNSET:
            field_dict["scripts_passed"] = scripts_passed
        if scripts_failed is not UNSET:
            field_dict["scripts_failed"] = scripts_failed
        if timings is not UNSET:
            field_dict["timings"] = timings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``RequestResult`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("RequestResult", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 17
        if _read:
            try:
                (
                    uuid,
                    url,
                    method,
                    result,
                    assertions,
                    variables,
                    scripts,
                    assertions_defined,
                    assertions_passed,
                    assertions_failed,
                    variables_defined,
                    variables_passed,
                    variables_failed,
                    scripts_defined,
                    scripts_passed,
                    scripts_failed,
                    timings,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                uuid = _src[_k_uuid]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                uuid = _src.get(_k_uuid, _d.MISSING)
            url = _src.get(_k_url, UNSET)
            method = _src.get(_k_method, UNSET)
            result = _src.get(_k_result, UNSET)
            assertions = _src.get(_k_assertions, UNSET)
            variables = _src.get(_k_variables, UNSET)
            scripts = _src.get(_k_scripts, UNSET)
            assertions_defined = _src.get(_k_assertions_defined, UNSET)
            assertions_passed = _src.get(_k_assertions_passed, UNSET)
            assertions_failed = _src.get(_k_assertions_failed, UNSET)
            variables_defined = _src.get(_k_variables_defined, UNSET)
            variables_passed = _src.get(_k_variables_passed, UNSET)
            variables_failed = _src.get(_k_variables_failed, UNSET)
            scripts_defined = _src.get(_k_scripts_defined, UNSET)
            scripts_passed = _src.get(_k_scripts_passed, UNSET)
            scripts_failed = _src.get(_k_scripts_failed, UNSET)
            timings = _src.get(_k_timings, UNSET)
        if uuid.__class__ is not str:
            raise _d.fail("RequestResult", "uuid", uuid, "string")

        if url.__class__ is not str and url is not None:
            if url is not UNSET:
                raise _d.fail("RequestResult", "url", url, "string")
            _absent += 1

        if method.__class__ is not str and method is not None:
            if method is not UNSET:
                raise _d.fail("RequestResult", "method", method, "string")
            _absent += 1

        if result.__class__ is not str and result is not None:
            if result is not UNSET:
                raise _d.fail("RequestResult", "result", result, "string")
            _absent += 1

        if assertions is UNSET:
            _absent += 1
        else:
            if assertions is not None:
                if assertions.__class__ is not list:
                    raise _d.fail("RequestResult", "assertions", assertions, "array")
                try:
                    assertions = [*map(_AssertionResult_from_dict, assertions)]
                except DecodeError:
                    raise _d.item_failure(AssertionResult, "RequestResult", "assertions", assertions) from None

        if variables is UNSET:
            _absent += 1
        else:
            if variables is not None:
                if variables.__class__ is not list:
                    raise _d.fail("RequestResult", "variables", variables, "array")
                try:
                    variables = [*map(_VariableResult_from_dict, variables)]
                except DecodeError:
                    raise _d.item_failure(VariableResult, "RequestResult", "variables", variables) from None

        if scripts is UNSET:
            _absent += 1
        else:
            if scripts is not None:
                if scripts.__class__ is not list:
                    raise _d.fail("RequestResult", "scripts", scripts, "array")
                try:
                    scripts = [*map(_ScriptResult_from_dict, scripts)]
                except DecodeError:
                    raise _d.item_failure(ScriptResult, "RequestResult", "scripts", scripts) from None

        if assertions_defined.__class__ is not int and assertions_defined is not None:
            if assertions_defined is not UNSET:
                raise _d.fail("RequestResult", "assertions_defined", assertions_defined, "integer")
            _absent += 1

        if assertions_passed.__class__ is not int and assertions_passed is not None:
            if assertions_passed is not UNSET:
                raise _d.fail("RequestResult", "assertions_passed", assertions_passed, "integer")
            _absent += 1

        if assertions_failed.__class__ is not int and assertions_failed is not None:
            if assertions_failed is not UNSET:
                raise _d.fail("RequestResult", "assertions_failed", assertions_failed, "integer")
            _absent += 1

        if variables_defined.__class__ is not int and variables_defined is not None:
            if variables_defined is not UNSET:
                raise _d.fail("RequestResult", "variables_defined", variables_defined, "integer")
            _absent += 1

        if variables_passed.__class__ is not int and variables_passed is not None:
            if variables_passed is not UNSET:
                raise _d.fail("RequestResult", "variables_passed", variables_passed, "integer")
            _absent += 1

        if variables_failed.__class__ is not int and variables_failed is not None:
            if variables_failed is not UNSET:
                raise _d.fail("RequestResult", "variables_failed", variables_failed, "integer")
            _absent += 1

        if scripts_defined.__class__ is not int and scripts_defined is not None:
            if scripts_defined is not UNSET:
                raise _d.fail("RequestResult", "scripts_defined", scripts_defined, "integer")
            _absent += 1

        if scripts_passed.__class__ is not int and scripts_passed is not None:
            if scripts_passed is not UNSET:
                raise _d.fail("RequestResult", "scripts_passed", scripts_passed, "integer")
            _absent += 1

        if scripts_failed.__class__ is not int and scripts_failed is not None:
            if scripts_failed is not UNSET:
                raise _d.fail("RequestResult", "scripts_failed", scripts_failed, "integer")
            _absent += 1

        if timings is UNSET:
            _absent += 1
        else:
            if timings is not None:
                try:
                    timings = _Timings_from_dict(timings)
                except DecodeError as _error:
                    raise _d.union_failure(
                        [(_d.resemblance(timings, Timings, {}), _error.within("RequestResult", "timings"))],
                        "RequestResult",
                        "timings",
                        timings,
                        "None | Timings",
                    ) from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        request_result = _new(cls)
        request_result.uuid = uuid
        request_result.url = url
        request_result.method = method
        request_result.result = result
        request_result.assertions = assertions
        request_result.variables = variables
        request_result.scripts = scripts
        request_result.assertions_defined = assertions_defined
        request_result.assertions_passed = assertions_passed
        request_result.assertions_failed = assertions_failed
        request_result.variables_defined = variables_defined
        request_result.variables_passed = variables_passed
        request_result.variables_failed = variables_failed
        request_result.scripts_defined = scripts_defined
        request_result.scripts_passed = scripts_passed
        request_result.scripts_failed = scripts_failed
        request_result.timings = timings
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        request_result.additional_properties = {} if len(_src) + _absent == 17 else _d.extra_keys(_src, _KNOWN_KEYS)
        return request_result

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
from ..models.assertion_result import AssertionResult  # noqa: E402
from ..models.script_result import ScriptResult  # noqa: E402
from ..models.timings import Timings  # noqa: E402
from ..models.variable_result import VariableResult  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_RequestResult_from_dict = RequestResult.from_dict
_AssertionResult_from_dict = AssertionResult.from_dict
_ScriptResult_from_dict = ScriptResult.from_dict
_Timings_from_dict = Timings.from_dict
_VariableResult_from_dict = VariableResult.from_dict
