# Generated from specs/runscope/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/runscope/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Trigger")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "runs",
        "runs_started",
        "runs_failed",
        "runs_total",
        "consolidated_test_results_url",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_runs,
    _k_runs_started,
    _k_runs_failed,
    _k_runs_total,
    _k_consolidated_test_results_url,
) = _d.parsed_keys(
    "runs",
    "runs_started",
    "runs_failed",
    "runs_total",
    "consolidated_test_results_url",
)
_members = _itemgetter(
    _k_runs,
    _k_runs_started,
    _k_runs_failed,
    _k_runs_total,
    _k_consolidated_test_results_url,
)


@_attrs_define
class Trigger:
    """
    Attributes:
        runs (list[TriggerRun]):
        runs_started (int | Unset):
        runs_failed (int | Unset):
        runs_total (int | Unset):
        consolidated_test_results_url (None | str | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    runs: list[TriggerRun]
    runs_started: int | Unset = UNSET
    runs_failed: int | Unset = UNSET
    runs_total: int | Unset = UNSET
    consolidated_test_results_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        runs = []
        for runs_item_data in self.runs:
            runs_item = runs_item_data.to_dict()
            runs.append(runs_item)

        runs_started = self.runs_started

        runs_failed = self.runs_failed

        runs_total = self.runs_total

        consolidated_test_results_url: None | str | Unset
        if isinstance(self.consolidated_test_results_url, Unset):
            consolidated_test_results_url = UNSET
        else:
            consolidated_test_results_url = self.consolidated_test_results_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "runs": runs,
            }
        )
        if runs_started is not UNSET:
            field_dict["runs_started"] = runs_started
        if runs_failed is not UNSET:
            field_dict["runs_failed"] = runs_failed
        if runs_total is not UNSET:
            field_dict["runs_total"] = runs_total
        if consolidated_test_results_url is not UNSET:
            field_dict["consolidated_test_results_url"] = consolidated_test_results_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Trigger`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Trigger", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 5
        if _read:
            try:
                (
                    runs,
                    runs_started,
                    runs_failed,
                    runs_total,
                    consolidated_test_results_url,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                runs = _src[_k_runs]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                runs = _src.get(_k_runs, _d.MISSING)
            runs_started = _src.get(_k_runs_started, UNSET)
            runs_failed = _src.get(_k_runs_failed, UNSET)
            runs_total = _src.get(_k_runs_total, UNSET)
            consolidated_test_results_url = _src.get(_k_consolidated_test_results_url, UNSET)
        if runs.__class__ is not list:
            raise _d.fail("Trigger", "runs", runs, "array")
        try:
            runs = [*map(_TriggerRun_from_dict, runs)]
        except DecodeError:
            raise _d.item_failure(TriggerRun, "Trigger", "runs", runs) from None

        if runs_started.__class__ is not int:
            if runs_started is not UNSET:
                raise _d.fail("Trigger", "runs_started", runs_started, "integer")
            _absent += 1

        if runs_failed.__class__ is not int:
            if runs_failed is not UNSET:
                raise _d.fail("Trigger", "runs_failed", runs_failed, "integer")
            _absent += 1

        if runs_total.__class__ is not int:
            if runs_total is not UNSET:
                raise _d.fail("Trigger", "runs_total", runs_total, "integer")
            _absent += 1

        if consolidated_test_results_url.__class__ is not str and consolidated_test_results_url is not None:
            if consolidated_test_results_url is not UNSET:
                raise _d.fail("Trigger", "consolidated_test_results_url", consolidated_test_results_url, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        trigger = _new(cls)
        trigger.runs = runs
        trigger.runs_started = runs_started
        trigger.runs_failed = runs_failed
        trigger.runs_total = runs_total
        trigger.consolidated_test_results_url = consolidated_test_results_url
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        trigger.additional_properties = {} if len(_src) + _absent == 5 else _d.extra_keys(_src, _KNOWN_KEYS)
        return trigger

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
from ..models.trigger_run import TriggerRun  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_Trigger_from_dict = Trigger.from_dict
_TriggerRun_from_dict = TriggerRun.from_dict
