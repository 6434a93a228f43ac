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

T = TypeVar("T", bound="Timings")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "dns_lookup_ms",
        "dial_ms",
        "send_headers_ms",
        "send_body_ms",
        "wait_for_response_ms",
        "receive_response_ms",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_dns_lookup_ms,
    _k_dial_ms,
    _k_send_headers_ms,
    _k_send_body_ms,
    _k_wait_for_response_ms,
    _k_receive_response_ms,
) = _d.parsed_keys(
    "dns_lookup_ms",
    "dial_ms",
    "send_headers_ms",
    "send_body_ms",
    "wait_for_response_ms",
    "receive_response_ms",
)
_members = _itemgetter(
    _k_dns_lookup_ms,
    _k_dial_ms,
    _k_send_headers_ms,
    _k_send_body_ms,
    _k_wait_for_response_ms,
    _k_receive_response_ms,
)


@_attrs_define
class Timings:
    """Milliseconds spent in each phase of a request.

    Attributes:
        dns_lookup_ms (float | None | Unset):
        dial_ms (float | None | Unset):
        send_headers_ms (float | None | Unset):
        send_body_ms (float | None | Unset):
        wait_for_response_ms (float | None | Unset):
        receive_response_ms (float | None | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    dns_lookup_ms: float | None | Unset = UNSET
    dial_ms: float | None | Unset = UNSET
    send_headers_ms: float | None | Unset = UNSET
    send_body_ms: float | None | Unset = UNSET
    wait_for_response_ms: float | None | Unset = UNSET
    receive_response_ms: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dns_lookup_ms: float | None | Unset
        if isinstance(self.dns_lookup_ms, Unset):
            dns_lookup_ms = UNSET
        else:
            dns_lookup_ms = self.dns_lookup_ms

        dial_ms: float | None | Unset
        if isinstance(self.dial_ms, Unset):
            dial_ms = UNSET
        else:
            dial_ms = self.dial_ms

        send_headers_ms: float | None | Unset
        if isinstance(self.send_headers_ms, Unset):
            send_headers_ms = UNSET
        else:
            send_headers_ms = self.send_headers_ms

        send_body_ms: float | None | Unset
        if isinstance(self.send_body_ms, Unset):
            send_body_ms = UNSET
        else:
            send_body_ms = self.send_body_ms

        wait_for_response_ms: float | None | Unset
        if isinstance(self.wait_for_response_ms, Unset):
            wait_for_response_ms = UNSET
        else:
            wait_for_response_ms = self.wait_for_response_ms

        receive_response_ms: float | None | Unset
        if isinstance(self.receive_response_ms, Unset):
            receive_response_ms = UNSET
        else:
            receive_response_ms = self.receive_response_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dns_lookup_ms is not UNSET:
            field_dict["dns_lookup_ms"] = dns_lookup_ms
        if dial_ms is not UNSET:
            field_dict["dial_ms"] = dial_ms
        if send_headers_ms is not UNSET:
            field_dict["send_headers_ms"] = send_headers_ms
        if send_body_ms is not UNSET:
            field_dict["send_body_ms"] = send_body_ms
        if wait_for_response_ms is not UNSET:
            field_dict["wait_for_response_ms"] = wait_for_response_ms
        if receive_response_ms is not UNSET:
            field_dict["receive_response_ms"] = receive_response_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Timings`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Timings", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 6
        if _read:
            try:
                (
                    dns_lookup_ms,
                    dial_ms,
                    send_headers_ms,
                    send_body_ms,
                    wait_for_response_ms,
                    receive_response_ms,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            dns_lookup_ms = _src.get(_k_dns_lookup_ms, UNSET)
            dial_ms = _src.get(_k_dial_ms, UNSET)
            send_headers_ms = _src.get(_k_send_headers_ms, UNSET)
            send_body_ms = _src.get(_k_send_body_ms, UNSET)
            wait_for_response_ms = _src.get(_k_wait_for_response_ms, UNSET)
            receive_response_ms = _src.get(_k_receive_response_ms, UNSET)
        if dns_lookup_ms is UNSET:
            _absent += 1
        else:
            if dns_lookup_ms is not None:
                dns_lookup_ms = _d.as_float("Timings", "dns_lookup_ms", dns_lookup_ms)

        if dial_ms is UNSET:
            _absent += 1
        else:
            if dial_ms is not None:
                dial_ms = _d.as_float("Timings", "dial_ms", dial_ms)

        if send_headers_ms is UNSET:
            _absent += 1
        else:
            if send_headers_ms is not None:
                send_headers_ms = _d.as_float("Timings", "send_headers_ms", send_headers_ms)

        if send_body_ms is UNSET:
            _absent += 1
        else:
            if send_body_ms is not None:
                send_body_ms = _d.as_float("Timings", "send_body_ms", send_body_ms)

        if wait_for_response_ms is UNSET:
            _absent += 1
        else:
            if wait_for_response_ms is not None:
                wait_for_response_ms = _d.as_float("Timings", "wait_for_response_ms", wait_for_response_ms)

        if receive_response_ms is UNSET:
            _absent += 1
        else:
            if receive_response_ms is not None:
                receive_response_ms = _d.as_float("Timings", "receive_response_ms", receive_response_ms)

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        timings = _new(cls)
        timings.dns_lookup_ms = dns_lookup_ms
        timings.dial_ms = dial_ms
        timings.send_headers_ms = send_headers_ms
        timings.send_body_ms = send_body_ms
        timings.wait_for_response_ms = wait_for_response_ms
        timings.receive_response_ms = receive_response_ms
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        timings.additional_properties = {} if len(_src) + _absent == 6 else _d.extra_keys(_src, _KNOWN_KEYS)
        return timings

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
_Timings_from_dict = Timings.from_dict
