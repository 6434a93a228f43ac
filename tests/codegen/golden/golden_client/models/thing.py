# Generated from tests/codegen/golden_spec.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/golden/GENERATED.json.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError
from ..models.kind import Kind
from ..models.level import Level
from ..types import UNSET, Unset

T = TypeVar("T", bound="Thing")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "kind",
        "when",
        "name",
        "level",
        "day",
        "ref",
        "score",
        "flag",
        "tags",
        "levels",
        "children",
        "parent",
        "meta",
        "label",
        "anything",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_id,
    _k_kind,
    _k_when,
    _k_name,
    _k_level,
    _k_day,
    _k_ref,
    _k_score,
    _k_flag,
    _k_tags,
    _k_levels,
    _k_children,
    _k_parent,
    _k_meta,
    _k_label,
    _k_anything,
) = _d.parsed_keys(
    "id",
    "kind",
    "when",
    "name",
    "level",
    "day",
    "ref",
    "score",
    "flag",
    "tags",
    "levels",
    "children",
    "parent",
    "meta",
    "label",
    "anything",
)
_members = _itemgetter(
    _k_id,
    _k_kind,
    _k_when,
    _k_name,
    _k_level,
    _k_day,
    _k_ref,
    _k_score,
    _k_flag,
    _k_tags,
    _k_levels,
    _k_children,
    _k_parent,
    _k_meta,
    _k_label,
    _k_anything,
)


