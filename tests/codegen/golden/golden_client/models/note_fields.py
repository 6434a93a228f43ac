# Generated from tests/codegen/golden_spec.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/golden/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..types import UNSET, Unset

T = TypeVar("T", bound="NoteFields")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "note_fields",
    }
)


@_attrs_define
class NoteFields:
    """A property named like the model's module (note_fields) must not clash with the decoded instance.

    Attributes:
        note_fields (str | Unset):
    """

    note_fields: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        note_fields = self.note_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if note_fields is not UNSET:
            field_dict["note_fields"] = note_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``NoteFields`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("NoteFields", src_dict)
        _seen = 0
        _get = _src.get
        note_fields = _get("note_fields", UNSET)
        if note_fields is not UNSET:
            _seen += 1
            if note_fields.__class__ is not str:
                raise _d.fail("NoteFields", "note_fields", note_fields, "string")

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        _note_fields = object.__new__(cls)
        _note_fields.note_fields = note_fields
        # Every required member was found, so more members than found means some are unknown to the spec.
        _note_fields.additional_properties = _d.extra_keys(_src, _KNOWN_KEYS) if len(_src) != _seen else {}
        return _note_fields

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
