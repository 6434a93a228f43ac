# Generated from specs/mabl/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/mabl/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentActions")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "rebaseline_images",
        "set_static_baseline",
        "snapshot",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_rebaseline_images,
    _k_set_static_baseline,
    _k_snapshot,
) = _d.parsed_keys(
    "rebaseline_images",
    "set_static_baseline",
    "snapshot",
)
_members = _itemgetter(
    _k_rebaseline_images,
    _k_set_static_baseline,
    _k_snapshot,
)


@_attrs_define
class DeploymentActions:
    """Older clients send the two flags as the strings "true"/"false"; this spec takes booleans.

    Attributes:
        rebaseline_images (bool | Unset):
        set_static_baseline (bool | Unset):
        snapshot (Snapshot | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    rebaseline_images: bool | Unset = UNSET
    set_static_baseline: bool | Unset = UNSET
    snapshot: Snapshot | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rebaseline_images = self.rebaseline_images

        set_static_baseline = self.set_static_baseline

        snapshot: dict[str, Any] | Unset = UNSET
        if not isinstance(self.snapshot, Unset):
            snapshot = self.snapshot.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rebaseline_images is not UNSET:
            field_dict["rebaseline_images"] = rebaseline_images
        if set_static_baseline is not UNSET:
            field_dict["set_static_baseline"] = set_static_baseline
        if snapshot is not UNSET:
            field_dict["snapshot"] = snapshot

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``DeploymentActions`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("DeploymentActions", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 3
        if _read:
            try:
                (
                    rebaseline_images,
                    set_static_baseline,
                    snapshot,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            rebaseline_images = _src.get(_k_rebaseline_images, UNSET)
            set_static_baseline = _src.get(_k_set_static_baseline, UNSET)
            snapshot = _src.get(_k_snapshot, UNSET)
        if rebaseline_images.__class__ is not bool:
            if rebaseline_images is not UNSET:
                raise _d.fail("DeploymentActions", "rebaseline_images", rebaseline_images, "boolean")
            _absent += 1

        if set_static_baseline.__class__ is not bool:
            if set_static_baseline is not UNSET:
                raise _d.fail("DeploymentActions", "set_static_baseline", set_static_baseline, "boolean")
            _absent += 1

        if snapshot is UNSET:
            _absent += 1
        else:
            try:
                snapshot = _Snapshot_from_dict(snapshot)
            except DecodeError as _error:
                raise _error.within("DeploymentActions", "snapshot") from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        deployment_actions = _new(cls)
        deployment_actions.rebaseline_images = rebaseline_images
        deployment_actions.set_static_baseline = set_static_baseline
        deployment_actions.snapshot = snapshot
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        deployment_actions.additional_properties = {} if len(_src) + _absent == 3 else _d.extra_keys(_src, _KNOWN_KEYS)
        return deployment_actions

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
from ..models.snapshot import Snapshot  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_DeploymentActions_from_dict = DeploymentActions.from_dict
_Snapshot_from_dict = Snapshot.from_dict
