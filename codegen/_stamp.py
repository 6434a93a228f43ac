"""Stamps every generated file with the one header from ``extra_templates/header.jinja``."""

from __future__ import annotations

from pathlib import Path

import jinja2

from codegen._config import CODEGEN_DIR

_COMMENTS = {".py": ("#", ""), ".toml": ("#", ""), ".typed": ("#", ""), ".md": ("<!--", " -->"), "": ("#", "")}


def _environment() -> jinja2.Environment:
    loader = jinja2.FileSystemLoader(CODEGEN_DIR / "extra_templates")
    return jinja2.Environment(loader=loader, keep_trailing_newline=True, undefined=jinja2.StrictUndefined)


def header_text(comment: str, end: str, **context: str) -> str:
    """The header lines for one file, in a language whose comments start with ``comment``."""
    template = _environment().get_template("header.jinja")
    module = template.make_module(context)
    return str(module.header(comment, end)) + "\n"  # type: ignore[attr-defined]


def stamp_tree(tree: Path, **context: str) -> None:
    """Prepend the header to every file under ``tree`` that has a comment syntax."""
    for path in sorted(p for p in tree.rglob("*") if p.is_file()):
        style = _COMMENTS.get(path.suffix) if path.name != ".gitignore" else _COMMENTS[""]
        if style is None:
            continue
        text = path.read_text(encoding="utf-8")
        path.write_text(header_text(*style, **context) + text, encoding="utf-8")
