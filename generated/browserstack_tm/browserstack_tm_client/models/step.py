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

T = TypeVar("T", bound="Step")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "order",
        "description",
        "result",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_id,
    _k_order,
    _k_description,
    _k_result,
) = _d.parsed_keys(
    "id",
    "order",
    "description",
    "result",
)
_members = _itemgetter(
    _k_id,
    _k_order,
    _k_description,
    _k_result,
)


@_attrs_define
class Step:
    """
    Attributes:
        id (int | Unset):
        order (int | Unset):
        description (str | Unset):
        result (str | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    id: int | Unset = UNSET
    order: int | Unset = UNSET
    description: str | Unset = UNSET
    result: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        order = self.order

        description = self.description

        result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if order is not UNSET:
            field_dict["order"] = order
        if description is not UNSET:
            field_dict["description"] = description
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Step`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Step", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 4
        if _read:
            try:
                (
                    id,
                    order,
                    description,
                    result,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            id = _src.get(_k_id, UNSET)
            order = _src.get(_k_order, UNSET)
            description = _src.get(_k_description, UNSET)
            result = _src.get(_k_result, UNSET)
        if id.__class__ is not int:
            if id is not UNSET:
                raise _d.fail("Step", "id", id, "integer")
            _absent += 1

        if order.__class__ is not int:
            if order is not UNSET:
                raise _d.fail("Step", "order", order, "integer")
            _absent += 1

        if description.__class__ is not str:
            if description is not UNSET:
                raise _d.fail("Step", "description", description, "string")
            _absent += 1

        if result.__class__ is not str:
            if result is not UNSET:
                raise _d.fail("Step", "result", result, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        step = _new(cls)
        step.id = id
        step.order = order
        step.description = description
        step.result = result
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        step.additional_properties = {} if len(_src) + _absent == 4 else _d.extra_keys(_src, _KNOWN_KEYS)
        return step

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
_Step_from_dict = Step.from_dict
