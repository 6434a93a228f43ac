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

T = TypeVar("T", bound="MaxTestRunConcurrency")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "configured_test_run_concurrency_limit",
        "days",
        "workspace_id",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_configured_test_run_concurrency_limit,
    _k_days,
    _k_workspace_id,
) = _d.parsed_keys(
    "configured_test_run_concurrency_limit",
    "days",
    "workspace_id",
)
_members = _itemgetter(
    _k_configured_test_run_concurrency_limit,
    _k_days,
    _k_workspace_id,
)


@_attrs_define
class MaxTestRunConcurrency:
    """
    Attributes:
        configured_test_run_concurrency_limit (int): For the requested test type (browser = Linux + macOS + Windows
            quotas); 0 when none.
        days (list[DailyConcurrency]):
        workspace_id (str | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    configured_test_run_concurrency_limit: int
    days: list[DailyConcurrency]
    workspace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        configured_test_run_concurrency_limit = self.configured_test_run_concurrency_limit

        days = []
        for days_item_data in self.days:
            days_item = days_item_data.to_dict()
            days.append(days_item)

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "configured_test_run_concurrency_limit": configured_test_run_concurrency_limit,
                "days": days,
            }
        )
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``MaxTestRunConcurrency`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("MaxTestRunConcurrency", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 3
        if _read:
            try:
                (
                    configured_test_run_concurrency_limit,
                    days,
                    workspace_id,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                configured_test_run_concurrency_limit = _src[_k_configured_test_run_concurrency_limit]
                days = _src[_k_days]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                configured_test_run_concurrency_limit = _src.get(_k_configured_test_run_concurrency_limit, _d.MISSING)
                days = _src.get(_k_days, _d.MISSING)
            workspace_id = _src.get(_k_workspace_id, UNSET)
        if configured_test_run_concurrency_limit.__class__ is not int:
            raise _d.fail(
                "MaxTestRunConcurrency",
                "configured_test_run_concurrency_limit",
                configured_test_run_concurrency_limit,
                "integer",
            )

        if days.__class__ is not list:
            raise _d.fail("MaxTestRunConcurrency", "days", days, "array")
        try:
            days = [*map(_DailyConcurrency_from_dict, days)]
        except DecodeError:
            raise _d.item_failure(DailyConcurrency, "MaxTestRunConcurrency", "days", days) from None

        if workspace_id.__class__ is not str:
            if workspace_id is not UNSET:
                raise _d.fail("MaxTestRunConcurrency", "workspace_id", workspace_id, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        max_test_run_concurrency = _new(cls)
        max_test_run_concurrency.configured_test_run_concurrency_limit = configured_test_run_concurrency_limit
        max_test_run_concurrency.days = days
        max_test_run_concurrency.workspace_id = workspace_id
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        max_test_run_concurrency.additional_properties = (
            {} if len(_src) + _absent == 3 else _d.extra_keys(_src, _KNOWN_KEYS)
        )
        return max_test_run_concurrency

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
from ..models.daily_concurrency import DailyConcurrency  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_MaxTestRunConcurrency_from_dict = MaxTestRunConcurrency.from_dict
_DailyConcurrency_from_dict = DailyConcurrency.from_dict
