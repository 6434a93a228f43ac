# Generated from specs/mabl/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/mabl/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlanOverrides")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "browser_types",
        "web_url",
        "api_url",
        "http_headers",
        "http_headers_required",
        "uri",
        "revision",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_browser_types,
    _k_web_url,
    _k_api_url,
    _k_http_headers,
    _k_http_headers_required,
    _k_uri,
    _k_revision,
) = _d.parsed_keys(
    "browser_types",
    "web_url",
    "api_url",
    "http_headers",
    "http_headers_required",
    "uri",
    "revision",
)
_members = _itemgetter(
    _k_browser_types,
    _k_web_url,
    _k_api_url,
    _k_http_headers,
    _k_http_headers_required,
    _k_uri,
    _k_revision,
)


@_attrs_define
class PlanOverrides:
    """
    Attributes:
        browser_types (list[str] | Unset): e.g. chrome, firefox, safari, internet_explorer
        web_url (str | Unset):
        api_url (str | Unset):
        http_headers (list[HttpHeaderOverride] | Unset):
        http_headers_required (bool | Unset):
        uri (str | Unset): What older clients send instead of web_url.
        revision (str | Unset): What older clients send here instead of the event's own revision.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    browser_types: list[str] | Unset = UNSET
    web_url: str | Unset = UNSET
    api_url: str | Unset = UNSET
    http_headers: list[HttpHeaderOverride] | Unset = UNSET
    http_headers_required: bool | Unset = UNSET
    uri: str | Unset = UNSET
    revision: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        browser_types: list[str] | Unset = UNSET
        if not isinstance(self.browser_types, Unset):
            browser_types = self.browser_types

        web_url = self.web_url

        api_url = self.api_url

        http_headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.http_headers, Unset):
            http_headers = []
            for http_headers_item_data in self.http_headers:
                http_headers_item = http_headers_item_data.to_dict()
                http_headers.append(http_headers_item)

        http_headers_required = self.http_headers_required

        uri = self.uri

        revision = self.revision

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if browser_types is not UNSET:
            field_dict["browser_types"] = browser_types
        if web_url is not UNSET:
            field_dict["web_url"] = web_url
        if api_url is not UNSET:
            field_dict["api_url"] = api_url
        if http_headers is not UNSET:
            field_dict["http_headers"] = http_headers
        if http_headers_required is not UNSET:
            field_dict["http_headers_required"] = http_headers_required
        if uri is not UNSET:
            field_dict["uri"] = uri
        if revision is not UNSET:
            field_dict["revision"] = revision

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``PlanOverrides`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("PlanOverrides", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 7
        if _read:
            try:
                (
                    browser_types,
                    web_url,
                    api_url,
                    http_headers,
                    http_headers_required,
                    uri,
                    revision,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            browser_types = _src.get(_k_browser_types, UNSET)
            web_url = _src.get(_k_web_url, UNSET)
            api_url = _src.get(_k_api_url, UNSET)
            http_headers = _src.get(_k_http_headers, UNSET)
            http_headers_required = _src.get(_k_http_headers_required, UNSET)
            uri = _src.get(_k_uri, UNSET)
            revision = _src.get(_k_revision, UNSET)
        if browser_types is UNSET:
            _absent += 1
        else:
            if browser_types.__class__ is not list:
                raise _d.fail("PlanOverrides", "browser_types", browser_types, "array")
            for _item in browser_types:
                if _item.__class__ is not str:
                    _d.list_of(
                        str, "string", "PlanOverrides", "browser_types", browser_types
                    )  # raises, naming the item

        if web_url.__class__ is not str:
            if web_url is not UNSET:
                raise _d.fail("PlanOverrides", "web_url", web_url, "string")
            _absent += 1

        if api_url.__class__ is not str:
            if api_url is not UNSET:
                raise _d.fail("PlanOverrides", "api_url", api_url, "string")
            _absent += 1

        if http_headers is UNSET:
            _absent += 1
        else:
            if http_headers.__class__ is not list:
                raise _d.fail("PlanOverrides", "http_headers", http_headers, "array")
            try:
                http_headers = [*map(_HttpHeaderOverride_from_dict, http_headers)]
            except DecodeError:
                raise _d.item_failure(HttpHeaderOverride, "PlanOverrides", "http_headers", http_headers) from None

        if http_headers_required.__class__ is not bool:
            if http_headers_required is not UNSET:
                raise _d.fail("PlanOverrides", "http_headers_required", http_headers_required, "boolean")
            _absent += 1

        if uri.__class__ is not str:
            if uri is not UNSET:
                raise _d.fail("PlanOverrides", "uri", uri, "string")
            _absent += 1

        if revision.__class__ is not str:
            if revision is not UNSET:
                raise _d.fail("PlanOverrides", "revision", revision, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        plan_overrides = _new(cls)
        plan_overrides.browser_types = browser_types
        plan_overrides.web_url = web_url
        plan_overrides.api_url = api_url
        plan_overrides.http_headers = http_headers
        plan_overrides.http_headers_required = http_headers_required
        plan_overrides.uri = uri
        plan_overrides.revision = revision
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        plan_overrides.additional_properties = {} if len(_src) + _absent == 7 else _d.extra_keys(_src, _KNOWN_KEYS)
        return plan_overrides

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
from ..models.http_header_override import HttpHeaderOverride  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_PlanOverrides_from_dict = PlanOverrides.from_dict
_HttpHeaderOverride_from_dict = HttpHeaderOverride.from_dict
