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

T = TypeVar("T", bound="RecordedRequest")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "body",
        "body_encoding",
        "headers",
        "host",
        "method",
        "params",
        "path",
        "scheme",
        "timestamp",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_body,
    _k_body_encoding,
    _k_headers,
    _k_host,
    _k_method,
    _k_params,
    _k_path,
    _k_scheme,
    _k_timestamp,
) = _d.parsed_keys(
    "body",
    "body_encoding",
    "headers",
    "host",
    "method",
    "params",
    "path",
    "scheme",
    "timestamp",
)
_members = _itemgetter(
    _k_body,
    _k_body_encoding,
    _k_headers,
    _k_host,
    _k_method,
    _k_params,
    _k_path,
    _k_scheme,
    _k_timestamp,
)


@_attrs_define
class RecordedRequest:
    """
    Attributes:
        body (None | str | Unset): Plain text or base64 (see body_encoding).
        body_encoding (None | str | Unset): plaintext or base64.
        headers (MultiValueMap | Unset): Names matched to lists of values (recorded requests and responses).
        host (None | str | Unset):
        method (None | str | Unset):
        params (MultiValueMap | Unset): Names matched to lists of values (recorded requests and responses).
        path (None | str | Unset):
        scheme (None | str | Unset):
        timestamp (float | None | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    body: None | str | Unset = UNSET
    body_encoding: None | str | Unset = UNSET
    headers: MultiValueMap | Unset = UNSET
    host: None | str | Unset = UNSET
    method: None | str | Unset = UNSET
    params: MultiValueMap | Unset = UNSET
    path: None | str | Unset = UNSET
    scheme: None | str | Unset = UNSET
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

        host: None | str | Unset
        if isinstance(self.host, Unset):
            host = UNSET
        else:
            host = self.host

        method: None | str | Unset
        if isinstance(self.method, Unset):
            method = UNSET
        else:
            method = self.method

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        path: None | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        else:
            path = self.path

        scheme: None | str | Unset
        if isinstance(self.scheme, Unset):
            scheme = UNSET
        else:
            scheme = self.scheme

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
        if host is not UNSET:
            field_dict["host"] = host
        if method is not UNSET:
            field_dict["method"] = method
        if params is not UNSET:
            field_dict["params"] = params
        if path is not UNSET:
            field_dict["path"] = path
        if scheme is not UNSET:
            field_dict["scheme"] = scheme
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``RecordedRequest`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("RecordedRequest", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 9
        if _read:
            try:
                (
                    body,
                    body_encoding,
                    headers,
                    host,
                    method,
                    params,
                    path,
                    scheme,
                    timestamp,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            body = _src.get(_k_body, UNSET)
            body_encoding = _src.get(_k_body_encoding, UNSET)
            headers = _src.get(_k_headers, UNSET)
            host = _src.get(_k_host, UNSET)
            method = _src.get(_k_method, UNSET)
            params = _src.get(_k_params, UNSET)
            path = _src.get(_k_path, UNSET)
            scheme = _src.get(_k_scheme, UNSET)
            timestamp = _src.get(_k_timestamp, UNSET)
        if body.__class__ is not str and body is not None:
            if body is not UNSET:
                raise _d.fail("RecordedRequest", "body", body, "string")
            _absent += 1

        if body_encoding.__class__ is not str and body_encoding is not None:
            if body_encoding is not UNSET:
                raise _d.fail("RecordedRequest", "body_encoding", body_encoding, "string")
            _absent += 1

        if headers is UNSET:
            _absent += 1
        else:
            try:
                headers = _MultiValueMap_from_dict(headers)
            except DecodeError as _error:
                raise _error.within("RecordedRequest", "headers") from None

        if host.__class__ is not str and host is not None:
            if host is not UNSET:
                raise _d.fail("RecordedRequest", "host", host, "string")
            _absent += 1

        if method.__class__ is not str and method is not None:
            if method is not UNSET:
                raise _d.fail("RecordedRequest", "method", method, "string")
            _absent += 1

        if params is UNSET:
            _absent += 1
        else:
            try:
                params = _MultiValueMap_from_dict(params)
            except DecodeError as _error:
                raise _error.within("RecordedRequest", "params") from None

        if path.__class__ is not str and path is not None:
            if path is not UNSET:
                raise _d.fail("RecordedRequest", "path", path, "string")
            _absent += 1

        if scheme.__class__ is not str and scheme is not None:
            if scheme is not UNSET:
                raise _d.fail("RecordedRequest", "scheme", scheme, "string")
            _absent += 1

        if timestamp is UNSET:
            _absent += 1
        else:
            if timestamp is not None:
                timestamp = _d.as_float("RecordedRequest", "timestamp", timestamp)

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        recorded_request = _new(cls)
        recorded_request.body = body
        recorded_request.body_encoding = body_encoding
        recorded_request.headers = headers
        recorded_request.host = host
        recorded_request.method = method
        recorded_request.params = params
        recorded_request.path = path
        recorded_request.scheme = scheme
        recorded_request.timestamp = timestamp
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        recorded_request.additional_properties = {} if len(_src) + _absent == 9 else _d.extra_keys(_src, _KNOWN_KEYS)
        return recorded_request

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
_RecordedRequest_from_dict = RecordedRequest.from_dict
_MultiValueMap_from_dict = MultiValueMap.from_dict
