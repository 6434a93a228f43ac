"""A model whose property has the model's own module name decodes (a schema `Ack` with a member `ack`)."""

from __future__ import annotations

import importlib
from types import ModuleType

import pytest

from tests.codegen.test_webhooks import HERE


@pytest.fixture
def models(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(HERE / "golden"))
    return importlib.import_module("golden_client.models")


@pytest.mark.parametrize("value", [True, False])
def test_the_property_keeps_its_value(models: ModuleType, value: bool) -> None:
    ack = models.Ack.from_dict({"ack": value})
    assert ack.ack is value
    assert ack.to_dict() == {"ack": value}
    assert models.Ack.from_dict(ack.to_dict()) == ack
