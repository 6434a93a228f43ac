# Generated from specs/runscope/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/runscope/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Regions")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "regions",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(_k_regions,) = _d.parsed_keys(
    "regions",
)


@_attrs_define
class Regions:
    """
    Attributes:
        regions (list[Region] | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    regions: list[Region] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        regions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.regions, Unset):
            regions = []
            for regions_item_data in self.regions:
                regions_item = regions_item_data.to_dict()
                regions.append(regions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if regions is not UNSET:
            field_dict["regions"] = regions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Regions`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Regions", src_dict)
        _absent = 0
        regions = _src.get(_k_regions, UNSET)
        if regions is UNSET:
            _absent += 1
        else:
            if regions.__class__ is not list:
                raise _d.fail("Regions", "regions", regions, "array")
            try:
                regions = [*map(_Region_from_dict, regions)]
            except DecodeError:
                raise _d.item_failure(Region, "Regions", "regions", regions) from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        _regions = _new(cls)
        _regions.regions = regions
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        _regions.additional_properties = {} if len(_src) + _absent == 1 else _d.extra_keys(_src, _KNOWN_KEYS)
        return _regions

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
from ..models.region import Region  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_Regions_from_dict = Regions.from_dict
_Region_from_dict = Region.from_dict
