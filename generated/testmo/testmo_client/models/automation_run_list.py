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

T = TypeVar("T", bound="AutomationRunList")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "page",
        "prev_page",
        "next_page",
        "last_page",
        "per_page",
        "total",
        "result",
        "expands",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_page,
    _k_prev_page,
    _k_next_page,
    _k_last_page,
    _k_per_page,
    _k_total,
    _k_result,
    _k_expands,
) = _d.parsed_keys(
    "page",
    "prev_page",
    "next_page",
    "last_page",
    "per_page",
    "total",
    "result",
    "expands",
)
_members = _itemgetter(
    _k_page,
    _k_prev_page,
    _k_next_page,
    _k_last_page,
    _k_per_page,
    _k_total,
    _k_result,
    _k_expands,
)


@_attrs_define
class AutomationRunList:
    """
    Attributes:
        page (int):
        prev_page (int | None):
        next_page (int | None): Null on the last page.
        last_page (int):
        per_page (int):
        total (int):
        result (list[AutomationRun]):
        expands (Expands | Unset): Referenced objects requested with the `expands` parameter, keyed by kind.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    page: int
    prev_page: int | None
    next_page: int | None
    last_page: int
    per_page: int
    total: int
    result: list[AutomationRun]
    expands: Expands | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        prev_page: int | None
        prev_page = self.prev_page

        next_page: int | None
        next_page = self.next_page

        last_page = self.last_page

        per_page = self.per_page

        total = self.total

        result = []
        for result_item_data in self.result:
            result_item = result_item_data.to_dict()
            result.append(result_item)

        expands: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expands, Unset):
            expands = self.expands.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "prev_page": prev_page,
                "next_page": next_page,
                "last_page": last_page,
                "per_page": per_page,
                "total": total,
                "result": result,
            }
        )
        if expands is not UNSET:
            field_dict["expands"] = expands

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``AutomationRunList`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("AutomationRunList", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 8
        if _read:
            try:
                (
                    page,
                    prev_page,
                    next_page,
                    last_page,
                    per_page,
                    total,
                    result,
                    expands,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                page = _src[_k_page]
                prev_page = _src[_k_prev_page]
                next_page = _src[_k_next_page]
                last_page = _src[_k_last_page]
                per_page = _src[_k_per_page]
                total = _src[_k_total]
                result = _src[_k_result]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                page = _src.get(_k_page, _d.MISSING)
                prev_page = _src.get(_k_prev_page, _d.MISSING)
                next_page = _src.get(_k_next_page, _d.MISSING)
                last_page = _src.get(_k_last_page, _d.MISSING)
                per_page = _src.get(_k_per_page, _d.MISSING)
                total = _src.get(_k_total, _d.MISSING)
                result = _src.get(_k_result, _d.MISSING)
            expands = _src.get(_k_expands, UNSET)
        if page.__class__ is not int:
            raise _d.fail("AutomationRunList", "page", page, "integer")

        if prev_page is not None:
            if prev_page.__class__ is not int:
                raise _d.fail("AutomationRunList", "prev_page", prev_page, "integer")

        if next_page is not None:
            if next_page.__class__ is not int:
                raise _d.fail("AutomationRunList", "next_page", next_page, "integer")

        if last_page.__class__ is not int:
            raise _d.fail("AutomationRunList", "last_page", last_page, "integer")

        if per_page.__class__ is not int:
            raise _d.fail("AutomationRunList", "per_page", per_page, "integer")

        if total.__class__ is not int:
            raise _d.fail("AutomationRunList", "total", total, "integer")

        if result.__class__ is not list:
            raise _d.fail("AutomationRunList", "result", result, "array")
        try:
            result = [*map(_AutomationRun_from_dict, result)]
        except DecodeError:
            raise _d.item_failure(AutomationRun, "AutomationRunList", "result", result) from None

        if expands is UNSET:
            _absent += 1
        else:
            try:
                expands = _Expands_from_dict(expands)
            except DecodeError as _error:
                raise _error.within("AutomationRunList", "expands") from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        automation_run_list = _new(cls)
        automation_run_list.page = page
        automation_run_list.prev_page = prev_page
        automation_run_list.next_page = next_page
        automation_run_list.last_page = last_page
        automation_run_list.per_page = per_page
        automation_run_list.total = total
        automation_run_list.result = result
        automation_run_list.expands = expands
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        automation_run_list.additional_properties = {} if len(_src) + _absent == 8 else _d.extra_keys(_src, _KNOWN_KEYS)
        return automation_run_list

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
_AutomationRunList_from_dict = AutomationRunList.from_dict
_AutomationRun_from_dict = AutomationRun.from_dict
_Expands_from_dict = Expands.from_dict
