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

T = TypeVar("T", bound="InvitationResult")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "successes",
        "errors",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_successes,
    _k_errors,
) = _d.parsed_keys(
    "successes",
    "errors",
)
_members = _itemgetter(
    _k_successes,
    _k_errors,
)


@_attrs_define
class InvitationResult:
    """
    Attributes:
        successes (list[str] | Unset):
        errors (list[Any] | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    successes: list[str] | Unset = UNSET
    errors: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        successes: list[str] | Unset = UNSET
        if not isinstance(self.successes, Unset):
            successes = self.successes

        errors: list[Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if successes is not UNSET:
            field_dict["successes"] = successes
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``InvitationResult`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("InvitationResult", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 2
        if _read:
            try:
                (
                    successes,
                    errors,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            successes = _src.get(_k_successes, UNSET)
            errors = _src.get(_k_errors, UNSET)
        if successes is UNSET:
            _absent += 1
        else:
            if successes.__class__ is not list:
                raise _d.fail("InvitationResult", "successes", successes, "array")
            for _item in successes:
                if _item.__class__ is not str:
                    _d.list_of(str, "string", "InvitationResult", "successes", successes)  # raises, naming the item

        if errors is UNSET:
            _absent += 1
        else:
            errors = _d.as_list("InvitationResult", "errors", errors)

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        invitation_result = _new(cls)
        invitation_result.successes = successes
        invitation_result.errors = errors
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        invitation_result.additional_properties = {} if len(_src) + _absent == 2 else _d.extra_keys(_src, _KNOWN_KEYS)
        return invitation_result

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
_InvitationResult_from_dict = InvitationResult.from_dict
