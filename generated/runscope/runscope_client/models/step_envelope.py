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

T = TypeVar("T", bound="StepEnvelope")

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
class StepEnvelope:
    """
    Attributes:
        data (ConditionStep | GhostInspectorStep | PauseStep | RequestStep | SubtestStep): A test step, by `step_type`;
            each variant is its own class (the `const` keeps them exclusive).
        meta (Meta | Unset): Extra information about the answer (paging, warnings, links).
        error (ErrorDetail | None | str | Unset): Null on success; otherwise a description of the error, as an object or
            a plain string.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    data: ConditionStep | GhostInspectorStep | PauseStep | RequestStep | SubtestStep
    meta: Meta | Unset = UNSET
    error: ErrorDetail | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.condition_step import ConditionStep  # noqa: PLC0415
        from ..models.error_detail import ErrorDetail  # noqa: PLC0415
        from ..models.ghost_inspector_step import GhostInspectorStep  # noqa: PLC0415
        from ..models.pause_step import PauseStep  # noqa: PLC0415
        from ..models.request_step import RequestStep  # noqa: PLC0415

        data: dict[str, Any]
        if isinstance(self.data, RequestStep):
            data = self.data.to_dict()
        elif isinstance(self.data, PauseStep):
            data = self.data.to_dict()
        elif isinstance(self.data, ConditionStep):
            data = self.data.to_dict()
        elif isinstance(self.data, GhostInspectorStep):
            data = self.data.to_dict()
        else:
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
        """Decode one ``StepEnvelope`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("StepEnvelope", src_dict)
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

        def _union_data(model: str, field: str, value: Any) -> Any:
            _refusals: list[tuple[int, DecodeError]] = []
            try:
                candidate = value
                try:
                    candidate = _RequestStep_from_dict(candidate)
                except DecodeError as _error:
                    raise _error.within(model, field) from None

                return candidate
            except DecodeError as _error:
                _refusals.append((_d.resemblance(value, RequestStep, {"step_type": "request"}), _error))
            try:
                candidate = value
                try:
                    candidate = _PauseStep_from_dict(candidate)
                except DecodeError as _error:
                    raise _error.within(model, field) from None

                return candidate
            except DecodeError as _error:
                _refusals.append((_d.resemblance(value, PauseStep, {"step_type": "pause"}), _error))
            try:
                candidate = value
                try:
                    candidate = _ConditionStep_from_dict(candidate)
                except DecodeError as _error:
                    raise _error.within(model, field) from None

                return candidate
            except DecodeError as _error:
                _refusals.append((_d.resemblance(value, ConditionStep, {"step_type": "condition"}), _error))
            try:
                candidate = value
                try:
                    candidate = _GhostInspectorStep_from_dict(candidate)
                except DecodeError as _error:
                    raise _error.within(model, field) from None

                return candidate
            except DecodeError as _error:
                _refusals.append((_d.resemblance(value, GhostInspectorStep, {"step_type": "ghost-inspector"}), _error))
            try:
                candidate = value
                try:
                    candidate = _SubtestStep_from_dict(candidate)
                except DecodeError as _error:
                    raise _error.within(model, field) from None

                return candidate
            except DecodeError as _error:
                _refusals.append((_d.resemblance(value, SubtestStep, {"step_type": "subtest"}), _error))
            raise _d.union_failure(
                _refusals,
                model,
                field,
                value,
                "ConditionStep | GhostInspectorStep | PauseStep | RequestStep | SubtestStep",
            )

        data = _union_data("StepEnvelope", "data", data)

        if meta is UNSET:
            _absent += 1
        else:
            try:
                meta = _Meta_from_dict(meta)
            except DecodeError as _error:
                raise _error.within("StepEnvelope", "meta") from None

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

            error = _union_error("StepEnvelope", "error", error)

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        step_envelope = _new(cls)
        step_envelope.data = data
        step_envelope.meta = meta
        step_envelope.error = error
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        step_envelope.additional_properties = {} if len(_src) + _absent == 3 else _d.extra_keys(_src, _KNOWN_KEYS)
        return step_envelope

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
from ..models.condition_step import ConditionStep  # noqa: E402
from ..models.error_detail import ErrorDetail  # noqa: E402
from ..models.ghost_inspector_step import GhostInspectorStep  # noqa: E402
from ..models.meta import Meta  # noqa: E402
from ..models.pause_step import PauseStep  # noqa: E402
from ..models.request_step import RequestStep  # noqa: E402
from ..models.subtest_step import SubtestStep  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_StepEnvelope_from_dict = StepEnvelope.from_dict
_ConditionStep_from_dict = ConditionStep.from_dict
_ErrorDetail_from_dict = ErrorDetail.from_dict
_GhostInspectorStep_from_dict = GhostInspectorStep.from_dict
_Meta_from_dict = Meta.from_dict
_PauseStep_from_dict = PauseStep.from_dict
_RequestStep_from_dict = RequestStep.from_dict
_SubtestStep_from_dict = SubtestStep.from_dict
