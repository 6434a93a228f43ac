# Generated from specs/stackmoxie/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/stackmoxie/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="RunLog")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "body",
        "uuid",
        "createdAt",
        "updatedAt",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_id,
    _k_body,
    _k_uuid,
    _k_created_at,
    _k_updated_at,
) = _d.parsed_keys(
    "id",
    "body",
    "uuid",
    "createdAt",
    "updatedAt",
)
_members = _itemgetter(
    _k_id,
    _k_body,
    _k_uuid,
    _k_created_at,
    _k_updated_at,
)


@_attrs_define
class RunLog:
    """
    Attributes:
        id (int):
        body (list[StepResult]):
        uuid (str | Unset):
        created_at (int | Unset): Unix epoch milliseconds (facts).
        updated_at (int | Unset): Unix epoch milliseconds (facts).
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    id: int
    body: list[StepResult]
    uuid: str | Unset = UNSET
    created_at: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        body = []
        for body_item_data in self.body:
            body_item = body_item_data.to_dict()
            body.append(body_item)

        uuid = self.uuid

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "body": body,
            }
        )
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``RunLog`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("RunLog", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 5
        if _read:
            try:
                (
                    id,
                    body,
                    uuid,
                    created_at,
                    updated_at,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                id = _src[_k_id]
                body = _src[_k_body]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                id = _src.get(_k_id, _d.MISSING)
                body = _src.get(_k_body, _d.MISSING)
            uuid = _src.get(_k_uuid, UNSET)
            created_at = _src.get(_k_created_at, UNSET)
            updated_at = _src.get(_k_updated_at, UNSET)
        if id.__class__ is not int:
            raise _d.fail("RunLog", "id", id, "integer")

        if body.__class__ is not list:
            raise _d.fail("RunLog", "body", body, "array")
        try:
            body = [*map(_StepResult_from_dict, body)]
        except DecodeError:
            raise _d.item_failure(StepResult, "RunLog", "body", body) from None

        if uuid.__class__ is not str:
            if uuid is not UNSET:
                raise _d.fail("RunLog", "uuid", uuid, "string")
            _absent += 1

        if created_at.__class__ is not int:
            if created_at is not UNSET:
                raise _d.fail("RunLog", "createdAt", created_at, "integer")
            _absent += 1

        if updated_at.__class__ is not int:
            if updated_at is not UNSET:
                raise _d.fail("RunLog", "updatedAt", updated_at, "integer")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        run_log = _new(cls)
        run_log.id = id
        run_log.body = body
        run_log.uuid = uuid
        run_log.created_at = created_at
        run_log.updated_at = updated_at
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        run_log.additional_properties = {} if len(_src) + _absent == 5 else _d.extra_keys(_src, _KNOWN_KEYS)
        return run_log

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
from ..models.step_result import StepResult  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_RunLog_from_dict = RunLog.from_dict
_StepResult_from_dict = StepResult.from_dict
