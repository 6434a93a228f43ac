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
from ..types import UNSET, Unset

T = TypeVar("T", bound="AutomationRunResponse")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "result",
        "expands",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_result,
    _k_expands,
) = _d.parsed_keys(
    "result",
    "expands",
)
_members = _itemgetter(
    _k_result,
    _k_expands,
)


@_attrs_define
class AutomationRunResponse:
    """
    Attributes:
        result (AutomationRun): An automation run, as a list row or a single run (the single run also carries
            `threads`).
        expands (Expands | Unset): Referenced objects requested with the `expands` parameter, keyed by kind.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    result: AutomationRun
    expands: Expands | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result = self.result.to_dict()

        expands: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expands, Unset):
            expands = self.expands.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
            }
        )
        if expands is not UNSET:
            field_dict["expands"] = expands

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``AutomationRunResponse`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("AutomationRunResponse", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 2
        if _read:
            try:
                (
                    result,
                    expands,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                result = _src[_k_result]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                result = _src.get(_k_result, _d.MISSING)
            expands = _src.get(_k_expands, UNSET)
        try:
            result = _AutomationRun_from_dict(result)
        except DecodeError as _error:
            raise _error.within("AutomationRunResponse", "result") from None

        if expands is UNSET:
            _absent += 1
        else:
            try:
                expands = _Expands_from_dict(expands)
            except DecodeError as _error:
                raise _error.within("AutomationRunResponse", "expands") from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        automation_run_response = _new(cls)
        automation_run_response.result = result
        automation_run_response.expands = expands
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        automation_run_response.additional_properties = (
            {} if len(_src) + _absent == 2 else _d.extra_keys(_src, _KNOWN_KEYS)
        )
        return automation_run_response

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
from ..models.automation_run import AutomationRun  # noqa: E402
from ..models.expands import Expands  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_AutomationRunResponse_from_dict = AutomationRunResponse.from_dict
_AutomationRun_from_dict = AutomationRun.from_dict
_Expands_from_dict = Expands.from_dict
