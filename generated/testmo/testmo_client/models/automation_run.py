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

T = TypeVar("T", bound="AutomationRun")

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
        "project_id",
        "name",
        "status",
        "is_completed",
        "thread_count",
        "thread_active_count",
        "thread_completed_count",
        "created_at",
        "created_by",
        "updated_at",
        "updated_by",
        "completed_at",
        "completed_by",
        "source_id",
        "config_id",
        "milestone_id",
        "elapsed",
        "tags",
        "artifacts",
        "fields",
        "links",
        "threads",
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
    _k_project_id,
    _k_name,
    _k_status,
    _k_is_completed,
    _k_thread_count,
    _k_thread_active_count,
    _k_thread_completed_count,
    _k_created_at,
    _k_created_by,
    _k_updated_at,
    _k_updated_by,
    _k_completed_at,
    _k_completed_by,
    _k_source_id,
    _k_config_id,
    _k_milestone_id,
    _k_elapsed,
    _k_tags,
    _k_artifacts,
    _k_fields,
    _k_links,
    _k_threads,
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
    "project_id",
    "name",
    "status",
    "is_completed",
    "thread_count",
    "thread_active_count",
    "thread_completed_count",
    "created_at",
    "created_by",
    "updated_at",
    "updated_by",
    "completed_at",
    "completed_by",
    "source_id",
    "config_id",
    "milestone_id",
    "elapsed",
    "tags",
    "artifacts",
    "fields",
    "links",
    "threads",
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
    _k_project_id,
    _k_name,
    _k_status,
    _k_is_completed,
    _k_thread_count,
    _k_thread_active_count,
    _k_thread_completed_count,
    _k_created_at,
    _k_created_by,
    _k_updated_at,
    _k_updated_by,
    _k_completed_at,
    _k_completed_by,
    _k_source_id,
    _k_config_id,
    _k_milestone_id,
    _k_elapsed,
    _k_tags,
    _k_artifacts,
    _k_fields,
    _k_links,
    _k_threads,
)


