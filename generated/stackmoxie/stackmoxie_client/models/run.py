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
from ..models.run_outcome import RunOutcome
from ..types import UNSET, Unset

T = TypeVar("T", bound="Run")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "outcome",
        "id",
        "duration",
        "scenario",
        "uuid",
        "log",
        "createdAt",
        "updatedAt",
        "createdBy",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_outcome,
    _k_id,
    _k_duration,
    _k_scenario,
    _k_uuid,
    _k_log,
    _k_created_at,
    _k_updated_at,
    _k_created_by,
) = _d.parsed_keys(
    "outcome",
    "id",
    "duration",
    "scenario",
    "uuid",
    "log",
    "createdAt",
    "updatedAt",
    "createdBy",
)
_members = _itemgetter(
    _k_outcome,
    _k_id,
    _k_duration,
    _k_scenario,
    _k_uuid,
    _k_log,
    _k_created_at,
    _k_updated_at,
    _k_created_by,
)


@_attrs_define
class Run:
    """A run of a Scenario.

    Attributes:
        outcome (RunOutcome): `Created`, `Running`, `Waiting` (not finished); `Passed`, `Failed`, `Error` (finished)
            (facts).
        id (int):
        duration (int | Unset): Milliseconds (facts).
        scenario (int | Scenario | Unset): The Scenario's ID, or the expanded Scenario (facts).
        uuid (str | Unset):
        log (int | None | RunLog | Unset): The Run Log's ID, or the expanded Run Log (facts).
        created_at (int | Unset): Unix epoch milliseconds (facts).
        updated_at (int | Unset): Unix epoch milliseconds (facts).
        created_by (int | Unset | User): The creating User's ID, or the expanded User (facts).
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    outcome: RunOutcome
    id: int
    duration: int | Unset = UNSET
    scenario: int | Scenario | Unset = UNSET
    uuid: str | Unset = UNSET
    log: int | None | RunLog | Unset = UNSET
    created_at: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    created_by: int | Unset | User = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.run_log import RunLog  # noqa: PLC0415
        from ..models.scenario import Scenario  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415

        outcome = self.outcome.value

        id = self.id

        duration = self.duration

        scenario: dict[str, Any] | int | Unset
        if isinstance(self.scenario, Unset):
            scenario = UNSET
        elif isinstance(self.scenario, Scenario):
            scenario = self.scenario.to_dict()
        else:
            scenario = self.scenario

        uuid = self.uuid

        log: dict[str, Any] | int | None | Unset
        if isinstance(self.log, Unset):
            log = UNSET
        elif isinstance(self.log, RunLog):
            log = self.log.to_dict()
        else:
            log = self.log

        created_at = self.created_at

        updated_at = self.updated_at

        created_by: dict[str, Any] | int | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, User):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outcome": outcome,
                "id": id,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if scenario is not UNSET:
            field_dict["scenario"] = scenario
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if log is not UNSET:
            field_dict["log"] = log
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Run`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Run", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 9
        if _read:
            try:
                (
                    outcome,
                    id,
                    duration,
                    scenario,
                    uuid,
                    log,
                    created_at,
                    updated_at,
                    created_by,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                outcome = _src[_k_outcome]
                id = _src[_k_id]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                outcome = _src.get(_k_outcome, _d.MISSING)
                id = _src.get(_k_id, _d.MISSING)
            duration = _src.get(_k_duration, UNSET)
            scenario = _src.get(_k_scenario, UNSET)
            uuid = _src.get(_k_uuid, UNSET)
            log = _src.get(_k_log, UNSET)
            created_at = _src.get(_k_created_at, UNSET)
            updated_at = _src.get(_k_updated_at, UNSET)
            created_by = _src.get(_k_created_by, UNSET)
        _member = _d.ENUM_MEMBERS[RunOutcome].get(outcome) if outcome.__class__ is str else None
        if _member is None:
            raise _d.enum_failure(RunOutcome, "Run", "outcome", outcome)
        outcome = _member

        if id.__class__ is not int:
            raise _d.fail("Run", "id", id, "integer")

        if duration.__class__ is not int:
            if duration is not UNSET:
                raise _d.fail("Run", "duration", duration, "integer")
            _absent += 1

        if scenario is UNSET:
            _absent += 1
        else:

            def _union_scenario(model: str, field: str, value: Any) -> Any:
                _refusals: list[tuple[int, DecodeError]] = []
                try:
                    candidate = value
                    if candidate.__class__ is not int:
                        raise _d.fail(model, field, candidate, "integer")

                    return candidate
                except DecodeError as _error:
                    _refusals.append((0, _error))
                try:
                    candidate = value
                    try:
                        candidate = _Scenario_from_dict(candidate)
                    except DecodeError as _error:
                        raise _error.within(model, field) from None

                    return candidate
                except DecodeError as _error:
                    _refusals.append((_d.resemblance(value, Scenario, {}), _error))
                raise _d.union_failure(_refusals, model, field, value, "int | Scenario")

            scenario = _union_scenario("Run", "scenario", scenario)

        if uuid.__class__ is not str:
            if uuid is not UNSET:
                raise _d.fail("Run", "uuid", uuid, "string")
            _absent += 1

        if log is UNSET:
            _absent += 1
        else:

            def _union_log(model: str, field: str, value: Any) -> Any:
                if value is None:
                    return value
                _refusals: list[tuple[int, DecodeError]] = []
                try:
                    candidate = value
                    if candidate.__class__ is not int:
                        raise _d.fail(model, field, candidate, "integer")

                    return candidate
                except DecodeError as _error:
                    _refusals.append((0, _error))
                try:
                    candidate = value
                    try:
                        candidate = _RunLog_from_dict(candidate)
                    except DecodeError as _error:
                        raise _error.within(model, field) from None

                    return candidate
                except DecodeError as _error:
                    _refusals.append((_d.resemblance(value, RunLog, {}), _error))
                raise _d.union_failure(_refusals, model, field, value, "int | None | RunLog")

            log = _union_log("Run", "log", log)

        if created_at.__class__ is not int:
            if created_at is not UNSET:
                raise _d.fail("Run", "createdAt", created_at, "integer")
            _absent += 1

        if updated_at.__class__ is not int:
            if updated_at is not UNSET:
                raise _d.fail("Run", "updatedAt", updated_at, "integer")
            _absent += 1

        if created_by is UNSET:
            _absent += 1
        else:

            def _union_created_by(model: str, field: str, value: Any) -> Any:
                _refusals: list[tuple[int, DecodeError]] = []
                try:
                    candidate = value
                    if candidate.__class__ is not int:
                        raise _d.fail(model, field, candidate, "integer")

                    return candidate
                except DecodeError as _error:
                    _refusals.append((0, _error))
                try:
                    candidate = value
                    try:
                        candidate = _User_from_dict(candidate)
                    except DecodeError as _error:
                        raise _error.within(model, field) from None

                    return candidate
                except DecodeError as _error:
                    _refusals.append((_d.resemblance(value, User, {}), _error))
                raise _d.union_failure(_refusals, model, field, value, "int | User")

            created_by = _union_created_by("Run", "createdBy", created_by)

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        run = _new(cls)
        run.outcome = outcome
        run.id = id
        run.duration = duration
        run.scenario = scenario
        run.uuid = uuid
        run.log = log
        run.created_at = created_at
        run.updated_at = updated_at
        run.created_by = created_by
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        run.additional_properties = {} if len(_src) + _absent == 9 else _d.extra_keys(_src, _KNOWN_KEYS)
        return run

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
from ..models.run_log import RunLog  # noqa: E402
from ..models.scenario import Scenario  # noqa: E402
from ..models.user import User  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_Run_from_dict = Run.from_dict
_RunLog_from_dict = RunLog.from_dict
_Scenario_from_dict = Scenario.from_dict
_User_from_dict = User.from_dict
