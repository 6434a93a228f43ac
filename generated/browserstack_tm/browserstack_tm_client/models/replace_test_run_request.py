# Generated from specs/browserstack_tm/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/browserstack_tm/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError

T = TypeVar("T", bound="ReplaceTestRunRequest")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "test_run",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(_k_test_run,) = _d.parsed_keys(
    "test_run",
)


@_attrs_define
class ReplaceTestRunRequest:
    """
    Attributes:
        test_run (ReplaceTestRunFields): A complete test run, as POST `/update` wants it; every field the reference
            stars is required.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    test_run: ReplaceTestRunFields
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_run = self.test_run.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "test_run": test_run,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``ReplaceTestRunRequest`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("ReplaceTestRunRequest", src_dict)
        try:
            test_run = _src[_k_test_run]
        except KeyError:  # a required member is left out: read them one by one, the checks below name it
            test_run = _src.get(_k_test_run, _d.MISSING)
        try:
            test_run = _ReplaceTestRunFields_from_dict(test_run)
        except DecodeError as _error:
            raise _error.within("ReplaceTestRunRequest", "test_run") from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        replace_test_run_request = _new(cls)
        replace_test_run_request.test_run = test_run
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        replace_test_run_request.additional_properties = {} if len(_src) == 1 else _d.extra_keys(_src, _KNOWN_KEYS)
        return replace_test_run_request

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
from ..models.replace_test_run_fields import ReplaceTestRunFields  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_ReplaceTestRunRequest_from_dict = ReplaceTestRunRequest.from_dict
_ReplaceTestRunFields_from_dict = ReplaceTestRunFields.from_dict
