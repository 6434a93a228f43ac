# Generated from specs/browserstack_tm/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/browserstack_tm/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="TestRunList")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "success",
        "test_runs",
        "info",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_success,
    _k_test_runs,
    _k_info,
) = _d.parsed_keys(
    "success",
    "test_runs",
    "info",
)
_members = _itemgetter(
    _k_success,
    _k_test_runs,
    _k_info,
)


@_attrs_define
class TestRunList:
    """
    Attributes:
        success (bool):
        test_runs (list[TestRun]):
        info (PageInfo | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    success: bool
    test_runs: list[TestRun]
    info: PageInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        test_runs = []
        for test_runs_item_data in self.test_runs:
            test_runs_item = test_runs_item_data.to_dict()
            test_runs.append(test_runs_item)

        info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.info, Unset):
            info = self.info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "test_runs": test_runs,
            }
        )
        if info is not UNSET:
            field_dict["info"] = info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``TestRunList`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("TestRunList", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 3
        if _read:
            try:
                (
                    success,
                    test_runs,
                    info,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                success = _src[_k_success]
                test_runs = _src[_k_test_runs]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                success = _src.get(_k_success, _d.MISSING)
                test_runs = _src.get(_k_test_runs, _d.MISSING)
            info = _src.get(_k_info, UNSET)
        if success.__class__ is not bool:
            raise _d.fail("TestRunList", "success", success, "boolean")

        if test_runs.__class__ is not list:
            raise _d.fail("TestRunList", "test_runs", test_runs, "array")
        try:
            test_runs = [*map(_TestRun_from_dict, test_runs)]
        except DecodeError:
            raise _d.item_failure(TestRun, "TestRunList", "test_runs", test_runs) from None

        if info is UNSET:
            _absent += 1
        else:
            try:
                info = _PageInfo_from_dict(info)
            except DecodeError as _error:
                raise _error.within("TestRunList", "info") from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        test_run_list = _new(cls)
        test_run_list.success = success
        test_run_list.test_runs = test_runs
        test_run_list.info = info
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        test_run_list.additional_properties = {} if len(_src) + _absent == 3 else _d.extra_keys(_src, _KNOWN_KEYS)
        return test_run_list

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
from ..models.page_info import PageInfo  # noqa: E402
from ..models.test_run import TestRun  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_TestRunList_from_dict = TestRunList.from_dict
_PageInfo_from_dict = PageInfo.from_dict
_TestRun_from_dict = TestRun.from_dict
