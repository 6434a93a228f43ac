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

T = TypeVar("T", bound="ScriptResult")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "result",
        "output",
        "error",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_result,
    _k_output,
    _k_error,
) = _d.parsed_keys(
    "result",
    "output",
    "error",
)
_members = _itemgetter(
    _k_result,
    _k_output,
    _k_error,
)


@_attrs_define
class ScriptResult:
    """
    Attributes:
        result (None | str | Unset):
        output (None | str | Unset):
        error (None | str | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    result: None | str | Unset = UNSET
    output: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result: None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        else:
            result = self.result

        output: None | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        else:
            output = self.output

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result is not UNSET:
            field_dict["result"] = result
        if output is not UNSET:
            field_dict["output"] = output
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``ScriptResult`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("ScriptResult", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 3
        if _read:
            try:
                (
                    result,
                    output,
                    error,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            result = _src.get(_k_result, UNSET)
            output = _src.get(_k_output, UNSET)
            error = _src.get(_k_error, UNSET)
        if result.__class__ is not str and result is not None:
            if result is not UNSET:
                raise _d.fail("ScriptResult", "result", result, "string")
            _absent += 1

        if output.__class__ is not str and output is not None:
            if output is not UNSET:
                raise _d.fail("ScriptResult", "output", output, "string")
            _absent += 1

        if error.__class__ is not str and error is not None:
            if error is not UNSET:
                raise _d.fail("ScriptResult", "error", error, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        script_result = _new(cls)
        script_result.result = result
        script_result.output = output
        script_result.error = error
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        script_result.additional_properties = {} if len(_src) + _absent == 3 else _d.extra_keys(_src, _KNOWN_KEYS)
        return script_result

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
_ScriptResult_from_dict = ScriptResult.from_dict
