"""``literal_enums = true`` (an openapi-python-client setting every vendor leaves off, see codegen/vendors.toml) works
with the decode template: the golden spec generated with it decodes its literal values and refuses the others."""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

import pytest

from codegen import VendorConfig, render_tree

HERE = Path(__file__).resolve().parent

VENDOR = VendorConfig(
    name="literal",
    spec=HERE / "golden_spec.yaml",
    distribution="literal-client",
    package="literal_client",
    version="1.0.0",
    generator={"literal_enums": True},
)


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    tree = tmp_path_factory.mktemp("literal") / "literal"
    render_tree(VENDOR, tree)
    with pytest.MonkeyPatch.context() as patch:
        patch.syspath_prepend(str(tree))
        return importlib.import_module("literal_client.models")


THING = {"id": 1, "kind": "large", "when": None}


def test_literal_values_decode_as_themselves(models: ModuleType) -> None:
    thing = models.Thing.from_dict({**THING, "level": 2, "levels": [1, 3]})
    assert (thing.kind, thing.level, thing.levels) == ("large", 2, [1, 3])
    assert thing.to_dict() == {**THING, "level": 2, "levels": [1, 3]}


@pytest.mark.parametrize(
    ("member", "value", "place"),
    [("kind", "medium", "kind"), ("kind", 1, "kind"), ("level", True, "level"), ("levels", [1, 4], "levels[1]")],
)
def test_other_values_are_refused_naming_the_place(models: ModuleType, member: str, value: object, place: str) -> None:
    error_type = importlib.import_module("literal_client.errors").DecodeError
    with pytest.raises(error_type) as caught:
        models.Thing.from_dict({**THING, member: value})
    assert (caught.value.model, caught.value.field, caught.value.value) == (
        "Thing",
        place,
        value if place == member else 4,
    )
    assert "one of" in caught.value.expected