@_attrs_define
class AutomationRun:
    """An automation run, as a list row or a single run (the single run also carries `threads`).

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
        project_id (int):
        name (str):
        status (RunStatus): 2 success, 3 failure, 4 running (facts, Responses).
        is_completed (bool):
        thread_count (int):
        thread_active_count (int):
        thread_completed_count (int):
        created_at (datetime.datetime):
        created_by (int):
        updated_at (datetime.datetime | None):
        updated_by (int | None):
        completed_at (datetime.datetime | None):
        completed_by (int | None):
        source_id (int | Unset):
        config_id (int | None | Unset):
        milestone_id (int | None | Unset):
        elapsed (int | None | Unset): Microseconds; null while the run is active.
        tags (list[str] | Unset):
        artifacts (list[Artifact] | Unset):
        fields (list[Field] | Unset):
        links (list[Link] | Unset):
        threads (list[AutomationRunThread] | Unset):
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
    project_id: int
    name: str
    status: RunStatus
    is_completed: bool
    thread_count: int
    thread_active_count: int
    thread_completed_count: int
    created_at: datetime.datetime
    created_by: int
    updated_at: datetime.datetime | None
    updated_by: int | None
    completed_at: datetime.datetime | None
    completed_by: int | None
    source_id: int | Unset = UNSET
    config_id: int | None | Unset = UNSET
    milestone_id: int | None | Unset = UNSET
    elapsed: int | None | Unset = UNSET
    tags: list[str] | Unset = UNSET
    artifacts: list[Artifact] | Unset = UNSET
    fields: list[Field] | Unset = UNSET
    links: list[Link] | Unset = UNSET
    threads: list[AutomationRunThread] | Unset = UNSET
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

        project_id = self.project_id

        name = self.name

        status = self.status.value

        is_completed = self.is_completed

        thread_count = self.thread_count

        thread_active_count = self.thread_active_count

        thread_completed_count = self.thread_completed_count

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        updated_by: int | None
        updated_by = self.updated_by

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        completed_by: int | None
        completed_by = self.completed_by

        source_id = self.source_id

        config_id: int | None | Unset
        if isinstance(self.config_id, Unset):
            config_id = UNSET
        else:
            config_id = self.config_id

        milestone_id: int | None | Unset
        if isinstance(self.milestone_id, Unset):
            milestone_id = UNSET
        else:
            milestone_id = self.milestone_id

        elapsed: int | None | Unset
        if isinstance(self.elapsed, Unset):
            elapsed = UNSET
        else:
            elapsed = self.elapsed

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

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

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for componentsschemas_links_item_data in self.links:
                componentsschemas_links_item = componentsschemas_links_item_data.to_dict()
                links.append(componentsschemas_links_item)

        threads: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.threads, Unset):
            threads = []
            for threads_item_data in self.threads:
                threads_item = threads_item_data.to_dict()
                threads.append(threads_item)

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
                "project_id": project_id,
                "name": name,
                "status": status,
                "is_completed": is_completed,
                "thread_count": thread_count,
                "thread_active_count": thread_active_count,
                "thread_completed_count": thread_completed_count,
                "created_at": created_at,
                "created_by": created_by,
                "updated_at": updated_at,
                "updated_by": updated_by,
                "completed_at": completed_at,
                "completed_by": completed_by,
            }
        )
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if config_id is not UNSET:
            field_dict["config_id"] = config_id
        if milestone_id is not UNSET:
            field_dict["milestone_id"] = milestone_id
        if elapsed is not UNSET:
            field_dict["elapsed"] = elapsed
        if tags is not UNSET:
            field_dict["tags"] = tags
        if artifacts is not UNSET:
            field_dict["artifacts"] = artifacts
        if fields is not UNSET:
            field_dict["fields"] = fields
        if links is not UNSET:
            field_dict["links"] = links
        if threads is not UNSET:
            field_dict["threads"] = threads

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``AutomationRun`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("AutomationRun", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 52
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
                    project_id,
                    name,
                    status,
                    is_completed,
                    thread_count,
                    thread_active_count,
                    thread_completed_count,
                    created_at,
                    created_by,
                    updated_at,
                    updated_by,
                    completed_at,
                    completed_by,
                    source_id,
                    config_id,
                    milestone_id,
                    elapsed,
                    tags,
                    artifacts,
                    fields,
                    links,
                    threads,
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
                project_id = _src[_k_project_id]
                name = _src[_k_name]
                status = _src[_k_status]
                is_completed = _src[_k_is_completed]
                thread_count = _src[_k_thread_count]
                thread_active_count = _src[_k_thread_active_count]
                thread_completed_count = _src[_k_thread_completed_count]
                created_at = _src[_k_created_at]
                created_by = _src[_k_created_by]
                updated_at = _src[_k_updated_at]
                updated_by = _src[_k_updated_by]
                completed_at = _src[_k_completed_at]
                completed_by = _src[_k_completed_by]
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
                project_id = _src.get(_k_project_id, _d.MISSING)
                name = _src.get(_k_name, _d.MISSING)
                status = _src.get(_k_status, _d.MISSING)
                is_completed = _src.get(_k_is_completed, _d.MISSING)
                thread_count = _src.get(_k_thread_count, _d.MISSING)
                thread_active_count = _src.get(_k_thread_active_count, _d.MISSING)
                thread_completed_count = _src.get(_k_thread_completed_count, _d.MISSING)
                created_at = _src.get(_k_created_at, _d.MISSING)
                created_by = _src.get(_k_created_by, _d.MISSING)
                updated_at = _src.get(_k_updated_at, _d.MISSING)
                updated_by = _src.get(_k_updated_by, _d.MISSING)
                completed_at = _src.get(_k_completed_at, _d.MISSING)
                completed_by = _src.get(_k_completed_by, _d.MISSING)
            source_id = _src.get(_k_source_id, UNSET)
            config_id = _src.get(_k_config_id, UNSET)
            milestone_id = _src.get(_k_milestone_id, UNSET)
            elapsed = _src.get(_k_elapsed, UNSET)
            tags = _src.get(_k_tags, UNSET)
            artifacts = _src.get(_k_artifacts, UNSET)
            fields = _src.get(_k_fields, UNSET)
            links = _src.get(_k_links, UNSET)
            threads = _src.get(_k_threads, UNSET)
        if untested_count.__class__ is not int:
            raise _d.fail("AutomationRun", "untested_count", untested_count, "integer")

        if status1_count.__class__ is not int:
            raise _d.fail("AutomationRun", "status1_count", status1_count, "integer")

        if status2_count.__class__ is not int:
            raise _d.fail("AutomationRun", "status2_count", status2_count, "integer")

        if status3_count.__class__ is not int:
            raise _d.fail("AutomationRun", "status3_count", status3_count, "integer")

        if status4_count.__class__ is not int:
            raise _d.fail("AutomationRun", "status4_count", status4_count, "integer")

        if status5_count.__class__ is not int:
            raise _d.fail("AutomationRun", "status5_count", status5_count, "integer")

        if status6_count.__class__ is not int:
            raise _d.fail("AutomationRun", "status6_count", status6_count, "integer")

        if status7_count.__class__ is not int:
            raise _d.fail("AutomationRun", "status7_count", status7_count, "integer")

        if status8_count.__class__ is not int:
            raise _d.fail("AutomationRun", "status8_count", status8_count, "integer")

        if status9_count.__class__ is not int:
            raise _d.fail("AutomationRun", "status9_count", status9_count, "integer")

        if status10_count.__class__ is not int:
            raise _d.fail("AutomationRun", "status10_count", status10_count, "integer")

        if status11_count.__class__ is not int:
            raise _d.fail("AutomationRun", "status11_count", status11_count, "integer")

        if status12_count.__class__ is not int:
            raise _d.fail("AutomationRun", "status12_count", status12_count, "integer")

        if status13_count.__class__ is not int:
            raise _d.fail("AutomationRun", "status13_count", status13_count, "integer")

        if status14_count.__class__ is not int:
            raise _d.fail("AutomationRun", "status14_count", status14_count, "integer")

        if status15_count.__class__ is not int:
            raise _d.fail("AutomationRun", "status15_count", status15_count, "integer")

        if status16_count.__class__ is not int:
            raise _d.fail("AutomationRun", "status16_count", status16_count, "integer")

        if status17_count.__class__ is not int:
            raise _d.fail("AutomationRun", "status17_count", status17_count, "integer")

        if status18_count.__class__ is not int:
            raise _d.fail("AutomationRun", "status18_count", status18_count, "integer")

        if status19_count.__class__ is not int:
            raise _d.fail("AutomationRun", "status19_count", status19_count, "integer")

        if status20_count.__class__ is not int:
            raise _d.fail("AutomationRun", "status20_count", status20_count, "integer")

        if status21_count.__class__ is not int:
            raise _d.fail("AutomationRun", "status21_count", status21_count, "integer")

        if status22_count.__class__ is not int:
            raise _d.fail("AutomationRun", "status22_count", status22_count, "integer")

        if status23_count.__class__ is not int:
            raise _d.fail("AutomationRun", "status23_count", status23_count, "integer")

        if status24_count.__class__ is not int:
            raise _d.fail("AutomationRun", "status24_count", status24_count, "integer")

        if success_count.__class__ is not int:
            raise _d.fail("AutomationRun", "success_count", success_count, "integer")

        if failure_count.__class__ is not int:
            raise _d.fail("AutomationRun", "failure_count", failure_count, "integer")

        if completed_count.__class__ is not int:
            raise _d.fail("AutomationRun", "completed_count", completed_count, "integer")

        if total_count.__class__ is not int:
            raise _d.fail("AutomationRun", "total_count", total_count, "integer")

        if id.__class__ is not int:
            raise _d.fail("AutomationRun", "id", id, "integer")

        if project_id.__class__ is not int:
            raise _d.fail("AutomationRun", "project_id", project_id, "integer")

        if name.__class__ is not str:
            raise _d.fail("AutomationRun", "name", name, "string")

        _member = _d.ENUM_MEMBERS[RunStatus].get(status) if status.__class__ is int else None
        if _member is None:
            raise _d.enum_failure(RunStatus, "AutomationRun", "status", status)
        status = _member

        if is_completed.__class__ is not bool:
            raise _d.fail("AutomationRun", "is_completed", is_completed, "boolean")

        if thread_count.__class__ is not int:
            raise _d.fail("AutomationRun", "thread_count", thread_count, "integer")

        if thread_active_count.__class__ is not int:
            raise _d.fail("AutomationRun", "thread_active_count", thread_active_count, "integer")

        if thread_completed_count.__class__ is not int:
            raise _d.fail("AutomationRun", "thread_completed_count", thread_completed_count, "integer")

        try:
            created_at = _d.parse_datetime(created_at)
        except (TypeError, ValueError):
            raise _d.fail("AutomationRun", "created_at", created_at, "ISO 8601 date-time") from None

        if created_by.__class__ is not int:
            raise _d.fail("AutomationRun", "created_by", created_by, "integer")

        if updated_at is not None:
            try:
                updated_at = _d.parse_datetime(updated_at)
            except (TypeError, ValueError):
                raise _d.fail("AutomationRun", "updated_at", updated_at, "ISO 8601 date-time") from None

        if updated_by is not None:
            if updated_by.__class__ is not int:
                raise _d.fail("AutomationRun", "updated_by", updated_by, "integer")

        if completed_at is not None:
            try:
                completed_at = _d.parse_datetime(completed_at)
            except (TypeError, ValueError):
                raise _d.fail("AutomationRun", "completed_at", completed_at, "ISO 8601 date-time") from None

        if completed_by is not None:
            if completed_by.__class__ is not int:
                raise _d.fail("AutomationRun", "completed_by", completed_by, "integer")

        if source_id.__class__ is not int:
            if source_id is not UNSET:
                raise _d.fail("AutomationRun", "source_id", source_id, "integer")
            _absent += 1

        if config_id.__class__ is not int and config_id is not None:
            if config_id is not UNSET:
                raise _d.fail("AutomationRun", "config_id", config_id, "integer")
            _absent += 1

        if milestone_id.__class__ is not int and milestone_id is not None:
            if milestone_id is not UNSET:
                raise _d.fail("AutomationRun", "milestone_id", milestone_id, "integer")
            _absent += 1

        if elapsed.__class__ is not int and elapsed is not None:
            if elapsed is not UNSET:
                raise _d.fail("AutomationRun", "elapsed", elapsed, "integer")
            _absent += 1

        if tags is UNSET:
            _absent += 1
        else:
            if tags.__class__ is not list:
                raise _d.fail("AutomationRun", "tags", tags, "array")
            for _item in tags:
                if _item.__class__ is not str:
                    _d.list_of(str, "string", "AutomationRun", "tags", tags)  # raises, naming the item

        if artifacts is UNSET:
            _absent += 1
        else:
            if artifacts.__class__ is not list:
                raise _d.fail("AutomationRun", "artifacts", artifacts, "array")
            try:
                artifacts = [*map(_Artifact_from_dict, artifacts)]
            except DecodeError:
                raise _d.item_failure(Artifact, "AutomationRun", "artifacts", artifacts) from None

        if fields is UNSET:
            _absent += 1
        else:
            if fields.__class__ is not list:
                raise _d.fail("AutomationRun", "fields", fields, "array")
            try:
                fields = [*map(_Field_from_dict, fields)]
            except DecodeError:
                raise _d.item_failure(Field, "AutomationRun", "fields", fields) from None

        if links is UNSET:
            _absent += 1
        else:
            if links.__class__ is not list:
                raise _d.fail("AutomationRun", "links", links, "array")
            try:
                links = [*map(_Link_from_dict, links)]
            except DecodeError:
                raise _d.item_failure(Link, "AutomationRun", "links", links) from None

        if threads is UNSET:
            _absent += 1
        else:
            if threads.__class__ is not list:
                raise _d.fail("AutomationRun", "threads", threads, "array")
            try:
                threads = [*map(_AutomationRunThread_from_dict, threads)]
            except DecodeError:
                raise _d.item_failure(AutomationRunThread, "AutomationRun", "threads", threads) from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        automation_run = _new(cls)
        automation_run.untested_count = untested_count
        automation_run.status1_count = status1_count
        automation_run.status2_count = status2_count
        automation_run.status3_count = status3_count
        automation_run.status4_count = status4_count
        automation_run.status5_count = status5_count
        automation_run.status6_count = status6_count
        automation_run.status7_count = status7_count
        automation_run.status8_count = status8_count
        automation_run.status9_count = status9_count
        automation_run.status10_count = status10_count
        automation_run.status11_count = status11_count
        automation_run.status12_count = status12_count
        automation_run.status13_count = status13_count
        automation_run.status14_count = status14_count
        automation_run.status15_count = status15_count
        automation_run.status16_count = status16_count
        automation_run.status17_count = status17_count
        automation_run.status18_count = status18_count
        automation_run.status19_count = status19_count
        automation_run.status20_count = status20_count
        automation_run.status21_count = status21_count
        automation_run.status22_count = status22_count
        automation_run.status23_count = status23_count
        automation_run.status24_count = status24_count
        automation_run.success_count = success_count
        automation_run.failure_count = failure_count
        automation_run.completed_count = completed_count
        automation_run.total_count = total_count
        automation_run.id = id
        automation_run.project_id = project_id
        automation_run.name = name
        automation_run.status = status
        automation_run.is_completed = is_completed
        automation_run.thread_count = thread_count
        automation_run.thread_active_count = thread_active_count
        automation_run.thread_completed_count = thread_completed_count
        automation_run.created_at = created_at
        automation_run.created_by = created_by
        automation_run.updated_at = updated_at
        automation_run.updated_by = updated_by
        automation_run.completed_at = completed_at
        automation_run.completed_by = completed_by
        automation_run.source_id = source_id
        automation_run.config_id = config_id
        automation_run.milestone_id = milestone_id
        automation_run.elapsed = elapsed
        automation_run.tags = tags
        automation_run.artifacts = artifacts
        automation_run.fields = fields
        automation_run.links = links
        automation_run.threads = threads
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        automation_run.additional_properties = {} if len(_src) + _absent == 52 else _d.extra_keys(_src, _KNOWN_KEYS)
        return automation_run

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
from ..models.automation_run_thread import AutomationRunThread  # noqa: E402
from ..models.field import Field  # noqa: E402
from ..models.link import Link  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_AutomationRun_from_dict = AutomationRun.from_dict
_Artifact_from_dict = Artifact.from_dict
_AutomationRunThread_from_dict = AutomationRunThread.from_dict
_Field_from_dict = Field.from_dict
_Link_from_dict = Link.from_dict
