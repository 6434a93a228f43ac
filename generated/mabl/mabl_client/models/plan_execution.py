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

T = TypeVar("T", bound="PlanExecution")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "status",
        "href",
        "is_retry",
        "retry_of_id",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_id,
    _k_status,
    _k_href,
    _k_is_retry,
    _k_retry_of_id,
) = _d.parsed_keys(
    "id",
    "status",
    "href",
    "is_retry",
    "retry_of_id",
)
_members = _itemgetter(
    _k_id,
    _k_status,
    _k_href,
    _k_is_retry,
    _k_retry_of_id,
)


@_attrs_define
class PlanExecution:
    """
    Attributes:
        id (str): The plan run (`…-pr`).
        status (str):
        href (str | Unset):
        is_retry (bool | Unset): True for the second execution mabl adds when it retries a failed plan run.
        retry_of_id (str | Unset): The plan run this one retries.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    id: str
    status: str
    href: str | Unset = UNSET
    is_retry: bool | Unset = UNSET
    retry_of_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        href = self.href

        is_retry = self.is_retry

        retry_of_id = self.retry_of_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if href is not UNSET:
            field_dict["href"] = href
        if is_retry is not UNSET:
            field_dict["is_retry"] = is_retry
        if retry_of_id is not UNSET:
            field_dict["retry_of_id"] = retry_of_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``PlanExecution`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("PlanExecution", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 5
        if _read:
            try:
                (
                    id,
                    status,
                    href,
                    is_retry,
                    retry_of_id,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                id = _src[_k_id]
                status = _src[_k_status]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                id = _src.get(_k_id, _d.MISSING)
                status = _src.get(_k_status, _d.MISSING)
            href = _src.get(_k_href, UNSET)
            is_retry = _src.get(_k_is_retry, UNSET)
            retry_of_id = _src.get(_k_retry_of_id, UNSET)
        if id.__class__ is not str:
            raise _d.fail("PlanExecution", "id", id, "string")

        if status.__class__ is not str:
            raise _d.fail("PlanExecution", "status", status, "string")

        if href.__class__ is not str:
            if href is not UNSET:
                raise _d.fail("PlanExecution", "href", href, "string")
            _absent += 1

        if is_retry.__class__ is not bool:
            if is_retry is not UNSET:
                raise _d.fail("PlanExecution", "is_retry", is_retry, "boolean")
            _absent += 1

        if retry_of_id.__class__ is not str:
            if retry_of_id is not UNSET:
                raise _d.fail("PlanExecution", "retry_of_id", retry_of_id, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        plan_execution = _new(cls)
        plan_execution.id = id
        plan_execution.status = status
        plan_execution.href = href
        plan_execution.is_retry = is_retry
        plan_execution.retry_of_id = retry_of_id
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        plan_execution.additional_properties = {} if len(_src) + _absent == 5 else _d.extra_keys(_src, _KNOWN_KEYS)
        return plan_execution

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
_PlanExecution_from_dict = PlanExecution.from_dict
