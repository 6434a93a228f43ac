"""Webhook payloads (the spec's ``webhooks`` section) decode into the generated, checked models."""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

import pytest

from codegen import GenerationFailed, VendorConfig
from codegen._pipeline import webhooks_of

HERE = Path(__file__).resolve().parent


@pytest.fixture
def webhooks(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(HERE / "golden"))
    return importlib.import_module("golden_client.webhooks")


def test_payload_bytes_decode_into_the_model(webhooks: ModuleType) -> None:
    event = webhooks.parse_webhook(
        "thingChanged", b'{"thing_id": 7, "change": "deleted", "at": "2024-01-01T00:00:00Z"}'
    )
    assert type(event).__name__ == "ThingChanged"
    assert event.thing_id == 7
    assert event.change.value == "deleted"
    assert event.at.year == 2024


def test_an_already_parsed_payload_is_accepted(webhooks: ModuleType) -> None:
    thing = webhooks.parse_webhook("thingSnapshot", {"id": 1, "kind": "small", "when": None})
    assert type(thing).__name__ == "Thing"


def test_a_payload_that_does_not_fit_is_a_decode_error(webhooks: ModuleType) -> None:
    errors = importlib.import_module("golden_client.errors")
    with pytest.raises(errors.DecodeError, match=r"ThingChanged\.change"):
        webhooks.parse_webhook("thingChanged", '{"thing_id": 7, "change": "exploded"}')


def test_unknown_webhook_names_the_known_ones(webhooks: ModuleType) -> None:
    with pytest.raises(KeyError, match="thingChanged"):
        webhooks.parse_webhook("nope", b"{}")


def test_inline_payload_schema_fails_the_run(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\nwebhooks:\n  ping:\n    post:\n"
        "      requestBody: {content: {application/json: {schema: {type: object}}}}\n"
        "      responses: {'200': {description: ok}}\n"
    )
    vendor = VendorConfig("x", spec, "x-client", "x_client", "1")
    with pytest.raises(GenerationFailed, match="webhook 'ping'"):
        webhooks_of(vendor)
