# Generated from specs/mabl/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/mabl/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..models.artifact_export_status import ArtifactExportStatus
from ..models.artifact_type import ArtifactType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ArtifactExport")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "status",
        "test_run_id",
        "artifact_types",
        "download_url",
        "expiration_time",
        "created_time",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_id,
    _k_status,
    _k_test_run_id,
    _k_artifact_types,
    _k_download_url,
    _k_expiration_time,
    _k_created_time,
) = _d.parsed_keys(
    "id",
    "status",
    "test_run_id",
    "artifact_types",
    "download_url",
    "expiration_time",
    "created_time",
)
_members = _itemgetter(
    _k_id,
    _k_status,
    _k_test_run_id,
    _k_artifact_types,
    _k_download_url,
    _k_expiration_time,
    _k_created_time,
)


@_attrs_define
class ArtifactExport:
    """
    Attributes:
        id (str):
        status (ArtifactExportStatus): `completed` is documented; the others are inferred.
        test_run_id (str | Unset):
        artifact_types (list[ArtifactType] | Unset):
        download_url (str | Unset): A temporary signed link to the ZIP, present once the export is completed; needs no
            mabl auth.
        expiration_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
        created_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    id: str
    status: ArtifactExportStatus
    test_run_id: str | Unset = UNSET
    artifact_types: list[ArtifactType] | Unset = UNSET
    download_url: str | Unset = UNSET
    expiration_time: int | Unset = UNSET
    created_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        test_run_id = self.test_run_id

        artifact_types: list[str] | Unset = UNSET
        if not isinstance(self.artifact_types, Unset):
            artifact_types = []
            for artifact_types_item_data in self.artifact_types:
                artifact_types_item = artifact_types_item_data.value
                artifact_types.append(artifact_types_item)

        download_url = self.download_url

        expiration_time = self.expiration_time

        created_time = self.created_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if test_run_id is not UNSET:
            field_dict["test_run_id"] = test_run_id
        if artifact_types is not UNSET:
            field_dict["artifact_types"] = artifact_types
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time
        if created_time is not UNSET:
            field_dict["created_time"] = created_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``ArtifactExport`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("ArtifactExport", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 7
        if _read:
            try:
                (
                    id,
                    status,
                    test_run_id,
                    artifact_types,
                    download_url,
                    expiration_time,
                    created_time,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                id = _src[_k_id]
                status = _src[_k_status]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                id = _src.get(_k_id, _d.MISSING)
                status = _src.get(_k_status, _d.MISSING)
            test_run_id = _src.get(_k_test_run_id, UNSET)
            artifact_types = _src.get(_k_artifact_types, UNSET)
            download_url = _src.get(_k_download_url, UNSET)
            expiration_time = _src.get(_k_expiration_time, UNSET)
            created_time = _src.get(_k_created_time, UNSET)
        if id.__class__ is not str:
            raise _d.fail("ArtifactExport", "id", id, "string")

        _member = _d.ENUM_MEMBERS[ArtifactExportStatus].get(status) if status.__class__ is str else None
        if _member is None:
            raise _d.enum_failure(ArtifactExportStatus, "ArtifactExport", "status", status)
        status = _member

        if test_run_id.__class__ is not str:
            if test_run_id is not UNSET:
                raise _d.fail("ArtifactExport", "test_run_id", test_run_id, "string")
            _absent += 1

        if artifact_types is UNSET:
            _absent += 1
        else:

            def _item_artifact_types(model: str, field: str, value: Any) -> Any:
                _member = _d.ENUM_MEMBERS[ArtifactType].get(value) if value.__class__ is str else None
                if _member is None:
                    raise _d.enum_failure(ArtifactType, model, field, value)
                value = _member

                return value

            artifact_types = _d.list_map(_item_artifact_types, "ArtifactExport", "artifact_types", artifact_types)

        if download_url.__class__ is not str:
            if download_url is not UNSET:
                raise _d.fail("ArtifactExport", "download_url", download_url, "string")
            _absent += 1

        if expiration_time.__class__ is not int:
            if expiration_time is not UNSET:
                raise _d.fail("ArtifactExport", "expiration_time", expiration_time, "integer")
            _absent += 1

        if created_time.__class__ is not int:
            if created_time is not UNSET:
                raise _d.fail("ArtifactExport", "created_time", created_time, "integer")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        artifact_export = _new(cls)
        artifact_export.id = id
        artifact_export.status = status
        artifact_export.test_run_id = test_run_id
        artifact_export.artifact_types = artifact_types
        artifact_export.download_url = download_url
        artifact_export.expiration_time = expiration_time
        artifact_export.created_time = created_time
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        artifact_export.additional_properties = {} if len(_src) + _absent == 7 else _d.extra_keys(_src, _KNOWN_KEYS)
        return artifact_export

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
_ArtifactExport_from_dict = ArtifactExport.from_dict
