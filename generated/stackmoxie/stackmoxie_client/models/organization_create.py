# Generated from specs/stackmoxie/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/stackmoxie/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganizationCreate")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "statusPageIsPublic",
        "createdBy",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_name,
    _k_status_page_is_public,
    _k_created_by,
) = _d.parsed_keys(
    "name",
    "statusPageIsPublic",
    "createdBy",
)
_members = _itemgetter(
    _k_name,
    _k_status_page_is_public,
    _k_created_by,
)


@_attrs_define
class OrganizationCreate:
    """
    Attributes:
        name (str): The Organization's name.
        status_page_is_public (bool | Unset): Whether the Organization's status dashboard can be viewed by
            unauthenticated users. Default: False.
        created_by (int | Unset): Shown in the docs' request example.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    name: str
    status_page_is_public: bool | Unset = False
    created_by: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        status_page_is_public = self.status_page_is_public

        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if status_page_is_public is not UNSET:
            field_dict["statusPageIsPublic"] = status_page_is_public
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``OrganizationCreate`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("OrganizationCreate", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 3
        if _read:
            try:
                (
                    name,
                    status_page_is_public,
                    created_by,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                name = _src[_k_name]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                name = _src.get(_k_name, _d.MISSING)
            status_page_is_public = _src.get(_k_status_page_is_public, UNSET)
            created_by = _src.get(_k_created_by, UNSET)
        if name.__class__ is not str:
            raise _d.fail("OrganizationCreate", "name", name, "string")

        if status_page_is_public.__class__ is not bool:
            if status_page_is_public is not UNSET:
                raise _d.fail("OrganizationCreate", "statusPageIsPublic", status_page_is_public, "boolean")
            _absent += 1

        if created_by.__class__ is not int:
            if created_by is not UNSET:
                raise _d.fail("OrganizationCreate", "createdBy", created_by, "integer")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        organization_create = _new(cls)
        organization_create.name = name
        organization_create.status_page_is_public = status_page_is_public
        organization_create.created_by = created_by
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        organization_create.additional_properties = {} if len(_src) + _absent == 3 else _d.extra_keys(_src, _KNOWN_KEYS)
        return organization_create

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
_OrganizationCreate_from_dict = OrganizationCreate.from_dict
