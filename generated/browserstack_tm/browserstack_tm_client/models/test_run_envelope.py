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

T = TypeVar("T", bound="TestRunEnvelope")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "success",
        "test_run",
        "testrun",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_success,
    _k_test_run,
    _k_testrun,
) = _d.parsed_keys(
    "success",
    "test_run",
    "testrun",
)
_members = _itemgetter(
    _k_success,
    _k_test_run,
    _k_testrun,
)


@_attrs_define
class TestRunEnvelope:
    """`{success, test_run}` or `{success, testrun}`: the same run under either key (facts).

    Attributes:
        success (bool):
        test_run (TestRun | Unset): A test run: a list row, a detail (with test_cases, overall_progress, issues), a
            minified detail, or the sparse answer of an update. `identifier` (`TR-…`) is its only id (facts).
        testrun (TestRun | Unset): A test run: a list row, a detail (with test_cases, overall_progress, issues), a
            minified detail, or the sparse answer of an update. `identifier` (`TR-…`) is its only id (facts).
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    success: bool
    test_run: TestRun | Unset = UNSET
    testrun: TestRun | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        test_run: dict[str, Any] | Unset = UNSET
        if not isinstance(self.test_run, Unset):
            test_run = self.test_run.to_dict()

        testrun: dict[str, Any] | Unset = UNSET
        if not isinstance(self.testrun, Unset):
            testrun = self.testrun.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if test_run is not UNSET:
            field_dict["test_run"] = test_run
        if testrun is not UNSET:
            field_dict["testrun"] = testrun

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``TestRunEnvelope`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("TestRunEnvelope", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 3
        if _read:
            try:
                (
                    success,
                    test_run,
                    testrun,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                success = _src[_k_success]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                success = _src.get(_k_success, _d.MISSING)
            test_run = _src.get(_k_test_run, UNSET)
            testrun = _src.get(_k_testrun, UNSET)
        if success.__class__ is not bool:
            raise _d.fail("TestRunEnvelope", "success", success, "boolean")

        if test_run is UNSET:
            _absent += 1
        else:
            try:
                test_run = _TestRun_from_dict(test_run)
            except DecodeError as _error:
                raise _error.within("TestRunEnvelope", "test_run") from None

        if testrun is UNSET:
            _absent += 1
        else:
            try:
                testrun = _TestRun_from_dict(testrun)
            except DecodeError as _error:
                raise _error.within("TestRunEnvelope", "testrun") from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        test_run_envelope = _new(cls)
        test_run_envelope.success = success
        test_run_envelope.test_run = test_run
        test_run_envelope.testrun = testrun
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        test_run_envelope.additional_properties = {} if len(_src) + _absent == 3 else _d.extra_keys(_src, _KNOWN_KEYS)
        return test_run_envelope

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
from ..models.test_run import TestRun  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_TestRunEnvelope_from_dict = TestRunEnvelope.from_dict
_TestRun_from_dict = TestRun.from_dict
