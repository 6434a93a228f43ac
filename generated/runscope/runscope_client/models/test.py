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

T = TypeVar("T", bound="Test")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "description",
        "created_at",
        "created_by",
        "default_environment_id",
        "environments",
        "last_run",
        "schedules",
        "steps",
        "trigger_url",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_id,
    _k_name,
    _k_description,
    _k_created_at,
    _k_created_by,
    _k_default_environment_id,
    _k_environments,
    _k_last_run,
    _k_schedules,
    _k_steps,
    _k_trigger_url,
) = _d.parsed_keys(
    "id",
    "name",
    "description",
    "created_at",
    "created_by",
    "default_environment_id",
    "environments",
    "last_run",
    "schedules",
    "steps",
    "trigger_url",
)
_members = _itemgetter(
    _k_id,
    _k_name,
    _k_description,
    _k_created_at,
    _k_created_by,
    _k_default_environment_id,
    _k_environments,
    _k_last_run,
    _k_schedules,
    _k_steps,
    _k_trigger_url,
)


@_attrs_define
class Test:
    """A test. List entries carry the summary fields only; the detail adds environments, schedules, steps.

    Attributes:
        id (str): The unique identifier of the test.
        name (str):
        description (None | str | Unset): Long-form description of the test.
        created_at (float | Unset): Unix epoch seconds, an integer or a float (facts, Transport).
        created_by (None | Person | Unset):
        default_environment_id (None | str | Unset):
        environments (list[Environment] | Unset):
        last_run (None | TestRun | Unset): The latest run, null when the test never ran.
        schedules (list[Schedule] | Unset):
        steps (list[ConditionStep | GhostInspectorStep | PauseStep | RequestStep | SubtestStep] | Unset):
        trigger_url (str | Unset): The trigger URL (https://api.runscope.com/radar/<id>/trigger).
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    id: str
    name: str
    description: None | str | Unset = UNSET
    created_at: float | Unset = UNSET
    created_by: None | Person | Unset = UNSET
    default_environment_id: None | str | Unset = UNSET
    environments: list[Environment] | Unset = UNSET
    last_run: None | TestRun | Unset = UNSET
    schedules: list[Schedule] | Unset = UNSET
    steps: list[ConditionStep | GhostInspectorStep | PauseStep | RequestStep | SubtestStep] | Unset = UNSET
    trigger_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.condition_step import ConditionStep  # noqa: PLC0415
        from ..models.ghost_inspector_step import GhostInspectorStep  # noqa: PLC0415
        from ..models.pause_step import PauseStep  # noqa: PLC0415
        from ..models.person import Person  # noqa: PLC0415
        from ..models.request_step import RequestStep  # noqa: PLC0415
        from ..models.test_run import TestRun  # noqa: PLC0415

        id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        created_at = self.created_at

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, Person):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        default_environment_id: None | str | Unset
        if isinstance(self.default_environment_id, Unset):
            default_environment_id = UNSET
        else:
            default_environment_id = self.default_environment_id

        environments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.environments, Unset):
            environments = []
            for environments_item_data in self.environments:
                environments_item = environments_item_data.to_dict()
                environments.append(environments_item)

        last_run: dict[str, Any] | None | Unset
        if isinstance(self.last_run, Unset):
            last_run = UNSET
        elif isinstance(self.last_run, TestRun):
            last_run = self.last_run.to_dict()
        else:
            last_run = self.last_run

        schedules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schedules, Unset):
            schedules = []
            for schedules_item_data in self.schedules:
                schedules_item = schedules_item_data.to_dict()
                schedules.append(schedules_item)

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item: dict[str, Any]
                if isinstance(steps_item_data, RequestStep):
                    steps_item = steps_item_data.to_dict()
                elif isinstance(steps_item_data, PauseStep):
                    steps_item = steps_item_data.to_dict()
                elif isinstance(steps_item_data, ConditionStep):
                    steps_item = steps_item_data.to_dict()
                elif isinstance(steps_item_data, GhostInspectorStep):
                    steps_item = steps_item_data.to_dict()
                else:
                    steps_item = steps_item_data.to_dict()

                steps.append(steps_item)

        trigger_url = self.trigger_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if default_environment_id is not UNSET:
            field_dict["default_environment_id"] = default_environment_id
        if environments is not UNSET:
            field_dict["environments"] = environments
        if last_run is not UNSET:
            field_dict["last_run"] = last_run
        if schedules is not UNSET:
            field_dict["schedules"] = schedules
        if steps is not UNSET:
            field_dict["steps"] = steps
        if trigger_url is not UNSET:
            field_dict["trigger_url"] = trigger_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Test`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Test", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 11
        if _read:
            try:
                (
                    id,
                    name,
                    description,
                    created_at,
                    created_by,
                    default_environment_id,
                    environments,
                    last_run,
                    schedules,
                    steps,
                    trigger_url,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                id = _src[_k_id]
                name = _src[_k_name]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                id = _src.get(_k_id, _d.MISSING)
                name = _src.get(_k_name, _d.MISSING)
            description = _src.get(_k_description, UNSET)
            created_at = _src.get(_k_created_at, UNSET)
            created_by = _src.get(_k_created_by, UNSET)
            default_environment_id = _src.get(_k_default_environment_id, UNSET)
            environments = _src.get(_k_environments, UNSET)
            last_run = _src.get(_k_last_run, UNSET)
            schedules = _src.get(_k_schedules, UNSET)
            steps = _src.get(_k_steps, UNSET)
            trigger_url = _src.get(_k_trigger_url, UNSET)
        if id.__class__ is not str:
            raise _d.fail("Test", "id", id, "string")

        if name.__class__ is not str:
            raise _d.fail("Test", "name", name, "string")

        if description.__class__ is not str and description is not None:
            if description is not UNSET:
                raise _d.fail("Test", "description", description, "string")
            _absent += 1

        if created_at is UNSET:
            _absent += 1
        else:
            created_at = _d.as_float("Test", "created_at", created_at)

        if created_by is UNSET:
            _absent += 1
        else:
            if created_by is not None:
                try:
                    created_by = _Person_from_dict(created_by)
                except DecodeError as _error:
                    raise _d.union_failure(
                        [(_d.resemblance(created_by, Person, {}), _error.within("Test", "created_by"))],
                        "Test",
                        "created_by",
                        created_by,
                        "None | Person",
                    ) from None

        if default_environment_id.__class__ is not str and default_environment_id is not None:
            if default_environment_id is not UNSET:
                raise _d.fail("Test", "default_environment_id", default_environment_id, "string")
            _absent += 1

        if environments is UNSET:
            _absent += 1
        else:
            if environments.__class__ is not list:
                raise _d.fail("Test", "environments", environments, "array")
            try:
                environments = [*map(_Environment_from_dict, environments)]
            except DecodeError:
                raise _d.item_failure(Environment, "Test", "environments", environments) from None

        if last_run is UNSET:
            _absent += 1
        else:
            if last_run is not None:
                try:
                    last_run = _TestRun_from_dict(last_run)
                except DecodeError as _error:
                    raise _d.union_failure(
                        [(_d.resemblance(last_run, TestRun, {}), _error.within("Test", "last_run"))],
                        "Test",
                        "last_run",
                        last_run,
                        "None | TestRun",
                    ) from None

        if schedules is UNSET:
            _absent += 1
        else:
            if schedules.__class__ is not list:
                raise _d.fail("Test", "schedules", schedules, "array")
            try:
                schedules = [*map(_Schedule_from_dict, schedules)]
            except DecodeError:
                raise _d.item_failure(Schedule, "Test", "schedules", schedules) from None

        if steps is UNSET:
            _absent += 1
        else:

            def _item_steps(model: str, field: str, value: Any) -> Any:
                def _union_value(model: str, field: str, value: Any) -> Any:
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
                        _refusals.append(
                            (_d.resemblance(value, GhostInspectorStep, {"step_type": "ghost-inspector"}), _error)
                        )
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

                value = _union_value(model, field, value)

                return value

            steps = _d.list_map(_item_steps, "Test", "steps", steps)

        if trigger_url.__class__ is not str:
            if trigger_url is not UNSET:
                raise _d.fail("Test", "trigger_url", trigger_url, "string")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        test = _new(cls)
        test.id = id
        test.name = name
        test.description = description
        test.created_at = created_at
        test.created_by = created_by
        test.default_environment_id = default_environment_id
        test.environments = environments
        test.last_run = last_run
        test.schedules = schedules
        test.steps = steps
        test.trigger_url = trigger_url
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        test.additional_properties = {} if len(_src) + _absent == 11 else _d.extra_keys(_src, _KNOWN_KEYS)
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
from ..models.condition_step import ConditionStep  # noqa: E402
from ..models.environment import Environment  # noqa: E402
from ..models.ghost_inspector_step import GhostInspectorStep  # noqa: E402
from ..models.pause_step import PauseStep  # noqa: E402
from ..models.person import Person  # noqa: E402
from ..models.request_step import RequestStep  # noqa: E402
from ..models.schedule import Schedule  # noqa: E402
from ..models.subtest_step import SubtestStep  # noqa: E402
from ..models.test_run import TestRun  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_Test_from_dict = Test.from_dict
_ConditionStep_from_dict = ConditionStep.from_dict
_Environment_from_dict = Environment.from_dict
_GhostInspectorStep_from_dict = GhostInspectorStep.from_dict
_PauseStep_from_dict = PauseStep.from_dict
_Person_from_dict = Person.from_dict
_RequestStep_from_dict = RequestStep.from_dict
_Schedule_from_dict = Schedule.from_dict
_SubtestStep_from_dict = SubtestStep.from_dict
_TestRun_from_dict = TestRun.from_dict
