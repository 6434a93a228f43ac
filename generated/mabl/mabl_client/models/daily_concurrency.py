# Generated from specs/mabl/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/mabl/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d

T = TypeVar("T", bound="DailyConcurrency")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "start_time",
        "max_test_run_concurrency",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_start_time,
    _k_max_test_run_concurrency,
) = _d.parsed_keys(
    "start_time",
    "max_test_run_concurrency",
)
_members = _itemgetter(
    _k_start_time,
    _k_max_test_run_concurrency,
)


@_attrs_define
class DailyConcurrency:
    """
    Attributes:
        start_time (int): A point in time, Unix epoch milliseconds (facts §1).
        max_test_run_concurrency (int): Peak simultaneous runs that UTC day.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    start_time: int
    max_test_run_concurrency: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time

        max_test_run_concurrency = self.max_test_run_concurrency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_time": start_time,
                "max_test_run_concurrency": max_test_run_concurrency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``DailyConcurrency`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("DailyConcurrency", src_dict)
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 2
        if _read:
            try:
                (
                    start_time,
                    max_test_run_concurrency,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                start_time = _src[_k_start_time]
                max_test_run_concurrency = _src[_k_max_test_run_concurrency]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                start_time = _src.get(_k_start_time, _d.MISSING)
                max_test_run_concurrency = _src.get(_k_max_test_run_concurrency, _d.MISSING)
        if start_time.__class__ is not int:
            raise _d.fail("DailyConcurrency", "start_time", start_time, "integer")

        if max_test_run_concurrency.__class__ is not int:
            raise _d.fail("DailyConcurrency", "max_test_run_concurrency", max_test_run_concurrency, "integer")

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        daily_concurrency = _new(cls)
        daily_concurrency.start_time = start_time
        daily_concurrency.max_test_run_concurrency = max_test_run_concurrency
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        daily_concurrency.additional_properties = {} if len(_src) == 2 else _d.extra_keys(_src, _KNOWN_KEYS)
        return daily_concurrency

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
_DailyConcurrency_from_dict = DailyConcurrency.from_dict
