# Generated from specs/runscope/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/runscope/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamRequestCount")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "team_uuid",
        "requests_count",
        "from_date",
        "to_date",
        "creator_name",
        "creator_email",
        "creator_id",
        "buckets",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_team_uuid,
    _k_requests_count,
    _k_from_date,
    _k_to_date,
    _k_creator_name,
    _k_creator_email,
    _k_creator_id,
    _k_buckets,
) = _d.parsed_keys(
    "team_uuid",
    "requests_count",
    "from_date",
    "to_date",
    "creator_name",
    "creator_email",
    "creator_id",
    "buckets",
)
_members = _itemgetter(
    _k_team_uuid,
    _k_requests_count,
    _k_from_date,
    _k_to_date,
    _k_creator_name,
    _k_creator_email,
    _k_creator_id,
    _k_buckets,
)


@_attrs_define
class TeamRequestCount:
    """
    Attributes:
        team_uuid (str | Unset):
        requests_count (int | Unset):
        from_date (str | Unset):
        to_date (str | Unset):
        creator_name (None | str | Unset):
        creator_email (None | str | Unset):
        creator_id (None | str | Unset):
        buckets (list[BucketRequestCount] | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    team_uuid: str | Unset = UNSET
    requests_count: int | Unset = UNSET
    from_date: str | Unset = UNSET
    to_date: str | Unset = UNSET
    creator_name: None | str | Unset = UNSET
    creator_email: None | str | Unset = UNSET
    creator_id: None | str | Unset = UNSET
    buckets: list[BucketRequestCount] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        team_uuid = self.team_uuid

        requests_count = self.requests_count

        from_date = self.from_date

        to_date = self.to_date

        creator_name: None | str | Unset
        if isinstance(self.creator_name, Unset):
            creator_name = UNSET
        else:
            creator_name = self.creator_name

        creator_email: None | str | Unset
        if isinstance(self.creator_email, Unset):
            creator_email = UNSET
        else:
            creator_email = self.creator_email

        creator_id: None | str | Unset
        if isinstance(self.creator_id, Unset):
            creator_id = UNSET
        else:
            creator_id = self.creator_id

        buckets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.buckets, Unset):
            buckets = []
            for buckets_item_data in self.buckets:
                buckets_item = buckets_item_data.to_dict()
                buckets.append(buckets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if team_uuid is not UNSET:
            field_dict["team_uuid"] = team_uuid
        if requests_count is not UNSET:
            field_dict["requests_count"] = requests_count
        if from_date is not UNSET:
            field_dict["from_date"] = from_date
        if to_date is not UNSET:
            field_dict["to_date"] = to_date
        if creator_name is not UNSET:
            field_dict["creator_name"] = creator_name
        if creator_email is not UNSET:
            field_dict["creator_email"] = creator_email
        if creator_id is not UNSET:
            field_dict["creator_id"] = creator_id
        if buckets is not UNSET:
            field_dict["buckets"] = buckets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``TeamRequestCount`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("TeamRequestCount", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 8
        if _read:
            try:
                (
                    team_uuid,
                    requests_count,
                    from_date,
                    to_date,
                    creator_name,
                    creator_email,
                    creator_id,
                    buckets,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            team_uuid = _src.get(_k_team_uuid, UNSET)
            requests_count = _src.get(_k_requests_count, UNSET)
            from_date = _src.get(_k_from_date, UNSET)
            to_date = _src.get(_k_to_date, UNSET)
            creator_name = _src.get(_k_creator_name, UNSET)
            creator_email = _src.get(_k_creator_email, UNSET)
            creator_id = _src.get(_k_creator_id, UNSET)
            buckets = _src.get(_k_buckets, UNSET)
        if team_uuid.__class__ is not str:
            if team_uuid is not UNSET:
                raise _d.fail("TeamRequestCount", "team_uuid", team_uuid, "string")
            _absent += 1

        if requests_count.__class__ is not int:
            if requests_count is not UNSET:
                raise _d.fail("TeamRequestCount", "requests_count", requests_count, "integer")
            _absent += 1

        if from_date.__class__ is not str:
            if from_date is not UNSET:
                raise _d.fail("TeamRequestCount", "from_date", from_date, "string")
            _absent += 1

        if to_date.__class__ is not str:
            if to_date is not UNSET:
                raise _d.fail("TeamRequestCount", "to_date", to_date, "string")
            _absent += 1

        if creator_name.__class__ is not str and creator_name is not None:
            if creator_name is not UNSET:
                raise _d.fail("TeamRequestCount", "creator_name", creator_name, "string")
            _absent += 1

        if creator_email.__class__ is not str and creator_email is not None:
            if creator_email is not UNSET:
                raise _d.fail("TeamRequestCount", "creator_email", creator_email, "string")
            _absent += 1

        if creator_id.__class__ is not str and creator_id is not None:
            if creator_id is not UNSET:
                raise _d.fail("TeamRequestCount", "creator_id", creator_id, "string")
            _absent += 1

        if buckets is UNSET:
            _absent += 1
        else:
            if buckets.__class__ is not list:
                raise _d.fail("TeamRequestCount", "buckets", buckets, "array")
            try:
                buckets = [*map(_BucketRequestCount_from_dict, buckets)]
            except DecodeError:
                raise _d.item_failure(BucketRequestCount, "TeamRequestCount", "buckets", buckets) from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        team_request_count = _new(cls)
        team_request_count.team_uuid = team_uuid
        team_request_count.requests_count = requests_count
        team_request_count.from_date = from_date
        team_request_count.to_date = to_date
        team_request_count.creator_name = creator_name
        team_request_count.creator_email = creator_email
        team_request_count.creator_id = creator_id
        team_request_count.buckets = buckets
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        team_request_count.additional_properties = {} if len(_src) + _absent == 8 else _d.extra_keys(_src, _KNOWN_KEYS)
        return team_request_count

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
from ..models.bucket_request_count import BucketRequestCount  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_TeamRequestCount_from_dict = TeamRequestCount.from_dict
_BucketRequestCount_from_dict = BucketRequestCount.from_dict
