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

T = TypeVar("T", bound="Revision")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "uuid",
        "timestamp",
        "item_type",
        "author_uuid",
        "author_name",
        "author_email",
        "organization_id",
        "bucket_key",
        "source",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_uuid,
    _k_timestamp,
    _k_item_type,
    _k_author_uuid,
    _k_author_name,
    _k_author_email,
    _k_organization_id,
    _k_bucket_key,
    _k_source,
) = _d.parsed_keys(
    "uuid",
    "timestamp",
    "item_type",
    "author_uuid",
    "author_name",
    "author_email",
    "organization_id",
    "bucket_key",
    "source",
)
_members = _itemgetter(
    _k_uuid,
    _k_timestamp,
    _k_item_type,
    _k_author_uuid,
    _k_author_name,
    _k_author_email,
    _k_organization_id,
    _k_bucket_key,
    _k_source,
)


@_attrs_define
class Revision:
    """
    Attributes:
        uuid (str | Unset):
        timestamp (float | Unset): Unix epoch seconds, an integer or a float (facts, Transport).
        item_type (str | Unset): e.g. radar_test or environment.
        author_uuid (None | str | Unset):
        author_name (None | str | Unset):
        author_email (None | str | Unset):
        organization_id (None | str | Unset):
        bucket_key (str | Unset):
        source (None | str | Unset): e.g. dashboard.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    uuid: str | Unset = UNSET
    timestamp: float | Unset = UNSET
    item_type: str | Unset = UNSET
    author_uuid: None | str | Unset = UNSET
    author_name: None | str | Unset = UNSET
    author_email: None | str | Unset = UNSET
    organization_id: None | str | Unset = UNSET
    bucket_key: str | Unset = UNSET
    source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        timestamp = self.timestamp

        item_type = self.item_type

        author_uuid: None | str | Unset
        if isinstance(self.author_uuid, Unset):
            author_uuid = UNSET
        else:
            author_uuid = self.author_uuid

        author_name: None | str | Unset
        if isinstance(self.author_name, Unset):
            author_name = UNSET
        else:
            author_name = self.author_name

        author_email: None | str | Unset
        if isinstance(self.author_email, Unset):
            author_email = UNSET
        else:
            author_email = self.author_email

        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        bucket_key = self.bucket_key

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if item_type is not UNSET:
            field_dict["item_type"] = item_type
        if author_uuid is not UNSET:
            field_dict["author_uuid"] = author_uuid
        if author_name is not UNSET:
            field_dict["author_name"] = author_name
        if author_email is not UNSET:
            field_dict["author_email"] = author_email
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if bucket_key is not UNSET:
            field_dict["bucket_key"] = bucket_key
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Revision`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Revision", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 9
        if _read:
            try:
                (
                    uuid,
                    timestamp,
                    item_type,
                    author_uuid,
                    author_name,
                    author_email,
                    organization_id,
                    bucket_key,
                    source,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            uuid = _src.get(_k_uuid, UNSET)
            timestamp = _src.get(_k_timestamp, UNSET)
            item_type = _src.get(_k_item_type, UNSET)
            author_uuid = _src.get(_k_author_uuid, UNSET)
            author_name = _src.get(_k_author_name, UNSET)
            author_email = _src.get(_k_author_email, UNSET)
            organization_id = _src.get(_k_organization_id, UNSET)
            bucket_key = _src.get(_k_bucket_key, UNSET)
            source = _src.get(_k_source, UNSET)
        if uuid.__class__ is not str:
            if uuid is not UNSET:
                raise _d.fail("Revision", "uuid", uuid, "string")
            _absent += 1

        if timestamp is UNSET:
            _absent += 1
        else:
            timestamp = _d.as_float("Revision", "timestamp", timestamp)

        if item_type.__class__ is not str:
            if item_type is not UNSET:
                raise _d.fail("Revision", "item_type", item_type, "string")
            _absent += 1

        if author_uuid.__class__ is not str and author_uuid is not None:
            if author_uuid is not UNSET:
                raise _d.fail("Revision", "author_uuid", author_uuid, "string")
            _absent += 1

        if author_name.__class__ is not str and author_name is not None:
            if author_name is not UNSET:
                raise _d.fail("Revision", "author_name", author_name, "string")
            _absent += 1

        if author_email.__class__ is not str and author_email is not None:
            if author_email is not UNSET:
                raise _d.fail("Revision", "author_email", author_email, "string")
            _absent += 1

        if organization_id.__class__ is not str and organization_id is not None:
            if organization_id is not UNSET:
                raise _d.fail("Revision", "organization_id", organization_id, "string")
            _absent += 1

        if bucket_key.__class__ is not str:
            if bucket_key is not UNSET:
                raise _d.fail("Revision", "bucket_key", bucket_key, "string")
            _absent += 1

        if source.__class__ is not str and source is not None:
            if source is not UNSET:
                raise _d.fail("Revision", "source", source, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        revision = _new(cls)
        revision.uuid = uuid
        revision.timestamp = timestamp
        revision.item_type = item_type
        revision.author_uuid = author_uuid
        revision.author_name = author_name
        revision.author_email = author_email
        revision.organization_id = organization_id
        revision.bucket_key = bucket_key
        revision.source = source
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        revision.additional_properties = {} if len(_src) + _absent == 9 else _d.extra_keys(_src, _KNOWN_KEYS)
        return revision

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
_Revision_from_dict = Revision.from_dict
