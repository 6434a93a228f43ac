# Generated from specs/mabl/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/mabl/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d

T = TypeVar("T", bound="TriggeredPlanRun")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "plan_id",
        "plan_run_id",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_plan_id,
    _k_plan_run_id,
) = _d.parsed_keys(
    "plan_id",
    "plan_run_id",
)
_members = _itemgetter(
    _k_plan_id,
    _k_plan_run_id,
)


@_attrs_define
class TriggeredPlanRun:
    """
    Attributes:
        plan_id (str): `…-p`
        plan_run_id (str): `…-pr`
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    plan_id: str
    plan_run_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_id = self.plan_id

        plan_run_id = self.plan_run_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan_id": plan_id,
                "plan_run_id": plan_run_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``TriggeredPlanRun`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("TriggeredPlanRun", src_dict)
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 2
        if _read:
            try:
                (
                    plan_id,
                    plan_run_id,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                plan_id = _src[_k_plan_id]
                plan_run_id = _src[_k_plan_run_id]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                plan_id = _src.get(_k_plan_id, _d.MISSING)
                plan_run_id = _src.get(_k_plan_run_id, _d.MISSING)
        if plan_id.__class__ is not str:
            raise _d.fail("TriggeredPlanRun", "plan_id", plan_id, "string")

        if plan_run_id.__class__ is not str:
            raise _d.fail("TriggeredPlanRun", "plan_run_id", plan_run_id, "string")

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        triggered_plan_run = _new(cls)
        triggered_plan_run.plan_id = plan_id
        triggered_plan_run.plan_run_id = plan_run_id
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        triggered_plan_run.additional_properties = {} if len(_src) == 2 else _d.extra_keys(_src, _KNOWN_KEYS)
        return triggered_plan_run

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
_TriggeredPlanRun_from_dict = TriggeredPlanRun.from_dict
