# Generated from specs/runscope/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/runscope/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..types import UNSET, Unset

T = TypeVar("T", bound="Agent")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "agent_id",
        "name",
        "version",
        "team_id",
        "install_dir",
        "hostname",
        "ip_address",
        "host_os",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_agent_id,
    _k_name,
    _k_version,
    _k_team_id,
    _k_install_dir,
    _k_hostname,
    _k_ip_address,
    _k_host_os,
) = _d.parsed_keys(
    "agent_id",
    "name",
    "version",
    "team_id",
    "install_dir",
    "hostname",
    "ip_address",
    "host_os",
)
_members = _itemgetter(
    _k_agent_id,
    _k_name,
    _k_version,
    _k_team_id,
    _k_install_dir,
    _k_hostname,
    _k_ip_address,
    _k_host_os,
)


@_attrs_define
class Agent:
    """
    Attributes:
        agent_id (str | Unset):
        name (None | str | Unset):
        version (None | str | Unset):
        team_id (None | str | Unset):
        install_dir (None | str | Unset):
        hostname (None | str | Unset):
        ip_address (None | str | Unset):
        host_os (None | str | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    agent_id: str | Unset = UNSET
    name: None | str | Unset = UNSET
    version: None | str | Unset = UNSET
    team_id: None | str | Unset = UNSET
    install_dir: None | str | Unset = UNSET
    hostname: None | str | Unset = UNSET
    ip_address: None | str | Unset = UNSET
    host_os: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        install_dir: None | str | Unset
        if isinstance(self.install_dir, Unset):
            install_dir = UNSET
        else:
            install_dir = self.install_dir

        hostname: None | str | Unset
        if isinstance(self.hostname, Unset):
            hostname = UNSET
        else:
            hostname = self.hostname

        ip_address: None | str | Unset
        if isinstance(self.ip_address, Unset):
            ip_address = UNSET
        else:
            ip_address = self.ip_address

        host_os: None | str | Unset
        if isinstance(self.host_os, Unset):
            host_os = UNSET
        else:
            host_os = self.host_os

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if name is not UNSET:
            field_dict["name"] = name
        if version is not UNSET:
            field_dict["version"] = version
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if install_dir is not UNSET:
            field_dict["install_dir"] = install_dir
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if host_os is not UNSET:
            field_dict["host_os"] = host_os

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Agent`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Agent", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 8
        if _read:
            try:
                (
                    agent_id,
                    name,
                    version,
                    team_id,
                    install_dir,
                    hostname,
                    ip_address,
                    host_os,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            agent_id = _src.get(_k_agent_id, UNSET)
            name = _src.get(_k_name, UNSET)
            version = _src.get(_k_version, UNSET)
            team_id = _src.get(_k_team_id, UNSET)
            install_dir = _src.get(_k_install_dir, UNSET)
            hostname = _src.get(_k_hostname, UNSET)
            ip_address = _src.get(_k_ip_address, UNSET)
            host_os = _src.get(_k_host_os, UNSET)
        if agent_id.__class__ is not str:
            if agent_id is not UNSET:
                raise _d.fail("Agent", "agent_id", agent_id, "string")
            _absent += 1

        if name.__class__ is not str and name is not None:
            if name is not UNSET:
                raise _d.fail("Agent", "name", name, "string")
            _absent += 1

        if version.__class__ is not str and version is not None:
            if version is not UNSET:
                raise _d.fail("Agent", "version", version, "string")
            _absent += 1

        if team_id.__class__ is not str and team_id is not None:
            if team_id is not UNSET:
                raise _d.fail("Agent", "team_id", team_id, "string")
            _absent += 1

        if install_dir.__class__ is not str and install_dir is not None:
            if install_dir is not UNSET:
                raise _d.fail("Agent", "install_dir", install_dir, "string")
            _absent += 1

        if hostname.__class__ is not str and hostname is not None:
            if hostname is not UNSET:
                raise _d.fail("Agent", "hostname", hostname, "string")
            _absent += 1

        if ip_address.__class__ is not str and ip_address is not None:
            if ip_address is not UNSET:
                raise _d.fail("Agent", "ip_address", ip_address, "string")
            _absent += 1

        if host_os.__class__ is not str and host_os is not None:
            if host_os is not UNSET:
                raise _d.fail("Agent", "host_os", host_os, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        agent = _new(cls)
        agent.agent_id = agent_id
        agent.name = name
        agent.version = version
        agent.team_id = team_id
        agent.install_dir = install_dir
        agent.hostname = hostname
        agent.ip_address = ip_address
        agent.host_os = host_os
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        agent.additional_properties = {} if len(_src) + _absent == 8 else _d.extra_keys(_src, _KNOWN_KEYS)
        return agent

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
_Agent_from_dict = Agent.from_dict
