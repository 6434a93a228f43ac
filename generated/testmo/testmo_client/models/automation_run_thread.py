# Generated from specs/testmo/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/testmo/GENERATED.json.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError
from ..models.run_status import RunStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AutomationRunThread")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "untested_count",
        "status1_count",
        "status2_count",
        "status3_count",
        "status4_count",
        "status5_count",
        "status6_count",
        "status7_count",
        "status8_count",
        "status9_count",
        "status10_count",
        "status11_count",
        "status12_count",
        "status13_count",
        "status14_count",
        "status15_count",
        "status16_count",
        "status17_count",
        "status18_count",
        "status19_count",
        "status20_count",
        "status21_count",
        "status22_count",
        "status23_count",
        "status24_count",
        "success_count",
        "failure_count",
        "completed_count",
        "total_count",
        "id",
        "status",
        "is_completed",
        "index",
        "name",
        "elapsed",
        "artifacts",
        "fields",
        "completed_at",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_untested_count,
    _k_status1_count,
    _k_status2_count,
    _k_status3_count,
    _k_status4_count,
    _k_status5_count,
    _k_status6_count,
    _k_status7_count,
    _k_status8_count,
    _k_status9_count,
    _k_status10_count,
    _k_status11_count,
    _k_status12_count,
    _k_status13_count,
    _k_status14_count,
    _k_status15_count,
    _k_status16_count,
    _k_status17_count,
    _k_status18_count,
    _k_status19_count,
    _k_status20_count,
    _k_status21_count,
    _k_status22_count,
    _k_status23_count,
    _k_status24_count,
    _k_success_count,
    _k_failure_count,
    _k_completed_count,
    _k_total_count,
    _k_id,
    _k_status,
    _k_is_completed,
    _k_index,
    _k_name,
    _k_elapsed,
    _k_artifacts,
    _k_fields,
    _k_completed_at,
) = _d.parsed_keys(
    "untested_count",
    "status1_count",
    "status2_count",
    "status3_count",
    "status4_count",
    "status5_count",
    "status6_count",
    "status7_count",
    "status8_count",
    "status9_count",
    "status10_count",
    "status11_count",
    "status12_count",
    "status13_count",
    "status14_count",
    "status15_count",
    "status16_count",
    "status17_count",
    "status18_count",
    "status19_count",
    "status20_count",
    "status21_count",
    "status22_count",
    "status23_count",
    "status24_count",
    "success_count",
    "failure_count",
    "completed_count",
    "total_count",
    "id",
    "status",
    "is_completed",
    "index",
    "name",
    "elapsed",
    "artifacts",
    "fields",
    "completed_at",
)
_members = _itemgetter(
    _k_untested_count,
    _k_status1_count,
    _k_status2_count,
    _k_status3_count,
    _k_status4_count,
    _k_status5_count,
    _k_status6_count,
    _k_status7_count,
    _k_status8_count,
    _k_status9_count,
    _k_status10_count,
    _k_status11_count,
    _k_status12_count,
    _k_status13_count,
    _k_status14_count,
    _k_status15_count,
    _k_status16_count,
    _k_status17_count,
    _k_status18_count,
    _k_status19_count,
    _k_status20_count,
    _k_status21_count,
    _k_status22_count,
    _k_status23_count,
    _k_status24_count,
    _k_success_count,
    _k_failure_count,
    _k_completed_count,
    _k_total_count,
    _k_id,
    _k_status,
    _k_is_completed,
    _k_index,
    _k_name,
    _k_elapsed,
    _k_artifacts,
    _k_fields,
    _k_completed_at,
)


