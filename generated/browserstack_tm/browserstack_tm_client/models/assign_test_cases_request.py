# Generated from specs/browserstack_tm/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/browserstack_tm/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError

T = TypeVar("T", bound="AssignTestCasesRequest")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "assign_to",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(_k_assign_to,) = _d.parsed_keys(
    "assign_to",
)


@_attrs_define
class AssignTestCasesRequest:
    """
    Attributes:
        assign_to (list[Assignment]):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    assign_to: list[Assignment]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assign_to = []
        for assign_to_item_data in self.assign_to:
            assign_to_item = assign_to_item_data.to_dict()
            assign_to.append(assign_to_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assign_to": assign_to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``AssignTestCasesRequest`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("AssignTestCasesRequest", src_dict)
        try:
            assign_to = _src[_k_assign_to]
        except KeyError:  # a required member is left out: read them one by one, the checks below name it
            assign_to = _src.get(_k_assign_to, _d.MISSING)
        if assign_to.__class__ is not list:
            raise _d.fail("AssignTestCasesRequest", "assign_to", assign_to, "array")
        try:
            assign_to = [*map(_Assignment_from_dict, assign_to)]
        except DecodeError:
            raise _d.item_failure(Assignment, "AssignTestCasesRequest", "assign_to", assign_to) from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        assign_test_cases_request = _new(cls)
        assign_test_cases_request.assign_to = assign_to
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        assign_test_cases_request.additional_properties = {} if len(_src) == 1 else _d.extra_keys(_src, _KNOWN_KEYS)
        return assign_test_cases_request

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
from ..models.assignment import Assignment  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_AssignTestCasesRequest_from_dict = AssignTestCasesRequest.from_dict
_Assignment_from_dict = Assignment.from_dict
