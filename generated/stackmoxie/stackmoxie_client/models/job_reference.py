# Generated from specs/stackmoxie/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/stackmoxie/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d

T = TypeVar("T", bound="JobReference")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "jobId",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(_k_job_id,) = _d.parsed_keys(
    "jobId",
)


@_attrs_define
class JobReference:
    """What starting an async scenario creation returns.

    Attributes:
        job_id (str): The job's UUID; poll it with get_async_job.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    job_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobId": job_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``JobReference`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("JobReference", src_dict)
        try:
            job_id = _src[_k_job_id]
        except KeyError:  # a required member is left out: read them one by one, the checks below name it
            job_id = _src.get(_k_job_id, _d.MISSING)
        if job_id.__class__ is not str:
            raise _d.fail("JobReference", "jobId", job_id, "string")

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        job_reference = _new(cls)
        job_reference.job_id = job_id
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        job_reference.additional_properties = {} if len(_src) == 1 else _d.extra_keys(_src, _KNOWN_KEYS)
        return job_reference

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
_JobReference_from_dict = JobReference.from_dict
