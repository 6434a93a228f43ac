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
from ..models.step_type import StepType
from ..types import UNSET, Unset

T = TypeVar("T", bound="StepWrite")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "step_type",
        "id",
        "method",
        "url",
        "body",
        "form",
        "headers",
        "auth",
        "assertions",
        "variables",
        "scripts",
        "before_scripts",
        "note",
        "skipped",
        "duration",
        "left_value",
        "comparison",
        "right_value",
        "steps",
        "integration_id",
        "suite_id",
        "test_id",
        "is_custom_start_url",
        "start_url",
        "test_uuid",
        "environment_uuid",
        "bucket_key",
        "params",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_step_type,
    _k_id,
    _k_method,
    _k_url,
    _k_body,
    _k_form,
    _k_headers,
    _k_auth,
    _k_assertions,
    _k_variables,
    _k_scripts,
    _k_before_scripts,
    _k_note,
    _k_skipped,
    _k_duration,
    _k_left_value,
    _k_comparison,
    _k_right_value,
    _k_steps,
    _k_integration_id,
    _k_suite_id,
    _k_test_id,
    _k_is_custom_start_url,
    _k_start_url,
    _k_test_uuid,
    _k_environment_uuid,
    _k_bucket_key,
    _k_params,
) = _d.parsed_keys(
    "step_type",
    "id",
    "method",
    "url",
    "body",
    "form",
    "headers",
    "auth",
    "assertions",
    "variables",
    "scripts",
    "before_scripts",
    "note",
    "skipped",
    "duration",
    "left_value",
    "comparison",
    "right_value",
    "steps",
    "integration_id",
    "suite_id",
    "test_id",
    "is_custom_start_url",
    "start_url",
    "test_uuid",
    "environment_uuid",
    "bucket_key",
    "params",
)
_members = _itemgetter(
    _k_step_type,
    _k_id,
    _k_method,
    _k_url,
    _k_body,
    _k_form,
    _k_headers,
    _k_auth,
    _k_assertions,
    _k_variables,
    _k_scripts,
    _k_before_scripts,
    _k_note,
    _k_skipped,
    _k_duration,
    _k_left_value,
    _k_comparison,
    _k_right_value,
    _k_steps,
    _k_integration_id,
    _k_suite_id,
    _k_test_id,
    _k_is_custom_start_url,
    _k_start_url,
    _k_test_uuid,
    _k_environment_uuid,
    _k_bucket_key,
    _k_params,
)


