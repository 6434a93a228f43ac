# Generated from specs/mabl/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/mabl/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError

T = TypeVar("T", bound="ExecutionSeconds")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "buckets",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(_k_buckets,) = _d.parsed_keys(
    "buckets",
)


@_attrs_define
class ExecutionSeconds:
    """
    Attributes:
        buckets (list[ExecutionSecondsBucket]):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    buckets: list[ExecutionSecondsBucket]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        buckets = []
        for buckets_item_data in self.buckets:
            buckets_item = buckets_item_data.to_dict()
            buckets.append(buckets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "buckets": buckets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``ExecutionSeconds`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("ExecutionSeconds", src_dict)
        try:
            buckets = _src[_k_buckets]
        except KeyError:  # a required member is left out: read them one by one, the checks below name it
            buckets = _src.get(_k_buckets, _d.MISSING)
        if buckets.__class__ is not list:
            raise _d.fail("ExecutionSeconds", "buckets", buckets, "array")
        try:
            buckets = [*map(_ExecutionSecondsBucket_from_dict, buckets)]
        except DecodeError:
            raise _d.item_failure(ExecutionSecondsBucket, "ExecutionSeconds", "buckets", buckets) from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        execution_seconds = _new(cls)
        execution_seconds.buckets = buckets
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        execution_seconds.additional_properties = {} if len(_src) == 1 else _d.extra_keys(_src, _KNOWN_KEYS)
        return execution_seconds

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
from ..models.execution_seconds_bucket import ExecutionSecondsBucket  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_ExecutionSeconds_from_dict = ExecutionSeconds.from_dict
_ExecutionSecondsBucket_from_dict = ExecutionSecondsBucket.from_dict
