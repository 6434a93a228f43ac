"""Writes the vendor pages at build time (mkdocs-gen-files), from discovery only.

For each vendor in ``codegen/vendors.toml``: ``vendors/<vendor>/index.md`` (wrapper API, pagers and pollers,
generated operations) and ``vendors/<vendor>/inferred.md`` (every spec node marked ``x-provenance: inferred``).
"""

from __future__ import annotations

import importlib
import inspect
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import mkdocs_gen_files
import yaml

ROOT = Path(__file__).resolve().parents[1]
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def cell(text: object) -> str:
    """Text safe inside a Markdown table cell."""
    return " ".join(str(text).split()).replace("|", "\\|")


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in (spec.get("paths") or {}).items():
        for method in METHODS:
            if isinstance((item or {}).get(method), dict):
                yield method.upper(), path, item[method]


def squashed(name: str) -> str:
    """``listTestRuns``, ``list-test-runs`` and ``list_test_runs`` all as ``listtestruns``."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def generated_modules(package: str) -> dict[str, Path]:
    """Squashed operationId -> the file of the generated module that calls it (``<package>/api/<tag>/<op>.py``)."""
    found = {}
    for module in sorted((ROOT / "generated").glob(f"*/{package}/api/*/*.py")):
        if module.name != "__init__.py":
            found[squashed(module.stem)] = module
    return found


def documented_functions(module: Path) -> list[str]:
    """``sync`` and ``asyncio`` when the operation has a parsed body, else their ``_detailed`` forms."""
    text = module.read_text(encoding="utf-8")
    plain = [name for name in ("sync", "asyncio") if f"def {name}(" in text]
    return plain or [name for name in ("sync_detailed", "asyncio_detailed") if f"def {name}(" in text]


def pagers_and_pollers(module: str) -> list[tuple[str, str]]:
    """(``Class.method``, return annotation) for every public method that returns a pager or a poller."""
    found = []
    wrapper = importlib.import_module(module)
    for name in getattr(wrapper, "__all__", ()):
        obj = getattr(wrapper, name)
        if not inspect.isclass(obj):
            continue
        for attr, member in vars(obj).items():
            if attr.startswith("_") or not callable(member):
                continue
            try:
                returns = str(inspect.signature(member).return_annotation)
            except (TypeError, ValueError):  # a callable without a signature (a nested class, a builtin)
                continue
            if "Pager" in returns or "Poller" in returns:
                found.append((f"{name}.{attr}", returns))
    return found


def inferred(node: Any, where: str = "") -> Iterator[tuple[str, str]]:
    """(location, reason) for every node marked ``x-provenance: inferred``, in document order."""
    if isinstance(node, dict):
        if node.get("x-provenance") == "inferred":
            yield where or "(the whole spec)", str(node.get("x-provenance-reason", "(no reason given)"))
        for key, value in node.items():
            yield from inferred(value, f"{where} > {key}" if where else str(key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            label = value.get("name", index) if isinstance(value, dict) else index
            yield from inferred(value, f"{where}[{label}]")


def vendor_page(name: str, entry: dict[str, Any], spec: dict[str, Any]) -> str:
    package, title = entry["package"], spec.get("info", {}).get("title", name)
    module = f"qaclients.{name}"
    has_wrapper = (ROOT / "wrappers" / "qaclients" / name / "__init__.py").exists()
    lines = [
        f"# {title}",
        "",
        f"Distribution `{entry['distribution']}` {entry['version']}, import `{package}`, generated from "
        f"`{entry['spec']}` (the vendor's API version {spec.get('info', {}).get('version', '?')}). "
        + (f"Wrapper: `{module}`, installed with the extra `qaclients[{name}]`. " if has_wrapper else "")
        + "What the spec infers rather than takes from the docs: [inferred](inferred.md).",
        "",
    ]
    if has_wrapper:
        found = pagers_and_pollers(module)
        lines += ["## Pagers and pollers", ""]
        if found:
            lines += [
                "Methods that return a pager (iterate items, `.pages()`, `continuation_token`) or a poller",
                "(`result()`, `wait()`, `status()`, `continuation_token()`); their API is on [Core](../../core.md).",
                "",
                "| method | returns |",
                "|---|---|",
            ]
            lines += [f"| `{cell(method)}` | `{cell(returns)}` |" for method, returns in found]
        else:
            lines.append("This vendor's wrapper has no method that returns a pager or a poller.")
        lines += ["", "## Wrapper API", "", f"::: {module}", "    options:", "      heading_level: 3", ""]
    modules = generated_modules(package)
    lines += [
        "## Generated operations",
        "",
        f"Each operation is a module of `{package}.api` with `sync`, `sync_detailed`, `asyncio` and "
        "`asyncio_detailed`; the wrapper's client exposes the generated client as `.api`.",
        "",
        "| operationId | method | path | summary |",
        "|---|---|---|---|",
    ]
    ops = sorted(operations(spec), key=lambda o: o[2].get("operationId", ""))
    lines += [
        f"| `{cell(op.get('operationId', ''))}` | {method} | `{cell(path)}` | {cell(op.get('summary', ''))} |"
        for method, path, op in ops
    ]
    lines.append("")
    for _, _, op in ops:
        module = modules.get(squashed(op.get("operationId", "")))
        if module is not None:
            target = f"{package}.api.{module.parent.name}.{module.stem}"
            members = ", ".join(documented_functions(module))
            lines += [f"::: {target}", "    options:", "      heading_level: 3", f"      members: [{members}]", ""]
    return "\n".join(lines)


def inferred_page(name: str, spec: dict[str, Any]) -> str:
    found = list(inferred(spec))
    title = spec.get("info", {}).get("title", name)
    lines = [
        f"# {title}: what is inferred",
        "",
        f"{len(found)} node(s) of `specs/{name}/openapi.yaml` are marked `x-provenance: inferred`: the vendor's docs",
        "do not say, so the spec decided. Each is a candidate to confirm against the real API.",
        "",
    ]
    if found:
        lines += ["| where in the spec | why it is inferred |", "|---|---|"]
        lines += [f"| `{cell(where)}` | {cell(reason)} |" for where, reason in found]
    return "\n".join(lines) + "\n"


def main() -> None:
    vendors = tomllib.loads((ROOT / "codegen" / "vendors.toml").read_text(encoding="utf-8"))["vendors"]
    index = ["# Vendors", "", "| vendor | distribution | wrapper |", "|---|---|---|"]
    for name, entry in vendors.items():
        spec = yaml.safe_load((ROOT / entry["spec"]).read_text(encoding="utf-8"))
        title = spec.get("info", {}).get("title", name)
        with mkdocs_gen_files.open(f"vendors/{name}/index.md", "w") as page:
            page.write(vendor_page(name, entry, spec))
        with mkdocs_gen_files.open(f"vendors/{name}/inferred.md", "w") as page:
            page.write(inferred_page(name, spec))
        index.append(f"| [{cell(title)}]({name}/index.md) | `{entry['distribution']}` | `qaclients.{name}` |")
    with mkdocs_gen_files.open("vendors/index.md", "w") as page:
        page.write("\n".join(index) + "\n")


main()
