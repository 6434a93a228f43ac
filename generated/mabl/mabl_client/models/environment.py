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

T = TypeVar("T", bound="Environment")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "workspace_id",
        "name",
        "created_time",
        "created_by_id",
        "last_updated_time",
        "last_updated_by_id",
        "organization_id",
        "description",
        "variables",
        "page_load_wait",
        "use_link_agent",
        "link_bypass_mabl_proxy",
        "link_agent_labels",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_id,
    _k_workspace_id,
    _k_name,
    _k_created_time,
    _k_created_by_id,
    _k_last_updated_time,
    _k_last_updated_by_id,
    _k_organization_id,
    _k_description,
    _k_variables,
    _k_page_load_wait,
    _k_use_link_agent,
    _k_link_bypass_mabl_proxy,
    _k_link_agent_labels,
) = _d.parsed_keys(
    "id",
    "workspace_id",
    "name",
    "created_time",
    "created_by_id",
    "last_updated_time",
    "last_updated_by_id",
    "organization_id",
    "description",
    "variables",
    "page_load_wait",
    "use_link_agent",
    "link_bypass_mabl_proxy",
    "link_agent_labels",
)
_members = _itemgetter(
    _k_id,
    _k_workspace_id,
    _k_name,
    _k_created_time,
    _k_created_by_id,
    _k_last_updated_time,
    _k_last_updated_by_id,
    _k_organization_id,
    _k_description,
    _k_variables,
    _k_page_load_wait,
    _k_use_link_agent,
    _k_link_bypass_mabl_proxy,
    _k_link_agent_labels,
)


