# Generated from specs/testmo/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/testmo/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAutomationRun")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "source",
        "config",
        "config_id",
        "milestone",
        "milestone_id",
        "tags",
        "artifacts",
        "fields",
        "links",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_name,
    _k_source,
    _k_config,
    _k_config_id,
    _k_milestone,
    _k_milestone_id,
    _k_tags,
    _k_artifacts,
    _k_fields,
    _k_links,
) = _d.parsed_keys(
    "name",
    "source",
    "config",
    "config_id",
    "milestone",
    "milestone_id",
    "tags",
    "artifacts",
    "fields",
    "links",
)
_members = _itemgetter(
    _k_name,
    _k_source,
    _k_config,
    _k_config_id,
    _k_milestone,
    _k_milestone_id,
    _k_tags,
    _k_artifacts,
    _k_fields,
    _k_links,
)


@_attrs_define
class CreateAutomationRun:
    """
    Attributes:
        name (str):
        source (str):
        config (str | Unset):
        config_id (int | Unset):
        milestone (str | Unset):
        milestone_id (int | Unset):
        tags (list[str] | Unset):
        artifacts (list[Artifact] | Unset):
        fields (list[Field] | Unset):
        links (list[Link] | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    name: str
    source: str
    config: str | Unset = UNSET
    config_id: int | Unset = UNSET
    milestone: str | Unset = UNSET
    milestone_id: int | Unset = UNSET
    tags: list[str] | Unset = UNSET
    artifacts: list[Artifact] | Unset = UNSET
    fields: list[Field] | Unset = UNSET
    links: list[Link] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        source = self.source

        config = self.config

        config_id = self.config_id

        milestone = self.milestone

        milestone_id = self.milestone_id

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        artifacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.artifacts, Unset):
            artifacts = []
            for componentsschemas_artifacts_item_data in self.artifacts:
                componentsschemas_artifacts_item = componentsschemas_artifacts_item_data.to_dict()
                artifacts.append(componentsschemas_artifacts_item)

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for componentsschemas_fields_item_data in self.fields:
                componentsschemas_fields_item = componentsschemas_fields_item_data.to_dict()
                fields.append(componentsschemas_fields_item)

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for componentsschemas_links_item_data in self.links:
                componentsschemas_links_item = componentsschemas_links_item_data.to_dict()
                links.append(componentsschemas_links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "source": source,
            }
        )
        if config is not UNSET:
            field_dict["config"] = config
        if config_id is not UNSET:
            field_dict["config_id"] = config_id
        if milestone is not UNSET:
            field_dict["milestone"] = milestone
        if milestone_id is not UNSET:
            field_dict["milestone_id"] = milestone_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if artifacts is not UNSET:
            field_dict["artifacts"] = artifacts
        if fields is not UNSET:
            field_dict["fields"] = fields
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``CreateAutomationRun`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("CreateAutomationRun", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 10
        if _read:
            try:
                (
                    name,
                    source,
                    config,
                    config_id,
                    milestone,
                    milestone_id,
                    tags,
                    artifacts,
                    fields,
                    links,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                name = _src[_k_name]
                source = _src[_k_source]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                name = _src.get(_k_name, _d.MISSING)
                source = _src.get(_k_source, _d.MISSING)
            config = _src.get(_k_config, UNSET)
            config_id = _src.get(_k_config_id, UNSET)
            milestone = _src.get(_k_milestone, UNSET)
            milestone_id = _src.get(_k_milestone_id, UNSET)
            tags = _src.get(_k_tags, UNSET)
            artifacts = _src.get(_k_artifacts, UNSET)
            fields = _src.get(_k_fields, UNSET)
            links = _src.get(_k_links, UNSET)
        if name.__class__ is not str:
            raise _d.fail("CreateAutomationRun", "name", name, "string")

        if source.__class__ is not str:
            raise _d.fail("CreateAutomationRun", "source", source, "string")

        if config.__class__ is not str:
            if config is not UNSET:
                raise _d.fail("CreateAutomationRun", "config", config, "string")
            _absent += 1

        if config_id.__class__ is not int:
            if config_id is not UNSET:
                raise _d.fail("CreateAutomationRun", "config_id", config_id, "integer")
            _absent += 1

        if milestone.__class__ is not str:
            if milestone is not UNSET:
                raise _d.fail("CreateAutomationRun", "milestone", milestone, "string")
            _absent += 1

        if milestone_id.__class__ is not int:
            if milestone_id is not UNSET:
                raise _d.fail("CreateAutomationRun", "milestone_id", milestone_id, "integer")
            _absent += 1

        if tags is UNSET:
            _absent += 1
        else:
            if tags.__class__ is not list:
                raise _d.fail("CreateAutomationRun", "tags", tags, "array")
            for _item in tags:
                if _item.__class__ is not str:
                    _d.list_of(str, "string", "CreateAutomationRun", "tags", tags)  # raises, naming the item

        if artifacts is UNSET:
            _absent += 1
        else:
            if artifacts.__class__ is not list:
                raise _d.fail("CreateAutomationRun", "artifacts", artifacts, "array")
            try:
                artifacts = [*map(_Artifact_from_dict, artifacts)]
            except DecodeError:
                raise _d.item_failure(Artifact, "CreateAutomationRun", "artifacts", artifacts) from None

        if fields is UNSET:
            _absent += 1
        else:
            if fields.__class__ is not list:
                raise _d.fail("CreateAutomationRun", "fields", fields, "array")
            try:
                fields = [*map(_Field_from_dict, fields)]
            except DecodeError:
                raise _d.item_failure(Field, "CreateAutomationRun", "fields", fields) from None

        if links is UNSET:
            _absent += 1
        else:
            if links.__class__ is not list:
                raise _d.fail("CreateAutomationRun", "links", links, "array")
            try:
                links = [*map(_Link_from_dict, links)]
            except DecodeError:
                raise _d.item_failure(Link, "CreateAutomationRun", "links", links) from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        create_automation_run = _new(cls)
        create_automation_run.name = name
        create_automation_run.source = source
        create_automation_run.config = config
        create_automation_run.config_id = config_id
        create_automation_run.milestone = milestone
        create_automation_run.milestone_id = milestone_id
        create_automation_run.tags = tags
        create_automation_run.artifacts = artifacts
        create_automation_run.fields = fields
        create_automation_run.links = links
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        create_automation_run.additional_properties = (
            {} if len(_src) + _absent == 10 else _d.extra_keys(_src, _KNOWN_KEYS)
        )
        return create_automation_run

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
from ..models.artifact import Artifact  # noqa: E402
from ..models.field import Field  # noqa: E402
from ..models.link import Link  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_CreateAutomationRun_from_dict = CreateAutomationRun.from_dict
_Artifact_from_dict = Artifact.from_dict
_Field_from_dict = Field.from_dict
_Link_from_dict = Link.from_dict
