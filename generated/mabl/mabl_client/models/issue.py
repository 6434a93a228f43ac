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

T = TypeVar("T", bound="Issue")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "workspace_id",
        "integration_id",
        "schema_id",
        "issue_tracker_link",
        "issue_tracker_variant_id",
        "issue_tracker_invariant_id",
        "open",
        "issue_fields",
        "committed",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_id,
    _k_workspace_id,
    _k_integration_id,
    _k_schema_id,
    _k_issue_tracker_link,
    _k_issue_tracker_variant_id,
    _k_issue_tracker_invariant_id,
    _k_open_,
    _k_issue_fields,
    _k_committed,
) = _d.parsed_keys(
    "id",
    "workspace_id",
    "integration_id",
    "schema_id",
    "issue_tracker_link",
    "issue_tracker_variant_id",
    "issue_tracker_invariant_id",
    "open",
    "issue_fields",
    "committed",
)
_members = _itemgetter(
    _k_id,
    _k_workspace_id,
    _k_integration_id,
    _k_schema_id,
    _k_issue_tracker_link,
    _k_issue_tracker_variant_id,
    _k_issue_tracker_invariant_id,
    _k_open_,
    _k_issue_fields,
    _k_committed,
)


@_attrs_define
class Issue:
    """
    Attributes:
        id (str):
        workspace_id (str | Unset):
        integration_id (str | Unset):
        schema_id (str | Unset):
        issue_tracker_link (str | Unset):
        issue_tracker_variant_id (str | Unset):
        issue_tracker_invariant_id (str | Unset):
        open_ (bool | Unset):
        issue_fields (StringMap | Unset): Names to string values.
        committed (bool | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    id: str
    workspace_id: str | Unset = UNSET
    integration_id: str | Unset = UNSET
    schema_id: str | Unset = UNSET
    issue_tracker_link: str | Unset = UNSET
    issue_tracker_variant_id: str | Unset = UNSET
    issue_tracker_invariant_id: str | Unset = UNSET
    open_: bool | Unset = UNSET
    issue_fields: StringMap | Unset = UNSET
    committed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        workspace_id = self.workspace_id

        integration_id = self.integration_id

        schema_id = self.schema_id

        issue_tracker_link = self.issue_tracker_link

        issue_tracker_variant_id = self.issue_tracker_variant_id

        issue_tracker_invariant_id = self.issue_tracker_invariant_id

        open_ = self.open_

        issue_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.issue_fields, Unset):
            issue_fields = self.issue_fields.to_dict()

        committed = self.committed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if integration_id is not UNSET:
            field_dict["integration_id"] = integration_id
        if schema_id is not UNSET:
            field_dict["schema_id"] = schema_id
        if issue_tracker_link is not UNSET:
            field_dict["issue_tracker_link"] = issue_tracker_link
        if issue_tracker_variant_id is not UNSET:
            field_dict["issue_tracker_variant_id"] = issue_tracker_variant_id
        if issue_tracker_invariant_id is not UNSET:
            field_dict["issue_tracker_invariant_id"] = issue_tracker_invariant_id
        if open_ is not UNSET:
            field_dict["open"] = open_
        if issue_fields is not UNSET:
            field_dict["issue_fields"] = issue_fields
        if committed is not UNSET:
            field_dict["committed"] = committed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Issue`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Issue", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 10
        if _read:
            try:
                (
                    id,
                    workspace_id,
                    integration_id,
                    schema_id,
                    issue_tracker_link,
                    issue_tracker_variant_id,
                    issue_tracker_invariant_id,
                    open_,
                    issue_fields,
                    committed,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                id = _src[_k_id]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                id = _src.get(_k_id, _d.MISSING)
            workspace_id = _src.get(_k_workspace_id, UNSET)
            integration_id = _src.get(_k_integration_id, UNSET)
            schema_id = _src.get(_k_schema_id, UNSET)
            issue_tracker_link = _src.get(_k_issue_tracker_link, UNSET)
            issue_tracker_variant_id = _src.get(_k_issue_tracker_variant_id, UNSET)
            issue_tracker_invariant_id = _src.get(_k_issue_tracker_invariant_id, UNSET)
            open_ = _src.get(_k_open_, UNSET)
            issue_fields = _src.get(_k_issue_fields, UNSET)
            committed = _src.get(_k_committed, UNSET)
        if id.__class__ is not str:
            raise _d.fail("Issue", "id", id, "string")

        if workspace_id.__class__ is not str:
            if workspace_id is not UNSET:
                raise _d.fail("Issue", "workspace_id", workspace_id, "string")
            _absent += 1

        if integration_id.__class__ is not str:
            if integration_id is not UNSET:
                raise _d.fail("Issue", "integration_id", integration_id, "string")
            _absent += 1

        if schema_id.__class__ is not str:
            if schema_id is not UNSET:
                raise _d.fail("Issue", "schema_id", schema_id, "string")
            _absent += 1

        if issue_tracker_link.__class__ is not str:
            if issue_tracker_link is not UNSET:
                raise _d.fail("Issue", "issue_tracker_link", issue_tracker_link, "string")
            _absent += 1

        if issue_tracker_variant_id.__class__ is not str:
            if issue_tracker_variant_id is not UNSET:
                raise _d.fail("Issue", "issue_tracker_variant_id", issue_tracker_variant_id, "string")
            _absent += 1

        if issue_tracker_invariant_id.__class__ is not str:
            if issue_tracker_invariant_id is not UNSET:
                raise _d.fail("Issue", "issue_tracker_invariant_id", issue_tracker_invariant_id, "string")
            _absent += 1

        if open_.__class__ is not bool:
            if open_ is not UNSET:
                raise _d.fail("Issue", "open", open_, "boolean")
            _absent += 1

        if issue_fields is UNSET:
            _absent += 1
        else:
            try:
                issue_fields = _StringMap_from_dict(issue_fields)
            except DecodeError as _error:
                raise _error.within("Issue", "issue_fields") from None

        if committed.__class__ is not bool:
            if committed is not UNSET:
                raise _d.fail("Issue", "committed", committed, "boolean")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        issue = _new(cls)
        issue.id = id
        issue.workspace_id = workspace_id
        issue.integration_id = integration_id
        issue.schema_id = schema_id
        issue.issue_tracker_link = issue_tracker_link
        issue.issue_tracker_variant_id = issue_tracker_variant_id
        issue.issue_tracker_invariant_id = issue_tracker_invariant_id
        issue.open_ = open_
        issue.issue_fields = issue_fields
        issue.committed = committed
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        issue.additional_properties = {} if len(_src) + _absent == 10 else _d.extra_keys(_src, _KNOWN_KEYS)
        return issue

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
_Issue_from_dict = Issue.from_dict
_StringMap_from_dict = StringMap.from_dict