@_attrs_define
class Environment:
    """
    Attributes:
        id (str): `…-e`
        workspace_id (str):
        name (str):
        created_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
        created_by_id (str | Unset): A user id (no suffix).
        last_updated_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
        last_updated_by_id (str | Unset):
        organization_id (str | Unset): Legacy alias of workspace_id.
        description (str | Unset):
        variables (StringMap | Unset): Names to string values.
        page_load_wait (str | Unset): e.g. `NORMAL`
        use_link_agent (bool | Unset):
        link_bypass_mabl_proxy (bool | Unset):
        link_agent_labels (list[str] | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    id: str
    workspace_id: str
    name: str
    created_time: int | Unset = UNSET
    created_by_id: str | Unset = UNSET
    last_updated_time: int | Unset = UNSET
    last_updated_by_id: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    description: str | Unset = UNSET
    variables: StringMap | Unset = UNSET
    page_load_wait: str | Unset = UNSET
    use_link_agent: bool | Unset = UNSET
    link_bypass_mabl_proxy: bool | Unset = UNSET
    link_agent_labels: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        workspace_id = self.workspace_id

        name = self.name

        created_time = self.created_time

        created_by_id = self.created_by_id

        last_updated_time = self.last_updated_time

        last_updated_by_id = self.last_updated_by_id

        organization_id = self.organization_id

        description = self.description

        variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables.to_dict()

        page_load_wait = self.page_load_wait

        use_link_agent = self.use_link_agent

        link_bypass_mabl_proxy = self.link_bypass_mabl_proxy

        link_agent_labels: list[str] | Unset = UNSET
        if not isinstance(self.link_agent_labels, Unset):
            link_agent_labels = self.link_agent_labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "workspace_id": workspace_id,
                "name": name,
            }
        )
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if created_by_id is not UNSET:
            field_dict["created_by_id"] = created_by_id
        if last_updated_time is not UNSET:
            field_dict["last_updated_time"] = last_updated_time
        if last_updated_by_id is not UNSET:
            field_dict["last_updated_by_id"] = last_updated_by_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if description is not UNSET:
            field_dict["description"] = description
        if variables is not UNSET:
            field_dict["variables"] = variables
        if page_load_wait is not UNSET:
            field_dict["page_load_wait"] = page_load_wait
        if use_link_agent is not UNSET:
            field_dict["use_link_agent"] = use_link_agent
        if link_bypass_mabl_proxy is not UNSET:
            field_dict["link_bypass_mabl_proxy"] = link_bypass_mabl_proxy
        if link_agent_labels is not UNSET:
            field_dict["link_agent_labels"] = link_agent_labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Environment`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Environment", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 14
        if _read:
            try:
                (
                    id,
                    workspace_id,
                    name,
                    created_time,
                    created_by_id,
                    last_updated_time,
                    last_updated_by_id,
                    organization_id,
                    description,
                    variables,
                    page_load_wait,
                    use_link_agent,
                    link_bypass_mabl_proxy,
                    link_agent_labels,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                id = _src[_k_id]
                workspace_id = _src[_k_workspace_id]
                name = _src[_k_name]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                id = _src.get(_k_id, _d.MISSING)
                workspace_id = _src.get(_k_workspace_id, _d.MISSING)
                name = _src.get(_k_name, _d.MISSING)
            created_time = _src.get(_k_created_time, UNSET)
            created_by_id = _src.get(_k_created_by_id, UNSET)
            last_updated_time = _src.get(_k_last_updated_time, UNSET)
            last_updated_by_id = _src.get(_k_last_updated_by_id, UNSET)
            organization_id = _src.get(_k_organization_id, UNSET)
            description = _src.get(_k_description, UNSET)
            variables = _src.get(_k_variables, UNSET)
            page_load_wait = _src.get(_k_page_load_wait, UNSET)
            use_link_agent = _src.get(_k_use_link_agent, UNSET)
            link_bypass_mabl_proxy = _src.get(_k_link_bypass_mabl_proxy, UNSET)
            link_agent_labels = _src.get(_k_link_agent_labels, UNSET)
        if id.__class__ is not str:
            raise _d.fail("Environment", "id", id, "string")

        if workspace_id.__class__ is not str:
            raise _d.fail("Environment", "workspace_id", workspace_id, "string")

        if name.__class__ is not str:
            raise _d.fail("Environment", "name", name, "string")

        if created_time.__class__ is not int:
            if created_time is not UNSET:
                raise _d.fail("Environment", "created_time", created_time, "integer")
            _absent += 1

        if created_by_id.__class__ is not str:
            if created_by_id is not UNSET:
                raise _d.fail("Environment", "created_by_id", created_by_id, "string")
            _absent += 1

        if last_updated_time.__class__ is not int:
            if last_updated_time is not UNSET:
                raise _d.fail("Environment", "last_updated_time", last_updated_time, "integer")
            _absent += 1

        if last_updated_by_id.__class__ is not str:
            if last_updated_by_id is not UNSET:
                raise _d.fail("Environment", "last_updated_by_id", last_updated_by_id, "string")
            _absent += 1

        if organization_id.__class__ is not str:
            if organization_id is not UNSET:
                raise _d.fail("Environment", "organization_id", organization_id, "string")
            _absent += 1

        if description.__class__ is not str:
            if description is not UNSET:
                raise _d.fail("Environment", "description", description, "string")
            _absent += 1

        if variables is UNSET:
            _absent += 1
        else:
            try:
                variables = _StringMap_from_dict(variables)
            except DecodeError as _error:
                raise _error.within("Environment", "variables") from None

        if page_load_wait.__class__ is not str:
            if page_load_wait is not UNSET:
                raise _d.fail("Environment", "page_load_wait", page_load_wait, "string")
            _absent += 1

        if use_link_agent.__class__ is not bool:
            if use_link_agent is not UNSET:
                raise _d.fail("Environment", "use_link_agent", use_link_agent, "boolean")
            _absent += 1

        if link_bypass_mabl_proxy.__class__ is not bool:
            if link_bypass_mabl_proxy is not UNSET:
                raise _d.fail("Environment", "link_bypass_mabl_proxy", link_bypass_mabl_proxy, "boolean")
            _absent += 1

        if link_agent_labels is UNSET:
            _absent += 1
        else:
            if link_agent_labels.__class__ is not list:
                raise _d.fail("Environment", "link_agent_labels", link_agent_labels, "array")
            for _item in link_agent_labels:
                if _item.__class__ is not str:
                    _d.list_of(
                        str, "string", "Environment", "link_agent_labels", link_agent_labels
                    )  # raises, naming the item

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        environment = _new(cls)
        environment.id = id
        environment.workspace_id = workspace_id
        environment.name = name
        environment.created_time = created_time
        environment.created_by_id = created_by_id
        environment.last_updated_time = last_updated_time
        environment.last_updated_by_id = last_updated_by_id
        environment.organization_id = organization_id
        environment.description = description
        environment.variables = variables
        environment.page_load_wait = page_load_wait
        environment.use_link_agent = use_link_agent
        environment.link_bypass_mabl_proxy = link_bypass_mabl_proxy
        environment.link_agent_labels = link_agent_labels
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        environment.additional_properties = {} if len(_src) + _absent == 14 else _d.extra_keys(_src, _KNOWN_KEYS)
        return environment

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
from ..models.string_map import StringMap  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_Environment_from_dict = Environment.from_dict
_StringMap_from_dict = StringMap.from_dict
