"""The project's commands. Every session runs in its own virtualenv, built by uv when it is available.

nox -s main          regenerate, then the demo against the embedded fakes (the main job)
nox -t ci            everything CI checks: lint, specs (validation, Spectral), drift and release gate, tests, docs
nox -s specdiff      what each vendor's change does to its users; writes its "API changes" fragment
nox -s changelog     compile CHANGELOG.md from changelog.d/ (towncrier); `-- --draft` previews
nox -s docs          the documentation site (mkdocs-material + mkdocstrings), warnings are errors
nox -s bench         benchmarks: ratios against raw httpx and the stock generator
nox -s build         build every wheel and sdist and install each alone in a fresh venv
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Any

import nox

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = True
nox.options.sessions = ["main"]

ROOT = Path(__file__).resolve().parent
# Sessions run on the interpreter nox runs on (any Python >= 3.11): CI machines have one Python and no internet
# to fetch another.
PYTHON = f"{sys.version_info.major}.{sys.version_info.minor}"
CODEGEN = ("-r", "codegen/requirements.txt")
VENDORS = sorted(p.name for p in (ROOT / "generated").iterdir() if (p / "pyproject.toml").exists())
GENERATED = tuple(arg for vendor in VENDORS for arg in ("-e", f"generated/{vendor}"))
EXTRAS = ",".join(VENDORS)
PROJECT = (*GENERATED, "-e", f"wrappers[{EXTRAS}]", "-e", "fakes[tls]")
# One workflow demo per vendor, each against its fake over a real loopback socket.
DEMOS = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "demo").glob("*_demo.py"))
# The release tools: griffe (Python API diff) for specdiff and its tests, towncrier for the changelog.
RELEASE_TOOLS = ("griffe==2.4.1", "towncrier==26.9.0")
TEST_TOOLS = (
    "pytest>=8.3",
    "pytest-asyncio>=1.0",
    "pytest-socket>=0.7",
    "schemathesis>=4.0,<5",
    "hypothesis>=6.100",
    "jsonschema>=4.23",
    "referencing>=0.35",
    "openapi-spec-validator==0.9.0",
    "pyyaml>=6",
    "mypy>=1.13",
    "defusedxml>=0.7",
    *RELEASE_TOOLS,
)
DOCS_TOOLS = (
    "mkdocs==1.6.1",
    "mkdocs-material==9.8.1",
    "mkdocstrings==1.0.8",
    "mkdocstrings-python==2.0.11",
    "mkdocs-gen-files==0.6.1",
    "ruff==0.17.5",  # mkdocstrings formats signatures with it
    "pyyaml>=6",
)
SPECTRAL_DIR = ROOT / "codegen" / "spectral"
LINT_TOOLS = ("ruff==0.17.5", "mypy>=1.13", "types-PyYAML", "types-defusedxml", "nox", "pytest>=8.3", "trustme>=1.1")
LINTED = ("codegen", "wrappers", "fakes", "tests", "bench", "demo", "docs", "noxfile.py", "run.py")


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate every vendor whose inputs changed; `-- --check` fails, listing files, when generated/ differs."""
    session.install(*CODEGEN)
    session.run("python", "-m", "codegen", "generate", *session.posargs)


def _spectral(session: nox.Session) -> None:
    """Install the pinned Spectral from the npm registry (`npm ci`), unless node_modules already matches the lock."""
    lock = SPECTRAL_DIR / "package-lock.json"
    stamp = SPECTRAL_DIR / "node_modules" / ".installed-lock.json"
    if stamp.exists() and stamp.read_bytes() == lock.read_bytes():
        return
    npm = (
        "npm",
        "ci",
        "--ignore-scripts",
        "--no-audit",
        "--no-fund",
        "--loglevel=error",
        "--prefix",
        str(SPECTRAL_DIR),
    )
    session.run(*npm, external=True, env={"SCARF_ANALYTICS": "false"})
    stamp.write_bytes(lock.read_bytes())


@nox.session
def specs(session: nox.Session) -> None:
    """Validate every spec as OpenAPI 3.1, lint it with Spectral, and check every example in specs/*/examples/."""
    session.install(*CODEGEN)
    session.run("python", "-m", "codegen", "validate", *session.posargs)
    _spectral(session)
    session.run("python", "-m", "codegen", "lint", *session.posargs)
    session.install(*PROJECT, *TEST_TOOLS)
    session.run("pytest", "-q", "tests/specs", env={"PYTHONDONTWRITEBYTECODE": "1"})


@nox.session(tags=["ci"])
def lint(session: nox.Session) -> None:
    """ruff (lint + format) on everything hand-written; mypy --strict on codegen, wrappers, fakes, bench, demo."""
    session.install(*CODEGEN, *PROJECT, *LINT_TOOLS, *RELEASE_TOOLS)
    session.run("ruff", "check", *LINTED)
    session.run("ruff", "format", "--check", *LINTED)
    session.run("mypy")
    session.run("mypy", "--strict", "bench", "demo")


@nox.session(tags=["ci"], name="check")
def check(session: nox.Session) -> None:
    """Specs valid and lint-clean, generated/ exactly what they produce, and the release gate (specdiff --check)."""
    session.install(*CODEGEN, *RELEASE_TOOLS)
    session.run("python", "-m", "codegen", "validate")
    _spectral(session)
    session.run("python", "-m", "codegen", "lint")
    session.run("python", "-m", "codegen", "generate", "--check")
    session.run("python", "-m", "codegen", "specdiff", "--check")
    session.run("python", "-m", "codegen", "changelog", "--draft", "--version", "unreleased", silent=True)


