# Generated from specs/mabl/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/mabl/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..types import UNSET, Unset

T = TypeVar("T", bound="LinkedResource")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "href",
        "app_href",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_id,
    _k_name,
    _k_href,
    _k_app_href,
) = _d.parsed_keys(
    "id",
    "name",
    "href",
    "app_href",
)
_members = _itemgetter(
    _k_id,
    _k_name,
    _k_href,
    _k_app_href,
)


@_attrs_define
class LinkedResource:
    """A plan or test as an execution result names it.

    Attributes:
        id (str): A plan id, or a test id with its version (`…-j:0`).
        name (str | Unset):
        href (str | Unset):
        app_href (str | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    id: str
    name: str | Unset = UNSET
    href: str | Unset = UNSET
    app_href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        href = self.href

        app_href = self.app_href

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if href is not UNSET:
            field_dict["href"] = href
        if app_href is not UNSET:
            field_dict["app_href"] = app_href

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``LinkedResource`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("LinkedResource", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 4
        if _read:
            try:
                (
                    id,
                    name,
                    href,
                    app_href,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                id = _src[_k_id]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                id = _src.get(_k_id, _d.MISSING)
            name = _src.get(_k_name, UNSET)
            href = _src.get(_k_href, UNSET)
            app_href = _src.get(_k_app_href, UNSET)
        if id.__class__ is not str:
            raise _d.fail("LinkedResource", "id", id, "string")

        if name.__class__ is not str:
            if name is not UNSET:
                raise _d.fail("LinkedResource", "name", name, "string")
            _absent += 1

        if href.__class__ is not str:
            if href is not UNSET:
                raise _d.fail("LinkedResource", "href", href, "string")
            _absent += 1

        if app_href.__class__ is not str:
            if app_href is not UNSET:
                raise _d.fail("LinkedResource", "app_href", app_href, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        linked_resource = _new(cls)
        linked_resource.id = id
        linked_resource.name = name
        linked_resource.href = href
        linked_resource.app_href = app_href
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        linked_resource.additional_properties = {} if len(_src) + _absent == 4 else _d.extra_keys(_src, _KNOWN_KEYS)
        return linked_resource

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
_LinkedResource_from_dict = LinkedResource.from_dict
