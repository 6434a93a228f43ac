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

T = TypeVar("T", bound="TestRunTestCaseList")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "success",
        "info",
        "test_cases",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_success,
    _k_info,
    _k_test_cases,
) = _d.parsed_keys(
    "success",
    "info",
    "test_cases",
)
_members = _itemgetter(
    _k_success,
    _k_info,
    _k_test_cases,
)


@_attrs_define
class TestRunTestCaseList:
    """
    Attributes:
        success (bool):
        info (PageInfo):
        test_cases (list[RunTestCase]):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    success: bool
    info: PageInfo
    test_cases: list[RunTestCase]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        info = self.info.to_dict()

        test_cases = []
        for test_cases_item_data in self.test_cases:
            test_cases_item = test_cases_item_data.to_dict()
            test_cases.append(test_cases_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "info": info,
                "test_cases": test_cases,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``TestRunTestCaseList`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("TestRunTestCaseList", src_dict)
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 3
        if _read:
            try:
                (
                    success,
                    info,
                    test_cases,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                success = _src[_k_success]
                info = _src[_k_info]
                test_cases = _src[_k_test_cases]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                success = _src.get(_k_success, _d.MISSING)
                info = _src.get(_k_info, _d.MISSING)
                test_cases = _src.get(_k_test_cases, _d.MISSING)
        if success.__class__ is not bool:
            raise _d.fail("TestRunTestCaseList", "success", success, "boolean")

        try:
            info = _PageInfo_from_dict(info)
        except DecodeError as _error:
            raise _error.within("TestRunTestCaseList", "info") from None

        if test_cases.__class__ is not list:
            raise _d.fail("TestRunTestCaseList", "test_cases", test_cases, "array")
        try:
            test_cases = [*map(_RunTestCase_from_dict, test_cases)]
        except DecodeError:
            raise _d.item_failure(RunTestCase, "TestRunTestCaseList", "test_cases", test_cases) from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        test_run_test_case_list = _new(cls)
        test_run_test_case_list.success = success
        test_run_test_case_list.info = info
        test_run_test_case_list.test_cases = test_cases
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        test_run_test_case_list.additional_properties = {} if len(_src) == 3 else _d.extra_keys(_src, _KNOWN_KEYS)
        return test_run_test_case_list

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
from ..models.run_test_case import RunTestCase  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_TestRunTestCaseList_from_dict = TestRunTestCaseList.from_dict
_PageInfo_from_dict = PageInfo.from_dict
_RunTestCase_from_dict = RunTestCase.from_dict
