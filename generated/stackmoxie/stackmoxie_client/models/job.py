# Generated from specs/stackmoxie/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/stackmoxie/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..models.job_status import JobStatus
from ..models.job_type import JobType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Job")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "jobId",
        "status",
        "createdAt",
        "updatedAt",
        "id",
        "type",
        "data",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_job_id,
    _k_status,
    _k_created_at,
    _k_updated_at,
    _k_id,
    _k_type_,
    _k_data,
) = _d.parsed_keys(
    "jobId",
    "status",
    "createdAt",
    "updatedAt",
    "id",
    "type",
    "data",
)
_members = _itemgetter(
    _k_job_id,
    _k_status,
    _k_created_at,
    _k_updated_at,
    _k_id,
    _k_type_,
    _k_data,
)


@_attrs_define
class Job:
    """An async job.

    Attributes:
        job_id (str):
        status (JobStatus): `Processing` until finished, then `Complete` or `Failed` (facts).
        created_at (int | Unset): Unix epoch milliseconds (facts).
        updated_at (int | Unset): Unix epoch milliseconds (facts).
        id (int | Unset):
        type_ (JobType | Unset): What the job creates (facts).
        data (None | str | Unset): A JSON *string* with the job's result: the created Scenario when Complete, an Error
            when Failed; null while Processing.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    job_id: str
    status: JobStatus
    created_at: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    id: int | Unset = UNSET
    type_: JobType | Unset = UNSET
    data: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        status = self.status.value

        created_at = self.created_at

        updated_at = self.updated_at

        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        data: None | str | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobId": job_id,
                "status": status,
            }
        )
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Job`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Job", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 7
        if _read:
            try:
                (
                    job_id,
                    status,
                    created_at,
                    updated_at,
                    id,
                    type_,
                    data,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                job_id = _src[_k_job_id]
                status = _src[_k_status]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                job_id = _src.get(_k_job_id, _d.MISSING)
                status = _src.get(_k_status, _d.MISSING)
            created_at = _src.get(_k_created_at, UNSET)
            updated_at = _src.get(_k_updated_at, UNSET)
            id = _src.get(_k_id, UNSET)
            type_ = _src.get(_k_type_, UNSET)
            data = _src.get(_k_data, UNSET)
        if job_id.__class__ is not str:
            raise _d.fail("Job", "jobId", job_id, "string")

        _member = _d.ENUM_MEMBERS[JobStatus].get(status) if status.__class__ is str else None
        if _member is None:
            raise _d.enum_failure(JobStatus, "Job", "status", status)
        status = _member

        if created_at.__class__ is not int:
            if created_at is not UNSET:
                raise _d.fail("Job", "createdAt", created_at, "integer")
            _absent += 1

        if updated_at.__class__ is not int:
            if updated_at is not UNSET:
                raise _d.fail("Job", "updatedAt", updated_at, "integer")
            _absent += 1

        if id.__class__ is not int:
            if id is not UNSET:
                raise _d.fail("Job", "id", id, "integer")
            _absent += 1

        if type_ is UNSET:
            _absent += 1
        else:
            _member = _d.ENUM_MEMBERS[JobType].get(type_) if type_.__class__ is str else None
            if _member is None:
                raise _d.enum_failure(JobType, "Job", "type", type_)
            type_ = _member

        if data.__class__ is not str and data is not None:
            if data is not UNSET:
                raise _d.fail("Job", "data", data, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        job = _new(cls)
        job.job_id = job_id
        job.status = status
        job.created_at = created_at
        job.updated_at = updated_at
        job.id = id
        job.type_ = type_
        job.data = data
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        job.additional_properties = {} if len(_src) + _absent == 7 else _d.extra_keys(_src, _KNOWN_KEYS)
        return job

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
_Job_from_dict = Job.from_dict
