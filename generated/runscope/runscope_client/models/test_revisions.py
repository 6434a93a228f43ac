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

T = TypeVar("T", bound="TestRevisions")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "test_revisions",
        "env_revisions",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_test_revisions,
    _k_env_revisions,
) = _d.parsed_keys(
    "test_revisions",
    "env_revisions",
)
_members = _itemgetter(
    _k_test_revisions,
    _k_env_revisions,
)


@_attrs_define
class TestRevisions:
    """
    Attributes:
        test_revisions (list[Revision] | Unset):
        env_revisions (TestRevisionsEnvRevisions | Unset): Environment id to its revisions.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    test_revisions: list[Revision] | Unset = UNSET
    env_revisions: TestRevisionsEnvRevisions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_revisions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.test_revisions, Unset):
            test_revisions = []
            for test_revisions_item_data in self.test_revisions:
                test_revisions_item = test_revisions_item_data.to_dict()
                test_revisions.append(test_revisions_item)

        env_revisions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.env_revisions, Unset):
            env_revisions = self.env_revisions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if test_revisions is not UNSET:
            field_dict["test_revisions"] = test_revisions
        if env_revisions is not UNSET:
            field_dict["env_revisions"] = env_revisions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``TestRevisions`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("TestRevisions", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 2
        if _read:
            try:
                (
                    test_revisions,
                    env_revisions,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            test_revisions = _src.get(_k_test_revisions, UNSET)
            env_revisions = _src.get(_k_env_revisions, UNSET)
        if test_revisions is UNSET:
            _absent += 1
        else:
            if test_revisions.__class__ is not list:
                raise _d.fail("TestRevisions", "test_revisions", test_revisions, "array")
            try:
                test_revisions = [*map(_Revision_from_dict, test_revisions)]
            except DecodeError:
                raise _d.item_failure(Revision, "TestRevisions", "test_revisions", test_revisions) from None

        if env_revisions is UNSET:
            _absent += 1
        else:
            try:
                env_revisions = _TestRevisionsEnvRevisions_from_dict(env_revisions)
            except DecodeError as _error:
                raise _error.within("TestRevisions", "env_revisions") from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        _test_revisions = _new(cls)
        _test_revisions.test_revisions = test_revisions
        _test_revisions.env_revisions = env_revisions
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        _test_revisions.additional_properties = {} if len(_src) + _absent == 2 else _d.extra_keys(_src, _KNOWN_KEYS)
        return _test_revisions

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
from ..models.revision import Revision  # noqa: E402
from ..models.test_revisions_env_revisions import TestRevisionsEnvRevisions  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_TestRevisions_from_dict = TestRevisions.from_dict
_Revision_from_dict = Revision.from_dict
_TestRevisionsEnvRevisions_from_dict = TestRevisionsEnvRevisions.from_dict
