# Generated from specs/runscope/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/runscope/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError

T = TypeVar("T", bound="TestRevisionsEnvRevisions")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset({})


@_attrs_define
class TestRevisionsEnvRevisions:
    """Environment id to its revisions."""

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    additional_properties: dict[str, list[Revision]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item = additional_property_item_data.to_dict()
                field_dict[prop_name].append(additional_property_item)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``TestRevisionsEnvRevisions`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("TestRevisionsEnvRevisions", src_dict)
        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        test_revisions_env_revisions = _new(cls)
        _extra = dict(_src)
        for _key in _extra:
            _value = _extra[_key]
            if _value.__class__ is not list:
                raise _d.fail("TestRevisionsEnvRevisions", _key, _value, "array")
            try:
                _value = [*map(_Revision_from_dict, _value)]
            except DecodeError:
                raise _d.item_failure(Revision, "TestRevisionsEnvRevisions", _key, _value) from None

            _extra[_key] = _value
        test_revisions_env_revisions.additional_properties = _extra
        return test_revisions_env_revisions

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[Revision]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[Revision]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last, not first: these models may import this one (circular references in the spec).
from ..models.revision import Revision  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_TestRevisionsEnvRevisions_from_dict = TestRevisionsEnvRevisions.from_dict
_Revision_from_dict = Revision.from_dict
