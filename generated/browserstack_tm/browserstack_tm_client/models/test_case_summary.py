# Generated from specs/browserstack_tm/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/browserstack_tm/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..types import UNSET, Unset

T = TypeVar("T", bound="TestCaseSummary")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "untested",
        "passed",
        "retest",
        "failed",
        "blocked",
        "skipped",
        "in_progress",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_untested,
    _k_passed,
    _k_retest,
    _k_failed,
    _k_blocked,
    _k_skipped,
    _k_in_progress,
) = _d.parsed_keys(
    "untested",
    "passed",
    "retest",
    "failed",
    "blocked",
    "skipped",
    "in_progress",
)
_members = _itemgetter(
    _k_untested,
    _k_passed,
    _k_retest,
    _k_failed,
    _k_blocked,
    _k_skipped,
    _k_in_progress,
)


@_attrs_define
class TestCaseSummary:
    """Test cases of a fresh clone per status; all start untested.

    Attributes:
        untested (int | Unset):
        passed (int | Unset):
        retest (int | Unset):
        failed (int | Unset):
        blocked (int | Unset):
        skipped (int | Unset):
        in_progress (int | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    untested: int | Unset = UNSET
    passed: int | Unset = UNSET
    retest: int | Unset = UNSET
    failed: int | Unset = UNSET
    blocked: int | Unset = UNSET
    skipped: int | Unset = UNSET
    in_progress: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        untested = self.untested

        passed = self.passed

        retest = self.retest

        failed = self.failed

        blocked = self.blocked

        skipped = self.skipped

        in_progress = self.in_progress

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if untested is not UNSET:
            field_dict["untested"] = untested
        if passed is not UNSET:
            field_dict["passed"] = passed
        if retest is not UNSET:
            field_dict["retest"] = retest
        if failed is not UNSET:
            field_dict["failed"] = failed
        if blocked is not UNSET:
            field_dict["blocked"] = blocked
        if skipped is not UNSET:
            field_dict["skipped"] = skipped
        if in_progress is not UNSET:
            field_dict["in_progress"] = in_progress

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``TestCaseSummary`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("TestCaseSummary", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 7
        if _read:
            try:
                (
                    untested,
                    passed,
                    retest,
                    failed,
                    blocked,
                    skipped,
                    in_progress,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            untested = _src.get(_k_untested, UNSET)
            passed = _src.get(_k_passed, UNSET)
            retest = _src.get(_k_retest, UNSET)
            failed = _src.get(_k_failed, UNSET)
            blocked = _src.get(_k_blocked, UNSET)
            skipped = _src.get(_k_skipped, UNSET)
            in_progress = _src.get(_k_in_progress, UNSET)
        if untested.__class__ is not int:
            if untested is not UNSET:
                raise _d.fail("TestCaseSummary", "untested", untested, "integer")
            _absent += 1

        if passed.__class__ is not int:
            if passed is not UNSET:
                raise _d.fail("TestCaseSummary", "passed", passed, "integer")
            _absent += 1

        if retest.__class__ is not int:
            if retest is not UNSET:
                raise _d.fail("TestCaseSummary", "retest", retest, "integer")
            _absent += 1

        if failed.__class__ is not int:
            if failed is not UNSET:
                raise _d.fail("TestCaseSummary", "failed", failed, "integer")
            _absent += 1

        if blocked.__class__ is not int:
            if blocked is not UNSET:
                raise _d.fail("TestCaseSummary", "blocked", blocked, "integer")
            _absent += 1

        if skipped.__class__ is not int:
            if skipped is not UNSET:
                raise _d.fail("TestCaseSummary", "skipped", skipped, "integer")
            _absent += 1

        if in_progress.__class__ is not int:
            if in_progress is not UNSET:
                raise _d.fail("TestCaseSummary", "in_progress", in_progress, "integer")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        test_case_summary = _new(cls)
        test_case_summary.untested = untested
        test_case_summary.passed = passed
        test_case_summary.retest = retest
        test_case_summary.failed = failed
        test_case_summary.blocked = blocked
        test_case_summary.skipped = skipped
        test_case_summary.in_progress = in_progress
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        test_case_summary.additional_properties = {} if len(_src) + _absent == 7 else _d.extra_keys(_src, _KNOWN_KEYS)
        return test_case_summary

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
_TestCaseSummary_from_dict = TestCaseSummary.from_dict
