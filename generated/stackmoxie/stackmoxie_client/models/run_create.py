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
from ..models.notify import Notify
from ..types import UNSET, Unset

T = TypeVar("T", bound="RunCreate")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "tokens",
        "notify",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_tokens,
    _k_notify,
) = _d.parsed_keys(
    "tokens",
    "notify",
)
_members = _itemgetter(
    _k_tokens,
    _k_notify,
)


@_attrs_define
class RunCreate:
    """
    Attributes:
        tokens (RunCreateTokens | Unset): Token replacements for the scenario's steps.
        notify (Notify | Unset): Who receives notifications of the run.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    tokens: RunCreateTokens | Unset = UNSET
    notify: Notify | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tokens: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tokens, Unset):
            tokens = self.tokens.to_dict()

        notify: str | Unset = UNSET
        if not isinstance(self.notify, Unset):
            notify = self.notify.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tokens is not UNSET:
            field_dict["tokens"] = tokens
        if notify is not UNSET:
            field_dict["notify"] = notify

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``RunCreate`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("RunCreate", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 2
        if _read:
            try:
                (
                    tokens,
                    notify,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            tokens = _src.get(_k_tokens, UNSET)
            notify = _src.get(_k_notify, UNSET)
        if tokens is UNSET:
            _absent += 1
        else:
            try:
                tokens = _RunCreateTokens_from_dict(tokens)
            except DecodeError as _error:
                raise _error.within("RunCreate", "tokens") from None

        if notify is UNSET:
            _absent += 1
        else:
            _member = _d.ENUM_MEMBERS[Notify].get(notify) if notify.__class__ is str else None
            if _member is None:
                raise _d.enum_failure(Notify, "RunCreate", "notify", notify)
            notify = _member

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        run_create = _new(cls)
        run_create.tokens = tokens
        run_create.notify = notify
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        run_create.additional_properties = {} if len(_src) + _absent == 2 else _d.extra_keys(_src, _KNOWN_KEYS)
        return run_create

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
from ..models.run_create_tokens import RunCreateTokens  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_RunCreate_from_dict = RunCreate.from_dict
_RunCreateTokens_from_dict = RunCreateTokens.from_dict