@_attrs_define
class StepWrite:
    """A step to add or modify, of any `step_type` (absent on a PUT that keeps the type). Tolerant: every field of every
    step type may come with a zero value or null, header values as a string or a list, numbers as strings, and the read-
    only `id` echoed back (facts, Behaviour).

        Attributes:
            step_type (None | StepType | Unset):
            id (None | str | Unset): Read-only; ignored.
            method (None | str | Unset):
            url (None | str | Unset):
            body (None | str | Unset):
            form (HeaderMap | None | Unset):
            headers (HeaderMap | None | Unset):
            auth (AuthWrite | None | Unset):
            assertions (list[Assertion] | None | Unset):
            variables (list[Variable] | None | Unset):
            scripts (list[str] | None | Unset):
            before_scripts (list[str] | None | Unset):
            note (None | str | Unset):
            skipped (bool | None | Unset):
            duration (int | None | str | Unset): Pause seconds (1 to 120).
            left_value (None | str | Unset):
            comparison (None | str | Unset):
            right_value (None | str | Unset):
            steps (list[StepWrite] | None | Unset):
            integration_id (None | str | Unset):
            suite_id (None | str | Unset):
            test_id (None | str | Unset):
            is_custom_start_url (bool | None | Unset):
            start_url (None | str | Unset):
            test_uuid (None | str | Unset):
            environment_uuid (None | str | Unset):
            bucket_key (None | str | Unset):
            params (list[SubtestParam] | None | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    step_type: None | StepType | Unset = UNSET
    id: None | str | Unset = UNSET
    method: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    body: None | str | Unset = UNSET
    form: HeaderMap | None | Unset = UNSET
    headers: HeaderMap | None | Unset = UNSET
    auth: AuthWrite | None | Unset = UNSET
    assertions: list[Assertion] | None | Unset = UNSET
    variables: list[Variable] | None | Unset = UNSET
    scripts: list[str] | None | Unset = UNSET
    before_scripts: list[str] | None | Unset = UNSET
    note: None | str | Unset = UNSET
    skipped: bool | None | Unset = UNSET
    duration: int | None | str | Unset = UNSET
    left_value: None | str | Unset = UNSET
    comparison: None | str | Unset = UNSET
    right_value: None | str | Unset = UNSET
    steps: list[StepWrite] | None | Unset = UNSET
    integration_id: None | str | Unset = UNSET
    suite_id: None | str | Unset = UNSET
    test_id: None | str | Unset = UNSET
    is_custom_start_url: bool | None | Unset = UNSET
    start_url: None | str | Unset = UNSET
    test_uuid: None | str | Unset = UNSET
    environment_uuid: None | str | Unset = UNSET
    bucket_key: None | str | Unset = UNSET
    params: list[SubtestParam] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.auth_write import AuthWrite  # noqa: PLC0415
        from ..models.header_map import HeaderMap  # noqa: PLC0415

        step_type: None | str | Unset
        if isinstance(self.step_type, Unset):
            step_type = UNSET
        elif isinstance(self.step_type, StepType):
            step_type = self.step_type.value
        else:
            step_type = self.step_type

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        method: None | str | Unset
        if isinstance(self.method, Unset):
            method = UNSET
        else:
            method = self.method

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        form: dict[str, Any] | None | Unset
        if isinstance(self.form, Unset):
            form = UNSET
        elif isinstance(self.form, HeaderMap):
            form = self.form.to_dict()
        else:
            form = self.form

        headers: dict[str, Any] | None | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, HeaderMap):
            headers = self.headers.to_dict()
        else:
            headers = self.headers

        auth: dict[str, Any] | None | Unset
        if isinstance(self.auth, Unset):
            auth = UNSET
        elif isinstance(self.auth, AuthWrite):
            auth = self.auth.to_dict()
        else:
            auth = self.auth

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

        scripts: list[str] | None | Unset
        if isinstance(self.scripts, Unset):
            scripts = UNSET
        elif isinstance(self.scripts, list):
            scripts = self.scripts

        else:
            scripts = self.scripts

        before_scripts: list[str] | None | Unset
        if isinstance(self.before_scripts, Unset):
            before_scripts = UNSET
        elif isinstance(self.before_scripts, list):
            before_scripts = self.before_scripts

        else:
            before_scripts = self.before_scripts

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

        duration: int | None | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        left_value: None | str | Unset
        if isinstance(self.left_value, Unset):
            left_value = UNSET
        else:
            left_value = self.left_value

        comparison: None | str | Unset
        if isinstance(self.comparison, Unset):
            comparison = UNSET
        else:
            comparison = self.comparison

        right_value: None | str | Unset
        if isinstance(self.right_value, Unset):
            right_value = UNSET
        else:
            right_value = self.right_value

        steps: list[dict[str, Any]] | None | Unset
        if isinstance(self.steps, Unset):
            steps = UNSET
        elif isinstance(self.steps, list):
            steps = []
            for steps_type_0_item_data in self.steps:
                steps_type_0_item = steps_type_0_item_data.to_dict()
                steps.append(steps_type_0_item)

        else:
            steps = self.steps

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if step_type is not UNSET:
            field_dict["step_type"] = step_type
        if id is not UNSET:
            field_dict["id"] = id
        if method is not UNSET:
            field_dict["method"] = method
        if url is not UNSET:
            field_dict["url"] = url
        if body is not UNSET:
            field_dict["body"] = body
        if form is not UNSET:
            field_dict["form"] = form
        if headers is not UNSET:
            field_dict["headers"] = headers
        if auth is not UNSET:
            field_dict["auth"] = auth
        if assertions is not UNSET:
            field_dict["assertions"] = assertions
        if variables is not UNSET:
            field_dict["variables"] = variables
        if scripts is not UNSET:
            field_dict["scripts"] = scripts
        if before_scripts is not UNSET:
            field_dict["before_scripts"] = before_scripts
        if note is not UNSET:
            field_dict["note"] = note
        if skipped is not UNSET:
            field_dict["skipped"] = skipped
        if duration is not UNSET:
            field_dict["duration"] = duration
        if left_value is not UNSET:
            field_dict["left_value"] = left_value
        if comparison is not UNSET:
            field_dict["comparison"] = comparison
        if right_value is not UNSET:
            field_dict["right_value"] = right_value
        if steps is not UNSET:
            field_dict["steps"] = steps
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
        if test_uuid is not UNSET:
            field_dict["test_uuid"] = test_uuid
        if environment_uuid is not UNSET:
            field_dict["environment_uuid"] = environment_uuid
        if bucket_key is not UNSET:
            field_dict["bucket_key"] = bucket_key
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``StepWrite`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("StepWrite", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 28
        if _read:
            try:
                (
                    step_type,
                    id,
                    method,
                    url,
                    body,
                    form,
                    headers,
                    auth,
                    assertions,
                    variables,
                    scripts,
                    before_scripts,
                    note,
                    skipped,
                    duration,
                    left_value,
                    comparison,
                    right_value,
                    steps,
                    integration_id,
                    suite_id,
                    test_id,
                    is_custom_start_url,
                    start_url,
                    test_uuid,
                    environment_uuid,
                    bucket_key,
                    params,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            step_type = _src.get(_k_step_type, UNSET)
            id = _src.get(_k_id, UNSET)
            method = _src.get(_k_method, UNSET)
            url = _src.get(_k_url, UNSET)
            body = _src.get(_k_body, UNSET)
            form = _src.get(_k_form, UNSET)
            headers = _src.get(_k_headers, UNSET)
            auth = _src.get(_k_auth, UNSET)
            assertions = _src.get(_k_assertions, UNSET)
            variables = _src.get(_k_variables, UNSET)
            scripts = _src.get(_k_scripts, UNSET)
            before_scripts = _src.get(_k_before_scripts, UNSET)
            note = _src.get(_k_note, UNSET)
            skipped = _src.get(_k_skipped, UNSET)
            duration = _src.get(_k_duration, UNSET)
            left_value = _src.get(_k_left_value, UNSET)
            comparison = _src.get(_k_comparison, UNSET)
            right_value = _src.get(_k_right_value, UNSET)
            steps = _src.get(_k_steps, UNSET)
            integration_id = _src.get(_k_integration_id, UNSET)
            suite_id = _src.get(_k_suite_id, UNSET)
            test_id = _src.get(_k_test_id, UNSET)
            is_custom_start_url = _src.get(_k_is_custom_start_url, UNSET)
            start_url = _src.get(_k_start_url, UNSET)
            test_uuid = _src.get(_k_test_uuid, UNSET)
            environment_uuid = _src.get(_k_environment_uuid, UNSET)
            bucket_key = _src.get(_k_bucket_key, UNSET)
            params = _src.get(_k_params, UNSET)
        if step_type is UNSET:
            _absent += 1
        else:
            if step_type is not None:
                _member = _d.ENUM_MEMBERS[StepType].get(step_type) if step_type.__class__ is str else None
                if _member is None:
                    raise _d.enum_failure(StepType, "StepWrite", "step_type", step_type)
                step_type = _member

        if id.__class__ is not str and id is not None:
            if id is not UNSET:
                raise _d.fail("StepWrite", "id", id, "string")
            _absent += 1

        if method.__class__ is not str and method is not None:
            if method is not UNSET:
                raise _d.fail("StepWrite", "method", method, "string")
            _absent += 1

        if url.__class__ is not str and url is not None:
            if url is not UNSET:
                raise _d.fail("StepWrite", "url", url, "string")
            _absent += 1

        if body.__class__ is not str and body is not None:
            if body is not UNSET:
                raise _d.fail("StepWrite", "body", body, "string")
            _absent += 1

        if form is UNSET:
            _absent += 1
        else:
            if form is not None:
                try:
                    form = _HeaderMap_from_dict(form)
                except DecodeError as _error:
                    raise _d.union_failure(
                        [(_d.resemblance(form, HeaderMap, {}), _error.within("StepWrite", "form"))],
                        "StepWrite",
                        "form",
                        form,
                        "HeaderMap | None",
                    ) from None

        if headers is UNSET:
            _absent += 1
        else:
            if headers is not None:
                try:
                    headers = _HeaderMap_from_dict(headers)
                except DecodeError as _error:
                    raise _d.union_failure(
                        [(_d.resemblance(headers, HeaderMap, {}), _error.within("StepWrite", "headers"))],
                        "StepWrite",
                        "headers",
                        headers,
                        "HeaderMap | None",
                    ) from None

        if auth is UNSET:
            _absent += 1
        else:
            if auth is not None:
                try:
                    auth = _AuthWrite_from_dict(auth)
                except DecodeError as _error:
                    raise _d.union_failure(
                        [(_d.resemblance(auth, AuthWrite, {}), _error.within("StepWrite", "auth"))],
                        "StepWrite",
                        "auth",
                        auth,
                        "AuthWrite | None",
                    ) from None

        if assertions is UNSET:
            _absent += 1
        else:
            if assertions is not None:
                if assertions.__class__ is not list:
                    raise _d.fail("StepWrite", "assertions", assertions, "array")
                try:
                    assertions = [*map(_Assertion_from_dict, assertions)]
                except DecodeError:
                    raise _d.item_failure(Assertion, "StepWrite", "assertions", assertions) from None

        if variables is UNSET:
            _absent += 1
        else:
            if variables is not None:
                if variables.__class__ is not list:
                    raise _d.fail("StepWrite", "variables", variables, "array")
                try:
                    variables = [*map(_Variable_from_dict, variables)]
                except DecodeError:
                    raise _d.item_failure(Variable, "StepWrite", "variables", variables) from None

        if scripts is UNSET:
            _absent += 1
        else:
            if scripts is not None:
                if scripts.__class__ is not list:
                    raise _d.fail("StepWrite", "scripts", scripts, "array")
                for _item in scripts:
                    if _item.__class__ is not str:
                        _d.list_of(str, "string", "StepWrite", "scripts", scripts)  # raises, naming the item

        if before_scripts is UNSET:
            _absent += 1
        else:
            if before_scripts is not None:
                if before_scripts.__class__ is not list:
                    raise _d.fail("StepWrite", "before_scripts", before_scripts, "array")
                for _item in before_scripts:
                    if _item.__class__ is not str:
                        _d.list_of(
                            str, "string", "StepWrite", "before_scripts", before_scripts
                        )  # raises, naming the item

        if note.__class__ is not str and note is not None:
            if note is not UNSET:
                raise _d.fail("StepWrite", "note", note, "string")
            _absent += 1

        if skipped.__class__ is not bool and skipped is not None:
            if skipped is not UNSET:
                raise _d.fail("StepWrite", "skipped", skipped, "boolean")
            _absent += 1

        if duration is UNSET:
            _absent += 1
        else:

            def _union_duration(model: str, field: str, value: Any) -> Any:
                if value is None:
                    return value
                _refusals: list[tuple[int, DecodeError]] = []
                try:
                    candidate = value
                    if candidate.__class__ is not int:
                        raise _d.fail(model, field, candidate, "integer")

                    return candidate
                except DecodeError as _error:
                    _refusals.append((0, _error))
                try:
                    candidate = value
                    if candidate.__class__ is not str:
                        raise _d.fail(model, field, candidate, "string")

                    return candidate
                except DecodeError as _error:
                    _refusals.append((0, _error))
                raise _d.union_failure(_refusals, model, field, value, "int | None | str")

            duration = _union_duration("StepWrite", "duration", duration)

        if left_value.__class__ is not str and left_value is not None:
            if left_value is not UNSET:
                raise _d.fail("StepWrite", "left_value", left_value, "string")
            _absent += 1

        if comparison.__class__ is not str and comparison is not None:
            if comparison is not UNSET:
                raise _d.fail("StepWrite", "comparison", comparison, "string")
            _absent += 1

        if right_value.__class__ is not str and right_value is not None:
            if right_value is not UNSET:
                raise _d.fail("StepWrite", "right_value", right_value, "string")
            _absent += 1

        if steps is UNSET:
            _absent += 1
        else:
            if steps is not None:
                if steps.__class__ is not list:
                    raise _d.fail("StepWrite", "steps", steps, "array")
                try:
                    steps = [*map(_StepWrite_from_dict, steps)]
                except DecodeError:
                    raise _d.item_failure(StepWrite, "StepWrite", "steps", steps) from None

        if integration_id.__class__ is not str and integration_id is not None:
            if integration_id is not UNSET:
                raise _d.fail("StepWrite", "integration_id", integration_id, "string")
            _absent += 1

        if suite_id.__class__ is not str and suite_id is not None:
            if suite_id is not UNSET:
                raise _d.fail("StepWrite", "suite_id", suite_id, "string")
            _absent += 1

        if test_id.__class__ is not str and test_id is not None:
            if test_id is not UNSET:
                raise _d.fail("StepWrite", "test_id", test_id, "string")
            _absent += 1

        if is_custom_start_url.__class__ is not bool and is_custom_start_url is not None:
            if is_custom_start_url is not UNSET:
                raise _d.fail("StepWrite", "is_custom_start_url", is_custom_start_url, "boolean")
            _absent += 1

        if start_url.__class__ is not str and start_url is not None:
            if start_url is not UNSET:
                raise _d.fail("StepWrite", "start_url", start_url, "string")
            _absent += 1

        if test_uuid.__class__ is not str and test_uuid is not None:
            if test_uuid is not UNSET:
                raise _d.fail("StepWrite", "test_uuid", test_uuid, "string")
            _absent += 1

        if environment_uuid.__class__ is not str and environment_uuid is not None:
            if environment_uuid is not UNSET:
                raise _d.fail("StepWrite", "environment_uuid", environment_uuid, "string")
            _absent += 1

        if bucket_key.__class__ is not str and bucket_key is not None:
            if bucket_key is not UNSET:
                raise _d.fail("StepWrite", "bucket_key", bucket_key, "string")
            _absent += 1

        if params is UNSET:
            _absent += 1
        else:
            if params is not None:
                if params.__class__ is not list:
                    raise _d.fail("StepWrite", "params", params, "array")
                try:
                    params = [*map(_SubtestParam_from_dict, params)]
                except DecodeError:
                    raise _d.item_failure(SubtestParam, "StepWrite", "params", params) from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        step_write = _new(cls)
        step_write.step_type = step_type
        step_write.id = id
        step_write.method = method
        step_write.url = url
        step_write.body = body
        step_write.form = form
        step_write.headers = headers
        step_write.auth = auth
        step_write.assertions = assertions
        step_write.variables = variables
        step_write.scripts = scripts
        step_write.before_scripts = before_scripts
        step_write.note = note
        step_write.skipped = skipped
        step_write.duration = duration
        step_write.left_value = left_value
        step_write.comparison = comparison
        step_write.right_value = right_value
        step_write.steps = steps
        step_write.integration_id = integration_id
        step_write.suite_id = suite_id
        step_write.test_id = test_id
        step_write.is_custom_start_url = is_custom_start_url
        step_write.start_url = start_url
        step_write.test_uuid = test_uuid
        step_write.environment_uuid = environment_uuid
        step_write.bucket_key = bucket_key
        step_write.params = params
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        step_write.additional_properties = {} if len(_src) + _absent == 28 else _d.extra_keys(_src, _KNOWN_KEYS)
        return step_write

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
from ..models.auth_write import AuthWrite  # noqa: E402
from ..models.header_map import HeaderMap  # noqa: E402
from ..models.subtest_param import SubtestParam  # noqa: E402
from ..models.variable import Variable  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_StepWrite_from_dict = StepWrite.from_dict
_Assertion_from_dict = Assertion.from_dict
_AuthWrite_from_dict = AuthWrite.from_dict
_HeaderMap_from_dict = HeaderMap.from_dict
_SubtestParam_from_dict = SubtestParam.from_dict
_Variable_from_dict = Variable.from_dict
