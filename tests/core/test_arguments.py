"""The argument checks vendor helpers run before any request: the value back when good, a named error when not."""

from __future__ import annotations

import datetime
import enum
from collections.abc import Iterable

import pytest

from qaclients.core import aware_datetime, items_of, non_empty_str, one_of, positive_int


class Colour(enum.IntEnum):
    RED = 1
    BLUE = 2


def test_positive_int() -> None:
    assert positive_int("n", 3) == 3
    assert positive_int("n", 0, minimum=0) == 0
    with pytest.raises(TypeError, match=r"^n must be an int, got str '3'$"):
        positive_int("n", "3")
    with pytest.raises(TypeError, match="got bool"):
        positive_int("n", True)
    with pytest.raises(ValueError, match=r"^n must be >= 1, got 0$"):
        positive_int("n", 0)


def test_non_empty_str() -> None:
    assert non_empty_str("s", "x") == "x"
    with pytest.raises(ValueError, match="s must not be empty"):
        non_empty_str("s", "  ")
    with pytest.raises(TypeError, match="s must be a str, got int 5"):
        non_empty_str("s", 5)


def test_one_of() -> None:
    assert one_of("c", 2, list(Colour)) == 2
    assert one_of("c", Colour.RED, list(Colour)) is Colour.RED
    with pytest.raises(ValueError, match=r"c must be one of 1, 2; got 3"):
        one_of("c", 3, list(Colour))
    with pytest.raises(ValueError, match="got True"):
        one_of("c", True, list(Colour))  # True == 1, but it is not a colour
    with pytest.raises(ValueError, match=r"got \[\]"):
        one_of("c", [], ("a",))


def test_items_of() -> None:
    assert items_of("tags", ("a", "b"), str) == ["a", "b"]
    assert items_of("ids", iter([1, 2]), int) == [1, 2]
    with pytest.raises(TypeError, match="tags must be a list of str, not str"):
        items_of("tags", "ab", str)
    with pytest.raises(TypeError, match="ids must be a list of int, not int"):
        items_of("ids", 5, int)
    with pytest.raises(TypeError, match=r"ids\[1\] must be int, got bool True"):
        items_of("ids", [1, True], int)
    with pytest.raises(TypeError, match=r"x\[0\] must be int or str, got float"):
        items_of("x", [1.5], (int, str))


def test_aware_datetime() -> None:
    moment = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    assert aware_datetime("t", moment) is moment
    with pytest.raises(ValueError, match="t must be timezone-aware"):
        aware_datetime("t", datetime.datetime(2024, 1, 1))
    with pytest.raises(TypeError, match="t must be a datetime, got date"):
        aware_datetime("t", datetime.date(2024, 1, 1))


def test_checked_arguments_checks_by_name_before_the_method_runs() -> None:
    import asyncio  # noqa: PLC0415

    from qaclients.core import checked_arguments, non_empty_str, positive_int  # noqa: PLC0415

    ran: list[object] = []

    @checked_arguments({"size": positive_int, "tags": items_of_str}, suffixes={"_id": non_empty_str})
    class Client:
        def get(self, run_id: str, size: int = 0, **filters: object) -> str:
            ran.append((run_id, size, filters))
            return run_id

        def tagged(self, tags: Iterable[str]) -> object:
            return tags

        async def aget(self, run_id: str) -> str:
            return run_id

        @classmethod
        def make(cls, run_id: int) -> int:
            return run_id

    client = Client()
    assert client.get("r1") == "r1"  # the default 0 is not checked
    with pytest.raises(ValueError, match="run_id must not be empty"):
        client.get("")
    with pytest.raises(TypeError, match="plan_id must be a str"):
        client.get("r", plan_id=3)  # a **kwargs entry by its name
    with pytest.raises(ValueError, match="size must be >= 1"):
        client.get("r", size=0)
    assert client.get("r", plan_id=None) == "r"  # None: not given
    assert client.tagged(tag for tag in ("a", "b")) == ["a", "b"]  # a generator is read once, handed on as a list
    coroutine = client.aget(5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="run_id must be a str"):
        asyncio.run(coroutine)  # raised when awaited, as an async method's own check would
    assert Client.make(5) == 5  # class methods are left alone
    assert ran == [("r1", 0, {}), ("r", 0, {"plan_id": None})]


