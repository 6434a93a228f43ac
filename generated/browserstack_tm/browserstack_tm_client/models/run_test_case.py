# Generated from specs/browserstack_tm/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/browserstack_tm/GENERATED.json.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="RunTestCase")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "identifier",
        "name",
        "description",
        "case_type",
        "priority",
        "status",
        "latest_status",
        "latest_result_id",
        "assignee",
        "project_id",
        "source_project_id",
        "source_project_name",
        "is_shared",
        "steps",
        "folder_path",
        "configuration_id",
        "execution_id",
        "dataset",
        "created_at",
        "last_updated_at",
        "created_by",
        "updated_by",
        "last_updated_by",
        "urls",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_identifier,
    _k_name,
    _k_description,
    _k_case_type,
    _k_priority,
    _k_status,
    _k_latest_status,
    _k_latest_result_id,
    _k_assignee,
    _k_project_id,
    _k_source_project_id,
    _k_source_project_name,
    _k_is_shared,
    _k_steps,
    _k_folder_path,
    _k_configuration_id,
    _k_execution_id,
    _k_dataset,
    _k_created_at,
    _k_last_updated_at,
    _k_created_by,
    _k_updated_by,
    _k_last_updated_by,
    _k_urls,
) = _d.parsed_keys(
    "identifier",
    "name",
    "description",
    "case_type",
    "priority",
    "status",
    "latest_status",
    "latest_result_id",
    "assignee",
    "project_id",
    "source_project_id",
    "source_project_name",
    "is_shared",
    "steps",
    "folder_path",
    "configuration_id",
    "execution_id",
    "dataset",
    "created_at",
    "last_updated_at",
    "created_by",
    "updated_by",
    "last_updated_by",
    "urls",
)
_members = _itemgetter(
    _k_identifier,
    _k_name,
    _k_description,
    _k_case_type,
    _k_priority,
    _k_status,
    _k_latest_status,
    _k_latest_result_id,
    _k_assignee,
    _k_project_id,
    _k_source_project_id,
    _k_source_project_name,
    _k_is_shared,
    _k_steps,
    _k_folder_path,
    _k_configuration_id,
    _k_execution_id,
    _k_dataset,
    _k_created_at,
    _k_last_updated_at,
    _k_created_by,
    _k_updated_by,
    _k_last_updated_by,
    _k_urls,
)


