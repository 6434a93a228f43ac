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

T = TypeVar("T", bound="NotificationRequest")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "step_id",
        "url",
        "method",
        "result",
        "note",
        "response_status_code",
        "response_size_bytes",
        "response_time_ms",
        "assertions",
        "variables",
        "scripts",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_step_id,
    _k_url,
    _k_method,
    _k_result,
    _k_note,
    _k_response_status_code,
    _k_response_size_bytes,
    _k_response_time_ms,
    _k_assertions,
    _k_variables,
    _k_scripts,
) = _d.parsed_keys(
    "step_id",
    "url",
    "method",
    "result",
    "note",
    "response_status_code",
    "response_size_bytes",
    "response_time_ms",
    "assertions",
    "variables",
    "scripts",
)
_members = _itemgetter(
    _k_step_id,
    _k_url,
    _k_method,
    _k_result,
    _k_note,
    _k_response_status_code,
    _k_response_size_bytes,
    _k_response_time_ms,
    _k_assertions,
    _k_variables,
    _k_scripts,
)


@_attrs_define
class NotificationRequest:
    """One request of a finished run, as a notification reports it.

    Attributes:
        step_id (None | str | Unset):
        url (None | str | Unset):
        method (None | str | Unset):
        result (None | str | Unset):
        note (None | str | Unset):
        response_status_code (int | None | str | Unset):
        response_size_bytes (int | None | Unset):
        response_time_ms (float | None | Unset):
        assertions (None | NotificationRequestAssertionsType0 | Unset): Counts (total, pass, fail).
        variables (None | NotificationRequestVariablesType0 | Unset):
        scripts (None | NotificationRequestScriptsType0 | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    step_id: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    method: None | str | Unset = UNSET
    result: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    response_status_code: int | None | str | Unset = UNSET
    response_size_bytes: int | None | Unset = UNSET
    response_time_ms: float | None | Unset = UNSET
    assertions: None | NotificationRequestAssertionsType0 | Unset = UNSET
    variables: None | NotificationRequestVariablesType0 | Unset = UNSET
    scripts: None | NotificationRequestScriptsType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.notification_request_assertions_type_0 import NotificationRequestAssertionsType0  # noqa: PLC0415
        from ..models.notification_request_scripts_type_0 import NotificationRequestScriptsType0  # noqa: PLC0415
        from ..models.notification_request_variables_type_0 import NotificationRequestVariablesType0  # noqa: PLC0415

        step_id: None | str | Unset
        if isinstance(self.step_id, Unset):
            step_id = UNSET
        else:
            step_id = self.step_id

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

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        response_status_code: int | None | str | Unset
        if isinstance(self.response_status_code, Unset):
            response_status_code = UNSET
        else:
            response_status_code = self.response_status_code

        response_size_bytes: int | None | Unset
        if isinstance(self.response_size_bytes, Unset):
            response_size_bytes = UNSET
        else:
            response_size_bytes = self.response_size_bytes

        response_time_ms: float | None | Unset
        if isinstance(self.response_time_ms, Unset):
            response_time_ms = UNSET
        else:
            response_time_ms = self.response_time_ms

        assertions: dict[str, Any] | None | Unset
        if isinstance(self.assertions, Unset):
            assertions = UNSET
        elif isinstance(self.assertions, NotificationRequestAssertionsType0):
            assertions = self.assertions.to_dict()
        else:
            assertions = self.assertions

        variables: dict[str, Any] | None | Unset
        if isinstance(self.variables, Unset):
            variables = UNSET
        elif isinstance(self.variables, NotificationRequestVariablesType0):
            variables = self.variables.to_dict()
        else:
            variables = self.variables

        scripts: dict[str, Any] | None | Unset
        if isinstance(self.scripts, Unset):
            scripts = UNSET
        elif isinstance(self.scripts, NotificationRequestScriptsType0):
            scripts = self.scripts.to_dict()
        else:
            scripts = self.scripts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if step_id is not UNSET:
            field_dict["step_id"] = step_id
        if url is not UNSET:
            field_dict["url"] = url
        if method is not UNSET:
            field_dict["method"] = method
        if result is not UNSET:
            field_dict["result"] = result
        if note is not UNSET:
            field_dict["note"] = note
        if response_status_code is not UNSET:
            field_dict["response_status_code"] = response_status_code
        if response_size_bytes is not UNSET:
            field_dict["response_size_bytes"] = response_size_bytes
        if response_time_ms is not UNSET:
            field_dict["response_time_ms"] = response_time_ms
        if assertions is not UNSET:
            field_dict["assertions"] = assertions
        if variables is not UNSET:
            field_dict["variables"] = variables
        if scripts is not UNSET:
            field_dict["scripts"] = scripts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``NotificationRequest`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("NotificationRequest", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 11
        if _read:
            try:
                (
                    step_id,
                    url,
                    method,
                    result,
                    note,
                    response_status_code,
                    response_size_bytes,
                    response_time_ms,
                    assertions,
                    variables,
                    scripts,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            step_id = _src.get(_k_step_id, UNSET)
            url = _src.get(_k_url, UNSET)
            method = _src.get(_k_method, UNSET)
            result = _src.get(_k_result, UNSET)
            note = _src.get(_k_note, UNSET)
            response_status_code = _src.get(_k_response_status_code, UNSET)
            response_size_bytes = _src.get(_k_response_size_bytes, UNSET)
            response_time_ms = _src.get(_k_response_time_ms, UNSET)
            assertions = _src.get(_k_assertions, UNSET)
            variables = _src.get(_k_variables, UNSET)
            scripts = _src.get(_k_scripts, UNSET)
        if step_id.__class__ is not str and step_id is not None:
            if step_id is not UNSET:
                raise _d.fail("NotificationRequest", "step_id", step_id, "string")
            _absent += 1

        if url.__class__ is not str and url is not None:
            if url is not UNSET:
                raise _d.fail("NotificationRequest", "url", url, "string")
            _absent += 1

        if method.__class__ is not str and method is not None:
            if method is not UNSET:
                raise _d.fail("NotificationRequest", "method", method, "string")
            _absent += 1

        if result.__class__ is not str and result is not None:
            if result is not UNSET:
                raise _d.fail("NotificationRequest", "result", result, "string")
            _absent += 1

        if note.__class__ is not str and note is not None:
            if note is not UNSET:
                raise _d.fail("NotificationRequest", "note", note, "string")
            _absent += 1

        if response_status_code is UNSET:
            _absent += 1
        else:

            def _union_response_status_code(model: str, field: str, value: Any) -> Any:
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

            response_status_code = _union_response_status_code(
                "NotificationRequest", "response_status_code", response_status_code
            )

        if response_size_bytes.__class__ is not int and response_size_bytes is not None:
            if response_size_bytes is not UNSET:
                raise _d.fail("NotificationRequest", "response_size_bytes", response_size_bytes, "integer")
            _absent += 1

        if response_time_ms is UNSET:
            _absent += 1
        else:
            if response_time_ms is not None:
                response_time_ms = _d.as_float("NotificationRequest", "response_time_ms", response_time_ms)

        if assertions is UNSET:
            _absent += 1
        else:
            if assertions is not None:
                try:
                    assertions = _NotificationRequestAssertionsType0_from_dict(assertions)
                except DecodeError as _error:
                    raise _d.union_failure(
                        [
                            (
                                _d.resemblance(assertions, NotificationRequestAssertionsType0, {}),
                                _error.within("NotificationRequest", "assertions"),
                            )
                        ],
                        "NotificationRequest",
                        "assertions",
                        assertions,
                        "None | NotificationRequestAssertionsType0",
                    ) from None

        if variables is UNSET:
            _absent += 1
        else:
            if variables is not None:
                try:
                    variables = _NotificationRequestVariablesType0_from_dict(variables)
                except DecodeError as _error:
                    raise _d.union_failure(
                        [
                            (
                                _d.resemblance(variables, NotificationRequestVariablesType0, {}),
                                _error.within("NotificationRequest", "variables"),
                            )
                        ],
                        "NotificationRequest",
                        "variables",
                        variables,
                        "None | NotificationRequestVariablesType0",
                    ) from None

        if scripts is UNSET:
            _absent += 1
        else:
            if scripts is not None:
                try:
                    scripts = _NotificationRequestScriptsType0_from_dict(scripts)
                except DecodeError as _error:
                    raise _d.union_failure(
                        [
                            (
                                _d.resemblance(scripts, NotificationRequestScriptsType0, {}),
                                _error.within("NotificationRequest", "scripts"),
                            )
                        ],
                        "NotificationRequest",
                        "scripts",
                        scripts,
                        "None | NotificationRequestScriptsType0",
                    ) from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        notification_request = _new(cls)
        notification_request.step_id = step_id
        notification_request.url = url
        notification_request.method = method
        notification_request.result = result
        notification_request.note = note
        notification_request.response_status_code = response_status_code
        notification_request.response_size_bytes = response_size_bytes
        notification_request.response_time_ms = response_time_ms
        notification_request.assertions = assertions
        notification_request.variables = variables
        notification_request.scripts = scripts
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        notification_request.additional_properties = (
            {} if len(_src) + _absent == 11 else _d.extra_keys(_src, _KNOWN_KEYS)
        )
        return notification_request

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
from ..models.notification_request_assertions_type_0 import NotificationRequestAssertionsType0  # noqa: E402
from ..models.notification_request_scripts_type_0 import NotificationRequestScriptsType0  # noqa: E402
from ..models.notification_request_variables_type_0 import NotificationRequestVariablesType0  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_NotificationRequest_from_dict = NotificationRequest.from_dict
_NotificationRequestAssertionsType0_from_dict = NotificationRequestAssertionsType0.from_dict
_NotificationRequestScriptsType0_from_dict = NotificationRequestScriptsType0.from_dict
_NotificationRequestVariablesType0_from_dict = NotificationRequestVariablesType0.from_dict
