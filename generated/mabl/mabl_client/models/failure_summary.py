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

T = TypeVar("T", bound="FailureSummary")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "flow_id",
        "step_number",
        "error",
        "image_href",
        "image_artifact_url",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_flow_id,
    _k_step_number,
    _k_error,
    _k_image_href,
    _k_image_artifact_url,
) = _d.parsed_keys(
    "flow_id",
    "step_number",
    "error",
    "image_href",
    "image_artifact_url",
)
_members = _itemgetter(
    _k_flow_id,
    _k_step_number,
    _k_error,
    _k_image_href,
    _k_image_artifact_url,
)


@_attrs_define
class FailureSummary:
    """
    Attributes:
        flow_id (str | Unset): `…-f:0`
        step_number (int | Unset):
        error (str | Unset):
        image_href (str | Unset):
        image_artifact_url (str | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    flow_id: str | Unset = UNSET
    step_number: int | Unset = UNSET
    error: str | Unset = UNSET
    image_href: str | Unset = UNSET
    image_artifact_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flow_id = self.flow_id

        step_number = self.step_number

        error = self.error

        image_href = self.image_href

        image_artifact_url = self.image_artifact_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if flow_id is not UNSET:
            field_dict["flow_id"] = flow_id
        if step_number is not UNSET:
            field_dict["step_number"] = step_number
        if error is not UNSET:
            field_dict["error"] = error
        if image_href is not UNSET:
            field_dict["image_href"] = image_href
        if image_artifact_url is not UNSET:
            field_dict["image_artifact_url"] = image_artifact_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``FailureSummary`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("FailureSummary", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 5
        if _read:
            try:
                (
                    flow_id,
                    step_number,
                    error,
                    image_href,
                    image_artifact_url,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            flow_id = _src.get(_k_flow_id, UNSET)
            step_number = _src.get(_k_step_number, UNSET)
            error = _src.get(_k_error, UNSET)
            image_href = _src.get(_k_image_href, UNSET)
            image_artifact_url = _src.get(_k_image_artifact_url, UNSET)
        if flow_id.__class__ is not str:
            if flow_id is not UNSET:
                raise _d.fail("FailureSummary", "flow_id", flow_id, "string")
            _absent += 1

        if step_number.__class__ is not int:
            if step_number is not UNSET:
                raise _d.fail("FailureSummary", "step_number", step_number, "integer")
            _absent += 1

        if error.__class__ is not str:
            if error is not UNSET:
                raise _d.fail("FailureSummary", "error", error, "string")
            _absent += 1

        if image_href.__class__ is not str:
            if image_href is not UNSET:
                raise _d.fail("FailureSummary", "image_href", image_href, "string")
            _absent += 1

        if image_artifact_url.__class__ is not str:
            if image_artifact_url is not UNSET:
                raise _d.fail("FailureSummary", "image_artifact_url", image_artifact_url, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        failure_summary = _new(cls)
        failure_summary.flow_id = flow_id
        failure_summary.step_number = step_number
        failure_summary.error = error
        failure_summary.image_href = image_href
        failure_summary.image_artifact_url = image_artifact_url
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        failure_summary.additional_properties = {} if len(_src) + _absent == 5 else _d.extra_keys(_src, _KNOWN_KEYS)
        return failure_summary

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
_FailureSummary_from_dict = FailureSummary.from_dict
