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

T = TypeVar("T", bound="LinkAgent")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "status",
        "host",
        "os",
        "created_time",
        "heartbeat",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_id,
    _k_name,
    _k_status,
    _k_host,
    _k_os,
    _k_created_time,
    _k_heartbeat,
) = _d.parsed_keys(
    "id",
    "name",
    "status",
    "host",
    "os",
    "created_time",
    "heartbeat",
)
_members = _itemgetter(
    _k_id,
    _k_name,
    _k_status,
    _k_host,
    _k_os,
    _k_created_time,
    _k_heartbeat,
)


@_attrs_define
class LinkAgent:
    """A Link Agent; field names follow the CLI's columns.

    Attributes:
        id (str):
        name (str): The Link label: 1-24 lowercase letters, digits and dashes.
        status (str | Unset):
        host (str | Unset):
        os (str | Unset):
        created_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
        heartbeat (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    id: str
    name: str
    status: str | Unset = UNSET
    host: str | Unset = UNSET
    os: str | Unset = UNSET
    created_time: int | Unset = UNSET
    heartbeat: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status = self.status

        host = self.host

        os = self.os

        created_time = self.created_time

        heartbeat = self.heartbeat

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if host is not UNSET:
            field_dict["host"] = host
        if os is not UNSET:
            field_dict["os"] = os
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if heartbeat is not UNSET:
            field_dict["heartbeat"] = heartbeat

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``LinkAgent`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("LinkAgent", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 7
        if _read:
            try:
                (
                    id,
                    name,
                    status,
                    host,
                    os,
                    created_time,
                    heartbeat,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                id = _src[_k_id]
                name = _src[_k_name]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                id = _src.get(_k_id, _d.MISSING)
                name = _src.get(_k_name, _d.MISSING)
            status = _src.get(_k_status, UNSET)
            host = _src.get(_k_host, UNSET)
            os = _src.get(_k_os, UNSET)
            created_time = _src.get(_k_created_time, UNSET)
            heartbeat = _src.get(_k_heartbeat, UNSET)
        if id.__class__ is not str:
            raise _d.fail("LinkAgent", "id", id, "string")

        if name.__class__ is not str:
            raise _d.fail("LinkAgent", "name", name, "string")

        if status.__class__ is not str:
            if status is not UNSET:
                raise _d.fail("LinkAgent", "status", status, "string")
            _absent += 1

        if host.__class__ is not str:
            if host is not UNSET:
                raise _d.fail("LinkAgent", "host", host, "string")
            _absent += 1

        if os.__class__ is not str:
            if os is not UNSET:
                raise _d.fail("LinkAgent", "os", os, "string")
            _absent += 1

        if created_time.__class__ is not int:
            if created_time is not UNSET:
                raise _d.fail("LinkAgent", "created_time", created_time, "integer")
            _absent += 1

        if heartbeat.__class__ is not int:
            if heartbeat is not UNSET:
                raise _d.fail("LinkAgent", "heartbeat", heartbeat, "integer")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        link_agent = _new(cls)
        link_agent.id = id
        link_agent.name = name
        link_agent.status = status
        link_agent.host = host
        link_agent.os = os
        link_agent.created_time = created_time
        link_agent.heartbeat = heartbeat
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        link_agent.additional_properties = {} if len(_src) + _absent == 7 else _d.extra_keys(_src, _KNOWN_KEYS)
        return link_agent

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
_LinkAgent_from_dict = LinkAgent.from_dict
