# Generated from specs/browserstack_tm/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/browserstack_tm/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d

T = TypeVar("T", bound="PageInfo")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "page",
        "page_size",
        "count",
        "prev",
        "next",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_page,
    _k_page_size,
    _k_count,
    _k_prev,
    _k_next_,
) = _d.parsed_keys(
    "page",
    "page_size",
    "count",
    "prev",
    "next",
)
_members = _itemgetter(
    _k_page,
    _k_page_size,
    _k_count,
    _k_prev,
    _k_next_,
)


@_attrs_define
class PageInfo:
    """
    Attributes:
        page (int):
        page_size (int):
        count (int): Items across all pages.
        prev (int | None):
        next_ (int | None): Null on the last page.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    page: int
    page_size: int
    count: int
    prev: int | None
    next_: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        page_size = self.page_size

        count = self.count

        prev: int | None
        prev = self.prev

        next_: int | None
        next_ = self.next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "page_size": page_size,
                "count": count,
                "prev": prev,
                "next": next_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``PageInfo`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("PageInfo", src_dict)
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 5
        if _read:
            try:
                (
                    page,
                    page_size,
                    count,
                    prev,
                    next_,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                page = _src[_k_page]
                page_size = _src[_k_page_size]
                count = _src[_k_count]
                prev = _src[_k_prev]
                next_ = _src[_k_next_]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                page = _src.get(_k_page, _d.MISSING)
                page_size = _src.get(_k_page_size, _d.MISSING)
                count = _src.get(_k_count, _d.MISSING)
                prev = _src.get(_k_prev, _d.MISSING)
                next_ = _src.get(_k_next_, _d.MISSING)
        if page.__class__ is not int:
            raise _d.fail("PageInfo", "page", page, "integer")

        if page_size.__class__ is not int:
            raise _d.fail("PageInfo", "page_size", page_size, "integer")

        if count.__class__ is not int:
            raise _d.fail("PageInfo", "count", count, "integer")

        if prev is not None:
            if prev.__class__ is not int:
                raise _d.fail("PageInfo", "prev", prev, "integer")

        if next_ is not None:
            if next_.__class__ is not int:
                raise _d.fail("PageInfo", "next", next_, "integer")

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        page_info = _new(cls)
        page_info.page = page
        page_info.page_size = page_size
        page_info.count = count
        page_info.prev = prev
        page_info.next_ = next_
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        page_info.additional_properties = {} if len(_src) == 5 else _d.extra_keys(_src, _KNOWN_KEYS)
        return page_info

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
_PageInfo_from_dict = PageInfo.from_dict
