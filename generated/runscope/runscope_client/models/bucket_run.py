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

T = TypeVar("T", bound="BucketRun")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "bucket_run_id",
        "runs",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_bucket_run_id,
    _k_runs,
) = _d.parsed_keys(
    "bucket_run_id",
    "runs",
)
_members = _itemgetter(
    _k_bucket_run_id,
    _k_runs,
)


@_attrs_define
class BucketRun:
    """The runs one bucket-wide trigger started.

    Attributes:
        bucket_run_id (str | Unset):
        runs (list[TestRun] | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    bucket_run_id: str | Unset = UNSET
    runs: list[TestRun] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bucket_run_id = self.bucket_run_id

        runs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.runs, Unset):
            runs = []
            for runs_item_data in self.runs:
                runs_item = runs_item_data.to_dict()
                runs.append(runs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bucket_run_id is not UNSET:
            field_dict["bucket_run_id"] = bucket_run_id
        if runs is not UNSET:
            field_dict["runs"] = runs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``BucketRun`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("BucketRun", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 2
        if _read:
            try:
                (
                    bucket_run_id,
                    runs,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            bucket_run_id = _src.get(_k_bucket_run_id, UNSET)
            runs = _src.get(_k_runs, UNSET)
        if bucket_run_id.__class__ is not str:
            if bucket_run_id is not UNSET:
                raise _d.fail("BucketRun", "bucket_run_id", bucket_run_id, "string")
            _absent += 1

        if runs is UNSET:
            _absent += 1
        else:
            if runs.__class__ is not list:
                raise _d.fail("BucketRun", "runs", runs, "array")
            try:
                runs = [*map(_TestRun_from_dict, runs)]
            except DecodeError:
                raise _d.item_failure(TestRun, "BucketRun", "runs", runs) from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        bucket_run = _new(cls)
        bucket_run.bucket_run_id = bucket_run_id
        bucket_run.runs = runs
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        bucket_run.additional_properties = {} if len(_src) + _absent == 2 else _d.extra_keys(_src, _KNOWN_KEYS)
        return bucket_run

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
_BucketRun_from_dict = BucketRun.from_dict
_TestRun_from_dict = TestRun.from_dict
