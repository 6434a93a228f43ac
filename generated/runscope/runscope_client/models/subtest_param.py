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

T = TypeVar("T", bound="SubtestParam")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "value",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_name,
    _k_value,
) = _d.parsed_keys(
    "name",
    "value",
)
_members = _itemgetter(
    _k_name,
    _k_value,
)


@_attrs_define
class SubtestParam:
    """A variable passed to a subtest at run time.

    Attributes:
        name (str | Unset):
        value (bool | float | int | None | str | Unset): A value real clients send loosely typed (e.g. an assertion
            value as 200 or "200"; facts, Behaviour).
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    name: str | Unset = UNSET
    value: bool | float | int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value: bool | float | int | None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``SubtestParam`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("SubtestParam", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 2
        if _read:
            try:
                (
                    name,
                    value,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            name = _src.get(_k_name, UNSET)
            value = _src.get(_k_value, UNSET)
        if name.__class__ is not str:
            if name is not UNSET:
                raise _d.fail("SubtestParam", "name", name, "string")
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

            value = _union_value("SubtestParam", "value", value)

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        subtest_param = _new(cls)
        subtest_param.name = name
        subtest_param.value = value
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        subtest_param.additional_properties = {} if len(_src) + _absent == 2 else _d.extra_keys(_src, _KNOWN_KEYS)
        return subtest_param

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
_SubtestParam_from_dict = SubtestParam.from_dict
