# Generated from specs/browserstack_tm/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/browserstack_tm/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..types import UNSET, Unset

T = TypeVar("T", bound="Assignment")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "test_case_id",
        "assignee",
        "configuration_id",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_test_case_id,
    _k_assignee,
    _k_configuration_id,
) = _d.parsed_keys(
    "test_case_id",
    "assignee",
    "configuration_id",
)
_members = _itemgetter(
    _k_test_case_id,
    _k_assignee,
    _k_configuration_id,
)


@_attrs_define
class Assignment:
    """
    Attributes:
        test_case_id (str):
        assignee (str): Email of the assignee.
        configuration_id (int | Unset): Needed only when the run has configurations.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    test_case_id: str
    assignee: str
    configuration_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_case_id = self.test_case_id

        assignee = self.assignee

        configuration_id = self.configuration_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "test_case_id": test_case_id,
                "assignee": assignee,
            }
        )
        if configuration_id is not UNSET:
            field_dict["configuration_id"] = configuration_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Assignment`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Assignment", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 3
        if _read:
            try:
                (
                    test_case_id,
                    assignee,
                    configuration_id,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                test_case_id = _src[_k_test_case_id]
                assignee = _src[_k_assignee]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                test_case_id = _src.get(_k_test_case_id, _d.MISSING)
                assignee = _src.get(_k_assignee, _d.MISSING)
            configuration_id = _src.get(_k_configuration_id, UNSET)
        if test_case_id.__class__ is not str:
            raise _d.fail("Assignment", "test_case_id", test_case_id, "string")

        if assignee.__class__ is not str:
            raise _d.fail("Assignment", "assignee", assignee, "string")

        if configuration_id.__class__ is not int:
            if configuration_id is not UNSET:
                raise _d.fail("Assignment", "configuration_id", configuration_id, "integer")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        assignment = _new(cls)
        assignment.test_case_id = test_case_id
        assignment.assignee = assignee
        assignment.configuration_id = configuration_id
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        assignment.additional_properties = {} if len(_src) + _absent == 3 else _d.extra_keys(_src, _KNOWN_KEYS)
        return assignment

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
_Assignment_from_dict = Assignment.from_dict
