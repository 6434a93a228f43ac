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

T = TypeVar("T", bound="TestMetadata")

_new = object.__new__

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
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_id,
    _k_created_time,
    _k_created_by_id,
    _k_last_updated_time,
    _k_last_updated_by_id,
    _k_name,
    _k_description,
    _k_labels,
    _k_enabled,
    _k_test_type,
    _k_test_source,
    _k_export_variables,
    _k_send_mabl_header,
    _k_datatables,
    _k_test_cases,
    _k_device_emulations,
    _k_workspace_id,
) = _d.parsed_keys(
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
)
_members = _itemgetter(
    _k_id,
    _k_created_time,
    _k_created_by_id,
    _k_last_updated_time,
    _k_last_updated_by_id,
    _k_name,
    _k_description,
    _k_labels,
    _k_enabled,
    _k_test_type,
    _k_test_source,
    _k_export_variables,
    _k_send_mabl_header,
    _k_datatables,
    _k_test_cases,
    _k_device_emulations,
    _k_workspace_id,
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

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

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
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 17
        if _read:
            try:
                (
                    id,
                    created_time,
                    created_by_id,
                    last_updated_time,
                    last_updated_by_id,
                    name,
                    description,
                    labels,
                    enabled,
                    test_type,
                    test_source,
                    export_variables,
                    send_mabl_header,
                    datatables,
                    test_cases,
                    device_emulations,
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
            name = _src.get(_k_name, UNSET)
            description = _src.get(_k_description, UNSET)
            labels = _src.get(_k_labels, UNSET)
            enabled = _src.get(_k_enabled, UNSET)
            test_type = _src.get(_k_test_type, UNSET)
            test_source = _src.get(_k_test_source, UNSET)
            export_variables = _src.get(_k_export_variables, UNSET)
            send_mabl_header = _src.get(_k_send_mabl_header, UNSET)
            datatables = _src.get(_k_datatables, UNSET)
            test_cases = _src.get(_k_test_cases, UNSET)
            device_emulations = _src.get(_k_device_emulations, UNSET)
            workspace_id = _src.get(_k_workspace_id, UNSET)
        if id.__class__ is not str:
            raise _d.fail("TestMetadata", "id", id, "string")

        if created_time.__class__ is not int:
            if created_time is not UNSET:
                raise _d.fail("TestMetadata", "created_time", created_time, "integer")
            _absent += 1

        if created_by_id.__class__ is not str:
            if created_by_id is not UNSET:
                raise _d.fail("TestMetadata", "created_by_id", created_by_id, "string")
            _absent += 1

        if last_updated_time.__class__ is not int:
            if last_updated_time is not UNSET:
                raise _d.fail("TestMetadata", "last_updated_time", last_updated_time, "integer")
            _absent += 1

        if last_updated_by_id.__class__ is not str:
            if last_updated_by_id is not UNSET:
                raise _d.fail("TestMetadata", "last_updated_by_id", last_updated_by_id, "string")
            _absent += 1

        if name.__class__ is not str:
            if name is not UNSET:
                raise _d.fail("TestMetadata", "name", name, "string")
            _absent += 1

        if description.__class__ is not str:
            if description is not UNSET:
                raise _d.fail("TestMetadata", "description", description, "string")
            _absent += 1

        if labels is UNSET:
            _absent += 1
        else:
            if labels.__class__ is not list:
                raise _d.fail("TestMetadata", "labels", labels, "array")
            try:
                labels = [*map(_Label_from_dict, labels)]
            except DecodeError:
                raise _d.item_failure(Label, "TestMetadata", "labels", labels) from None

        if enabled.__class__ is not bool:
            if enabled is not UNSET:
                raise _d.fail("TestMetadata", "enabled", enabled, "boolean")
            _absent += 1

        if test_type.__class__ is not str:
            if test_type is not UNSET:
                raise _d.fail("TestMetadata", "test_type", test_type, "string")
            _absent += 1

        if test_source.__class__ is not str:
            if test_source is not UNSET:
                raise _d.fail("TestMetadata", "test_source", test_source, "string")
            _absent += 1

        if export_variables.__class__ is not bool:
            if export_variables is not UNSET:
                raise _d.fail("TestMetadata", "export_variables", export_variables, "boolean")
            _absent += 1

        if send_mabl_header.__class__ is not bool:
            if send_mabl_header is not UNSET:
                raise _d.fail("TestMetadata", "send_mabl_header", send_mabl_header, "boolean")
            _absent += 1

        if datatables is UNSET:
            _absent += 1
        else:
            if datatables.__class__ is not list:
                raise _d.fail("TestMetadata", "datatables", datatables, "array")
            for _item in datatables:
                if _item.__class__ is not str:
                    _d.list_of(str, "string", "TestMetadata", "datatables", datatables)  # raises, naming the item

        if test_cases is UNSET:
            _absent += 1
        else:
            if test_cases.__class__ is not list:
                raise _d.fail("TestMetadata", "test_cases", test_cases, "array")
            try:
                test_cases = [*map(_TestCaseRef_from_dict, test_cases)]
            except DecodeError:
                raise _d.item_failure(TestCaseRef, "TestMetadata", "test_cases", test_cases) from None

        if device_emulations is UNSET:
            _absent += 1
        else:
            if device_emulations.__class__ is not list:
                raise _d.fail("TestMetadata", "device_emulations", device_emulations, "array")
            try:
                device_emulations = [*map(_DeviceEmulation_from_dict, device_emulations)]
            except DecodeError:
                raise _d.item_failure(DeviceEmulation, "TestMetadata", "device_emulations", device_emulations) from None

        if workspace_id.__class__ is not str:
            if workspace_id is not UNSET:
                raise _d.fail("TestMetadata", "workspace_id", workspace_id, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        test_metadata = _new(cls)
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
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        test_metadata.additional_properties = {} if len(_src) + _absent == 17 else _d.extra_keys(_src, _KNOWN_KEYS)
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

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_TestMetadata_from_dict = TestMetadata.from_dict
_DeviceEmulation_from_dict = DeviceEmulation.from_dict
_Label_from_dict = Label.from_dict
_TestCaseRef_from_dict = TestCaseRef.from_dict
