# Generated from specs/mabl/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/mabl/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError

T = TypeVar("T", bound="AccountMaxTestRunConcurrency")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "workspaces",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(_k_workspaces,) = _d.parsed_keys(
    "workspaces",
)


@_attrs_define
class AccountMaxTestRunConcurrency:
    """
    Attributes:
        workspaces (list[MaxTestRunConcurrency]):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    workspaces: list[MaxTestRunConcurrency]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspaces = []
        for workspaces_item_data in self.workspaces:
            workspaces_item = workspaces_item_data.to_dict()
            workspaces.append(workspaces_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspaces": workspaces,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``AccountMaxTestRunConcurrency`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("AccountMaxTestRunConcurrency", src_dict)
        try:
            workspaces = _src[_k_workspaces]
        except KeyError:  # a required member is left out: read them one by one, the checks below name it
            workspaces = _src.get(_k_workspaces, _d.MISSING)
        if workspaces.__class__ is not list:
            raise _d.fail("AccountMaxTestRunConcurrency", "workspaces", workspaces, "array")
        try:
            workspaces = [*map(_MaxTestRunConcurrency_from_dict, workspaces)]
        except DecodeError:
            raise _d.item_failure(
                MaxTestRunConcurrency, "AccountMaxTestRunConcurrency", "workspaces", workspaces
            ) from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        account_max_test_run_concurrency = _new(cls)
        account_max_test_run_concurrency.workspaces = workspaces
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        account_max_test_run_concurrency.additional_properties = (
            {} if len(_src) == 1 else _d.extra_keys(_src, _KNOWN_KEYS)
        )
        return account_max_test_run_concurrency

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
from ..models.max_test_run_concurrency import MaxTestRunConcurrency  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_AccountMaxTestRunConcurrency_from_dict = AccountMaxTestRunConcurrency.from_dict
_MaxTestRunConcurrency_from_dict = MaxTestRunConcurrency.from_dict
