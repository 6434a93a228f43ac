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
from ..models.assertion_comparison import AssertionComparison
from ..models.assertion_source import AssertionSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="Assertion")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "source",
        "property",
        "comparison",
        "value",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_source,
    _k_property_,
    _k_comparison,
    _k_value,
) = _d.parsed_keys(
    "source",
    "property",
    "comparison",
    "value",
)
_members = _itemgetter(
    _k_source,
    _k_property_,
    _k_comparison,
    _k_value,
)


@_attrs_define
class Assertion:
    """An assertion of a request, Ghost Inspector, subtest or condition step. Sources and comparisons outside the
    documented lists are kept as strings (the reference's own examples use `is_equal`).

        Attributes:
            source (AssertionSource | None | str | Unset):
            property_ (None | str | Unset): The header name, JSON path or XPath.
            comparison (AssertionComparison | None | str | Unset):
            value (bool | float | int | None | str | Unset): A value real clients send loosely typed (e.g. an assertion
                value as 200 or "200"; facts, Behaviour).
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    source: AssertionSource | None | str | Unset = UNSET
    property_: None | str | Unset = UNSET
    comparison: AssertionComparison | None | str | Unset = UNSET
    value: bool | float | int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, AssertionSource):
            source = self.source.value
        else:
            source = self.source

        property_: None | str | Unset
        if isinstance(self.property_, Unset):
            property_ = UNSET
        else:
            property_ = self.property_

        comparison: None | str | Unset
        if isinstance(self.comparison, Unset):
            comparison = UNSET
        elif isinstance(self.comparison, AssertionComparison):
            comparison = self.comparison.value
        else:
            comparison = self.comparison

        value: bool | float | int | None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source is not UNSET:
            field_dict["source"] = source
        if property_ is not UNSET:
            field_dict["property"] = property_
        if comparison is not UNSET:
            field_dict["comparison"] = comparison
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Assertion`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Assertion", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 4
        if _read:
            try:
                (
                    source,
                    property_,
                    comparison,
                    value,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            source = _src.get(_k_source, UNSET)
            property_ = _src.get(_k_property_, UNSET)
            comparison = _src.get(_k_comparison, UNSET)
            value = _src.get(_k_value, UNSET)
        if source is UNSET:
            _absent += 1
        else:

            def _union_source(model: str, field: str, value: Any) -> Any:
                if value is None:
                    return value
                _refusals: list[tuple[int, DecodeError]] = []
                try:
                    candidate = value
                    _member = _d.ENUM_MEMBERS[AssertionSource].get(candidate) if candidate.__class__ is str else None
                    if _member is None:
                        raise _d.enum_failure(AssertionSource, model, field, candidate)
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
                raise _d.union_failure(_refusals, model, field, value, "AssertionSource | None | str")

            source = _union_source("Assertion", "source", source)

        if property_.__class__ is not str and property_ is not None:
            if property_ is not UNSET:
                raise _d.fail("Assertion", "property", property_, "string")
            _absent += 1

        if comparison is UNSET:
            _absent += 1
        else:

            def _union_comparison(model: str, field: str, value: Any) -> Any:
                if value is None:
                    return value
                _refusals: list[tuple[int, DecodeError]] = []
                try:
                    candidate = value
                    _member = (
                        _d.ENUM_MEMBERS[AssertionComparison].get(candidate) if candidate.__class__ is str else None
                    )
                    if _member is None:
                        raise _d.enum_failure(AssertionComparison, model, field, candidate)
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
                raise _d.union_failure(_refusals, model, field, value, "AssertionComparison | None | str")

            comparison = _union_comparison("Assertion", "comparison", comparison)

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
                    if candidate.__class__ is not int:
                        raise _d.fail(model, field, candidate, "integer")

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
                raise _d.union_failure(_refusals, model, field, value, "bool | float | int | None | str")

            value = _union_value("Assertion", "value", value)

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        assertion = _new(cls)
        assertion.source = source
        assertion.property_ = property_
        assertion.comparison = comparison
        assertion.value = value
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        assertion.additional_properties = {} if len(_src) + _absent == 4 else _d.extra_keys(_src, _KNOWN_KEYS)
        return assertion

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
_Assertion_from_dict = Assertion.from_dict
