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
from ..models.result_source import ResultSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="VariableResult")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "result",
        "source",
        "property",
        "name",
        "value",
        "error",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_result,
    _k_source,
    _k_property_,
    _k_name,
    _k_value,
    _k_error,
) = _d.parsed_keys(
    "result",
    "source",
    "property",
    "name",
    "value",
    "error",
)
_members = _itemgetter(
    _k_result,
    _k_source,
    _k_property_,
    _k_name,
    _k_value,
    _k_error,
)


@_attrs_define
class VariableResult:
    """
    Attributes:
        result (None | str | Unset):
        source (None | ResultSource | str | Unset):
        property_ (None | str | Unset):
        name (None | str | Unset):
        value (bool | float | None | str | Unset):
        error (None | str | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    result: None | str | Unset = UNSET
    source: None | ResultSource | str | Unset = UNSET
    property_: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    value: bool | float | None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result: None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        else:
            result = self.result

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, ResultSource):
            source = self.source.value
        else:
            source = self.source

        property_: None | str | Unset
        if isinstance(self.property_, Unset):
            property_ = UNSET
        else:
            property_ = self.property_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        value: bool | float | None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result is not UNSET:
            field_dict["result"] = result
        if source is not UNSET:
            field_dict["source"] = source
        if property_ is not UNSET:
            field_dict["property"] = property_
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``VariableResult`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("VariableResult", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 6
        if _read:
            try:
                (
                    result,
                    source,
                    property_,
                    name,
                    value,
                    error,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            result = _src.get(_k_result, UNSET)
            source = _src.get(_k_source, UNSET)
            property_ = _src.get(_k_property_, UNSET)
            name = _src.get(_k_name, UNSET)
            value = _src.get(_k_value, UNSET)
            error = _src.get(_k_error, UNSET)
        if result.__class__ is not str and result is not None:
            if result is not UNSET:
                raise _d.fail("VariableResult", "result", result, "string")
            _absent += 1

        if source is UNSET:
            _absent += 1
        else:

            def _union_source(model: str, field: str, value: Any) -> Any:
                if value is None:
                    return value
                _refusals: list[tuple[int, DecodeError]] = []
                try:
                    candidate = value
                    _member = _d.ENUM_MEMBERS[ResultSource].get(candidate) if candidate.__class__ is str else None
                    if _member is None:
                        raise _d.enum_failure(ResultSource, model, field, candidate)
                    candidate = _member

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
                raise _d.union_failure(_refusals, model, field, value, "None | ResultSource | str")

            source = _union_source("VariableResult", "source", source)

        if property_.__class__ is not str and property_ is not None:
            if property_ is not UNSET:
                raise _d.fail("VariableResult", "property", property_, "string")
            _absent += 1

        if name.__class__ is not str and name is not None:
            if name is not UNSET:
                raise _d.fail("VariableResult", "name", name, "string")
            _absent += 1

        if value is UNSET:
            _absent += 1
        else:

            def _union_value(model: str, field: str, value: Any) -> Any:
                if value is None:
                    return value
                _refusals: list[tuple[int, DecodeError]] = []
                try:
                    candidate = value
                    if candidate.__class__ is not str:
                        raise _d.fail(model, field, candidate, "string")

                    return candidate
                except DecodeError as _error:
                    _refusals.append((0, _error))
                try:
                    candidate = value
                    candidate = _d.as_float(model, field, candidate)

                    return candidate
                except DecodeError as _error:
                    _refusals.append((0, _error))
                try:
                    candidate = value
                    if candidate.__class__ is not bool:
                        raise _d.fail(model, field, candidate, "boolean")

                    return candidate
                except DecodeError as _error:
                    _refusals.append((0, _error))
                raise _d.union_failure(_refusals, model, field, value, "bool | float | None | str")

            value = _union_value("VariableResult", "value", value)

        if error.__class__ is not str and error is not None:
            if error is not UNSET:
                raise _d.fail("VariableResult", "error", error, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        variable_result = _new(cls)
        variable_result.result = result
        variable_result.source = source
        variable_result.property_ = property_
        variable_result.name = name
        variable_result.value = value
        variable_result.error = error
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        variable_result.additional_properties = {} if len(_src) + _absent == 6 else _d.extra_keys(_src, _KNOWN_KEYS)
        return variable_result

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
_VariableResult_from_dict = VariableResult.from_dict
