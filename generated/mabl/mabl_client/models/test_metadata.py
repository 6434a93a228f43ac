# Generated from specs/mabl/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/mabl/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..types import UNSET, Unset

T = TypeVar("T", bound="TestMetadata")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "created_time",
        "created_by_id",
        "last_updated_time",
        "last_updated_by_id",
        "name",
        "description",
        "labels",
        "enabled",
        "test_type",
        "test_source",
        "export_variables",
        "send_mabl_header",
        "datatables",
        "test_cases",
        "device_emulations",
        "workspace_id",
    }
)


@_attrs_define
class TestMetadata:
    """
    Attributes:
        id (str): `…-j`
        created_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
        created_by_id (str | Unset): A user id (no suffix).
        last_updated_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
        last_updated_by_id (str | Unset):
        name (str | Unset):
        description (str | Unset):
        labels (list[Label] | Unset):
        enabled (bool | Unset):
        test_type (str | Unset): e.g. `mobile` (browser and api inferred)
        test_source (str | Unset): e.g. `mabl_cloud`
        export_variables (bool | Unset):
        send_mabl_header (bool | Unset):
        datatables (list[str] | Unset): DataTable ids.
        test_cases (list[TestCaseRef] | Unset):
        device_emulations (list[DeviceEmulation] | Unset):
        workspace_id (str | Unset):
    """

    id: str
    created_time: int | Unset = UNSET
    created_by_id: str | Unset = UNSET
    last_updated_time: int | Unset = UNSET
    last_updated_by_id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    labels: list[Label] | Unset = UNSET
    enabled: bool | Unset = UNSET
    test_type: str | Unset = UNSET
    test_source: str | Unset = UNSET
    export_variables: bool | Unset = UNSET
    send_mabl_header: bool | Unset = UNSET
    datatables: list[str] | Unset = UNSET
    test_cases: list[TestCaseRef] | Unset = UNSET
    device_emulations: list[DeviceEmulation] | Unset = UNSET
    workspace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_time = self.created_time

        created_by_id = self.created_by_id

        last_updated_time = self.last_updated_time

        last_updated_by_id = self.last_updated_by_id

        name = self.name

        description = self.description

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        enabled = self.enabled

        test_type = self.test_type

        test_source = self.test_source

        export_variables = self.export_variables

        send_mabl_header = self.send_mabl_header

        datatables: list[str] | Unset = UNSET
        if not isinstance(self.datatables, Unset):
            datatables = self.datatables

        test_cases: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.test_cases, Unset):
            test_cases = []
            for test_cases_item_data in self.test_cases:
                test_cases_item = test_cases_item_data.to_dict()
                test_cases.append(test_cases_item)

        device_emulations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.device_emulations, Unset):
            device_emulations = []
            for device_emulations_item_data in self.device_emulations:
                device_emulations_item = device_emulations_item_data.to_dict()
                device_emulations.append(device_emulations_item)

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
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if labels is not UNSET:
            field_dict["labels"] = labels
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if test_type is not UNSET:
            field_dict["test_type"] = test_type
        if test_source is not UNSET:
            field_dict["test_source"] = test_source
        if export_variables is not UNSET:
            field_dict["export_variables"] = export_variables
        if send_mabl_header is not UNSET:
            field_dict["send_mabl_header"] = send_mabl_header
        if datatables is not UNSET:
            field_dict["datatables"] = datatables
        if test_cases is not UNSET:
            field_dict["test_cases"] = test_cases
        if device_emulations is not UNSET:
            field_dict["device_emulations"] = device_emulations
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``TestMetadata`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("TestMetadata", src_dict)
        _seen = 1
        _get = _src.get
        id = _get("id", _d.MISSING)
        if id.__class__ is not str:
            raise _d.fail("TestMetadata", "id", id, "string")

        created_time = _get("created_time", UNSET)
        if created_time is not UNSET:
            _seen += 1
            if created_time.__class__ is not int:
                raise _d.fail("TestMetadata", "created_time", created_time, "integer")

        created_by_id = _get("created_by_id", UNSET)
        if created_by_id is not UNSET:
            _seen += 1
            if created_by_id.__class__ is not str:
                raise _d.fail("TestMetadata", "created_by_id", created_by_id, "string")

        last_updated_time = _get("last_updated_time", UNSET)
        if last_updated_time is not UNSET:
            _seen += 1
            if last_updated_time.__class__ is not int:
                raise _d.fail("TestMetadata", "last_updated_time", last_updated_time, "integer")

        last_updated_by_id = _get("last_updated_by_id", UNSET)
        if last_updated_by_id is not UNSET:
            _seen += 1
            if last_updated_by_id.__class__ is not str:
                raise _d.fail("TestMetadata", "last_updated_by_id", last_updated_by_id, "string")

        name = _get("name", UNSET)
        if name is not UNSET:
            _seen += 1
            if name.__class__ is not str:
                raise _d.fail("TestMetadata", "name", name, "string")

        description = _get("description", UNSET)
        if description is not UNSET:
            _seen += 1
            if description.__class__ is not str:
                raise _d.fail("TestMetadata", "description", description, "string")

        labels = _get("labels", UNSET)
        if labels is not UNSET:
            _seen += 1
            labels = _d.list_of_models(Label, "TestMetadata", "labels", labels)

        enabled = _get("enabled", UNSET)
        if enabled is not UNSET:
            _seen += 1
            if enabled.__class__ is not bool:
                raise _d.fail("TestMetadata", "enabled", enabled, "boolean")

        test_type = _get("test_type", UNSET)
        if test_type is not UNSET:
            _seen += 1
            if test_type.__class__ is not str:
                raise _d.fail("TestMetadata", "test_type", test_type, "string")

        test_source = _get("test_source", UNSET)
        if test_source is not UNSET:
            _seen += 1
            if test_source.__class__ is not str:
                raise _d.fail("TestMetadata", "test_source", test_source, "string")

        export_variables = _get("export_variables", UNSET)
        if export_variables is not UNSET:
            _seen += 1
            if export_variables.__class__ is not bool:
                raise _d.fail("TestMetadata", "export_variables", export_variables, "boolean")

        send_mabl_header = _get("send_mabl_header", UNSET)
        if send_mabl_header is not UNSET:
            _seen += 1
            if send_mabl_header.__class__ is not bool:
                raise _d.fail("TestMetadata", "send_mabl_header", send_mabl_header, "boolean")

        datatables = _get("datatables", UNSET)
        if datatables is not UNSET:
            _seen += 1
            datatables = _d.list_of(str, "string", "TestMetadata", "datatables", datatables)

        test_cases = _get("test_cases", UNSET)
        if test_cases is not UNSET:
            _seen += 1
            test_cases = _d.list_of_models(TestCaseRef, "TestMetadata", "test_cases", test_cases)

        device_emulations = _get("device_emulations", UNSET)
        if device_emulations is not UNSET:
            _seen += 1
            device_emulations = _d.list_of_models(
                DeviceEmulation, "TestMetadata", "device_emulations", device_emulations
            )

        workspace_id = _get("workspace_id", UNSET)
        if workspace_id is not UNSET:
            _seen += 1
            if workspace_id.__class__ is not str:
                raise _d.fail("TestMetadata", "workspace_id", workspace_id, "string")

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        test_metadata = object.__new__(cls)
        test_metadata.id = id
        test_metadata.created_time = created_time
        test_metadata.created_by_id = created_by_id
        test_metadata.last_updated_time = last_updated_time
        test_metadata.last_updated_by_id = last_updated_by_id
        test_metadata.name = name
        test_metadata.description = description
        test_metadata.labels = labels
        test_metadata.enabled = enabled
        test_metadata.test_type = test_type
        test_metadata.test_source = test_source
        test_metadata.export_variables = export_variables
        test_metadata.send_mabl_header = send_mabl_header
        test_metadata.datatables = datatables
        test_metadata.test_cases = test_cases
        test_metadata.device_emulations = device_emulations
        test_metadata.workspace_id = workspace_id
        # Every required member was found, so more members than found means some are unknown to the spec.
        test_metadata.additional_properties = _d.extra_keys(_src, _KNOWN_KEYS) if len(_src) != _seen else {}
        return test_metadata

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
from ..models.device_emulation import DeviceEmulation  # noqa: E402
from ..models.label import Label  # noqa: E402
from ..models.test_case_ref import TestCaseRef  # noqa: E402
