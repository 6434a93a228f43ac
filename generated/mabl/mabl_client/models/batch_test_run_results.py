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

T = TypeVar("T", bound="BatchTestRunResults")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "test_results",
        "cursor",
        "number_of_runs",
        "number_of_successful_runs",
        "number_of_failed_runs",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_test_results,
    _k_cursor,
    _k_number_of_runs,
    _k_number_of_successful_runs,
    _k_number_of_failed_runs,
) = _d.parsed_keys(
    "test_results",
    "cursor",
    "number_of_runs",
    "number_of_successful_runs",
    "number_of_failed_runs",
)
_members = _itemgetter(
    _k_test_results,
    _k_cursor,
    _k_number_of_runs,
    _k_number_of_successful_runs,
    _k_number_of_failed_runs,
)


@_attrs_define
class BatchTestRunResults:
    """
    Attributes:
        test_results (list[TestRunSummary]):
        cursor (None | str | Unset): Next-page cursor. Most lists are finished when it equals the cursor sent; test run
            summaries over a time range are finished when it is null or absent (facts §6).
        number_of_runs (int | Unset):
        number_of_successful_runs (int | Unset):
        number_of_failed_runs (int | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    test_results: list[TestRunSummary]
    cursor: None | str | Unset = UNSET
    number_of_runs: int | Unset = UNSET
    number_of_successful_runs: int | Unset = UNSET
    number_of_failed_runs: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_results = []
        for test_results_item_data in self.test_results:
            test_results_item = test_results_item_data.to_dict()
            test_results.append(test_results_item)

        cursor: None | str | Unset
        if isinstance(self.cursor, Unset):
            cursor = UNSET
        else:
            cursor = self.cursor

        number_of_runs = self.number_of_runs

        number_of_successful_runs = self.number_of_successful_runs

        number_of_failed_runs = self.number_of_failed_runs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "test_results": test_results,
            }
        )
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if number_of_runs is not UNSET:
            field_dict["number_of_runs"] = number_of_runs
        if number_of_successful_runs is not UNSET:
            field_dict["number_of_successful_runs"] = number_of_successful_runs
        if number_of_failed_runs is not UNSET:
            field_dict["number_of_failed_runs"] = number_of_failed_runs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``BatchTestRunResults`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("BatchTestRunResults", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 5
        if _read:
            try:
                (
                    test_results,
                    cursor,
                    number_of_runs,
                    number_of_successful_runs,
                    number_of_failed_runs,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                test_results = _src[_k_test_results]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                test_results = _src.get(_k_test_results, _d.MISSING)
            cursor = _src.get(_k_cursor, UNSET)
            number_of_runs = _src.get(_k_number_of_runs, UNSET)
            number_of_successful_runs = _src.get(_k_number_of_successful_runs, UNSET)
            number_of_failed_runs = _src.get(_k_number_of_failed_runs, UNSET)
        if test_results.__class__ is not list:
            raise _d.fail("BatchTestRunResults", "test_results", test_results, "array")
        try:
            test_results = [*map(_TestRunSummary_from_dict, test_results)]
        except DecodeError:
            raise _d.item_failure(TestRunSummary, "BatchTestRunResults", "test_results", test_results) from None

        if cursor.__class__ is not str and cursor is not None:
            if cursor is not UNSET:
                raise _d.fail("BatchTestRunResults", "cursor", cursor, "string")
            _absent += 1

        if number_of_runs.__class__ is not int:
            if number_of_runs is not UNSET:
                raise _d.fail("BatchTestRunResults", "number_of_runs", number_of_runs, "integer")
            _absent += 1

        if number_of_successful_runs.__class__ is not int:
            if number_of_successful_runs is not UNSET:
                raise _d.fail("BatchTestRunResults", "number_of_successful_runs", number_of_successful_runs, "integer")
            _absent += 1

        if number_of_failed_runs.__class__ is not int:
            if number_of_failed_runs is not UNSET:
                raise _d.fail("BatchTestRunResults", "number_of_failed_runs", number_of_failed_runs, "integer")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        batch_test_run_results = _new(cls)
        batch_test_run_results.test_results = test_results
        batch_test_run_results.cursor = cursor
        batch_test_run_results.number_of_runs = number_of_runs
        batch_test_run_results.number_of_successful_runs = number_of_successful_runs
        batch_test_run_results.number_of_failed_runs = number_of_failed_runs
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        batch_test_run_results.additional_properties = (
            {} if len(_src) + _absent == 5 else _d.extra_keys(_src, _KNOWN_KEYS)
        )
        return batch_test_run_results

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
from ..models.test_run_summary import TestRunSummary  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_BatchTestRunResults_from_dict = BatchTestRunResults.from_dict
_TestRunSummary_from_dict = TestRunSummary.from_dict
