"""The project's commands. Every session runs in its own virtualenv, built by uv when it is available.

nox -s main          regenerate, then the demo against the embedded fakes (the main job)
nox -t ci            everything CI checks: lint, specs, drift check, tests
nox -s bench         benchmarks: ratios against raw httpx and the stock generator
nox -s build         build every wheel and install each alone in a fresh venv
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

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
)
LINT_TOOLS = ("ruff==0.17.5", "mypy>=1.13", "types-PyYAML", "types-defusedxml", "nox", "pytest>=8.3", "trustme>=1.1")
LINTED = ("codegen", "wrappers", "fakes", "tests", "bench", "demo", "noxfile.py", "run.py")


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate every vendor whose inputs changed; `-- --check` fails, listing files, when generated/ differs."""
    session.install(*CODEGEN)
    session.run("python", "-m", "codegen", "generate", *session.posargs)


@nox.session
def specs(session: nox.Session) -> None:
    """Validate every spec as OpenAPI 3.1."""
    session.install(*CODEGEN)
    session.run("python", "-m", "codegen", "validate", *session.posargs)


@nox.session(tags=["ci"])
def lint(session: nox.Session) -> None:
    """ruff (lint + format) on everything hand-written; mypy --strict on codegen, wrappers, fakes, bench, demo."""
    session.install(*CODEGEN, *PROJECT, *LINT_TOOLS)
    session.run("ruff", "check", *LINTED)
    session.run("ruff", "format", "--check", *LINTED)
    session.run("mypy")
    session.run("mypy", "--strict", "bench", "demo")


@nox.session(tags=["ci"], name="check")
def check(session: nox.Session) -> None:
    """Specs valid and generated/ exactly what they produce (regenerated into a temporary tree)."""
    session.install(*CODEGEN)
    session.run("python", "-m", "codegen", "validate")
    session.run("python", "-m", "codegen", "generate", "--check")


@nox.session(tags=["ci"])
def tests(session: nox.Session) -> None:
    """The test suite: specs, codegen, core, fakes (schemathesis included), each vendor end to end; network shut."""
    session.install(*CODEGEN, *PROJECT, *TEST_TOOLS)
    session.run(
        "pytest", "--allow-hosts=127.0.0.1,::1,localhost", *session.posargs, env={"PYTHONDONTWRITEBYTECODE": "1"}
    )


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


@nox.session
def build(session: nox.Session) -> None:
    """Build every wheel, then install each alone in a fresh venv and import it."""
    session.install("build>=1.2", "uv")
    dist = Path(tempfile.mkdtemp(prefix="qaclients-dist-"))
    imports = {f"generated/{vendor}": f"import {vendor}_client" for vendor in VENDORS}
    # The wrappers with every vendor extra (generated clients found in dist/); the fakes must find their specs.
    imports["wrappers"] = "; ".join(f"import qaclients.{vendor}" for vendor in VENDORS)
    imports["fakes"] = "import qaclients_fakes; qaclients_fakes.TestmoFake()"
    for folder in imports:
        session.run("python", "-m", "build", "--wheel", "--outdir", str(dist), folder, silent=True)
    wheels = sorted(dist.glob("*.whl"))
    session.log(f"built {len(wheels)} wheels: {', '.join(w.name for w in wheels)}")
    for folder, code in imports.items():
        venv = Path(tempfile.mkdtemp(prefix="qaclients-venv-"))
        session.run("uv", "venv", "--quiet", "--python", PYTHON, str(venv), silent=True)
        python = str(venv / "bin" / "python")
        wheel = _wheel_for(wheels, folder)
        target = f"{wheel}[{EXTRAS}]" if folder == "wrappers" else str(wheel)
        # Each wheel alone; its own dependencies come from the index, local generated clients from dist/.
        session.run("uv", "pip", "install", "--quiet", "--python", python, "--find-links", str(dist), target)
        session.run(python, "-c", f"{code}; print('{wheel.name}: ok')", external=True)
        shutil.rmtree(venv)
    shutil.rmtree(dist)


def _wheel_for(wheels: list[Path], folder: str) -> Path:
    name = {"wrappers": "qaclients-", "fakes": "qaclients_fakes-"}.get(folder, f"{Path(folder).name}_client-")
    matches = [w for w in wheels if w.name.startswith(name)]
    if len(matches) != 1:
        raise RuntimeError(f"expected one wheel for {folder}, found {[w.name for w in matches]}")
    return matches[0]
