"""The argument checks vendor helpers run before any request: the value back when good, a named error when not."""

from __future__ import annotations

import datetime
import enum

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
