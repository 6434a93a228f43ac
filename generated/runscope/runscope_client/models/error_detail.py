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

T = TypeVar("T", bound="ErrorDetail")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "status",
        "message",
        "more_info",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_status,
    _k_message,
    _k_more_info,
) = _d.parsed_keys(
    "status",
    "message",
    "more_info",
)
_members = _itemgetter(
    _k_status,
    _k_message,
    _k_more_info,
)


@_attrs_define
class ErrorDetail:
    """The error object ("a longer description, error codes, and links to more information").

    Attributes:
        status (int | str | Unset): The HTTP status or an error code.
        message (str | Unset): A longer description.
        more_info (str | Unset): A link to more information in the docs.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    status: int | str | Unset = UNSET
    message: str | Unset = UNSET
    more_info: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: int | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        message = self.message

        more_info = self.more_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message
        if more_info is not UNSET:
            field_dict["more_info"] = more_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``ErrorDetail`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("ErrorDetail", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 3
        if _read:
            try:
                (
                    status,
                    message,
                    more_info,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            status = _src.get(_k_status, UNSET)
            message = _src.get(_k_message, UNSET)
            more_info = _src.get(_k_more_info, UNSET)
        if status is UNSET:
            _absent += 1
        else:

            def _union_status(model: str, field: str, value: Any) -> Any:
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
                raise _d.union_failure(_refusals, model, field, value, "int | str")

            status = _union_status("ErrorDetail", "status", status)

        if message.__class__ is not str:
            if message is not UNSET:
                raise _d.fail("ErrorDetail", "message", message, "string")
            _absent += 1

        if more_info.__class__ is not str:
            if more_info is not UNSET:
                raise _d.fail("ErrorDetail", "more_info", more_info, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        error_detail = _new(cls)
        error_detail.status = status
        error_detail.message = message
        error_detail.more_info = more_info
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        error_detail.additional_properties = {} if len(_src) + _absent == 3 else _d.extra_keys(_src, _KNOWN_KEYS)
        return error_detail

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
_ErrorDetail_from_dict = ErrorDetail.from_dict
