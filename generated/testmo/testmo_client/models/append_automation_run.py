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

T = TypeVar("T", bound="AppendAutomationRun")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "artifacts",
        "fields",
        "links",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_artifacts,
    _k_fields,
    _k_links,
) = _d.parsed_keys(
    "artifacts",
    "fields",
    "links",
)
_members = _itemgetter(
    _k_artifacts,
    _k_fields,
    _k_links,
)


@_attrs_define
class AppendAutomationRun:
    """
    Attributes:
        artifacts (list[Artifact] | Unset):
        fields (list[Field] | Unset):
        links (list[Link] | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    artifacts: list[Artifact] | Unset = UNSET
    fields: list[Field] | Unset = UNSET
    links: list[Link] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        field_dict.update({})
        if artifacts is not UNSET:
            field_dict["artifacts"] = artifacts
        if fields is not UNSET:
            field_dict["fields"] = fields
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``AppendAutomationRun`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("AppendAutomationRun", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 3
        if _read:
            try:
                (
                    artifacts,
                    fields,
                    links,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            artifacts = _src.get(_k_artifacts, UNSET)
            fields = _src.get(_k_fields, UNSET)
            links = _src.get(_k_links, UNSET)
        if artifacts is UNSET:
            _absent += 1
        else:
            if artifacts.__class__ is not list:
                raise _d.fail("AppendAutomationRun", "artifacts", artifacts, "array")
            try:
                artifacts = [*map(_Artifact_from_dict, artifacts)]
            except DecodeError:
                raise _d.item_failure(Artifact, "AppendAutomationRun", "artifacts", artifacts) from None

        if fields is UNSET:
            _absent += 1
        else:
            if fields.__class__ is not list:
                raise _d.fail("AppendAutomationRun", "fields", fields, "array")
            try:
                fields = [*map(_Field_from_dict, fields)]
            except DecodeError:
                raise _d.item_failure(Field, "AppendAutomationRun", "fields", fields) from None

        if links is UNSET:
            _absent += 1
        else:
            if links.__class__ is not list:
                raise _d.fail("AppendAutomationRun", "links", links, "array")
            try:
                links = [*map(_Link_from_dict, links)]
            except DecodeError:
                raise _d.item_failure(Link, "AppendAutomationRun", "links", links) from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        append_automation_run = _new(cls)
        append_automation_run.artifacts = artifacts
        append_automation_run.fields = fields
        append_automation_run.links = links
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        append_automation_run.additional_properties = (
            {} if len(_src) + _absent == 3 else _d.extra_keys(_src, _KNOWN_KEYS)
        )
        return append_automation_run

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
_AppendAutomationRun_from_dict = AppendAutomationRun.from_dict
_Artifact_from_dict = Artifact.from_dict
_Field_from_dict = Field.from_dict
_Link_from_dict = Link.from_dict
