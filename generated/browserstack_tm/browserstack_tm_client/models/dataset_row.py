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

T = TypeVar("T", bound="DatasetRow")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "variable",
        "row",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_variable,
    _k_row,
) = _d.parsed_keys(
    "variable",
    "row",
)
_members = _itemgetter(
    _k_variable,
    _k_row,
)


@_attrs_define
class DatasetRow:
    """
    Attributes:
        variable (str | Unset):
        row (str | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    variable: str | Unset = UNSET
    row: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variable = self.variable

        row = self.row

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if variable is not UNSET:
            field_dict["variable"] = variable
        if row is not UNSET:
            field_dict["row"] = row

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``DatasetRow`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("DatasetRow", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 2
        if _read:
            try:
                (
                    variable,
                    row,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            variable = _src.get(_k_variable, UNSET)
            row = _src.get(_k_row, UNSET)
        if variable.__class__ is not str:
            if variable is not UNSET:
                raise _d.fail("DatasetRow", "variable", variable, "string")
            _absent += 1

        if row.__class__ is not str:
            if row is not UNSET:
                raise _d.fail("DatasetRow", "row", row, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        dataset_row = _new(cls)
        dataset_row.variable = variable
        dataset_row.row = row
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        dataset_row.additional_properties = {} if len(_src) + _absent == 2 else _d.extra_keys(_src, _KNOWN_KEYS)
        return dataset_row

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
_DatasetRow_from_dict = DatasetRow.from_dict
