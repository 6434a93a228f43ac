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
from ..models.variable_source import VariableSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="Variable")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "property",
        "source",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_name,
    _k_property_,
    _k_source,
) = _d.parsed_keys(
    "name",
    "property",
    "source",
)
_members = _itemgetter(
    _k_name,
    _k_property_,
    _k_source,
)


@_attrs_define
class Variable:
    """A variable extracted from a step's response.

    Attributes:
        name (None | str | Unset):
        property_ (None | str | Unset):
        source (None | str | Unset | VariableSource):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    name: None | str | Unset = UNSET
    property_: None | str | Unset = UNSET
    source: None | str | Unset | VariableSource = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        property_: None | str | Unset
        if isinstance(self.property_, Unset):
            property_ = UNSET
        else:
            property_ = self.property_

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, VariableSource):
            source = self.source.value
        else:
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if property_ is not UNSET:
            field_dict["property"] = property_
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Variable`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Variable", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 3
        if _read:
            try:
                (
                    name,
                    property_,
                    source,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            name = _src.get(_k_name, UNSET)
            property_ = _src.get(_k_property_, UNSET)
            source = _src.get(_k_source, UNSET)
        if name.__class__ is not str and name is not None:
            if name is not UNSET:
                raise _d.fail("Variable", "name", name, "string")
            _absent += 1

        if property_.__class__ is not str and property_ is not None:
            if property_ is not UNSET:
                raise _d.fail("Variable", "property", property_, "string")
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
                    _member = _d.ENUM_MEMBERS[VariableSource].get(candidate) if candidate.__class__ is str else None
                    if _member is None:
                        raise _d.enum_failure(VariableSource, model, field, candidate)
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
                raise _d.union_failure(_refusals, model, field, value, "None | str | VariableSource")

            source = _union_source("Variable", "source", source)

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        variable = _new(cls)
        variable.name = name
        variable.property_ = property_
        variable.source = source
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        variable.additional_properties = {} if len(_src) + _absent == 3 else _d.extra_keys(_src, _KNOWN_KEYS)
        return variable

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
_Variable_from_dict = Variable.from_dict
