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

T = TypeVar("T", bound="ValidationErrorBody")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "message",
        "errors",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_message,
    _k_errors,
) = _d.parsed_keys(
    "message",
    "errors",
)
_members = _itemgetter(
    _k_message,
    _k_errors,
)


@_attrs_define
class ValidationErrorBody:
    """
    Attributes:
        message (str):
        errors (ValidationErrorBodyErrors | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    message: str
    errors: ValidationErrorBodyErrors | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``ValidationErrorBody`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("ValidationErrorBody", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 2
        if _read:
            try:
                (
                    message,
                    errors,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                message = _src[_k_message]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                message = _src.get(_k_message, _d.MISSING)
            errors = _src.get(_k_errors, UNSET)
        if message.__class__ is not str:
            raise _d.fail("ValidationErrorBody", "message", message, "string")

        if errors is UNSET:
            _absent += 1
        else:
            try:
                errors = _ValidationErrorBodyErrors_from_dict(errors)
            except DecodeError as _error:
                raise _error.within("ValidationErrorBody", "errors") from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        validation_error_body = _new(cls)
        validation_error_body.message = message
        validation_error_body.errors = errors
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        validation_error_body.additional_properties = (
            {} if len(_src) + _absent == 2 else _d.extra_keys(_src, _KNOWN_KEYS)
        )
        return validation_error_body

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
from ..models.validation_error_body_errors import ValidationErrorBodyErrors  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_ValidationErrorBody_from_dict = ValidationErrorBody.from_dict
_ValidationErrorBodyErrors_from_dict = ValidationErrorBodyErrors.from_dict
