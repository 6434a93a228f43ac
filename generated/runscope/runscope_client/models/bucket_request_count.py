# Generated from specs/runscope/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/runscope/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..types import UNSET, Unset

T = TypeVar("T", bound="BucketRequestCount")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "requests_count",
        "bucket_key",
        "from_date",
        "to_date",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_requests_count,
    _k_bucket_key,
    _k_from_date,
    _k_to_date,
) = _d.parsed_keys(
    "requests_count",
    "bucket_key",
    "from_date",
    "to_date",
)
_members = _itemgetter(
    _k_requests_count,
    _k_bucket_key,
    _k_from_date,
    _k_to_date,
)


@_attrs_define
class BucketRequestCount:
    """
    Attributes:
        requests_count (int | Unset):
        bucket_key (str | Unset):
        from_date (str | Unset):
        to_date (str | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    requests_count: int | Unset = UNSET
    bucket_key: str | Unset = UNSET
    from_date: str | Unset = UNSET
    to_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        requests_count = self.requests_count

        bucket_key = self.bucket_key

        from_date = self.from_date

        to_date = self.to_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if requests_count is not UNSET:
            field_dict["requests_count"] = requests_count
        if bucket_key is not UNSET:
            field_dict["bucket_key"] = bucket_key
        if from_date is not UNSET:
            field_dict["from_date"] = from_date
        if to_date is not UNSET:
            field_dict["to_date"] = to_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``BucketRequestCount`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("BucketRequestCount", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 4
        if _read:
            try:
                (
                    requests_count,
                    bucket_key,
                    from_date,
                    to_date,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            requests_count = _src.get(_k_requests_count, UNSET)
            bucket_key = _src.get(_k_bucket_key, UNSET)
            from_date = _src.get(_k_from_date, UNSET)
            to_date = _src.get(_k_to_date, UNSET)
        if requests_count.__class__ is not int:
            if requests_count is not UNSET:
                raise _d.fail("BucketRequestCount", "requests_count", requests_count, "integer")
            _absent += 1

        if bucket_key.__class__ is not str:
            if bucket_key is not UNSET:
                raise _d.fail("BucketRequestCount", "bucket_key", bucket_key, "string")
            _absent += 1

        if from_date.__class__ is not str:
            if from_date is not UNSET:
                raise _d.fail("BucketRequestCount", "from_date", from_date, "string")
            _absent += 1

        if to_date.__class__ is not str:
            if to_date is not UNSET:
                raise _d.fail("BucketRequestCount", "to_date", to_date, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        bucket_request_count = _new(cls)
        bucket_request_count.requests_count = requests_count
        bucket_request_count.bucket_key = bucket_key
        bucket_request_count.from_date = from_date
        bucket_request_count.to_date = to_date
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        bucket_request_count.additional_properties = (
            {} if len(_src) + _absent == 4 else _d.extra_keys(_src, _KNOWN_KEYS)
        )
        return bucket_request_count

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
_BucketRequestCount_from_dict = BucketRequestCount.from_dict