def items_of_str(name: str, value: object) -> list[str]:
    from qaclients.core import items_of  # noqa: PLC0415

    return items_of(name, value, str)


def test_the_checks_several_vendors_share() -> None:
    from collections.abc import Mapping  # noqa: PLC0415

    from qaclients.core._arguments import (  # noqa: PLC0415
        boolean,
        enum_or_value,
        instance_of,
        mapping,
        non_empty_strs,
        number,
        plain_date,
    )

    class Shade(enum.StrEnum):
        DARK = "dark"

    assert positive_int("n", 5, maximum=5) == 5
    with pytest.raises(ValueError, match=r"^n must be <= 5, got 6$"):
        positive_int("n", 6, maximum=5)
    assert boolean("b", False) is False
    with pytest.raises(TypeError, match="b must be a bool, got int 1"):
        boolean("b", 1)
    assert number("x", 1.5) == 1.5
    with pytest.raises(TypeError, match="x must be a number, got bool"):
        number("x", True)
    with pytest.raises(TypeError, match=r"d must be a datetime\.date, got str"):
        plain_date("d", "2024-01-01")
    with pytest.raises(TypeError, match="m must be a mapping, got list"):
        mapping("m", [])
    assert non_empty_strs("s", ("a",)) == ["a"]
    with pytest.raises(ValueError, match=r"s\[1\] must not be empty"):
        non_empty_strs("s", ["a", " "])
    with pytest.raises(TypeError, match="t must be Mapping or int, got bool"):
        instance_of(Mapping, int)("t", True)
    assert enum_or_value(Shade)("e", "dark") == "dark"
    with pytest.raises(ValueError, match="e must be one of 'dark'"):
        enum_or_value(Shade)("e", "light")
    with pytest.raises(TypeError, match="e must be a Shade or str, got int"):
        enum_or_value(Shade)("e", 3)


def test_checked_arguments_on_a_function_by_annotation_with_none_only_where_optional() -> None:
    from qaclients.core import checked_arguments  # noqa: PLC0415

    checked = checked_arguments(
        {"limit": lambda name, value: positive_int(name, value, minimum=0)}, none="if_optional", by_annotation=True
    )

    @checked
    def build(key: str, note: str | None, *, tags: Iterable[str] = (), limit: int | None = None, size: int = 1) -> str:
        return f"{key}:{note}:{tags}:{limit}:{size}"

    assert build("k", None, tags=("a",), limit=0) == "k:None:['a']:0:1"  # a rule by name wins over the annotation
    with pytest.raises(TypeError, match="key must be a str, got NoneType"):
        build(None, "n")  # type: ignore[arg-type] # not optional: None is checked, and refused
    with pytest.raises(ValueError, match="note must not be empty"):
        build("k", "")
    with pytest.raises(ValueError, match=r"tags\[0\] must not be empty"):
        build("k", None, tags=[""])
    with pytest.raises(ValueError, match="size must be >= 1"):
        build("k", None, size=0)

    @checked
    def untouched(model: object, count: float = 1.0) -> object:
        return model

    assert untouched(1, 2) == 1
    with pytest.raises(TypeError, match="count must be a number"):
        untouched(1, "2")  # type: ignore[arg-type]


def test_checked_arguments_own_methods_only_and_keywords_left_alone() -> None:
    from qaclients.core import checked_arguments, non_empty_str  # noqa: PLC0415

    class Base:
        def token(self, run_id: str) -> str:
            return run_id

    @checked_arguments({"run_id": non_empty_str, "plan_id": non_empty_str}, inherited=False, keywords=False)
    class Client(Base):
        def get(self, run_id: str, **fields: object) -> object:
            return fields

    client = Client()
    assert client.token("") == ""  # inherited: not wrapped
    assert client.get("r", plan_id="") == {"plan_id": ""}  # a **fields entry: left to the method
    with pytest.raises(ValueError, match="run_id must not be empty"):
        client.get("")
