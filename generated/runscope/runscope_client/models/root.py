# Generated from specs/runscope/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/runscope/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d

T = TypeVar("T", bound="Root")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "bucket_list_url",
        "current_account_url",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_bucket_list_url,
    _k_current_account_url,
) = _d.parsed_keys(
    "bucket_list_url",
    "current_account_url",
)
_members = _itemgetter(
    _k_bucket_list_url,
    _k_current_account_url,
)


@_attrs_define
class Root:
    """
    Attributes:
        bucket_list_url (str): The URL of this account's bucket list.
        current_account_url (str): The URL of this account's details.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    bucket_list_url: str
    current_account_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bucket_list_url = self.bucket_list_url

        current_account_url = self.current_account_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bucket_list_url": bucket_list_url,
                "current_account_url": current_account_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Root`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Root", src_dict)
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 2
        if _read:
            try:
                (
                    bucket_list_url,
                    current_account_url,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                bucket_list_url = _src[_k_bucket_list_url]
                current_account_url = _src[_k_current_account_url]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                bucket_list_url = _src.get(_k_bucket_list_url, _d.MISSING)
                current_account_url = _src.get(_k_current_account_url, _d.MISSING)
        if bucket_list_url.__class__ is not str:
            raise _d.fail("Root", "bucket_list_url", bucket_list_url, "string")

        if current_account_url.__class__ is not str:
            raise _d.fail("Root", "current_account_url", current_account_url, "string")

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        root = _new(cls)
        root.bucket_list_url = bucket_list_url
        root.current_account_url = current_account_url
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        root.additional_properties = {} if len(_src) == 2 else _d.extra_keys(_src, _KNOWN_KEYS)
        return root

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
_Root_from_dict = Root.from_dict
