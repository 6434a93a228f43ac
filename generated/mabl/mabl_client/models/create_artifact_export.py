# Generated from specs/mabl/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/mabl/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..models.artifact_type import ArtifactType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateArtifactExport")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "artifact_types",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(_k_artifact_types,) = _d.parsed_keys(
    "artifact_types",
)


@_attrs_define
class CreateArtifactExport:
    """
    Attributes:
        artifact_types (list[ArtifactType] | Unset): What to export; the mabl CLI exports screenshots by default.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    artifact_types: list[ArtifactType] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        artifact_types: list[str] | Unset = UNSET
        if not isinstance(self.artifact_types, Unset):
            artifact_types = []
            for artifact_types_item_data in self.artifact_types:
                artifact_types_item = artifact_types_item_data.value
                artifact_types.append(artifact_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if artifact_types is not UNSET:
            field_dict["artifact_types"] = artifact_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``CreateArtifactExport`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("CreateArtifactExport", src_dict)
        _absent = 0
        artifact_types = _src.get(_k_artifact_types, UNSET)
        if artifact_types is UNSET:
            _absent += 1
        else:

            def _item_artifact_types(model: str, field: str, value: Any) -> Any:
                _member = _d.ENUM_MEMBERS[ArtifactType].get(value) if value.__class__ is str else None
                if _member is None:
                    raise _d.enum_failure(ArtifactType, model, field, value)
                value = _member

                return value

            artifact_types = _d.list_map(_item_artifact_types, "CreateArtifactExport", "artifact_types", artifact_types)

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        create_artifact_export = _new(cls)
        create_artifact_export.artifact_types = artifact_types
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        create_artifact_export.additional_properties = (
            {} if len(_src) + _absent == 1 else _d.extra_keys(_src, _KNOWN_KEYS)
        )
        return create_artifact_export

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
_CreateArtifactExport_from_dict = CreateArtifactExport.from_dict