@_attrs_define
class Thing:
    """
    Attributes:
        id (int):
        kind (Kind):
        when (datetime.datetime | None):
        name (str | Unset):
        level (Level | Unset):
        day (datetime.date | Unset):
        ref (UUID | Unset):
        score (float | Unset):
        flag (bool | Unset):
        tags (list[str] | Unset):
        levels (list[Level] | Unset):
        children (list[Thing] | Unset):
        parent (Thing | Unset):
        meta (ThingMeta | Unset):
        label (int | str | Unset):
        anything (Any | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    id: int
    kind: Kind
    when: datetime.datetime | None
    name: str | Unset = UNSET
    level: Level | Unset = UNSET
    day: datetime.date | Unset = UNSET
    ref: UUID | Unset = UNSET
    score: float | Unset = UNSET
    flag: bool | Unset = UNSET
    tags: list[str] | Unset = UNSET
    levels: list[Level] | Unset = UNSET
    children: list[Thing] | Unset = UNSET
    parent: Thing | Unset = UNSET
    meta: ThingMeta | Unset = UNSET
    label: int | str | Unset = UNSET
    anything: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kind = self.kind.value

        when: None | str
        if isinstance(self.when, datetime.datetime):
            when = self.when.isoformat()
        else:
            when = self.when

        name = self.name

        level: int | Unset = UNSET
        if not isinstance(self.level, Unset):
            level = self.level.value

        day: str | Unset = UNSET
        if not isinstance(self.day, Unset):
            day = self.day.isoformat()

        ref: str | Unset = UNSET
        if not isinstance(self.ref, Unset):
            ref = str(self.ref)

        score = self.score

        flag = self.flag

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        levels: list[int] | Unset = UNSET
        if not isinstance(self.levels, Unset):
            levels = []
            for levels_item_data in self.levels:
                levels_item = levels_item_data.value
                levels.append(levels_item)

        children: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = []
            for children_item_data in self.children:
                children_item = children_item_data.to_dict()
                children.append(children_item)

        parent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parent, Unset):
            parent = self.parent.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        label: int | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        anything = self.anything

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "when": when,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if level is not UNSET:
            field_dict["level"] = level
        if day is not UNSET:
            field_dict["day"] = day
        if ref is not UNSET:
            field_dict["ref"] = ref
        if score is not UNSET:
            field_dict["score"] = score
        if flag is not UNSET:
            field_dict["flag"] = flag
        if tags is not UNSET:
            field_dict["tags"] = tags
        if levels is not UNSET:
            field_dict["levels"] = levels
        if children is not UNSET:
            field_dict["children"] = children
        if parent is not UNSET:
            field_dict["parent"] = parent
        if meta is not UNSET:
            field_dict["meta"] = meta
        if label is not UNSET:
            field_dict["label"] = label
        if anything is not UNSET:
            field_dict["anything"] = anything

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Thing`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Thing", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 16
        if _read:
            try:
                (
                    id,
                    kind,
                    when,
                    name,
                    level,
                    day,
                    ref,
                    score,
                    flag,
                    tags,
                    levels,
                    children,
                    parent,
                    meta,
                    label,
                    anything,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                id = _src[_k_id]
                kind = _src[_k_kind]
                when = _src[_k_when]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                id = _src.get(_k_id, _d.MISSING)
                kind = _src.get(_k_kind, _d.MISSING)
                when = _src.get(_k_when, _d.MISSING)
            name = _src.get(_k_name, UNSET)
            level = _src.get(_k_level, UNSET)
            day = _src.get(_k_day, UNSET)
            ref = _src.get(_k_ref, UNSET)
            score = _src.get(_k_score, UNSET)
            flag = _src.get(_k_flag, UNSET)
            tags = _src.get(_k_tags, UNSET)
            levels = _src.get(_k_levels, UNSET)
            children = _src.get(_k_children, UNSET)
            parent = _src.get(_k_parent, UNSET)
            meta = _src.get(_k_meta, UNSET)
            label = _src.get(_k_label, UNSET)
            anything = _src.get(_k_anything, UNSET)
        if id.__class__ is not int:
            raise _d.fail("Thing", "id", id, "integer")

        _member = _d.ENUM_MEMBERS[Kind].get(kind) if kind.__class__ is str else None
        if _member is None:
            raise _d.enum_failure(Kind, "Thing", "kind", kind)
        kind = _member

        if when is not None:
            try:
                when = _d.parse_datetime(when)
            except (TypeError, ValueError):
                raise _d.fail("Thing", "when", when, "ISO 8601 date-time") from None

        if name.__class__ is not str:
            if name is not UNSET:
                raise _d.fail("Thing", "name", name, "string")
            _absent += 1

        if level is UNSET:
            _absent += 1
        else:
            _member = _d.ENUM_MEMBERS[Level].get(level) if level.__class__ is int else None
            if _member is None:
                raise _d.enum_failure(Level, "Thing", "level", level)
            level = _member

        if day is UNSET:
            _absent += 1
        else:
            try:
                day = _d.parse_date(day)
            except (TypeError, ValueError):
                raise _d.fail("Thing", "day", day, "ISO 8601 date") from None

        if ref is UNSET:
            _absent += 1
        else:
            ref = _d.as_uuid("Thing", "ref", ref)

        if score is UNSET:
            _absent += 1
        else:
            score = _d.as_float("Thing", "score", score)

        if flag.__class__ is not bool:
            if flag is not UNSET:
                raise _d.fail("Thing", "flag", flag, "boolean")
            _absent += 1

        if tags is UNSET:
            _absent += 1
        else:
            if tags.__class__ is not list:
                raise _d.fail("Thing", "tags", tags, "array")
            for _item in tags:
                if _item.__class__ is not str:
                    _d.list_of(str, "string", "Thing", "tags", tags)  # raises, naming the item

        if levels is UNSET:
            _absent += 1
        else:

            def _item_levels(model: str, field: str, value: Any) -> Any:
                _member = _d.ENUM_MEMBERS[Level].get(value) if value.__class__ is int else None
                if _member is None:
                    raise _d.enum_failure(Level, model, field, value)
                value = _member

                return value

            levels = _d.list_map(_item_levels, "Thing", "levels", levels)

        if children is UNSET:
            _absent += 1
        else:
            if children.__class__ is not list:
                raise _d.fail("Thing", "children", children, "array")
            try:
                children = [*map(_Thing_from_dict, children)]
            except DecodeError:
                raise _d.item_failure(Thing, "Thing", "children", children) from None

        if parent is UNSET:
            _absent += 1
        else:
            try:
                parent = _Thing_from_dict(parent)
            except DecodeError as _error:
                raise _error.within("Thing", "parent") from None

        if meta is UNSET:
            _absent += 1
        else:
            try:
                meta = _ThingMeta_from_dict(meta)
            except DecodeError as _error:
                raise _error.within("Thing", "meta") from None

        if label is UNSET:
            _absent += 1
        else:

            def _union_label(model: str, field: str, value: Any) -> Any:
                _refusals: list[tuple[int, DecodeError]] = []
                try:
                    candidate = value
                    if candidate.__class__ is not str:
                        raise _d.fail(model, field, candidate, "string")

                    return candidate
                except DecodeError as _error:
                    _refusals.append((0, _error))
                try:
                    candidate = value
                    if candidate.__class__ is not int:
                        raise _d.fail(model, field, candidate, "integer")

                    return candidate
                except DecodeError as _error:
                    _refusals.append((0, _error))
                raise _d.union_failure(_refusals, model, field, value, "int | str")

            label = _union_label("Thing", "label", label)

        if anything is UNSET:
            _absent += 1
        else:
            if anything is _d.MISSING:
                raise _d.fail("Thing", "anything", anything, "a value")

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        thing = _new(cls)
        thing.id = id
        thing.kind = kind
        thing.when = when
        thing.name = name
        thing.level = level
        thing.day = day
        thing.ref = ref
        thing.score = score
        thing.flag = flag
        thing.tags = tags
        thing.levels = levels
        thing.children = children
        thing.parent = parent
        thing.meta = meta
        thing.label = label
        thing.anything = anything
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        thing.additional_properties = {} if len(_src) + _absent == 16 else _d.extra_keys(_src, _KNOWN_KEYS)
        return thing

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
from ..models.thing_meta import ThingMeta  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_Thing_from_dict = Thing.from_dict
_ThingMeta_from_dict = ThingMeta.from_dict
