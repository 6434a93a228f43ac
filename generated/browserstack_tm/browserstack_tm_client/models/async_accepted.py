# Generated from specs/browserstack_tm/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/browserstack_tm/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d

T = TypeVar("T", bound="AsyncAccepted")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "success",
        "async",
        "unique_id",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_success,
    _k_async_,
    _k_unique_id,
) = _d.parsed_keys(
    "success",
    "async",
    "unique_id",
)
_members = _itemgetter(
    _k_success,
    _k_async_,
    _k_unique_id,
)


@_attrs_define
class AsyncAccepted:
    """
    Attributes:
        success (bool):
        async_ (bool): Always true.
        unique_id (UUID): Matches the completion event.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    success: bool
    async_: bool
    unique_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        async_ = self.async_

        unique_id = str(self.unique_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "async": async_,
                "unique_id": unique_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``AsyncAccepted`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("AsyncAccepted", src_dict)
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 3
        if _read:
            try:
                (
                    success,
                    async_,
                    unique_id,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                success = _src[_k_success]
                async_ = _src[_k_async_]
                unique_id = _src[_k_unique_id]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                success = _src.get(_k_success, _d.MISSING)
                async_ = _src.get(_k_async_, _d.MISSING)
                unique_id = _src.get(_k_unique_id, _d.MISSING)
        if success.__class__ is not bool:
            raise _d.fail("AsyncAccepted", "success", success, "boolean")

        if async_.__class__ is not bool:
            raise _d.fail("AsyncAccepted", "async", async_, "boolean")

        unique_id = _d.as_uuid("AsyncAccepted", "unique_id", unique_id)

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        async_accepted = _new(cls)
        async_accepted.success = success
        async_accepted.async_ = async_
        async_accepted.unique_id = unique_id
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        async_accepted.additional_properties = {} if len(_src) == 3 else _d.extra_keys(_src, _KNOWN_KEYS)
        return async_accepted

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
_AsyncAccepted_from_dict = AsyncAccepted.from_dict
