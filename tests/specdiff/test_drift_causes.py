"""The drift check names which recorded input changed."""

from __future__ import annotations

import pytest

from codegen._drift import changed_inputs

STORED = {
    "spec": "specs/acme/openapi.yaml",
    "spec_sha256": "a",
    "settings_sha256": "b",
    "codegen_sha256": "c",
    "tools": {"openapi-python-client": "0.29.1", "ruff": "0.17.5"},
}


@pytest.mark.parametrize(
    ("change", "cause"),
    [
        ({"spec_sha256": "x"}, "the spec changed"),
        (
            {"settings_sha256": "x"},
            "its settings in codegen/vendors.toml (distribution, package, version, generator) changed",
        ),
        ({"codegen_sha256": "x"}, "codegen's templates or output-shaping modules changed"),
        (
            {"tools": {"openapi-python-client": "0.30.0", "ruff": "0.17.5"}},
            "openapi-python-client changed: 0.29.1 -> 0.30.0",
        ),
        ({"tools": {"openapi-python-client": "0.29.1"}}, "ruff changed: 0.17.5 -> none"),
    ],
)
def test_each_input_is_named(change: dict[str, object], cause: str) -> None:
    assert changed_inputs(STORED, {**STORED, **change}) == [cause]


def test_nothing_changed_means_hand_edits_and_no_manifest_is_said() -> None:
    assert changed_inputs(STORED, dict(STORED)) == []
    assert changed_inputs(None, STORED)[0].startswith("no readable GENERATED.json")
