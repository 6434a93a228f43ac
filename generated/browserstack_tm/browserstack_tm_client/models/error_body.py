# Generated from specs/browserstack_tm/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/browserstack_tm/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorBody")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "success",
        "error",
        "message",
        "details",
        "status",
        "errors",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_success,
    _k_error,
    _k_message,
    _k_details,
    _k_status,
    _k_errors,
) = _d.parsed_keys(
    "success",
    "error",
    "message",
    "details",
    "status",
    "errors",
)
_members = _itemgetter(
    _k_success,
    _k_error,
    _k_message,
    _k_details,
    _k_status,
    _k_errors,
)


@_attrs_define
class ErrorBody:
    """Error bodies vary (facts, Errors): `{success: false}`, `{success: false, message}`, `{error, message}`, `{error,
    details: [..]}`, `{status: 500, error}` and `{errors: ".."}`; every one fits.

        Attributes:
            success (bool | Unset):
            error (str | Unset): A code (`invalid_test_case_id`) or a sentence.
            message (str | Unset):
            details (list[str] | Unset):
            status (int | Unset):
            errors (str | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    success: bool | Unset = UNSET
    error: str | Unset = UNSET
    message: str | Unset = UNSET
    details: list[str] | Unset = UNSET
    status: int | Unset = UNSET
    errors: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        error = self.error

        message = self.message

        details: list[str] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details

        status = self.status

        errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if error is not UNSET:
            field_dict["error"] = error
        if message is not UNSET:
            field_dict["message"] = message
        if details is not UNSET:
            field_dict["details"] = details
        if status is not UNSET:
            field_dict["status"] = status
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``ErrorBody`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("ErrorBody", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 6
        if _read:
            try:
                (
                    success,
                    error,
                    message,
                    details,
                    status,
                    errors,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            success = _src.get(_k_success, UNSET)
            error = _src.get(_k_error, UNSET)
            message = _src.get(_k_message, UNSET)
            details = _src.get(_k_details, UNSET)
            status = _src.get(_k_status, UNSET)
            errors = _src.get(_k_errors, UNSET)
        if success.__class__ is not bool:
            if success is not UNSET:
                raise _d.fail("ErrorBody", "success", success, "boolean")
            _absent += 1

        if error.__class__ is not str:
            if error is not UNSET:
                raise _d.fail("ErrorBody", "error", error, "string")
            _absent += 1

        if message.__class__ is not str:
            if message is not UNSET:
                raise _d.fail("ErrorBody", "message", message, "string")
            _absent += 1

        if details is UNSET:
            _absent += 1
        else:
            if details.__class__ is not list:
                raise _d.fail("ErrorBody", "details", details, "array")
            for _item in details:
                if _item.__class__ is not str:
                    _d.list_of(str, "string", "ErrorBody", "details", details)  # raises, naming the item

        if status.__class__ is not int:
            if status is not UNSET:
                raise _d.fail("ErrorBody", "status", status, "integer")
            _absent += 1

        if errors.__class__ is not str:
            if errors is not UNSET:
                raise _d.fail("ErrorBody", "errors", errors, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        error_body = _new(cls)
        error_body.success = success
        error_body.error = error
        error_body.message = message
        error_body.details = details
        error_body.status = status
        error_body.errors = errors
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        error_body.additional_properties = {} if len(_src) + _absent == 6 else _d.extra_keys(_src, _KNOWN_KEYS)
        return error_body

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


# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_ErrorBody_from_dict = ErrorBody.from_dict
