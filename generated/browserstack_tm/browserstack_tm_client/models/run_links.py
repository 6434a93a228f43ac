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

T = TypeVar("T", bound="RunLinks")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "self",
        "test_cases",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_self_,
    _k_test_cases,
) = _d.parsed_keys(
    "self",
    "test_cases",
)
_members = _itemgetter(
    _k_self_,
    _k_test_cases,
)


@_attrs_define
class RunLinks:
    """
    Attributes:
        self_ (str | Unset):
        test_cases (str | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    self_: str | Unset = UNSET
    test_cases: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_ = self.self_

        test_cases = self.test_cases

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if self_ is not UNSET:
            field_dict["self"] = self_
        if test_cases is not UNSET:
            field_dict["test_cases"] = test_cases

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``RunLinks`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("RunLinks", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 2
        if _read:
            try:
                (
                    self_,
                    test_cases,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            self_ = _src.get(_k_self_, UNSET)
            test_cases = _src.get(_k_test_cases, UNSET)
        if self_.__class__ is not str:
            if self_ is not UNSET:
                raise _d.fail("RunLinks", "self", self_, "string")
            _absent += 1

        if test_cases.__class__ is not str:
            if test_cases is not UNSET:
                raise _d.fail("RunLinks", "test_cases", test_cases, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        run_links = _new(cls)
        run_links.self_ = self_
        run_links.test_cases = test_cases
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        run_links.additional_properties = {} if len(_src) + _absent == 2 else _d.extra_keys(_src, _KNOWN_KEYS)
        return run_links

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
_RunLinks_from_dict = RunLinks.from_dict
