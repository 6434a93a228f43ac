# Generated from specs/browserstack_tm/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/browserstack_tm/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..models.test_cases_updated_event_operation import TestCasesUpdatedEventOperation

T = TypeVar("T", bound="TestCasesUpdatedEvent")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "unique_id",
        "operation",
        "affected_mapping_count",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_unique_id,
    _k_operation,
    _k_affected_mapping_count,
) = _d.parsed_keys(
    "unique_id",
    "operation",
    "affected_mapping_count",
)
_members = _itemgetter(
    _k_unique_id,
    _k_operation,
    _k_affected_mapping_count,
)


@_attrs_define
class TestCasesUpdatedEvent:
    """The completion event of an add or remove of test cases (facts, Asynchronous behaviour).

    Attributes:
        unique_id (UUID):
        operation (TestCasesUpdatedEventOperation):
        affected_mapping_count (int):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    unique_id: UUID
    operation: TestCasesUpdatedEventOperation
    affected_mapping_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unique_id = str(self.unique_id)

        operation = self.operation.value

        affected_mapping_count = self.affected_mapping_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "unique_id": unique_id,
                "operation": operation,
                "affected_mapping_count": affected_mapping_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``TestCasesUpdatedEvent`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("TestCasesUpdatedEvent", src_dict)
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 3
        if _read:
            try:
                (
                    unique_id,
                    operation,
                    affected_mapping_count,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                unique_id = _src[_k_unique_id]
                operation = _src[_k_operation]
                affected_mapping_count = _src[_k_affected_mapping_count]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                unique_id = _src.get(_k_unique_id, _d.MISSING)
                operation = _src.get(_k_operation, _d.MISSING)
                affected_mapping_count = _src.get(_k_affected_mapping_count, _d.MISSING)
        unique_id = _d.as_uuid("TestCasesUpdatedEvent", "unique_id", unique_id)

        _member = _d.ENUM_MEMBERS[TestCasesUpdatedEventOperation].get(operation) if operation.__class__ is str else None
        if _member is None:
            raise _d.enum_failure(TestCasesUpdatedEventOperation, "TestCasesUpdatedEvent", "operation", operation)
        operation = _member

        if affected_mapping_count.__class__ is not int:
            raise _d.fail("TestCasesUpdatedEvent", "affected_mapping_count", affected_mapping_count, "integer")

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        test_cases_updated_event = _new(cls)
        test_cases_updated_event.unique_id = unique_id
        test_cases_updated_event.operation = operation
        test_cases_updated_event.affected_mapping_count = affected_mapping_count
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        test_cases_updated_event.additional_properties = {} if len(_src) == 3 else _d.extra_keys(_src, _KNOWN_KEYS)
        return test_cases_updated_event

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
_TestCasesUpdatedEvent_from_dict = TestCasesUpdatedEvent.from_dict
