# Generated from specs/testmo/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/testmo/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Test")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "key",
        "name",
        "status",
        "folder",
        "elapsed",
        "file",
        "line",
        "assertions",
        "artifacts",
        "fields",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_key,
    _k_name,
    _k_status,
    _k_folder,
    _k_elapsed,
    _k_file,
    _k_line,
    _k_assertions,
    _k_artifacts,
    _k_fields,
) = _d.parsed_keys(
    "key",
    "name",
    "status",
    "folder",
    "elapsed",
    "file",
    "line",
    "assertions",
    "artifacts",
    "fields",
)
_members = _itemgetter(
    _k_key,
    _k_name,
    _k_status,
    _k_folder,
    _k_elapsed,
    _k_file,
    _k_line,
    _k_assertions,
    _k_artifacts,
    _k_fields,
)


@_attrs_define
class Test:
    """One test result appended to a thread.

    Attributes:
        key (str): Identifies the test across runs of the same source; a sha256 hex digest fits exactly.
        name (str):
        status (str): A status alias configured per instance (passed, failed, skipped, ...); not an enum.
        folder (str):
        elapsed (int | Unset): A duration in microseconds.
        file (str | Unset):
        line (int | Unset):
        assertions (int | Unset):
        artifacts (list[Artifact] | Unset):
        fields (list[Field] | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    key: str
    name: str
    status: str
    folder: str
    elapsed: int | Unset = UNSET
    file: str | Unset = UNSET
    line: int | Unset = UNSET
    assertions: int | Unset = UNSET
    artifacts: list[Artifact] | Unset = UNSET
    fields: list[Field] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        status = self.status

        folder = self.folder

        elapsed = self.elapsed

        file = self.file

        line = self.line

        assertions = self.assertions

        artifacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.artifacts, Unset):
            artifacts = []
            for componentsschemas_artifacts_item_data in self.artifacts:
                componentsschemas_artifacts_item = componentsschemas_artifacts_item_data.to_dict()
                artifacts.append(componentsschemas_artifacts_item)

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for componentsschemas_fields_item_data in self.fields:
                componentsschemas_fields_item = componentsschemas_fields_item_data.to_dict()
                fields.append(componentsschemas_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "name": name,
                "status": status,
                "folder": folder,
            }
        )
        if elapsed is not UNSET:
            field_dict["elapsed"] = elapsed
        if file is not UNSET:
            field_dict["file"] = file
        if line is not UNSET:
            field_dict["line"] = line
        if assertions is not UNSET:
            field_dict["assertions"] = assertions
        if artifacts is not UNSET:
            field_dict["artifacts"] = artifacts
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Test`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Test", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 10
        if _read:
            try:
                (
                    key,
                    name,
                    status,
                    folder,
                    elapsed,
                    file,
                    line,
                    assertions,
                    artifacts,
                    fields,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                key = _src[_k_key]
                name = _src[_k_name]
                status = _src[_k_status]
                folder = _src[_k_folder]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                key = _src.get(_k_key, _d.MISSING)
                name = _src.get(_k_name, _d.MISSING)
                status = _src.get(_k_status, _d.MISSING)
                folder = _src.get(_k_folder, _d.MISSING)
            elapsed = _src.get(_k_elapsed, UNSET)
            file = _src.get(_k_file, UNSET)
            line = _src.get(_k_line, UNSET)
            assertions = _src.get(_k_assertions, UNSET)
            artifacts = _src.get(_k_artifacts, UNSET)
            fields = _src.get(_k_fields, UNSET)
        if key.__class__ is not str:
            raise _d.fail("Test", "key", key, "string")

        if name.__class__ is not str:
            raise _d.fail("Test", "name", name, "string")

        if status.__class__ is not str:
            raise _d.fail("Test", "status", status, "string")

        if folder.__class__ is not str:
            raise _d.fail("Test", "folder", folder, "string")

        if elapsed.__class__ is not int:
            if elapsed is not UNSET:
                raise _d.fail("Test", "elapsed", elapsed, "integer")
            _absent += 1

        if file.__class__ is not str:
            if file is not UNSET:
                raise _d.fail("Test", "file", file, "string")
            _absent += 1

        if line.__class__ is not int:
            if line is not UNSET:
                raise _d.fail("Test", "line", line, "integer")
            _absent += 1

        if assertions.__class__ is not int:
            if assertions is not UNSET:
                raise _d.fail("Test", "assertions", assertions, "integer")
            _absent += 1

        if artifacts is UNSET:
            _absent += 1
        else:
            if artifacts.__class__ is not list:
                raise _d.fail("Test", "artifacts", artifacts, "array")
            try:
                artifacts = [*map(_Artifact_from_dict, artifacts)]
            except DecodeError:
                raise _d.item_failure(Artifact, "Test", "artifacts", artifacts) from None

        if fields is UNSET:
            _absent += 1
        else:
            if fields.__class__ is not list:
                raise _d.fail("Test", "fields", fields, "array")
            try:
                fields = [*map(_Field_from_dict, fields)]
            except DecodeError:
                raise _d.item_failure(Field, "Test", "fields", fields) from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        test = _new(cls)
        test.key = key
        test.name = name
        test.status = status
        test.folder = folder
        test.elapsed = elapsed
        test.file = file
        test.line = line
        test.assertions = assertions
        test.artifacts = artifacts
        test.fields = fields
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        test.additional_properties = {} if len(_src) + _absent == 10 else _d.extra_keys(_src, _KNOWN_KEYS)
        return test

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
from ..models.artifact import Artifact  # noqa: E402
from ..models.field import Field  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_Test_from_dict = Test.from_dict
_Artifact_from_dict = Artifact.from_dict
_Field_from_dict = Field.from_dict
