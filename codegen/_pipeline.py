"""Runs openapi-python-client with our templates, then finishes the tree: extra modules, headers, manifest.

Generator warnings are errors: the stock generator drops a schema or an operation it cannot parse and carries on,
so a warning here fails the run and names the spec and what would have been dropped.
"""

from __future__ import annotations

import contextlib
import io
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import jinja2
import yaml

from codegen._config import CODEGEN_DIR, VendorConfig
from codegen._fingerprint import MANIFEST, manifest_for, read_manifest, write_manifest
from codegen._stamp import stamp_tree

TEMPLATES = CODEGEN_DIR / "templates"
EXTRA_TEMPLATES = CODEGEN_DIR / "extra_templates"
EXTRA_MODULES = ("_decode.py",)
WEBHOOK_METHODS = ("post", "put")
# The generator sometimes prints a value as its object repr ("status code <...UntrustedString object at 0x..>").
_OBJECT_REPR = re.compile(r"<[\w.]+ object at 0x[0-9a-fA-F]+>")
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


class GenerationFailed(Exception):
    """The generator reported problems; the message names the spec and each schema or operation affected."""

    def __init__(self, spec: str, problems: Sequence[str]) -> None:
        self.spec = spec
        self.problems = list(problems)
        super().__init__(f"{spec}: the generator reported {len(problems)} problem(s):\n" + "\n".join(problems))


def _ruff(*args: str, cwd: Path) -> None:
    subprocess.run([sys.executable, "-m", "ruff", *args, "--no-cache"], cwd=cwd, check=True, capture_output=True)


def _run_generator(vendor: VendorConfig, project_dir: Path) -> None:
    from openapi_python_client import generate  # noqa: PLC0415 - heavy; a no-op run never needs it
    from openapi_python_client.config import Config, ConfigFile, MetaType  # noqa: PLC0415

    config_file = ConfigFile(
        project_name_override=vendor.distribution,
        package_name_override=vendor.package,
        package_version_override=vendor.version,
        post_hooks=[],  # ruff runs below, through this interpreter, not whatever is on PATH
        **vendor.generator,
    )
    config = Config.from_sources(
        config_file,
        MetaType.UV,
        document_source=vendor.spec,
        file_encoding="utf-8",
        overwrite=True,
        output_path=project_dir,
    )
    with contextlib.redirect_stdout(io.StringIO()):
        errors = generate(config=config, custom_template_path=TEMPLATES)
    if errors:
        problems = [
            _OBJECT_REPR.sub("?", f"  {error.level.value}: {error.header or ''} {error.detail or ''}".rstrip())
            for error in errors
        ]
        raise GenerationFailed(vendor.spec_relative, problems)


def webhooks_of(vendor: VendorConfig) -> list[dict[str, str]]:
    """Each webhook of the spec (OpenAPI 3.1 ``webhooks``) with the model class of its JSON payload.

    The stock generator ignores ``webhooks`` but generates every component schema, so a payload that is a ``$ref``
    to one already has its checked model; an inline payload schema would have none, and fails the run.
    """
    from openapi_python_client.strings import ClassName  # noqa: PLC0415 - same naming as the generator

    spec = yaml.safe_load(vendor.spec.read_text(encoding="utf-8"))
    found = []
    for name, item in sorted((spec.get("webhooks") or {}).items()):
        for method in WEBHOOK_METHODS:
            body = ((item or {}).get(method) or {}).get("requestBody", {})
            schema = body.get("content", {}).get("application/json", {}).get("schema", {})
            if not body:
                continue
            ref = schema.get("$ref", "")
            if not ref.startswith("#/components/schemas/"):
                problem = f"  webhook {name!r}: the JSON payload must be a $ref to #/components/schemas/ to get a model"
                raise GenerationFailed(vendor.spec_relative, [problem])
            found.append({"name": name, "class_name": str(ClassName(ref.rsplit("/", 1)[1], "field_"))})
    return found


