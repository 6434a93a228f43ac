# Generated from specs/runscope/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/runscope/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..types import UNSET, Unset

T = TypeVar("T", bound="Integration")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "uuid",
        "description",
        "type",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_uuid,
    _k_description,
    _k_type_,
) = _d.parsed_keys(
    "uuid",
    "description",
    "type",
)
_members = _itemgetter(
    _k_uuid,
    _k_description,
    _k_type_,
)


@_attrs_define
class Integration:
    """
    Attributes:
        uuid (str | Unset):
        description (None | str | Unset):
        type_ (None | str | Unset): e.g. pagerduty or slack.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    uuid: str | Unset = UNSET
    description: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Integration`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Integration", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 3
        if _read:
            try:
                (
                    uuid,
                    description,
                    type_,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            uuid = _src.get(_k_uuid, UNSET)
            description = _src.get(_k_description, UNSET)
            type_ = _src.get(_k_type_, UNSET)
        if uuid.__class__ is not str:
            if uuid is not UNSET:
                raise _d.fail("Integration", "uuid", uuid, "string")
            _absent += 1

        if description.__class__ is not str and description is not None:
            if description is not UNSET:
                raise _d.fail("Integration", "description", description, "string")
            _absent += 1

        if type_.__class__ is not str and type_ is not None:
            if type_ is not UNSET:
                raise _d.fail("Integration", "type", type_, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        integration = _new(cls)
        integration.uuid = uuid
        integration.description = description
        integration.type_ = type_
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        integration.additional_properties = {} if len(_src) + _absent == 3 else _d.extra_keys(_src, _KNOWN_KEYS)
        return integration

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
_Integration_from_dict = Integration.from_dict
