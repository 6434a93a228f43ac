# Generated from specs/runscope/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/runscope/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d

T = TypeVar("T", bound="EmailDomainsWrite")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "domainNames",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(_k_domain_names,) = _d.parsed_keys(
    "domainNames",
)


@_attrs_define
class EmailDomainsWrite:
    """
    Attributes:
        domain_names (str): Comma-separated domain names.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    domain_names: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain_names = self.domain_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domainNames": domain_names,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``EmailDomainsWrite`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("EmailDomainsWrite", src_dict)
        try:
            domain_names = _src[_k_domain_names]
        except KeyError:  # a required member is left out: read them one by one, the checks below name it
            domain_names = _src.get(_k_domain_names, _d.MISSING)
        if domain_names.__class__ is not str:
            raise _d.fail("EmailDomainsWrite", "domainNames", domain_names, "string")

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        email_domains_write = _new(cls)
        email_domains_write.domain_names = domain_names
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        email_domains_write.additional_properties = {} if len(_src) == 1 else _d.extra_keys(_src, _KNOWN_KEYS)
        return email_domains_write

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
_EmailDomainsWrite_from_dict = EmailDomainsWrite.from_dict
