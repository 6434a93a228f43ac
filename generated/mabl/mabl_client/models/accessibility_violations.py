# Generated from specs/mabl/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/mabl/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessibilityViolations")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "critical",
        "serious",
        "moderate",
        "minor",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_critical,
    _k_serious,
    _k_moderate,
    _k_minor,
) = _d.parsed_keys(
    "critical",
    "serious",
    "moderate",
    "minor",
)
_members = _itemgetter(
    _k_critical,
    _k_serious,
    _k_moderate,
    _k_minor,
)


@_attrs_define
class AccessibilityViolations:
    """
    Attributes:
        critical (int | Unset):
        serious (int | Unset):
        moderate (int | Unset):
        minor (int | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    critical: int | Unset = UNSET
    serious: int | Unset = UNSET
    moderate: int | Unset = UNSET
    minor: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        critical = self.critical

        serious = self.serious

        moderate = self.moderate

        minor = self.minor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if critical is not UNSET:
            field_dict["critical"] = critical
        if serious is not UNSET:
            field_dict["serious"] = serious
        if moderate is not UNSET:
            field_dict["moderate"] = moderate
        if minor is not UNSET:
            field_dict["minor"] = minor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``AccessibilityViolations`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("AccessibilityViolations", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 4
        if _read:
            try:
                (
                    critical,
                    serious,
                    moderate,
                    minor,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            critical = _src.get(_k_critical, UNSET)
            serious = _src.get(_k_serious, UNSET)
            moderate = _src.get(_k_moderate, UNSET)
            minor = _src.get(_k_minor, UNSET)
        if critical.__class__ is not int:
            if critical is not UNSET:
                raise _d.fail("AccessibilityViolations", "critical", critical, "integer")
            _absent += 1

        if serious.__class__ is not int:
            if serious is not UNSET:
                raise _d.fail("AccessibilityViolations", "serious", serious, "integer")
            _absent += 1

        if moderate.__class__ is not int:
            if moderate is not UNSET:
                raise _d.fail("AccessibilityViolations", "moderate", moderate, "integer")
            _absent += 1

        if minor.__class__ is not int:
            if minor is not UNSET:
                raise _d.fail("AccessibilityViolations", "minor", minor, "integer")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        accessibility_violations = _new(cls)
        accessibility_violations.critical = critical
        accessibility_violations.serious = serious
        accessibility_violations.moderate = moderate
        accessibility_violations.minor = minor
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        accessibility_violations.additional_properties = (
            {} if len(_src) + _absent == 4 else _d.extra_keys(_src, _KNOWN_KEYS)
        )
        return accessibility_violations

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
_AccessibilityViolations_from_dict = AccessibilityViolations.from_dict
