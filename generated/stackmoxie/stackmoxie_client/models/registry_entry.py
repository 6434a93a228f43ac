# Generated from specs/stackmoxie/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/stackmoxie/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegistryEntry")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "label",
        "version",
        "homepage",
        "authHelpUrl",
        "stepDefinitionsList",
        "authFieldsList",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_name,
    _k_label,
    _k_version,
    _k_homepage,
    _k_auth_help_url,
    _k_step_definitions_list,
    _k_auth_fields_list,
) = _d.parsed_keys(
    "name",
    "label",
    "version",
    "homepage",
    "authHelpUrl",
    "stepDefinitionsList",
    "authFieldsList",
)
_members = _itemgetter(
    _k_name,
    _k_label,
    _k_version,
    _k_homepage,
    _k_auth_help_url,
    _k_step_definitions_list,
    _k_auth_fields_list,
)


@_attrs_define
class RegistryEntry:
    """A Crank Cog Registry entry.

    Attributes:
        name (str | Unset):
        label (str | Unset):
        version (str | Unset):
        homepage (str | Unset):
        auth_help_url (str | Unset):
        step_definitions_list (list[RegistryEntryStepDefinitionsListItem] | Unset):
        auth_fields_list (list[RegistryEntryAuthFieldsListItem] | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    name: str | Unset = UNSET
    label: str | Unset = UNSET
    version: str | Unset = UNSET
    homepage: str | Unset = UNSET
    auth_help_url: str | Unset = UNSET
    step_definitions_list: list[RegistryEntryStepDefinitionsListItem] | Unset = UNSET
    auth_fields_list: list[RegistryEntryAuthFieldsListItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        label = self.label

        version = self.version

        homepage = self.homepage

        auth_help_url = self.auth_help_url

        step_definitions_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.step_definitions_list, Unset):
            step_definitions_list = []
            for step_definitions_list_item_data in self.step_definitions_list:
                step_definitions_list_item = step_definitions_list_item_data.to_dict()
                step_definitions_list.append(step_definitions_list_item)

        auth_fields_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.auth_fields_list, Unset):
            auth_fields_list = []
            for auth_fields_list_item_data in self.auth_fields_list:
                auth_fields_list_item = auth_fields_list_item_data.to_dict()
                auth_fields_list.append(auth_fields_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if label is not UNSET:
            field_dict["label"] = label
        if version is not UNSET:
            field_dict["version"] = version
        if homepage is not UNSET:
            field_dict["homepage"] = homepage
        if auth_help_url is not UNSET:
            field_dict["authHelpUrl"] = auth_help_url
        if step_definitions_list is not UNSET:
            field_dict["stepDefinitionsList"] = step_definitions_list
        if auth_fields_list is not UNSET:
            field_dict["authFieldsList"] = auth_fields_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``RegistryEntry`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("RegistryEntry", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 7
        if _read:
            try:
                (
                    name,
                    label,
                    version,
                    homepage,
                    auth_help_url,
                    step_definitions_list,
                    auth_fields_list,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            name = _src.get(_k_name, UNSET)
            label = _src.get(_k_label, UNSET)
            version = _src.get(_k_version, UNSET)
            homepage = _src.get(_k_homepage, UNSET)
            auth_help_url = _src.get(_k_auth_help_url, UNSET)
            step_definitions_list = _src.get(_k_step_definitions_list, UNSET)
            auth_fields_list = _src.get(_k_auth_fields_list, UNSET)
        if name.__class__ is not str:
            if name is not UNSET:
                raise _d.fail("RegistryEntry", "name", name, "string")
            _absent += 1

        if label.__class__ is not str:
            if label is not UNSET:
                raise _d.fail("RegistryEntry", "label", label, "string")
            _absent += 1

        if version.__class__ is not str:
            if version is not UNSET:
                raise _d.fail("RegistryEntry", "version", version, "string")
            _absent += 1

        if homepage.__class__ is not str:
            if homepage is not UNSET:
                raise _d.fail("RegistryEntry", "homepage", homepage, "string")
            _absent += 1

        if auth_help_url.__class__ is not str:
            if auth_help_url is not UNSET:
                raise _d.fail("RegistryEntry", "authHelpUrl", auth_help_url, "string")
            _absent += 1

        if step_definitions_list is UNSET:
            _absent += 1
        else:
            if step_definitions_list.__class__ is not list:
                raise _d.fail("RegistryEntry", "stepDefinitionsList", step_definitions_list, "array")
            try:
                step_definitions_list = [*map(_RegistryEntryStepDefinitionsListItem_from_dict, step_definitions_list)]
            except DecodeError:
                raise _d.item_failure(
                    RegistryEntryStepDefinitionsListItem, "RegistryEntry", "stepDefinitionsList", step_definitions_list
                ) from None

        if auth_fields_list is UNSET:
            _absent += 1
        else:
            if auth_fields_list.__class__ is not list:
                raise _d.fail("RegistryEntry", "authFieldsList", auth_fields_list, "array")
            try:
                auth_fields_list = [*map(_RegistryEntryAuthFieldsListItem_from_dict, auth_fields_list)]
            except DecodeError:
                raise _d.item_failure(
                    RegistryEntryAuthFieldsListItem, "RegistryEntry", "authFieldsList", auth_fields_list
                ) from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        registry_entry = _new(cls)
        registry_entry.name = name
        registry_entry.label = label
        registry_entry.version = version
        registry_entry.homepage = homepage
        registry_entry.auth_help_url = auth_help_url
        registry_entry.step_definitions_list = step_definitions_list
        registry_entry.auth_fields_list = auth_fields_list
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        registry_entry.additional_properties = {} if len(_src) + _absent == 7 else _d.extra_keys(_src, _KNOWN_KEYS)
        return registry_entry

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
from ..models.registry_entry_auth_fields_list_item import RegistryEntryAuthFieldsListItem  # noqa: E402
from ..models.registry_entry_step_definitions_list_item import RegistryEntryStepDefinitionsListItem  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_RegistryEntry_from_dict = RegistryEntry.from_dict
_RegistryEntryAuthFieldsListItem_from_dict = RegistryEntryAuthFieldsListItem.from_dict
_RegistryEntryStepDefinitionsListItem_from_dict = RegistryEntryStepDefinitionsListItem.from_dict
