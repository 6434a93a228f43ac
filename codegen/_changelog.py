"""CHANGELOG.md is compiled by towncrier from the fragments in ``changelog.d/``, one section per distribution.

The sections come from discovery (``codegen/vendors.toml`` plus the wrappers and the fakes), so the towncrier
configuration is written at run time: a new vendor needs no registration here.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

from codegen._config import CODEGEN_DIR, ROOT, load_vendors

FRAGMENT_TYPES = (
    ("breaking", "Breaking changes"),
    ("api", "API changes"),
    ("added", "Added"),
    ("changed", "Changed"),
    ("fixed", "Fixed"),
)
TEMPLATE = CODEGEN_DIR / "changelog.md.jinja"


def sections(root: Path = ROOT) -> list[tuple[str, str]]:
    """``(folder under changelog.d, heading)`` for the project, the wrappers, the fakes and every vendor."""

    def version(pyproject: str) -> str:
        project = tomllib.loads((root / pyproject).read_text(encoding="utf-8"))["project"]
        return f"{project['name']} {project['version']}"

    found = [("", "Project"), ("qaclients", version("wrappers/pyproject.toml"))]
    found.append(("fakes", version("fakes/pyproject.toml")))
    found += [(v.name, f"{v.distribution} {v.version}") for v in load_vendors().values()]
    return found


def towncrier_config(root: Path = ROOT) -> str:
    """The towncrier configuration for this checkout, as TOML text."""
    lines = [
        "[tool.towncrier]",
        'name = "qaclients"',
        'directory = "changelog.d"',
        'filename = "CHANGELOG.md"',
        'start_string = "<!-- towncrier release notes start -->\\n"',
        'title_format = "## {version} ({project_date})"',
        f"template = {str(TEMPLATE)!r}",
        'issue_format = ""',
        "all_bullets = false",  # a fragment is Markdown bullets already, taken as written
        'underlines = ["", "", ""]',
        "",
    ]
    for path, name in sections(root):
        if path and not (root / "changelog.d" / path).is_dir():
            continue  # towncrier wants every section folder to exist; one without fragments has nothing to say
        lines += ["[[tool.towncrier.section]]", f"name = {name!r}", f"path = {path!r}", ""]
    for directory, name in FRAGMENT_TYPES:
        lines += ["[[tool.towncrier.type]]", f"directory = {directory!r}", f"name = {name!r}", "showcontent = true", ""]
    return "\n".join(lines)


def build(args: list[str], root: Path = ROOT) -> int:
    """Run ``towncrier build`` with the discovered configuration and ``args`` (``--draft``, ``--version X``, ...)."""
    with tempfile.TemporaryDirectory(prefix="towncrier-") as tmp:
        config = Path(tmp) / "towncrier.toml"
        config.write_text(towncrier_config(root), encoding="utf-8")
        command = [sys.executable, "-m", "towncrier", "build", "--config", str(config), "--dir", str(root), *args]
        return subprocess.run(command, check=False).returncode
