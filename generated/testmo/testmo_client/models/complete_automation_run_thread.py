# Generated from specs/testmo/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/testmo/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompleteAutomationRunThread")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "elapsed_observed",
        "elapsed_computed",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_elapsed_observed,
    _k_elapsed_computed,
) = _d.parsed_keys(
    "elapsed_observed",
    "elapsed_computed",
)
_members = _itemgetter(
    _k_elapsed_observed,
    _k_elapsed_computed,
)


@_attrs_define
class CompleteAutomationRunThread:
    """
    Attributes:
        elapsed_observed (int | Unset): A duration in microseconds.
        elapsed_computed (int | Unset): A duration in microseconds.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    elapsed_observed: int | Unset = UNSET
    elapsed_computed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        elapsed_observed = self.elapsed_observed

        elapsed_computed = self.elapsed_computed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if elapsed_observed is not UNSET:
            field_dict["elapsed_observed"] = elapsed_observed
        if elapsed_computed is not UNSET:
            field_dict["elapsed_computed"] = elapsed_computed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``CompleteAutomationRunThread`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("CompleteAutomationRunThread", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 2
        if _read:
            try:
                (
                    elapsed_observed,
                    elapsed_computed,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            elapsed_observed = _src.get(_k_elapsed_observed, UNSET)
            elapsed_computed = _src.get(_k_elapsed_computed, UNSET)
        if elapsed_observed.__class__ is not int:
            if elapsed_observed is not UNSET:
                raise _d.fail("CompleteAutomationRunThread", "elapsed_observed", elapsed_observed, "integer")
            _absent += 1

        if elapsed_computed.__class__ is not int:
            if elapsed_computed is not UNSET:
                raise _d.fail("CompleteAutomationRunThread", "elapsed_computed", elapsed_computed, "integer")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        complete_automation_run_thread = _new(cls)
        complete_automation_run_thread.elapsed_observed = elapsed_observed
        complete_automation_run_thread.elapsed_computed = elapsed_computed
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        complete_automation_run_thread.additional_properties = (
            {} if len(_src) + _absent == 2 else _d.extra_keys(_src, _KNOWN_KEYS)
        )
        return complete_automation_run_thread

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
_CompleteAutomationRunThread_from_dict = CompleteAutomationRunThread.from_dict
