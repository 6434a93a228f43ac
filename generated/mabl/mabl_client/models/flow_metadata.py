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

T = TypeVar("T", bound="FlowMetadata")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "created_time",
        "created_by_id",
        "last_updated_time",
        "last_updated_by_id",
        "description",
        "labels",
        "flow_type",
        "mobile_platform",
        "import_source_id",
        "import_source_version",
        "workspace_id",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_id,
    _k_created_time,
    _k_created_by_id,
    _k_last_updated_time,
    _k_last_updated_by_id,
    _k_description,
    _k_labels,
    _k_flow_type,
    _k_mobile_platform,
    _k_import_source_id,
    _k_import_source_version,
    _k_workspace_id,
) = _d.parsed_keys(
    "id",
    "created_time",
    "created_by_id",
    "last_updated_time",
    "last_updated_by_id",
    "description",
    "labels",
    "flow_type",
    "mobile_platform",
    "import_source_id",
    "import_source_version",
    "workspace_id",
)
_members = _itemgetter(
    _k_id,
    _k_created_time,
    _k_created_by_id,
    _k_last_updated_time,
    _k_last_updated_by_id,
    _k_description,
    _k_labels,
    _k_flow_type,
    _k_mobile_platform,
    _k_import_source_id,
    _k_import_source_version,
    _k_workspace_id,
)


@_attrs_define
class FlowMetadata:
    """
    Attributes:
        id (str): `…-f`
        created_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
        created_by_id (str | Unset): A user id (no suffix).
        last_updated_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
        last_updated_by_id (str | Unset):
        description (str | Unset):
        labels (list[Label] | Unset):
        flow_type (str | Unset): e.g. `mablscript`
        mobile_platform (str | Unset): e.g. `android`
        import_source_id (str | Unset): e.g. `postman`
        import_source_version (str | Unset):
        workspace_id (str | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    id: str
    created_time: int | Unset = UNSET
    created_by_id: str | Unset = UNSET
    last_updated_time: int | Unset = UNSET
    last_updated_by_id: str | Unset = UNSET
    description: str | Unset = UNSET
    labels: list[Label] | Unset = UNSET
    flow_type: str | Unset = UNSET
    mobile_platform: str | Unset = UNSET
    import_source_id: str | Unset = UNSET
    import_source_version: str | Unset = UNSET
    workspace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_time = self.created_time

        created_by_id = self.created_by_id

        last_updated_time = self.last_updated_time

        last_updated_by_id = self.last_updated_by_id

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

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if created_by_id is not UNSET:
            field_dict["created_by_id"] = created_by_id
        if last_updated_time is not UNSET:
            field_dict["last_updated_time"] = last_updated_time
        if last_updated_by_id is not UNSET:
            field_dict["last_updated_by_id"] = last_updated_by_id
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
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``FlowMetadata`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("FlowMetadata", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 12
        if _read:
            try:
                (
                    id,
                    created_time,
                    created_by_id,
                    last_updated_time,
                    last_updated_by_id,
                    description,
                    labels,
                    flow_type,
                    mobile_platform,
                    import_source_id,
                    import_source_version,
                    workspace_id,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                id = _src[_k_id]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                id = _src.get(_k_id, _d.MISSING)
            created_time = _src.get(_k_created_time, UNSET)
            created_by_id = _src.get(_k_created_by_id, UNSET)
            last_updated_time = _src.get(_k_last_updated_time, UNSET)
            last_updated_by_id = _src.get(_k_last_updated_by_id, UNSET)
            description = _src.get(_k_description, UNSET)
            labels = _src.get(_k_labels, UNSET)
            flow_type = _src.get(_k_flow_type, UNSET)
            mobile_platform = _src.get(_k_mobile_platform, UNSET)
            import_source_id = _src.get(_k_import_source_id, UNSET)
            import_source_version = _src.get(_k_import_source_version, UNSET)
            workspace_id = _src.get(_k_workspace_id, UNSET)
        if id.__class__ is not str:
            raise _d.fail("FlowMetadata", "id", id, "string")

        if created_time.__class__ is not int:
            if created_time is not UNSET:
                raise _d.fail("FlowMetadata", "created_time", created_time, "integer")
            _absent += 1

        if created_by_id.__class__ is not str:
            if created_by_id is not UNSET:
                raise _d.fail("FlowMetadata", "created_by_id", created_by_id, "string")
            _absent += 1

        if last_updated_time.__class__ is not int:
            if last_updated_time is not UNSET:
                raise _d.fail("FlowMetadata", "last_updated_time", last_updated_time, "integer")
            _absent += 1

        if last_updated_by_id.__class__ is not str:
            if last_updated_by_id is not UNSET:
                raise _d.fail("FlowMetadata", "last_updated_by_id", last_updated_by_id, "string")
            _absent += 1

        if description.__class__ is not str:
            if description is not UNSET:
                raise _d.fail("FlowMetadata", "description", description, "string")
            _absent += 1

        if labels is UNSET:
            _absent += 1
        else:
            if labels.__class__ is not list:
                raise _d.fail("FlowMetadata", "labels", labels, "array")
            try:
                labels = [*map(_Label_from_dict, labels)]
            except DecodeError:
                raise _d.item_failure(Label, "FlowMetadata", "labels", labels) from None

        if flow_type.__class__ is not str:
            if flow_type is not UNSET:
                raise _d.fail("FlowMetadata", "flow_type", flow_type, "string")
            _absent += 1

        if mobile_platform.__class__ is not str:
            if mobile_platform is not UNSET:
                raise _d.fail("FlowMetadata", "mobile_platform", mobile_platform, "string")
            _absent += 1

        if import_source_id.__class__ is not str:
            if import_source_id is not UNSET:
                raise _d.fail("FlowMetadata", "import_source_id", import_source_id, "string")
            _absent += 1

        if import_source_version.__class__ is not str:
            if import_source_version is not UNSET:
                raise _d.fail("FlowMetadata", "import_source_version", import_source_version, "string")
            _absent += 1

        if workspace_id.__class__ is not str:
            if workspace_id is not UNSET:
                raise _d.fail("FlowMetadata", "workspace_id", workspace_id, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        flow_metadata = _new(cls)
        flow_metadata.id = id
        flow_metadata.created_time = created_time
        flow_metadata.created_by_id = created_by_id
        flow_metadata.last_updated_time = last_updated_time
        flow_metadata.last_updated_by_id = last_updated_by_id
        flow_metadata.description = description
        flow_metadata.labels = labels
        flow_metadata.flow_type = flow_type
        flow_metadata.mobile_platform = mobile_platform
        flow_metadata.import_source_id = import_source_id
        flow_metadata.import_source_version = import_source_version
        flow_metadata.workspace_id = workspace_id
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        flow_metadata.additional_properties = {} if len(_src) + _absent == 12 else _d.extra_keys(_src, _KNOWN_KEYS)
        return flow_metadata

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
_FlowMetadata_from_dict = FlowMetadata.from_dict
_Label_from_dict = Label.from_dict
