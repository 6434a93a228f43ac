# Generated from specs/browserstack_tm/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/browserstack_tm/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..models.issue_tracker_name import IssueTrackerName
from ..types import UNSET, Unset

T = TypeVar("T", bound="IssueTracker")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "host",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_name,
    _k_host,
) = _d.parsed_keys(
    "name",
    "host",
)
_members = _itemgetter(
    _k_name,
    _k_host,
)


@_attrs_define
class IssueTracker:
    """Which issue tracker the `issues` ids belong to.

    Attributes:
        name (IssueTrackerName | Unset):
        host (str | Unset): Base URL of the tracker, e.g. `https://your-domain.atlassian.net`.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    name: IssueTrackerName | Unset = UNSET
    host: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: str | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.value

        host = self.host

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if host is not UNSET:
            field_dict["host"] = host

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``IssueTracker`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("IssueTracker", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 2
        if _read:
            try:
                (
                    name,
                    host,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            name = _src.get(_k_name, UNSET)
            host = _src.get(_k_host, UNSET)
        if name is UNSET:
            _absent += 1
        else:
            _member = _d.ENUM_MEMBERS[IssueTrackerName].get(name) if name.__class__ is str else None
            if _member is None:
                raise _d.enum_failure(IssueTrackerName, "IssueTracker", "name", name)
            name = _member

        if host.__class__ is not str:
            if host is not UNSET:
                raise _d.fail("IssueTracker", "host", host, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        issue_tracker = _new(cls)
        issue_tracker.name = name
        issue_tracker.host = host
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        issue_tracker.additional_properties = {} if len(_src) + _absent == 2 else _d.extra_keys(_src, _KNOWN_KEYS)
        return issue_tracker

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
_IssueTracker_from_dict = IssueTracker.from_dict
