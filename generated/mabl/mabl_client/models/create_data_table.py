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

T = TypeVar("T", bound="CreateDataTable")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "workspace_id",
        "data_table",
        "scenarios",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_workspace_id,
    _k_data_table,
    _k_scenarios,
) = _d.parsed_keys(
    "workspace_id",
    "data_table",
    "scenarios",
)
_members = _itemgetter(
    _k_workspace_id,
    _k_data_table,
    _k_scenarios,
)


@_attrs_define
class CreateDataTable:
    """
    Attributes:
        workspace_id (str):
        data_table (NewDataTable):
        scenarios (list[ScenarioFields] | Unset): At most 1000 scenarios per DataTable.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    workspace_id: str
    data_table: NewDataTable
    scenarios: list[ScenarioFields] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace_id = self.workspace_id

        data_table = self.data_table.to_dict()

        scenarios: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scenarios, Unset):
            scenarios = []
            for scenarios_item_data in self.scenarios:
                scenarios_item = scenarios_item_data.to_dict()
                scenarios.append(scenarios_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspace_id": workspace_id,
                "data_table": data_table,
            }
        )
        if scenarios is not UNSET:
            field_dict["scenarios"] = scenarios

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``CreateDataTable`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("CreateDataTable", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 3
        if _read:
            try:
                (
                    workspace_id,
                    data_table,
                    scenarios,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                workspace_id = _src[_k_workspace_id]
                data_table = _src[_k_data_table]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                workspace_id = _src.get(_k_workspace_id, _d.MISSING)
                data_table = _src.get(_k_data_table, _d.MISSING)
            scenarios = _src.get(_k_scenarios, UNSET)
        if workspace_id.__class__ is not str:
            raise _d.fail("CreateDataTable", "workspace_id", workspace_id, "string")

        try:
            data_table = _NewDataTable_from_dict(data_table)
        except DecodeError as _error:
            raise _error.within("CreateDataTable", "data_table") from None

        if scenarios is UNSET:
            _absent += 1
        else:
            if scenarios.__class__ is not list:
                raise _d.fail("CreateDataTable", "scenarios", scenarios, "array")
            try:
                scenarios = [*map(_ScenarioFields_from_dict, scenarios)]
            except DecodeError:
                raise _d.item_failure(ScenarioFields, "CreateDataTable", "scenarios", scenarios) from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        create_data_table = _new(cls)
        create_data_table.workspace_id = workspace_id
        create_data_table.data_table = data_table
        create_data_table.scenarios = scenarios
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        create_data_table.additional_properties = {} if len(_src) + _absent == 3 else _d.extra_keys(_src, _KNOWN_KEYS)
        return create_data_table

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
from ..models.new_data_table import NewDataTable  # noqa: E402
from ..models.scenario_fields import ScenarioFields  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_CreateDataTable_from_dict = CreateDataTable.from_dict
_NewDataTable_from_dict = NewDataTable.from_dict
_ScenarioFields_from_dict = ScenarioFields.from_dict
