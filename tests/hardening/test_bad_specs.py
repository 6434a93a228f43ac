"""Malformed specs and generator settings fed to codegen: each refused with one typed error naming the place.

Nothing half-generated is left behind, and the command line reports the problem without a traceback.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen import ConfigError, GenerationFailed, VendorConfig, load_vendors, render_tree
from codegen.__main__ import main

GOOD_OPERATION = """
    get:
      operationId: get_thing
      summary: One thing.
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {$ref: "#/components/schemas/Thing"}}}
"""
GOOD_SPEC = f"""openapi: 3.1.0
info: {{title: Bad, version: "1"}}
paths:
  /things/{{id}}:
    parameters: [{{name: id, in: path, required: true, schema: {{type: integer}}}}]
{GOOD_OPERATION}
components:
  schemas:
    Thing: {{type: object, required: [id], properties: {{id: {{type: integer}}}}}}
"""

# name -> (spec text, what the error must say)
BAD_SPECS: dict[str, tuple[str, tuple[str, ...]]] = {
    "YAML that does not parse": ('openapi: 3.1.0\ninfo: {title: x, version: "1"\npaths: {}\n', ("line 3", "YAML")),
    "a list, not a mapping": ("- openapi\n- 3.1.0\n", ("not an OpenAPI document",)),
    "no openapi key": ("info: {title: x, version: '1'}\npaths: {}\n", ("not an OpenAPI document",)),
    "paths not a mapping": ("openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths: 5\n", ("paths",)),
    "an operation without operationId": (
        GOOD_SPEC.replace("      operationId: get_thing\n", ""),
        ("GET /things/{id}", "operationId"),
    ),
    "a $ref to nowhere": (
        GOOD_SPEC.replace('schemas/Thing"}}}', 'schemas/Nowhere"}}}'),
        ("GET /things/{id}", "Could not find reference"),
    ),
    "a schema of an unknown type": (GOOD_SPEC.replace("{id: {type: integer}}", "{id: {type: wobbly}}"), ("Thing",)),
    "info missing": ("openapi: 3.1.0\npaths: {}\n", ("info",)),
}


def _vendor(spec: Path) -> VendorConfig:
    return VendorConfig(name="bad", spec=spec, distribution="bad-client", package="bad_client", version="1.0.0")


def test_the_good_spec_generates(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(GOOD_SPEC)
    render_tree(_vendor(spec), tmp_path / "out")
    assert (tmp_path / "out" / "bad_client" / "models" / "thing.py").exists()


@pytest.mark.parametrize("name", sorted(BAD_SPECS))
def test_a_malformed_spec_is_refused_naming_the_place(name: str, tmp_path: Path) -> None:
    text, expected = BAD_SPECS[name]
    spec = tmp_path / "openapi.yaml"
    spec.write_text(text)
    with pytest.raises(GenerationFailed) as caught:
        render_tree(_vendor(spec), tmp_path / "out")
    message = str(caught.value)
    assert "openapi.yaml" in message
    for fragment in expected:
        assert fragment in message, f"{fragment!r} not in {message!r}"
    assert caught.value.problems, "the problems are listed one by one"
    assert not (tmp_path / "out").exists(), "nothing half-generated is left behind"


def test_a_missing_spec_file_is_refused_naming_it(tmp_path: Path) -> None:
    with pytest.raises(GenerationFailed, match="cannot read the spec"):
        render_tree(_vendor(tmp_path / "nowhere.yaml"), tmp_path / "out")


VENDOR_ENTRY = '[vendors.x]\nspec = "s.yaml"\ndistribution = "x-client"\npackage = "x_client"\nversion = "1"\n'
BAD_SETTINGS: dict[str, tuple[str, str]] = {
    "not TOML": ("[vendors.x\nspec = 1\n", "not valid TOML"),
    "a key missing": (VENDOR_ENTRY.replace('package = "x_client"\n', ""), "[vendors.x] lacks package"),
    "an unknown key": (VENDOR_ENTRY + 'packge = "typo"\n', "unknown key(s) packge"),
    "a key of the wrong type": (VENDOR_ENTRY.replace('version = "1"', "version = 1"), "version must be"),
    "a setting without a reason": (VENDOR_ENTRY + "[vendors.x.generator]\nliteral_enums = true\n", "no reason"),
    "not a table": ('vendors = {x = "y"}\n', "[vendors.x] must be a table"),
}


@pytest.mark.parametrize("name", sorted(BAD_SETTINGS))
def test_malformed_generator_settings_are_refused_naming_the_place(name: str, tmp_path: Path) -> None:
    text, expected = BAD_SETTINGS[name]
    config = tmp_path / "vendors.toml"
    config.write_text(text)
    with pytest.raises(ConfigError) as caught:
        load_vendors(config, root=tmp_path)
    assert expected in str(caught.value)
    assert str(caught.value).startswith("vendors.toml")


def test_the_command_line_reports_a_malformed_spec_without_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(BAD_SPECS["YAML that does not parse"][0])
    monkeypatch.setattr("codegen.__main__.load_vendors", lambda: {"bad": _vendor(spec)})
    assert main(["generate", "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "bad: " in err and "line 3" in err and "Traceback" not in err
