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

T = TypeVar("T", bound="CreateMailbox")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "workspace_id",
        "name",
        "description",
        "address_prefix",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_workspace_id,
    _k_name,
    _k_description,
    _k_address_prefix,
) = _d.parsed_keys(
    "workspace_id",
    "name",
    "description",
    "address_prefix",
)
_members = _itemgetter(
    _k_workspace_id,
    _k_name,
    _k_description,
    _k_address_prefix,
)


@_attrs_define
class CreateMailbox:
    """
    Attributes:
        workspace_id (str):
        name (str | Unset):
        description (str | Unset):
        address_prefix (str | Unset): Local-part prefix of the generated address.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    workspace_id: str
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    address_prefix: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace_id = self.workspace_id

        name = self.name

        description = self.description

        address_prefix = self.address_prefix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspace_id": workspace_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if address_prefix is not UNSET:
            field_dict["address_prefix"] = address_prefix

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``CreateMailbox`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("CreateMailbox", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 4
        if _read:
            try:
                (
                    workspace_id,
                    name,
                    description,
                    address_prefix,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                workspace_id = _src[_k_workspace_id]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                workspace_id = _src.get(_k_workspace_id, _d.MISSING)
            name = _src.get(_k_name, UNSET)
            description = _src.get(_k_description, UNSET)
            address_prefix = _src.get(_k_address_prefix, UNSET)
        if workspace_id.__class__ is not str:
            raise _d.fail("CreateMailbox", "workspace_id", workspace_id, "string")

        if name.__class__ is not str:
            if name is not UNSET:
                raise _d.fail("CreateMailbox", "name", name, "string")
            _absent += 1

        if description.__class__ is not str:
            if description is not UNSET:
                raise _d.fail("CreateMailbox", "description", description, "string")
            _absent += 1

        if address_prefix.__class__ is not str:
            if address_prefix is not UNSET:
                raise _d.fail("CreateMailbox", "address_prefix", address_prefix, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        create_mailbox = _new(cls)
        create_mailbox.workspace_id = workspace_id
        create_mailbox.name = name
        create_mailbox.description = description
        create_mailbox.address_prefix = address_prefix
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        create_mailbox.additional_properties = {} if len(_src) + _absent == 4 else _d.extra_keys(_src, _KNOWN_KEYS)
        return create_mailbox

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
_CreateMailbox_from_dict = CreateMailbox.from_dict
