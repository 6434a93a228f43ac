# Generated from specs/runscope/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/runscope/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..types import UNSET, Unset

T = TypeVar("T", bound="EnvironmentIntegration")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "description",
        "integration_type",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_id,
    _k_description,
    _k_integration_type,
) = _d.parsed_keys(
    "id",
    "description",
    "integration_type",
)
_members = _itemgetter(
    _k_id,
    _k_description,
    _k_integration_type,
)


@_attrs_define
class EnvironmentIntegration:
    """
    Attributes:
        id (str | Unset):
        description (None | str | Unset):
        integration_type (None | str | Unset): e.g. pagerduty or slack.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    id: str | Unset = UNSET
    description: None | str | Unset = UNSET
    integration_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        integration_type: None | str | Unset
        if isinstance(self.integration_type, Unset):
            integration_type = UNSET
        else:
            integration_type = self.integration_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if integration_type is not UNSET:
            field_dict["integration_type"] = integration_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``EnvironmentIntegration`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("EnvironmentIntegration", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 3
        if _read:
            try:
                (
                    id,
                    description,
                    integration_type,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            id = _src.get(_k_id, UNSET)
            description = _src.get(_k_description, UNSET)
            integration_type = _src.get(_k_integration_type, UNSET)
        if id.__class__ is not str:
            if id is not UNSET:
                raise _d.fail("EnvironmentIntegration", "id", id, "string")
            _absent += 1

        if description.__class__ is not str and description is not None:
            if description is not UNSET:
                raise _d.fail("EnvironmentIntegration", "description", description, "string")
            _absent += 1

        if integration_type.__class__ is not str and integration_type is not None:
            if integration_type is not UNSET:
                raise _d.fail("EnvironmentIntegration", "integration_type", integration_type, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        environment_integration = _new(cls)
        environment_integration.id = id
        environment_integration.description = description
        environment_integration.integration_type = integration_type
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        environment_integration.additional_properties = (
            {} if len(_src) + _absent == 3 else _d.extra_keys(_src, _KNOWN_KEYS)
        )
        return environment_integration

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
_EnvironmentIntegration_from_dict = EnvironmentIntegration.from_dict
