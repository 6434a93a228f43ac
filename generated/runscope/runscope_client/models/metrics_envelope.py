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

T = TypeVar("T", bound="MetricsEnvelope")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "data",
        "meta",
        "error",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_data,
    _k_meta,
    _k_error,
) = _d.parsed_keys(
    "data",
    "meta",
    "error",
)
_members = _itemgetter(
    _k_data,
    _k_meta,
    _k_error,
)


@_attrs_define
class MetricsEnvelope:
    """
    Attributes:
        data (Metrics):
        meta (Meta | Unset): Extra information about the answer (paging, warnings, links).
        error (ErrorDetail | None | str | Unset): Null on success; otherwise a description of the error, as an object or
            a plain string.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    data: Metrics
    meta: Meta | Unset = UNSET
    error: ErrorDetail | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_detail import ErrorDetail  # noqa: PLC0415

        data = self.data.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        error: dict[str, Any] | None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ErrorDetail):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``MetricsEnvelope`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("MetricsEnvelope", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 3
        if _read:
            try:
                (
                    data,
                    meta,
                    error,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                data = _src[_k_data]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                data = _src.get(_k_data, _d.MISSING)
            meta = _src.get(_k_meta, UNSET)
            error = _src.get(_k_error, UNSET)
        try:
            data = _Metrics_from_dict(data)
        except DecodeError as _error:
            raise _error.within("MetricsEnvelope", "data") from None

        if meta is UNSET:
            _absent += 1
        else:
            try:
                meta = _Meta_from_dict(meta)
            except DecodeError as _error:
                raise _error.within("MetricsEnvelope", "meta") from None

        if error is UNSET:
            _absent += 1
        else:

            def _union_error(model: str, field: str, value: Any) -> Any:
                if value is None:
                    return value
                _refusals: list[tuple[int, DecodeError]] = []
                try:
                    candidate = value
                    if candidate.__class__ is not str:
                        raise _d.fail(model, field, candidate, "string")

                    return candidate
                except DecodeError as _error:
                    _refusals.append((0, _error))
                try:
                    candidate = value
                    try:
                        candidate = _ErrorDetail_from_dict(candidate)
                    except DecodeError as _error:
                        raise _error.within(model, field) from None

                    return candidate
                except DecodeError as _error:
                    _refusals.append((_d.resemblance(value, ErrorDetail, {}), _error))
                raise _d.union_failure(_refusals, model, field, value, "ErrorDetail | None | str")

            error = _union_error("MetricsEnvelope", "error", error)

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        metrics_envelope = _new(cls)
        metrics_envelope.data = data
        metrics_envelope.meta = meta
        metrics_envelope.error = error
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        metrics_envelope.additional_properties = {} if len(_src) + _absent == 3 else _d.extra_keys(_src, _KNOWN_KEYS)
        return metrics_envelope

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
from ..models.error_detail import ErrorDetail  # noqa: E402
from ..models.meta import Meta  # noqa: E402
from ..models.metrics import Metrics  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_MetricsEnvelope_from_dict = MetricsEnvelope.from_dict
_ErrorDetail_from_dict = ErrorDetail.from_dict
_Meta_from_dict = Meta.from_dict
_Metrics_from_dict = Metrics.from_dict
