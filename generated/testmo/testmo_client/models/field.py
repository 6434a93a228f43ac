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
from ..models.field_type import FieldType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Field")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "name",
        "value",
        "meta",
        "is_highlight",
        "note",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_type_,
    _k_name,
    _k_value,
    _k_meta,
    _k_is_highlight,
    _k_note,
) = _d.parsed_keys(
    "type",
    "name",
    "value",
    "meta",
    "is_highlight",
    "note",
)
_members = _itemgetter(
    _k_type_,
    _k_name,
    _k_value,
    _k_meta,
    _k_is_highlight,
    _k_note,
)


@_attrs_define
class Field:
    """
    Attributes:
        type_ (FieldType): 1 string, 2 plain text, 3 HTML, 4 console/monospace, 5 URL (facts, Request bodies).
        name (str):
        value (str | Unset):
        meta (FieldMeta | Unset):
        is_highlight (bool | Unset):
        note (str | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    type_: FieldType
    name: str
    value: str | Unset = UNSET
    meta: FieldMeta | Unset = UNSET
    is_highlight: bool | Unset = UNSET
    note: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        name = self.name

        value = self.value

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        is_highlight = self.is_highlight

        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if meta is not UNSET:
            field_dict["meta"] = meta
        if is_highlight is not UNSET:
            field_dict["is_highlight"] = is_highlight
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Field`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Field", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 6
        if _read:
            try:
                (
                    type_,
                    name,
                    value,
                    meta,
                    is_highlight,
                    note,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                type_ = _src[_k_type_]
                name = _src[_k_name]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                type_ = _src.get(_k_type_, _d.MISSING)
                name = _src.get(_k_name, _d.MISSING)
            value = _src.get(_k_value, UNSET)
            meta = _src.get(_k_meta, UNSET)
            is_highlight = _src.get(_k_is_highlight, UNSET)
            note = _src.get(_k_note, UNSET)
        _member = _d.ENUM_MEMBERS[FieldType].get(type_) if type_.__class__ is int else None
        if _member is None:
            raise _d.enum_failure(FieldType, "Field", "type", type_)
        type_ = _member

        if name.__class__ is not str:
            raise _d.fail("Field", "name", name, "string")

        if value.__class__ is not str:
            if value is not UNSET:
                raise _d.fail("Field", "value", value, "string")
            _absent += 1

        if meta is UNSET:
            _absent += 1
        else:
            try:
                meta = _FieldMeta_from_dict(meta)
            except DecodeError as _error:
                raise _error.within("Field", "meta") from None

        if is_highlight.__class__ is not bool:
            if is_highlight is not UNSET:
                raise _d.fail("Field", "is_highlight", is_highlight, "boolean")
            _absent += 1

        if note.__class__ is not str:
            if note is not UNSET:
                raise _d.fail("Field", "note", note, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        field = _new(cls)
        field.type_ = type_
        field.name = name
        field.value = value
        field.meta = meta
        field.is_highlight = is_highlight
        field.note = note
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        field.additional_properties = {} if len(_src) + _absent == 6 else _d.extra_keys(_src, _KNOWN_KEYS)
        return field

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
from ..models.field_meta import FieldMeta  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_Field_from_dict = Field.from_dict
_FieldMeta_from_dict = FieldMeta.from_dict
