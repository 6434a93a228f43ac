# Generated from specs/testmo/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/testmo/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Expands")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "automation_sources",
        "configs",
        "milestones",
        "statuses",
        "users",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_automation_sources,
    _k_configs,
    _k_milestones,
    _k_statuses,
    _k_users,
) = _d.parsed_keys(
    "automation_sources",
    "configs",
    "milestones",
    "statuses",
    "users",
)
_members = _itemgetter(
    _k_automation_sources,
    _k_configs,
    _k_milestones,
    _k_statuses,
    _k_users,
)


@_attrs_define
class Expands:
    """Referenced objects requested with the `expands` parameter, keyed by kind.

    Attributes:
        automation_sources (list[ExpandedObject] | Unset):
        configs (list[ExpandedObject] | Unset):
        milestones (list[ExpandedObject] | Unset):
        statuses (list[ExpandedObject] | Unset):
        users (list[ExpandedObject] | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    automation_sources: list[ExpandedObject] | Unset = UNSET
    configs: list[ExpandedObject] | Unset = UNSET
    milestones: list[ExpandedObject] | Unset = UNSET
    statuses: list[ExpandedObject] | Unset = UNSET
    users: list[ExpandedObject] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        automation_sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.automation_sources, Unset):
            automation_sources = []
            for automation_sources_item_data in self.automation_sources:
                automation_sources_item = automation_sources_item_data.to_dict()
                automation_sources.append(automation_sources_item)

        configs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.configs, Unset):
            configs = []
            for configs_item_data in self.configs:
                configs_item = configs_item_data.to_dict()
                configs.append(configs_item)

        milestones: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.milestones, Unset):
            milestones = []
            for milestones_item_data in self.milestones:
                milestones_item = milestones_item_data.to_dict()
                milestones.append(milestones_item)

        statuses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.statuses, Unset):
            statuses = []
            for statuses_item_data in self.statuses:
                statuses_item = statuses_item_data.to_dict()
                statuses.append(statuses_item)

        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if automation_sources is not UNSET:
            field_dict["automation_sources"] = automation_sources
        if configs is not UNSET:
            field_dict["configs"] = configs
        if milestones is not UNSET:
            field_dict["milestones"] = milestones
        if statuses is not UNSET:
            field_dict["statuses"] = statuses
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Expands`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Expands", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 5
        if _read:
            try:
                (
                    automation_sources,
                    configs,
                    milestones,
                    statuses,
                    users,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            automation_sources = _src.get(_k_automation_sources, UNSET)
            configs = _src.get(_k_configs, UNSET)
            milestones = _src.get(_k_milestones, UNSET)
            statuses = _src.get(_k_statuses, UNSET)
            users = _src.get(_k_users, UNSET)
        if automation_sources is UNSET:
            _absent += 1
        else:
            if automation_sources.__class__ is not list:
                raise _d.fail("Expands", "automation_sources", automation_sources, "array")
            try:
                automation_sources = [*map(_ExpandedObject_from_dict, automation_sources)]
            except DecodeError:
                raise _d.item_failure(ExpandedObject, "Expands", "automation_sources", automation_sources) from None

        if configs is UNSET:
            _absent += 1
        else:
            if configs.__class__ is not list:
                raise _d.fail("Expands", "configs", configs, "array")
            try:
                configs = [*map(_ExpandedObject_from_dict, configs)]
            except DecodeError:
                raise _d.item_failure(ExpandedObject, "Expands", "configs", configs) from None

        if milestones is UNSET:
            _absent += 1
        else:
            if milestones.__class__ is not list:
                raise _d.fail("Expands", "milestones", milestones, "array")
            try:
                milestones = [*map(_ExpandedObject_from_dict, milestones)]
            except DecodeError:
                raise _d.item_failure(ExpandedObject, "Expands", "milestones", milestones) from None

        if statuses is UNSET:
            _absent += 1
        else:
            if statuses.__class__ is not list:
                raise _d.fail("Expands", "statuses", statuses, "array")
            try:
                statuses = [*map(_ExpandedObject_from_dict, statuses)]
            except DecodeError:
                raise _d.item_failure(ExpandedObject, "Expands", "statuses", statuses) from None

        if users is UNSET:
            _absent += 1
        else:
            if users.__class__ is not list:
                raise _d.fail("Expands", "users", users, "array")
            try:
                users = [*map(_ExpandedObject_from_dict, users)]
            except DecodeError:
                raise _d.item_failure(ExpandedObject, "Expands", "users", users) from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        expands = _new(cls)
        expands.automation_sources = automation_sources
        expands.configs = configs
        expands.milestones = milestones
        expands.statuses = statuses
        expands.users = users
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        expands.additional_properties = {} if len(_src) + _absent == 5 else _d.extra_keys(_src, _KNOWN_KEYS)
        return expands

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
from ..models.expanded_object import ExpandedObject  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_Expands_from_dict = Expands.from_dict
_ExpandedObject_from_dict = ExpandedObject.from_dict