@_attrs_define
class RunTestCase:
    """A test case in a run (under one configuration); minified, only identifier, name, description, latest_status.

    Attributes:
        identifier (str):
        name (str | Unset):
        description (None | str | Unset):
        case_type (str | Unset):
        priority (str | Unset):
        status (str | Unset):
        latest_status (str | Unset):
        latest_result_id (int | None | Unset): The reference says String; examples and facts show an integer (or null).
        assignee (None | str | Unset):
        project_id (str | Unset):
        source_project_id (str | Unset): For a shared case the project it comes from, else project_id.
        source_project_name (str | Unset):
        is_shared (bool | Unset):
        steps (list[Step] | Unset):
        folder_path (list[int] | Unset): Folder ids from the root down.
        configuration_id (int | None | Unset):
        execution_id (str | Unset): Hex string (facts).
        dataset (list[DatasetRow] | Unset):
        created_at (datetime.datetime | Unset):
        last_updated_at (datetime.datetime | Unset):
        created_by (None | str | Unset):
        updated_by (None | str | Unset): Named so in the facts.
        last_updated_by (None | str | Unset): Named so in the reference.
        urls (Urls | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    identifier: str
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    case_type: str | Unset = UNSET
    priority: str | Unset = UNSET
    status: str | Unset = UNSET
    latest_status: str | Unset = UNSET
    latest_result_id: int | None | Unset = UNSET
    assignee: None | str | Unset = UNSET
    project_id: str | Unset = UNSET
    source_project_id: str | Unset = UNSET
    source_project_name: str | Unset = UNSET
    is_shared: bool | Unset = UNSET
    steps: list[Step] | Unset = UNSET
    folder_path: list[int] | Unset = UNSET
    configuration_id: int | None | Unset = UNSET
    execution_id: str | Unset = UNSET
    dataset: list[DatasetRow] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    last_updated_at: datetime.datetime | Unset = UNSET
    created_by: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    last_updated_by: None | str | Unset = UNSET
    urls: Urls | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        case_type = self.case_type

        priority = self.priority

        status = self.status

        latest_status = self.latest_status

        latest_result_id: int | None | Unset
        if isinstance(self.latest_result_id, Unset):
            latest_result_id = UNSET
        else:
            latest_result_id = self.latest_result_id

        assignee: None | str | Unset
        if isinstance(self.assignee, Unset):
            assignee = UNSET
        else:
            assignee = self.assignee

        project_id = self.project_id

        source_project_id = self.source_project_id

        source_project_name = self.source_project_name

        is_shared = self.is_shared

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        folder_path: list[int] | Unset = UNSET
        if not isinstance(self.folder_path, Unset):
            folder_path = self.folder_path

        configuration_id: int | None | Unset
        if isinstance(self.configuration_id, Unset):
            configuration_id = UNSET
        else:
            configuration_id = self.configuration_id

        execution_id = self.execution_id

        dataset: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dataset, Unset):
            dataset = []
            for dataset_item_data in self.dataset:
                dataset_item = dataset_item_data.to_dict()
                dataset.append(dataset_item)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        last_updated_at: str | Unset = UNSET
        if not isinstance(self.last_updated_at, Unset):
            last_updated_at = self.last_updated_at.isoformat()

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        updated_by: None | str | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by

        last_updated_by: None | str | Unset
        if isinstance(self.last_updated_by, Unset):
            last_updated_by = UNSET
        else:
            last_updated_by = self.last_updated_by

        urls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.urls, Unset):
            urls = self.urls.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if case_type is not UNSET:
            field_dict["case_type"] = case_type
        if priority is not UNSET:
            field_dict["priority"] = priority
        if status is not UNSET:
            field_dict["status"] = status
        if latest_status is not UNSET:
            field_dict["latest_status"] = latest_status
        if latest_result_id is not UNSET:
            field_dict["latest_result_id"] = latest_result_id
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if source_project_id is not UNSET:
            field_dict["source_project_id"] = source_project_id
        if source_project_name is not UNSET:
            field_dict["source_project_name"] = source_project_name
        if is_shared is not UNSET:
            field_dict["is_shared"] = is_shared
        if steps is not UNSET:
            field_dict["steps"] = steps
        if folder_path is not UNSET:
            field_dict["folder_path"] = folder_path
        if configuration_id is not UNSET:
            field_dict["configuration_id"] = configuration_id
        if execution_id is not UNSET:
            field_dict["execution_id"] = execution_id
        if dataset is not UNSET:
            field_dict["dataset"] = dataset
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if last_updated_at is not UNSET:
            field_dict["last_updated_at"] = last_updated_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if last_updated_by is not UNSET:
            field_dict["last_updated_by"] = last_updated_by
        if urls is not UNSET:
            field_dict["urls"] = urls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``RunTestCase`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("RunTestCase", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 24
        if _read:
            try:
                (
                    identifier,
                    name,
                    description,
                    case_type,
                    priority,
                    status,
                    latest_status,
                    latest_result_id,
                    assignee,
                    project_id,
                    source_project_id,
                    source_project_name,
                    is_shared,
                    steps,
                    folder_path,
                    configuration_id,
                    execution_id,
                    dataset,
                    created_at,
                    last_updated_at,
                    created_by,
                    updated_by,
                    last_updated_by,
                    urls,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                identifier = _src[_k_identifier]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                identifier = _src.get(_k_identifier, _d.MISSING)
            name = _src.get(_k_name, UNSET)
            description = _src.get(_k_description, UNSET)
            case_type = _src.get(_k_case_type, UNSET)
            priority = _src.get(_k_priority, UNSET)
            status = _src.get(_k_status, UNSET)
            latest_status = _src.get(_k_latest_status, UNSET)
            latest_result_id = _src.get(_k_latest_result_id, UNSET)
            assignee = _src.get(_k_assignee, UNSET)
            project_id = _src.get(_k_project_id, UNSET)
            source_project_id = _src.get(_k_source_project_id, UNSET)
            source_project_name = _src.get(_k_source_project_name, UNSET)
            is_shared = _src.get(_k_is_shared, UNSET)
            steps = _src.get(_k_steps, UNSET)
            folder_path = _src.get(_k_folder_path, UNSET)
            configuration_id = _src.get(_k_configuration_id, UNSET)
            execution_id = _src.get(_k_execution_id, UNSET)
            dataset = _src.get(_k_dataset, UNSET)
            created_at = _src.get(_k_created_at, UNSET)
            last_updated_at = _src.get(_k_last_updated_at, UNSET)
            created_by = _src.get(_k_created_by, UNSET)
            updated_by = _src.get(_k_updated_by, UNSET)
            last_updated_by = _src.get(_k_last_updated_by, UNSET)
            urls = _src.get(_k_urls, UNSET)
        if identifier.__class__ is not str:
            raise _d.fail("RunTestCase", "identifier", identifier, "string")

        if name.__class__ is not str:
            if name is not UNSET:
                raise _d.fail("RunTestCase", "name", name, "string")
            _absent += 1

        if description.__class__ is not str and description is not None:
            if description is not UNSET:
                raise _d.fail("RunTestCase", "description", description, "string")
            _absent += 1

        if case_type.__class__ is not str:
            if case_type is not UNSET:
                raise _d.fail("RunTestCase", "case_type", case_type, "string")
            _absent += 1

        if priority.__class__ is not str:
            if priority is not UNSET:
                raise _d.fail("RunTestCase", "priority", priority, "string")
            _absent += 1

        if status.__class__ is not str:
            if status is not UNSET:
                raise _d.fail("RunTestCase", "status", status, "string")
            _absent += 1

        if latest_status.__class__ is not str:
            if latest_status is not UNSET:
                raise _d.fail("RunTestCase", "latest_status", latest_status, "string")
            _absent += 1

        if latest_result_id.__class__ is not int and latest_result_id is not None:
            if latest_result_id is not UNSET:
                raise _d.fail("RunTestCase", "latest_result_id", latest_result_id, "integer")
            _absent += 1

        if assignee.__class__ is not str and assignee is not None:
            if assignee is not UNSET:
                raise _d.fail("RunTestCase", "assignee", assignee, "string")
            _absent += 1

        if project_id.__class__ is not str:
            if project_id is not UNSET:
                raise _d.fail("RunTestCase", "project_id", project_id, "string")
            _absent += 1

        if source_project_id.__class__ is not str:
            if source_project_id is not UNSET:
                raise _d.fail("RunTestCase", "source_project_id", source_project_id, "string")
            _absent += 1

        if source_project_name.__class__ is not str:
            if source_project_name is not UNSET:
                raise _d.fail("RunTestCase", "source_project_name", source_project_name, "string")
            _absent += 1

        if is_shared.__class__ is not bool:
            if is_shared is not UNSET:
                raise _d.fail("RunTestCase", "is_shared", is_shared, "boolean")
            _absent += 1

        if steps is UNSET:
            _absent += 1
        else:
            if steps.__class__ is not list:
                raise _d.fail("RunTestCase", "steps", steps, "array")
            try:
                steps = [*map(_Step_from_dict, steps)]
            except DecodeError:
                raise _d.item_failure(Step, "RunTestCase", "steps", steps) from None

        if folder_path is UNSET:
            _absent += 1
        else:
            if folder_path.__class__ is not list:
                raise _d.fail("RunTestCase", "folder_path", folder_path, "array")
            for _item in folder_path:
                if _item.__class__ is not int:
                    _d.list_of(int, "integer", "RunTestCase", "folder_path", folder_path)  # raises, naming the item

        if configuration_id.__class__ is not int and configuration_id is not None:
            if configuration_id is not UNSET:
                raise _d.fail("RunTestCase", "configuration_id", configuration_id, "integer")
            _absent += 1

        if execution_id.__class__ is not str:
            if execution_id is not UNSET:
                raise _d.fail("RunTestCase", "execution_id", execution_id, "string")
            _absent += 1

        if dataset is UNSET:
            _absent += 1
        else:
            if dataset.__class__ is not list:
                raise _d.fail("RunTestCase", "dataset", dataset, "array")
            try:
                dataset = [*map(_DatasetRow_from_dict, dataset)]
            except DecodeError:
                raise _d.item_failure(DatasetRow, "RunTestCase", "dataset", dataset) from None

        if created_at is UNSET:
            _absent += 1
        else:
            try:
                created_at = _d.parse_datetime(created_at)
            except (TypeError, ValueError):
                raise _d.fail("RunTestCase", "created_at", created_at, "ISO 8601 date-time") from None

        if last_updated_at is UNSET:
            _absent += 1
        else:
            try:
                last_updated_at = _d.parse_datetime(last_updated_at)
            except (TypeError, ValueError):
                raise _d.fail("RunTestCase", "last_updated_at", last_updated_at, "ISO 8601 date-time") from None

        if created_by.__class__ is not str and created_by is not None:
            if created_by is not UNSET:
                raise _d.fail("RunTestCase", "created_by", created_by, "string")
            _absent += 1

        if updated_by.__class__ is not str and updated_by is not None:
            if updated_by is not UNSET:
                raise _d.fail("RunTestCase", "updated_by", updated_by, "string")
            _absent += 1

        if last_updated_by.__class__ is not str and last_updated_by is not None:
            if last_updated_by is not UNSET:
                raise _d.fail("RunTestCase", "last_updated_by", last_updated_by, "string")
            _absent += 1

        if urls is UNSET:
            _absent += 1
        else:
            try:
                urls = _Urls_from_dict(urls)
            except DecodeError as _error:
                raise _error.within("RunTestCase", "urls") from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        run_test_case = _new(cls)
        run_test_case.identifier = identifier
        run_test_case.name = name
        run_test_case.description = description
        run_test_case.case_type = case_type
        run_test_case.priority = priority
        run_test_case.status = status
        run_test_case.latest_status = latest_status
        run_test_case.latest_result_id = latest_result_id
        run_test_case.assignee = assignee
        run_test_case.project_id = project_id
        run_test_case.source_project_id = source_project_id
        run_test_case.source_project_name = source_project_name
        run_test_case.is_shared = is_shared
        run_test_case.steps = steps
        run_test_case.folder_path = folder_path
        run_test_case.configuration_id = configuration_id
        run_test_case.execution_id = execution_id
        run_test_case.dataset = dataset
        run_test_case.created_at = created_at
        run_test_case.last_updated_at = last_updated_at
        run_test_case.created_by = created_by
        run_test_case.updated_by = updated_by
        run_test_case.last_updated_by = last_updated_by
        run_test_case.urls = urls
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        run_test_case.additional_properties = {} if len(_src) + _absent == 24 else _d.extra_keys(_src, _KNOWN_KEYS)
        return run_test_case

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
from ..models.dataset_row import DatasetRow  # noqa: E402
from ..models.step import Step  # noqa: E402
from ..models.urls import Urls  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_RunTestCase_from_dict = RunTestCase.from_dict
_DatasetRow_from_dict = DatasetRow.from_dict
_Step_from_dict = Step.from_dict
_Urls_from_dict = Urls.from_dict
