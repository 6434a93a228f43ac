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

T = TypeVar("T", bound="TestWrite")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "description",
        "default_environment_id",
        "steps",
        "id",
        "created_at",
        "created_by",
        "environments",
        "schedules",
        "last_run",
        "trigger_url",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_name,
    _k_description,
    _k_default_environment_id,
    _k_steps,
    _k_id,
    _k_created_at,
    _k_created_by,
    _k_environments,
    _k_schedules,
    _k_last_run,
    _k_trigger_url,
) = _d.parsed_keys(
    "name",
    "description",
    "default_environment_id",
    "steps",
    "id",
    "created_at",
    "created_by",
    "environments",
    "schedules",
    "last_run",
    "trigger_url",
)
_members = _itemgetter(
    _k_name,
    _k_description,
    _k_default_environment_id,
    _k_steps,
    _k_id,
    _k_created_at,
    _k_created_by,
    _k_environments,
    _k_schedules,
    _k_last_run,
    _k_trigger_url,
)


@_attrs_define
class TestWrite:
    """A test to create or modify (PUT is partial: omitted fields are kept). Tolerant of what real clients send: the read-
    only fields of a test read with GET echoed back (`created_at` possibly as an RFC 3339 string), and nulls.

        Attributes:
            name (None | str | Unset):
            description (None | str | Unset):
            default_environment_id (None | str | Unset):
            steps (list[StepWrite] | None | Unset):
            id (None | str | Unset): Read-only; ignored.
            created_at (float | None | str | Unset): Read-only; ignored.
            created_by (Any | Unset): Read-only; ignored.
            environments (list[Any] | None | Unset): Read-only here (see the environments resources); ignored.
            schedules (list[Any] | None | Unset): Read-only here (see the schedules resources); ignored.
            last_run (Any | Unset): Read-only; ignored.
            trigger_url (None | str | Unset): Read-only; ignored.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    default_environment_id: None | str | Unset = UNSET
    steps: list[StepWrite] | None | Unset = UNSET
    id: None | str | Unset = UNSET
    created_at: float | None | str | Unset = UNSET
    created_by: Any | Unset = UNSET
    environments: list[Any] | None | Unset = UNSET
    schedules: list[Any] | None | Unset = UNSET
    last_run: Any | Unset = UNSET
    trigger_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        default_environment_id: None | str | Unset
        if isinstance(self.default_environment_id, Unset):
            default_environment_id = UNSET
        else:
            default_environment_id = self.default_environment_id

        steps: list[dict[str, Any]] | None | Unset
        if isinstance(self.steps, Unset):
            steps = UNSET
        elif isinstance(self.steps, list):
            steps = []
            for steps_type_0_item_data in self.steps:
                steps_type_0_item = steps_type_0_item_data.to_dict()
                steps.append(steps_type_0_item)

        else:
            steps = self.steps

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        created_at: float | None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        created_by = self.created_by

        environments: list[Any] | None | Unset
        if isinstance(self.environments, Unset):
            environments = UNSET
        elif isinstance(self.environments, list):
            environments = self.environments

        else:
            environments = self.environments

        schedules: list[Any] | None | Unset
        if isinstance(self.schedules, Unset):
            schedules = UNSET
        elif isinstance(self.schedules, list):
            schedules = self.schedules

        else:
            schedules = self.schedules

        last_run = self.last_run

        trigger_url: None | str | Unset
        if isinstance(self.trigger_url, Unset):
            trigger_url = UNSET
        else:
            trigger_url = self.trigger_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if default_environment_id is not UNSET:
            field_dict["default_environment_id"] = default_environment_id
        if steps is not UNSET:
            field_dict["steps"] = steps
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if environments is not UNSET:
            field_dict["environments"] = environments
        if schedules is not UNSET:
            field_dict["schedules"] = schedules
        if last_run is not UNSET:
            field_dict["last_run"] = last_run
        if trigger_url is not UNSET:
            field_dict["trigger_url"] = trigger_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``TestWrite`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("TestWrite", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 11
        if _read:
            try:
                (
                    name,
                    description,
                    default_environment_id,
                    steps,
                    id,
                    created_at,
                    created_by,
                    environments,
                    schedules,
                    last_run,
                    trigger_url,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            name = _src.get(_k_name, UNSET)
            description = _src.get(_k_description, UNSET)
            default_environment_id = _src.get(_k_default_environment_id, UNSET)
            steps = _src.get(_k_steps, UNSET)
            id = _src.get(_k_id, UNSET)
            created_at = _src.get(_k_created_at, UNSET)
            created_by = _src.get(_k_created_by, UNSET)
            environments = _src.get(_k_environments, UNSET)
            schedules = _src.get(_k_schedules, UNSET)
            last_run = _src.get(_k_last_run, UNSET)
            trigger_url = _src.get(_k_trigger_url, UNSET)
        if name.__class__ is not str and name is not None:
            if name is not UNSET:
                raise _d.fail("TestWrite", "name", name, "string")
            _absent += 1

        if description.__class__ is not str and description is not None:
            if description is not UNSET:
                raise _d.fail("TestWrite", "description", description, "string")
            _absent += 1

        if default_environment_id.__class__ is not str and default_environment_id is not None:
            if default_environment_id is not UNSET:
                raise _d.fail("TestWrite", "default_environment_id", default_environment_id, "string")
            _absent += 1

        if steps is UNSET:
            _absent += 1
        else:
            if steps is not None:
                if steps.__class__ is not list:
                    raise _d.fail("TestWrite", "steps", steps, "array")
                try:
                    steps = [*map(_StepWrite_from_dict, steps)]
                except DecodeError:
                    raise _d.item_failure(StepWrite, "TestWrite", "steps", steps) from None

        if id.__class__ is not str and id is not None:
            if id is not UNSET:
                raise _d.fail("TestWrite", "id", id, "string")
            _absent += 1

        if created_at is UNSET:
            _absent += 1
        else:

            def _union_created_at(model: str, field: str, value: Any) -> Any:
                if value is None:
                    return value
                _refusals: list[tuple[int, DecodeError]] = []
                try:
                    candidate = value
                    candidate = _d.as_float(model, field, candidate)

                    return candidate
                except DecodeError as _error:
                    _refusals.append((0, _error))
                try:
                    candidate = value
                    if candidate.__class__ is not str:
                        raise _d.fail(model, field, candidate, "string")

                    return candidate
                except DecodeError as _error:
                    _refusals.append((0, _error))
                raise _d.union_failure(_refusals, model, field, value, "float | None | str")

            created_at = _union_created_at("TestWrite", "created_at", created_at)

        if created_by is UNSET:
            _absent += 1
        else:
            if created_by is _d.MISSING:
                raise _d.fail("TestWrite", "created_by", created_by, "a value")

        if environments is UNSET:
            _absent += 1
        else:
            if environments is not None:
                environments = _d.as_list("TestWrite", "environments", environments)

        if schedules is UNSET:
            _absent += 1
        else:
            if schedules is not None:
                schedules = _d.as_list("TestWrite", "schedules", schedules)

        if last_run is UNSET:
            _absent += 1
        else:
            if last_run is _d.MISSING:
                raise _d.fail("TestWrite", "last_run", last_run, "a value")

        if trigger_url.__class__ is not str and trigger_url is not None:
            if trigger_url is not UNSET:
                raise _d.fail("TestWrite", "trigger_url", trigger_url, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        test_write = _new(cls)
        test_write.name = name
        test_write.description = description
        test_write.default_environment_id = default_environment_id
        test_write.steps = steps
        test_write.id = id
        test_write.created_at = created_at
        test_write.created_by = created_by
        test_write.environments = environments
        test_write.schedules = schedules
        test_write.last_run = last_run
        test_write.trigger_url = trigger_url
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        test_write.additional_properties = {} if len(_src) + _absent == 11 else _d.extra_keys(_src, _KNOWN_KEYS)
        return test_write

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
from ..models.step_write import StepWrite  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_TestWrite_from_dict = TestWrite.from_dict
_StepWrite_from_dict = StepWrite.from_dict
