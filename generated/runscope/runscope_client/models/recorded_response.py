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

T = TypeVar("T", bound="RecordedResponse")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "body",
        "body_encoding",
        "headers",
        "reason",
        "size_bytes",
        "status",
        "timestamp",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_body,
    _k_body_encoding,
    _k_headers,
    _k_reason,
    _k_size_bytes,
    _k_status,
    _k_timestamp,
) = _d.parsed_keys(
    "body",
    "body_encoding",
    "headers",
    "reason",
    "size_bytes",
    "status",
    "timestamp",
)
_members = _itemgetter(
    _k_body,
    _k_body_encoding,
    _k_headers,
    _k_reason,
    _k_size_bytes,
    _k_status,
    _k_timestamp,
)


@_attrs_define
class RecordedResponse:
    """
    Attributes:
        body (None | str | Unset):
        body_encoding (None | str | Unset):
        headers (MultiValueMap | Unset): Names matched to lists of values (recorded requests and responses).
        reason (None | str | Unset):
        size_bytes (int | None | Unset):
        status (int | None | Unset):
        timestamp (float | None | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    body: None | str | Unset = UNSET
    body_encoding: None | str | Unset = UNSET
    headers: MultiValueMap | Unset = UNSET
    reason: None | str | Unset = UNSET
    size_bytes: int | None | Unset = UNSET
    status: int | None | Unset = UNSET
    timestamp: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        body_encoding: None | str | Unset
        if isinstance(self.body_encoding, Unset):
            body_encoding = UNSET
        else:
            body_encoding = self.body_encoding

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        size_bytes: int | None | Unset
        if isinstance(self.size_bytes, Unset):
            size_bytes = UNSET
        else:
            size_bytes = self.size_bytes

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        timestamp: float | None | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if body is not UNSET:
            field_dict["body"] = body
        if body_encoding is not UNSET:
            field_dict["body_encoding"] = body_encoding
        if headers is not UNSET:
            field_dict["headers"] = headers
        if reason is not UNSET:
            field_dict["reason"] = reason
        if size_bytes is not UNSET:
            field_dict["size_bytes"] = size_bytes
        if status is not UNSET:
            field_dict["status"] = status
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``RecordedResponse`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("RecordedResponse", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 7
        if _read:
            try:
                (
                    body,
                    body_encoding,
                    headers,
                    reason,
                    size_bytes,
                    status,
                    timestamp,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            body = _src.get(_k_body, UNSET)
            body_encoding = _src.get(_k_body_encoding, UNSET)
            headers = _src.get(_k_headers, UNSET)
            reason = _src.get(_k_reason, UNSET)
            size_bytes = _src.get(_k_size_bytes, UNSET)
            status = _src.get(_k_status, UNSET)
            timestamp = _src.get(_k_timestamp, UNSET)
        if body.__class__ is not str and body is not None:
            if body is not UNSET:
                raise _d.fail("RecordedResponse", "body", body, "string")
            _absent += 1

        if body_encoding.__class__ is not str and body_encoding is not None:
            if body_encoding is not UNSET:
                raise _d.fail("RecordedResponse", "body_encoding", body_encoding, "string")
            _absent += 1

        if headers is UNSET:
            _absent += 1
        else:
            try:
                headers = _MultiValueMap_from_dict(headers)
            except DecodeError as _error:
                raise _error.within("RecordedResponse", "headers") from None

        if reason.__class__ is not str and reason is not None:
            if reason is not UNSET:
                raise _d.fail("RecordedResponse", "reason", reason, "string")
            _absent += 1

        if size_bytes.__class__ is not int and size_bytes is not None:
            if size_bytes is not UNSET:
                raise _d.fail("RecordedResponse", "size_bytes", size_bytes, "integer")
            _absent += 1

        if status.__class__ is not int and status is not None:
            if status is not UNSET:
                raise _d.fail("RecordedResponse", "status", status, "integer")
            _absent += 1

        if timestamp is UNSET:
            _absent += 1
        else:
            if timestamp is not None:
                timestamp = _d.as_float("RecordedResponse", "timestamp", timestamp)

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        recorded_response = _new(cls)
        recorded_response.body = body
        recorded_response.body_encoding = body_encoding
        recorded_response.headers = headers
        recorded_response.reason = reason
        recorded_response.size_bytes = size_bytes
        recorded_response.status = status
        recorded_response.timestamp = timestamp
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        recorded_response.additional_properties = {} if len(_src) + _absent == 7 else _d.extra_keys(_src, _KNOWN_KEYS)
        return recorded_response

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
from ..models.multi_value_map import MultiValueMap  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_RecordedResponse_from_dict = RecordedResponse.from_dict
_MultiValueMap_from_dict = MultiValueMap.from_dict
