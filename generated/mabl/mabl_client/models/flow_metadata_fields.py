# Generated from specs/mabl/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/mabl/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowMetadataFields")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "description",
        "labels",
        "flow_type",
        "mobile_platform",
        "import_source_id",
        "import_source_version",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_description,
    _k_labels,
    _k_flow_type,
    _k_mobile_platform,
    _k_import_source_id,
    _k_import_source_version,
) = _d.parsed_keys(
    "description",
    "labels",
    "flow_type",
    "mobile_platform",
    "import_source_id",
    "import_source_version",
)
_members = _itemgetter(
    _k_description,
    _k_labels,
    _k_flow_type,
    _k_mobile_platform,
    _k_import_source_id,
    _k_import_source_version,
)


@_attrs_define
class FlowMetadataFields:
    """
    Attributes:
        description (str | Unset):
        labels (list[Label] | Unset):
        flow_type (str | Unset): e.g. `mablscript`
        mobile_platform (str | Unset): e.g. `android`
        import_source_id (str | Unset): e.g. `postman`
        import_source_version (str | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    description: str | Unset = UNSET
    labels: list[Label] | Unset = UNSET
    flow_type: str | Unset = UNSET
    mobile_platform: str | Unset = UNSET
    import_source_id: str | Unset = UNSET
    import_source_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        flow_type = self.flow_type

        mobile_platform = self.mobile_platform

        import_source_id = self.import_source_id

        import_source_version = self.import_source_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if labels is not UNSET:
            field_dict["labels"] = labels
        if flow_type is not UNSET:
            field_dict["flow_type"] = flow_type
        if mobile_platform is not UNSET:
            field_dict["mobile_platform"] = mobile_platform
        if import_source_id is not UNSET:
            field_dict["import_source_id"] = import_source_id
        if import_source_version is not UNSET:
            field_dict["import_source_version"] = import_source_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``FlowMetadataFields`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("FlowMetadataFields", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 6
        if _read:
            try:
                (
                    description,
                    labels,
                    flow_type,
                    mobile_platform,
                    import_source_id,
                    import_source_version,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            description = _src.get(_k_description, UNSET)
            labels = _src.get(_k_labels, UNSET)
            flow_type = _src.get(_k_flow_type, UNSET)
            mobile_platform = _src.get(_k_mobile_platform, UNSET)
            import_source_id = _src.get(_k_import_source_id, UNSET)
            import_source_version = _src.get(_k_import_source_version, UNSET)
        if description.__class__ is not str:
            if description is not UNSET:
                raise _d.fail("FlowMetadataFields", "description", description, "string")
            _absent += 1

        if labels is UNSET:
            _absent += 1
        else:
            if labels.__class__ is not list:
                raise _d.fail("FlowMetadataFields", "labels", labels, "array")
            try:
                labels = [*map(_Label_from_dict, labels)]
            except DecodeError:
                raise _d.item_failure(Label, "FlowMetadataFields", "labels", labels) from None

        if flow_type.__class__ is not str:
            if flow_type is not UNSET:
                raise _d.fail("FlowMetadataFields", "flow_type", flow_type, "string")
            _absent += 1

        if mobile_platform.__class__ is not str:
            if mobile_platform is not UNSET:
                raise _d.fail("FlowMetadataFields", "mobile_platform", mobile_platform, "string")
            _absent += 1

        if import_source_id.__class__ is not str:
            if import_source_id is not UNSET:
                raise _d.fail("FlowMetadataFields", "import_source_id", import_source_id, "string")
            _absent += 1

        if import_source_version.__class__ is not str:
            if import_source_version is not UNSET:
                raise _d.fail("FlowMetadataFields", "import_source_version", import_source_version, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        flow_metadata_fields = _new(cls)
        flow_metadata_fields.description = description
        flow_metadata_fields.labels = labels
        flow_metadata_fields.flow_type = flow_type
        flow_metadata_fields.mobile_platform = mobile_platform
        flow_metadata_fields.import_source_id = import_source_id
        flow_metadata_fields.import_source_version = import_source_version
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        flow_metadata_fields.additional_properties = (
            {} if len(_src) + _absent == 6 else _d.extra_keys(_src, _KNOWN_KEYS)
        )
        return flow_metadata_fields

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
from ..models.label import Label  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_FlowMetadataFields_from_dict = FlowMetadataFields.from_dict
_Label_from_dict = Label.from_dict
