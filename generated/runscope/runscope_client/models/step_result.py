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

T = TypeVar("T", bound="StepResult")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "bucket_key",
        "uuid",
        "request",
        "response",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_bucket_key,
    _k_uuid,
    _k_request,
    _k_response,
) = _d.parsed_keys(
    "bucket_key",
    "uuid",
    "request",
    "response",
)
_members = _itemgetter(
    _k_bucket_key,
    _k_uuid,
    _k_request,
    _k_response,
)


@_attrs_define
class StepResult:
    """
    Attributes:
        bucket_key (str | Unset):
        uuid (str | Unset):
        request (None | RecordedRequest | Unset):
        response (None | RecordedResponse | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    bucket_key: str | Unset = UNSET
    uuid: str | Unset = UNSET
    request: None | RecordedRequest | Unset = UNSET
    response: None | RecordedResponse | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.recorded_request import RecordedRequest  # noqa: PLC0415
        from ..models.recorded_response import RecordedResponse  # noqa: PLC0415

        bucket_key = self.bucket_key

        uuid = self.uuid

        request: dict[str, Any] | None | Unset
        if isinstance(self.request, Unset):
            request = UNSET
        elif isinstance(self.request, RecordedRequest):
            request = self.request.to_dict()
        else:
            request = self.request

        response: dict[str, Any] | None | Unset
        if isinstance(self.response, Unset):
            response = UNSET
        elif isinstance(self.response, RecordedResponse):
            response = self.response.to_dict()
        else:
            response = self.response

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bucket_key is not UNSET:
            field_dict["bucket_key"] = bucket_key
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if request is not UNSET:
            field_dict["request"] = request
        if response is not UNSET:
            field_dict["response"] = response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``StepResult`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("StepResult", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 4
        if _read:
            try:
                (
                    bucket_key,
                    uuid,
                    request,
                    response,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            bucket_key = _src.get(_k_bucket_key, UNSET)
            uuid = _src.get(_k_uuid, UNSET)
            request = _src.get(_k_request, UNSET)
            response = _src.get(_k_response, UNSET)
        if bucket_key.__class__ is not str:
            if bucket_key is not UNSET:
                raise _d.fail("StepResult", "bucket_key", bucket_key, "string")
            _absent += 1

        if uuid.__class__ is not str:
            if uuid is not UNSET:
                raise _d.fail("StepResult", "uuid", uuid, "string")
            _absent += 1

        if request is UNSET:
            _absent += 1
        else:
            if request is not None:
                try:
                    request = _RecordedRequest_from_dict(request)
                except DecodeError as _error:
                    raise _d.union_failure(
                        [(_d.resemblance(request, RecordedRequest, {}), _error.within("StepResult", "request"))],
                        "StepResult",
                        "request",
                        request,
                        "None | RecordedRequest",
                    ) from None

        if response is UNSET:
            _absent += 1
        else:
            if response is not None:
                try:
                    response = _RecordedResponse_from_dict(response)
                except DecodeError as _error:
                    raise _d.union_failure(
                        [(_d.resemblance(response, RecordedResponse, {}), _error.within("StepResult", "response"))],
                        "StepResult",
                        "response",
                        response,
                        "None | RecordedResponse",
                    ) from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        step_result = _new(cls)
        step_result.bucket_key = bucket_key
        step_result.uuid = uuid
        step_result.request = request
        step_result.response = response
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        step_result.additional_properties = {} if len(_src) + _absent == 4 else _d.extra_keys(_src, _KNOWN_KEYS)
        return step_result

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
from ..models.recorded_request import RecordedRequest  # noqa: E402
from ..models.recorded_response import RecordedResponse  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_StepResult_from_dict = StepResult.from_dict
_RecordedRequest_from_dict = RecordedRequest.from_dict
_RecordedResponse_from_dict = RecordedResponse.from_dict