def _render_extras(vendor: VendorConfig, package_dir: Path) -> None:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(EXTRA_TEMPLATES), keep_trailing_newline=True, undefined=jinja2.StrictUndefined
    )
    for name in EXTRA_MODULES:
        text = env.get_template(name + ".jinja").render(package_name=vendor.package)
        (package_dir / name).write_text(text, encoding="utf-8")
    webhooks = webhooks_of(vendor)
    if webhooks:
        text = env.get_template("webhooks.py.jinja").render(package_name=vendor.package, webhooks=webhooks)
        (package_dir / "webhooks.py").write_text(text, encoding="utf-8")


def check_spec(vendor: VendorConfig) -> None:
    """Refuse, naming the place, a spec the generator would choke on or half-understand: a missing file, YAML that
    does not parse (line and column), a document that is not an OpenAPI mapping, an operation without an operationId
    (the generated function names come from it)."""
    where = vendor.spec_relative
    try:
        text = vendor.spec.read_text(encoding="utf-8")
    except OSError as error:
        raise GenerationFailed(where, [f"  cannot read the spec ({error.strerror or error})"]) from error
    try:
        spec = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        place = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
        problem = getattr(error, "problem", None) or str(error)
        raise GenerationFailed(where, [f"  {place}not valid YAML ({problem})"]) from error
    if not isinstance(spec, dict) or "openapi" not in spec:
        raise GenerationFailed(where, ["  <root>: not an OpenAPI document (a mapping with an `openapi` key)"])
    paths = spec.get("paths")
    if paths is not None and not isinstance(paths, dict):
        raise GenerationFailed(where, ["  paths: must be a mapping of path to path item"])
    problems = [
        f"  {method.upper()} {path}: no operationId (generated function names come from it)"
        for path, item in (paths or {}).items()
        for method, operation in (item or {}).items()
        if method in _METHODS and isinstance(operation, dict) and not operation.get("operationId")
    ]
    if problems:
        raise GenerationFailed(where, problems)


def render_tree(vendor: VendorConfig, destination: Path) -> None:
    """Generate ``vendor``'s distribution into ``destination`` (replaced if it exists).

    Raises:
        GenerationFailed: The spec is malformed (see :func:`check_spec`) or the generator reported problems.
    """
    check_spec(vendor)
    manifest = manifest_for(vendor)
    with tempfile.TemporaryDirectory(prefix=f"codegen-{vendor.name}-") as tmp:
        project_dir = Path(tmp) / vendor.name
        _run_generator(vendor, project_dir)
        _render_extras(vendor, project_dir / vendor.package)
        _ruff("check", "--fix-only", "--quiet", ".", cwd=project_dir)
        _ruff("format", "--quiet", ".", cwd=project_dir)
        tools = manifest["tools"]
        generator = ", ".join(f"{tool} {version}" for tool, version in sorted(tools.items()))
        stamp_tree(
            project_dir,
            spec=vendor.spec_relative,
            generator=generator,
            manifest=f"generated/{vendor.name}/{MANIFEST}",
        )
        write_manifest(project_dir, manifest)
        if destination.exists():
            shutil.rmtree(destination)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(project_dir, destination)


def is_up_to_date(vendor: VendorConfig, tree: Path) -> bool:
    """Whether ``tree`` was produced from exactly the inputs ``vendor`` has now."""
    stored = read_manifest(tree)
    return stored is not None and stored.get("fingerprint") == manifest_for(vendor)["fingerprint"]


def generate_vendor(vendor: VendorConfig, out_root: Path, *, force: bool = False) -> bool:
    """Regenerate ``out_root/<vendor>`` unless its inputs are unchanged; returns whether it was regenerated."""
    tree = out_root / vendor.name
    if not vendor.spec.is_file():
        raise GenerationFailed(vendor.spec_relative, ["  the spec file does not exist (see codegen/vendors.toml)"])
    if not force and is_up_to_date(vendor, tree):
        return False
    render_tree(vendor, tree)
    return True