@_attrs_define
class AutomationRunThread:
    """A thread of an automation run (facts, Responses).

    Attributes:
        untested_count (int):
        status1_count (int):
        status2_count (int):
        status3_count (int):
        status4_count (int):
        status5_count (int):
        status6_count (int):
        status7_count (int):
        status8_count (int):
        status9_count (int):
        status10_count (int):
        status11_count (int):
        status12_count (int):
        status13_count (int):
        status14_count (int):
        status15_count (int):
        status16_count (int):
        status17_count (int):
        status18_count (int):
        status19_count (int):
        status20_count (int):
        status21_count (int):
        status22_count (int):
        status23_count (int):
        status24_count (int):
        success_count (int):
        failure_count (int):
        completed_count (int):
        total_count (int):
        id (int):
        status (RunStatus): 2 success, 3 failure, 4 running (facts, Responses).
        is_completed (bool):
        index (int | Unset):
        name (None | str | Unset):
        elapsed (int | None | Unset): Microseconds; null while the thread runs.
        artifacts (list[Artifact] | Unset):
        fields (list[Field] | Unset):
        completed_at (datetime.datetime | None | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    untested_count: int
    status1_count: int
    status2_count: int
    status3_count: int
    status4_count: int
    status5_count: int
    status6_count: int
    status7_count: int
    status8_count: int
    status9_count: int
    status10_count: int
    status11_count: int
    status12_count: int
    status13_count: int
    status14_count: int
    status15_count: int
    status16_count: int
    status17_count: int
    status18_count: int
    status19_count: int
    status20_count: int
    status21_count: int
    status22_count: int
    status23_count: int
    status24_count: int
    success_count: int
    failure_count: int
    completed_count: int
    total_count: int
    id: int
    status: RunStatus
    is_completed: bool
    index: int | Unset = UNSET
    name: None | str | Unset = UNSET
    elapsed: int | None | Unset = UNSET
    artifacts: list[Artifact] | Unset = UNSET
    fields: list[Field] | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        untested_count = self.untested_count

        status1_count = self.status1_count

        status2_count = self.status2_count

        status3_count = self.status3_count

        status4_count = self.status4_count

        status5_count = self.status5_count

        status6_count = self.status6_count

        status7_count = self.status7_count

        status8_count = self.status8_count

        status9_count = self.status9_count

        status10_count = self.status10_count

        status11_count = self.status11_count

        status12_count = self.status12_count

        status13_count = self.status13_count

        status14_count = self.status14_count

        status15_count = self.status15_count

        status16_count = self.status16_count

        status17_count = self.status17_count

        status18_count = self.status18_count

        status19_count = self.status19_count

        status20_count = self.status20_count

        status21_count = self.status21_count

        status22_count = self.status22_count

        status23_count = self.status23_count

        status24_count = self.status24_count

        success_count = self.success_count

        failure_count = self.failure_count

        completed_count = self.completed_count

        total_count = self.total_count

        id = self.id

        status = self.status.value

        is_completed = self.is_completed

        index = self.index

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        elapsed: int | None | Unset
        if isinstance(self.elapsed, Unset):
            elapsed = UNSET
        else:
            elapsed = self.elapsed

        artifacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.artifacts, Unset):
            artifacts = []
            for componentsschemas_artifacts_item_data in self.artifacts:
                componentsschemas_artifacts_item = componentsschemas_artifacts_item_data.to_dict()
                artifacts.append(componentsschemas_artifacts_item)

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for componentsschemas_fields_item_data in self.fields:
                componentsschemas_fields_item = componentsschemas_fields_item_data.to_dict()
                fields.append(componentsschemas_fields_item)

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "untested_count": untested_count,
                "status1_count": status1_count,
                "status2_count": status2_count,
                "status3_count": status3_count,
                "status4_count": status4_count,
                "status5_count": status5_count,
                "status6_count": status6_count,
                "status7_count": status7_count,
                "status8_count": status8_count,
                "status9_count": status9_count,
                "status10_count": status10_count,
                "status11_count": status11_count,
                "status12_count": status12_count,
                "status13_count": status13_count,
                "status14_count": status14_count,
                "status15_count": status15_count,
                "status16_count": status16_count,
                "status17_count": status17_count,
                "status18_count": status18_count,
                "status19_count": status19_count,
                "status20_count": status20_count,
                "status21_count": status21_count,
                "status22_count": status22_count,
                "status23_count": status23_count,
                "status24_count": status24_count,
                "success_count": success_count,
                "failure_count": failure_count,
                "completed_count": completed_count,
                "total_count": total_count,
                "id": id,
                "status": status,
                "is_completed": is_completed,
            }
        )
        if index is not UNSET:
            field_dict["index"] = index
        if name is not UNSET:
            field_dict["name"] = name
        if elapsed is not UNSET:
            field_dict["elapsed"] = elapsed
        if artifacts is not UNSET:
            field_dict["artifacts"] = artifacts
        if fields is not UNSET:
            field_dict["fields"] = fields
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``AutomationRunThread`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("AutomationRunThread", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 38
        if _read:
            try:
                (
                    untested_count,
                    status1_count,
                    status2_count,
                    status3_count,
                    status4_count,
                    status5_count,
                    status6_count,
                    status7_count,
                    status8_count,
                    status9_count,
                    status10_count,
                    status11_count,
                    status12_count,
                    status13_count,
                    status14_count,
                    status15_count,
                    status16_count,
                    status17_count,
                    status18_count,
                    status19_count,
                    status20_count,
                    status21_count,
                    status22_count,
                    status23_count,
                    status24_count,
                    success_count,
                    failure_count,
                    completed_count,
                    total_count,
                    id,
                    status,
                    is_completed,
                    index,
                    name,
                    elapsed,
                    artifacts,
                    fields,
                    completed_at,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                untested_count = _src[_k_untested_count]
                status1_count = _src[_k_status1_count]
                status2_count = _src[_k_status2_count]
                status3_count = _src[_k_status3_count]
                status4_count = _src[_k_status4_count]
                status5_count = _src[_k_status5_count]
                status6_count = _src[_k_status6_count]
                status7_count = _src[_k_status7_count]
                status8_count = _src[_k_status8_count]
                status9_count = _src[_k_status9_count]
                status10_count = _src[_k_status10_count]
                status11_count = _src[_k_status11_count]
                status12_count = _src[_k_status12_count]
                status13_count = _src[_k_status13_count]
                status14_count = _src[_k_status14_count]
                status15_count = _src[_k_status15_count]
                status16_count = _src[_k_status16_count]
                status17_count = _src[_k_status17_count]
                status18_count = _src[_k_status18_count]
                status19_count = _src[_k_status19_count]
                status20_count = _src[_k_status20_count]
                status21_count = _src[_k_status21_count]
                status22_count = _src[_k_status22_count]
                status23_count = _src[_k_status23_count]
                status24_count = _src[_k_status24_count]
                success_count = _src[_k_success_count]
                failure_count = _src[_k_failure_count]
                completed_count = _src[_k_completed_count]
                total_count = _src[_k_total_count]
                id = _src[_k_id]
                status = _src[_k_status]
                is_completed = _src[_k_is_completed]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                untested_count = _src.get(_k_untested_count, _d.MISSING)
                status1_count = _src.get(_k_status1_count, _d.MISSING)
                status2_count = _src.get(_k_status2_count, _d.MISSING)
                status3_count = _src.get(_k_status3_count, _d.MISSING)
                status4_count = _src.get(_k_status4_count, _d.MISSING)
                status5_count = _src.get(_k_status5_count, _d.MISSING)
                status6_count = _src.get(_k_status6_count, _d.MISSING)
                status7_count = _src.get(_k_status7_count, _d.MISSING)
                status8_count = _src.get(_k_status8_count, _d.MISSING)
                status9_count = _src.get(_k_status9_count, _d.MISSING)
                status10_count = _src.get(_k_status10_count, _d.MISSING)
                status11_count = _src.get(_k_status11_count, _d.MISSING)
                status12_count = _src.get(_k_status12_count, _d.MISSING)
                status13_count = _src.get(_k_status13_count, _d.MISSING)
                status14_count = _src.get(_k_status14_count, _d.MISSING)
                status15_count = _src.get(_k_status15_count, _d.MISSING)
                status16_count = _src.get(_k_status16_count, _d.MISSING)
                status17_count = _src.get(_k_status17_count, _d.MISSING)
                status18_count = _src.get(_k_status18_count, _d.MISSING)
                status19_count = _src.get(_k_status19_count, _d.MISSING)
                status20_count = _src.get(_k_status20_count, _d.MISSING)
                status21_count = _src.get(_k_status21_count, _d.MISSING)
                status22_count = _src.get(_k_status22_count, _d.MISSING)
                status23_count = _src.get(_k_status23_count, _d.MISSING)
                status24_count = _src.get(_k_status24_count, _d.MISSING)
                success_count = _src.get(_k_success_count, _d.MISSING)
                failure_count = _src.get(_k_failure_count, _d.MISSING)
                completed_count = _src.get(_k_completed_count, _d.MISSING)
                total_count = _src.get(_k_total_count, _d.MISSING)
                id = _src.get(_k_id, _d.MISSING)
                status = _src.get(_k_status, _d.MISSING)
                is_completed = _src.get(_k_is_completed, _d.MISSING)
            index = _src.get(_k_index, UNSET)
            name = _src.get(_k_name, UNSET)
            elapsed = _src.get(_k_elapsed, UNSET)
            artifacts = _src.get(_k_artifacts, UNSET)
            fields = _src.get(_k_fields, UNSET)
            completed_at = _src.get(_k_completed_at, UNSET)
        if untested_count.__class__ is not int:
            raise _d.fail("AutomationRunThread", "untested_count", untested_count, "integer")

        if status1_count.__class__ is not int:
            raise _d.fail("AutomationRunThread", "status1_count", status1_count, "integer")

        if status2_count.__class__ is not int:
            raise _d.fail("AutomationRunThread", "status2_count", status2_count, "integer")

        if status3_count.__class__ is not int:
            raise _d.fail("AutomationRunThread", "status3_count", status3_count, "integer")

        if status4_count.__class__ is not int:
            raise _d.fail("AutomationRunThread", "status4_count", status4_count, "integer")

        if status5_count.__class__ is not int:
            raise _d.fail("AutomationRunThread", "status5_count", status5_count, "integer")

        if status6_count.__class__ is not int:
            raise _d.fail("AutomationRunThread", "status6_count", status6_count, "integer")

        if status7_count.__class__ is not int:
            raise _d.fail("AutomationRunThread", "status7_count", status7_count, "integer")

        if status8_count.__class__ is not int:
            raise _d.fail("AutomationRunThread", "status8_count", status8_count, "integer")

        if status9_count.__class__ is not int:
            raise _d.fail("AutomationRunThread", "status9_count", status9_count, "integer")

        if status10_count.__class__ is not int:
            raise _d.fail("AutomationRunThread", "status10_count", status10_count, "integer")

        if status11_count.__class__ is not int:
            raise _d.fail("AutomationRunThread", "status11_count", status11_count, "integer")

        if status12_count.__class__ is not int:
            raise _d.fail("AutomationRunThread", "status12_count", status12_count, "integer")

        if status13_count.__class__ is not int:
            raise _d.fail("AutomationRunThread", "status13_count", status13_count, "integer")

        if status14_count.__class__ is not int:
            raise _d.fail("AutomationRunThread", "status14_count", status14_count, "integer")

        if status15_count.__class__ is not int:
            raise _d.fail("AutomationRunThread", "status15_count", status15_count, "integer")

        if status16_count.__class__ is not int:
            raise _d.fail("AutomationRunThread", "status16_count", status16_count, "integer")

        if status17_count.__class__ is not int:
            raise _d.fail("AutomationRunThread", "status17_count", status17_count, "integer")

        if status18_count.__class__ is not int:
            raise _d.fail("AutomationRunThread", "status18_count", status18_count, "integer")

        if status19_count.__class__ is not int:
            raise _d.fail("AutomationRunThread", "status19_count", status19_count, "integer")

        if status20_count.__class__ is not int:
            raise _d.fail("AutomationRunThread", "status20_count", status20_count, "integer")

        if status21_count.__class__ is not int:
            raise _d.fail("AutomationRunThread", "status21_count", status21_count, "integer")

        if status22_count.__class__ is not int:
            raise _d.fail("AutomationRunThread", "status22_count", status22_count, "integer")

        if status23_count.__class__ is not int:
            raise _d.fail("AutomationRunThread", "status23_count", status23_count, "integer")

        if status24_count.__class__ is not int:
            raise _d.fail("AutomationRunThread", "status24_count", status24_count, "integer")

        if success_count.__class__ is not int:
            raise _d.fail("AutomationRunThread", "success_count", success_count, "integer")

        if failure_count.__class__ is not int:
            raise _d.fail("AutomationRunThread", "failure_count", failure_count, "integer")

        if completed_count.__class__ is not int:
            raise _d.fail("AutomationRunThread", "completed_count", completed_count, "integer")

        if total_count.__class__ is not int:
            raise _d.fail("AutomationRunThread", "total_count", total_count, "integer")

        if id.__class__ is not int:
            raise _d.fail("AutomationRunThread", "id", id, "integer")

        _member = _d.ENUM_MEMBERS[RunStatus].get(status) if status.__class__ is int else None
        if _member is None:
            raise _d.enum_failure(RunStatus, "AutomationRunThread", "status", status)
        status = _member

        if is_completed.__class__ is not bool:
            raise _d.fail("AutomationRunThread", "is_completed", is_completed, "boolean")

        if index.__class__ is not int:
            if index is not UNSET:
                raise _d.fail("AutomationRunThread", "index", index, "integer")
            _absent += 1

        if name.__class__ is not str and name is not None:
            if name is not UNSET:
                raise _d.fail("AutomationRunThread", "name", name, "string")
            _absent += 1

        if elapsed.__class__ is not int and elapsed is not None:
            if elapsed is not UNSET:
                raise _d.fail("AutomationRunThread", "elapsed", elapsed, "integer")
            _absent += 1

        if artifacts is UNSET:
            _absent += 1
        else:
            if artifacts.__class__ is not list:
                raise _d.fail("AutomationRunThread", "artifacts", artifacts, "array")
            try:
                artifacts = [*map(_Artifact_from_dict, artifacts)]
            except DecodeError:
                raise _d.item_failure(Artifact, "AutomationRunThread", "artifacts", artifacts) from None

        if fields is UNSET:
            _absent += 1
        else:
            if fields.__class__ is not list:
                raise _d.fail("AutomationRunThread", "fields", fields, "array")
            try:
                fields = [*map(_Field_from_dict, fields)]
            except DecodeError:
                raise _d.item_failure(Field, "AutomationRunThread", "fields", fields) from None

        if completed_at is UNSET:
            _absent += 1
        else:
            if completed_at is not None:
                try:
                    completed_at = _d.parse_datetime(completed_at)
                except (TypeError, ValueError):
                    raise _d.fail("AutomationRunThread", "completed_at", completed_at, "ISO 8601 date-time") from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        automation_run_thread = _new(cls)
        automation_run_thread.untested_count = untested_count
        automation_run_thread.status1_count = status1_count
        automation_run_thread.status2_count = status2_count
        automation_run_thread.status3_count = status3_count
        automation_run_thread.status4_count = status4_count
        automation_run_thread.status5_count = status5_count
        automation_run_thread.status6_count = status6_count
        automation_run_thread.status7_count = status7_count
        automation_run_thread.status8_count = status8_count
        automation_run_thread.status9_count = status9_count
        automation_run_thread.status10_count = status10_count
        automation_run_thread.status11_count = status11_count
        automation_run_thread.status12_count = status12_count
        automation_run_thread.status13_count = status13_count
        automation_run_thread.status14_count = status14_count
        automation_run_thread.status15_count = status15_count
        automation_run_thread.status16_count = status16_count
        automation_run_thread.status17_count = status17_count
        automation_run_thread.status18_count = status18_count
        automation_run_thread.status19_count = status19_count
        automation_run_thread.status20_count = status20_count
        automation_run_thread.status21_count = status21_count
        automation_run_thread.status22_count = status22_count
        automation_run_thread.status23_count = status23_count
        automation_run_thread.status24_count = status24_count
        automation_run_thread.success_count = success_count
        automation_run_thread.failure_count = failure_count
        automation_run_thread.completed_count = completed_count
        automation_run_thread.total_count = total_count
        automation_run_thread.id = id
        automation_run_thread.status = status
        automation_run_thread.is_completed = is_completed
        automation_run_thread.index = index
        automation_run_thread.name = name
        automation_run_thread.elapsed = elapsed
        automation_run_thread.artifacts = artifacts
        automation_run_thread.fields = fields
        automation_run_thread.completed_at = completed_at
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        automation_run_thread.additional_properties = (
            {} if len(_src) + _absent == 38 else _d.extra_keys(_src, _KNOWN_KEYS)
        )
        return automation_run_thread

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
from ..models.artifact import Artifact  # noqa: E402
from ..models.field import Field  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_AutomationRunThread_from_dict = AutomationRunThread.from_dict
_Artifact_from_dict = Artifact.from_dict
_Field_from_dict = Field.from_dict