@nox.session
def specdiff(session: nox.Session) -> None:
    """`-- [VENDOR ...] [--base REV] [--check]`: spec and Python API diff per distribution; writes the fragments."""
    session.install(*CODEGEN, *RELEASE_TOOLS)
    session.run("python", "-m", "codegen", "specdiff", *session.posargs)


@nox.session
def changelog(session: nox.Session) -> None:
    """`-- --version X [--draft]`: compile CHANGELOG.md from changelog.d/ (one section per distribution)."""
    session.install(*CODEGEN, *RELEASE_TOOLS)
    session.run("python", "-m", "codegen", "changelog", *session.posargs)


@nox.session(tags=["ci"])
def docs(session: nox.Session) -> None:
    """Build the documentation site into site/ with warnings as errors (pages per vendor come from discovery)."""
    session.install(*PROJECT, *DOCS_TOOLS)
    quiet = {"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}  # banners, not build warnings
    session.run("mkdocs", "build", "--strict", "--clean", *session.posargs, env=quiet)


@nox.session
def demo(session: nox.Session) -> None:
    """Run every vendor's workflow demo against its fake over a real loopback socket and print what happened."""
    session.install(*PROJECT)
    for script in DEMOS:
        session.run("python", script)


@nox.session
def main(session: nox.Session) -> None:
    """The main job: regenerate, then the demo against the embedded fakes."""
    session.install(*CODEGEN)
    session.run("python", "-m", "codegen", "generate")
    session.install(*PROJECT)
    for script in DEMOS:
        session.run("python", script)


@nox.session
def bench(session: nox.Session) -> None:
    """Time our clients against raw httpx and the stock generator in the same run; print ratios, enforce floors."""
    session.install(*CODEGEN, *PROJECT)
    session.run("python", "bench/run.py", *session.posargs)  # e.g. `nox -s bench -- --no-floors`


@nox.session(tags=["ci"])
def build(session: nox.Session) -> None:
    """Build every wheel and sdist, then install each artifact alone in a fresh venv and import it."""
    session.install("build>=1.2", "uv")
    dist = Path(tempfile.mkdtemp(prefix="qaclients-dist-"))
    packages = _packages()
    imports = {f"generated/{vendor}": f"import {packages[vendor]}" for vendor in VENDORS}
    # The wrappers with every vendor extra (generated clients found in dist/); each fake must find its spec.
    imports["wrappers"] = "; ".join(f"import qaclients.{vendor}" for vendor in VENDORS)
    imports["fakes"] = (
        "import qaclients_fakes._spec as s, qaclients_fakes._vendors as v; [s.load_spec(n) for n in v.VENDORS]"
    )
    for folder in imports:
        # An sdist, then the wheel built from that sdist: proves the sdist is complete.
        session.run("python", "-m", "build", "--outdir", str(dist), folder, silent=True)
    artifacts = sorted([*dist.glob("*.whl"), *dist.glob("*.tar.gz")])
    session.log(f"built {len(artifacts)} artifacts: {', '.join(a.name for a in artifacts)}")
    for folder, code in imports.items():
        for artifact in _artifacts_for(artifacts, folder):
            venv = Path(tempfile.mkdtemp(prefix="qaclients-venv-"))
            session.run("uv", "venv", "--quiet", "--python", PYTHON, str(venv), silent=True)
            python = str(venv / "bin" / "python")
            target = f"qaclients[{EXTRAS}] @ {artifact.as_uri()}" if folder == "wrappers" else str(artifact)
            # Each artifact alone; its own dependencies come from the index, local generated clients from dist/.
            session.run("uv", "pip", "install", "--quiet", "--python", python, "--find-links", str(dist), target)
            session.run(python, "-c", f"{code}; print('{artifact.name}: ok')", external=True)
            shutil.rmtree(venv)
    shutil.rmtree(dist)


def _packages() -> dict[str, str]:
    """Each vendor's import package, from codegen/vendors.toml."""
    return {name: entry["package"] for name, entry in _toml(ROOT / "codegen" / "vendors.toml")["vendors"].items()}


def _artifacts_for(artifacts: list[Path], folder: str) -> list[Path]:
    """The wheel and the sdist built from ``folder`` (normalised distribution names start both file names)."""
    project = _toml(ROOT / folder / "pyproject.toml")["project"]["name"]
    prefix = project.replace("-", "_") + "-"
    matches = [a for a in artifacts if a.name.startswith(prefix)]
    if len(matches) != 2:
        raise RuntimeError(f"expected a wheel and an sdist for {folder}, found {[a.name for a in matches]}")
    return matches


def _toml(path: Path) -> dict[str, Any]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


# Last of the CI sessions (nox runs a tag's sessions in file order): CI's closing line is pytest's.
@nox.session(tags=["ci"])
def tests(session: nox.Session) -> None:
    """The test suite: specs, codegen, core, fakes (schemathesis included), each vendor end to end; network shut."""
    session.install(*CODEGEN, *PROJECT, *TEST_TOOLS)
    session.run(
        "pytest", "--allow-hosts=127.0.0.1,::1,localhost", *session.posargs, env={"PYTHONDONTWRITEBYTECODE": "1"}
    )
