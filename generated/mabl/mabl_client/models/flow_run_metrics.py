# Generated from specs/mabl/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/mabl/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowRunMetrics")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "flow_id",
        "metrics",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_flow_id,
    _k_metrics,
) = _d.parsed_keys(
    "flow_id",
    "metrics",
)
_members = _itemgetter(
    _k_flow_id,
    _k_metrics,
)


@_attrs_define
class FlowRunMetrics:
    """
    Attributes:
        flow_id (str | Unset):
        metrics (RunMetrics | Unset): Only with `advanced_metrics=true`.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    flow_id: str | Unset = UNSET
    metrics: RunMetrics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flow_id = self.flow_id

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if flow_id is not UNSET:
            field_dict["flow_id"] = flow_id
        if metrics is not UNSET:
            field_dict["metrics"] = metrics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``FlowRunMetrics`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("FlowRunMetrics", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 2
        if _read:
            try:
                (
                    flow_id,
                    metrics,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            flow_id = _src.get(_k_flow_id, UNSET)
            metrics = _src.get(_k_metrics, UNSET)
        if flow_id.__class__ is not str:
            if flow_id is not UNSET:
                raise _d.fail("FlowRunMetrics", "flow_id", flow_id, "string")
            _absent += 1

        if metrics is UNSET:
            _absent += 1
        else:
            try:
                metrics = _RunMetrics_from_dict(metrics)
            except DecodeError as _error:
                raise _error.within("FlowRunMetrics", "metrics") from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        flow_run_metrics = _new(cls)
        flow_run_metrics.flow_id = flow_id
        flow_run_metrics.metrics = metrics
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        flow_run_metrics.additional_properties = {} if len(_src) + _absent == 2 else _d.extra_keys(_src, _KNOWN_KEYS)
        return flow_run_metrics

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
from ..models.run_metrics import RunMetrics  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_FlowRunMetrics_from_dict = FlowRunMetrics.from_dict
_RunMetrics_from_dict = RunMetrics.from_dict
