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

T = TypeVar("T", bound="SubtestDetail")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "note",
        "result",
        "test_uuid",
        "test_run_uuid",
        "test_run_url",
        "started_at",
        "finished_at",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_name,
    _k_note,
    _k_result,
    _k_test_uuid,
    _k_test_run_uuid,
    _k_test_run_url,
    _k_started_at,
    _k_finished_at,
) = _d.parsed_keys(
    "name",
    "note",
    "result",
    "test_uuid",
    "test_run_uuid",
    "test_run_url",
    "started_at",
    "finished_at",
)
_members = _itemgetter(
    _k_name,
    _k_note,
    _k_result,
    _k_test_uuid,
    _k_test_run_uuid,
    _k_test_run_url,
    _k_started_at,
    _k_finished_at,
)


@_attrs_define
class SubtestDetail:
    """
    Attributes:
        name (None | str | Unset):
        note (None | str | Unset):
        result (None | str | Unset):
        test_uuid (None | str | Unset):
        test_run_uuid (None | str | Unset):
        test_run_url (None | str | Unset):
        started_at (float | None | Unset):
        finished_at (float | None | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    name: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    result: None | str | Unset = UNSET
    test_uuid: None | str | Unset = UNSET
    test_run_uuid: None | str | Unset = UNSET
    test_run_url: None | str | Unset = UNSET
    started_at: float | None | Unset = UNSET
    finished_at: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        result: None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        else:
            result = self.result

        test_uuid: None | str | Unset
        if isinstance(self.test_uuid, Unset):
            test_uuid = UNSET
        else:
            test_uuid = self.test_uuid

        test_run_uuid: None | str | Unset
        if isinstance(self.test_run_uuid, Unset):
            test_run_uuid = UNSET
        else:
            test_run_uuid = self.test_run_uuid

        test_run_url: None | str | Unset
        if isinstance(self.test_run_url, Unset):
            test_run_url = UNSET
        else:
            test_run_url = self.test_run_url

        started_at: float | None | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        else:
            started_at = self.started_at

        finished_at: float | None | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        else:
            finished_at = self.finished_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if note is not UNSET:
            field_dict["note"] = note
        if result is not UNSET:
            field_dict["result"] = result
        if test_uuid is not UNSET:
            field_dict["test_uuid"] = test_uuid
        if test_run_uuid is not UNSET:
            field_dict["test_run_uuid"] = test_run_uuid
        if test_run_url is not UNSET:
            field_dict["test_run_url"] = test_run_url
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``SubtestDetail`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("SubtestDetail", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 8
        if _read:
            try:
                (
                    name,
                    note,
                    result,
                    test_uuid,
                    test_run_uuid,
                    test_run_url,
                    started_at,
                    finished_at,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            name = _src.get(_k_name, UNSET)
            note = _src.get(_k_note, UNSET)
            result = _src.get(_k_result, UNSET)
            test_uuid = _src.get(_k_test_uuid, UNSET)
            test_run_uuid = _src.get(_k_test_run_uuid, UNSET)
            test_run_url = _src.get(_k_test_run_url, UNSET)
            started_at = _src.get(_k_started_at, UNSET)
            finished_at = _src.get(_k_finished_at, UNSET)
        if name.__class__ is not str and name is not None:
            if name is not UNSET:
                raise _d.fail("SubtestDetail", "name", name, "string")
            _absent += 1

        if note.__class__ is not str and note is not None:
            if note is not UNSET:
                raise _d.fail("SubtestDetail", "note", note, "string")
            _absent += 1

        if result.__class__ is not str and result is not None:
            if result is not UNSET:
                raise _d.fail("SubtestDetail", "result", result, "string")
            _absent += 1

        if test_uuid.__class__ is not str and test_uuid is not None:
            if test_uuid is not UNSET:
                raise _d.fail("SubtestDetail", "test_uuid", test_uuid, "string")
            _absent += 1

        if test_run_uuid.__class__ is not str and test_run_uuid is not None:
            if test_run_uuid is not UNSET:
                raise _d.fail("SubtestDetail", "test_run_uuid", test_run_uuid, "string")
            _absent += 1

        if test_run_url.__class__ is not str and test_run_url is not None:
            if test_run_url is not UNSET:
                raise _d.fail("SubtestDetail", "test_run_url", test_run_url, "string")
            _absent += 1

        if started_at is UNSET:
            _absent += 1
        else:
            if started_at is not None:
                started_at = _d.as_float("SubtestDetail", "started_at", started_at)

        if finished_at is UNSET:
            _absent += 1
        else:
            if finished_at is not None:
                finished_at = _d.as_float("SubtestDetail", "finished_at", finished_at)

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        subtest_detail = _new(cls)
        subtest_detail.name = name
        subtest_detail.note = note
        subtest_detail.result = result
        subtest_detail.test_uuid = test_uuid
        subtest_detail.test_run_uuid = test_run_uuid
        subtest_detail.test_run_url = test_run_url
        subtest_detail.started_at = started_at
        subtest_detail.finished_at = finished_at
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        subtest_detail.additional_properties = {} if len(_src) + _absent == 8 else _d.extra_keys(_src, _KNOWN_KEYS)
        return subtest_detail

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
_SubtestDetail_from_dict = SubtestDetail.from_dict
