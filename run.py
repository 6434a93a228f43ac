"""One command on a fresh machine with only Python >= 3.11 and pip.

    python run.py            the main job: regenerate, then the demo against the embedded fakes
    python run.py ci         everything CI checks: lint, specs, drift check, tests
    python run.py -s bench   any other nox arguments are passed through

It creates ``.venv-tools`` (nox and uv, pinned) on first use, then runs nox from it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
TOOLS = ROOT / ".venv-tools"
PINNED = ("nox==2026.10.20", "uv==0.13.9")


def _tools_python() -> Path:
    python = TOOLS / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    marker = TOOLS / "pinned.txt"
    if not python.exists() or not marker.exists() or marker.read_text() != "\n".join(PINNED):
        # No pip inside the venv: this interpreter's pip installs into it, so a Python without ensurepip works too.
        venv.EnvBuilder(with_pip=False, clear=True).create(TOOLS)
        pip = [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", *PINNED]
        subprocess.run(pip, check=True)
        marker.write_text("\n".join(PINNED))
    return python


def main(argv: list[str]) -> int:
    """Translate the shorthand and hand over to nox."""
    if sys.version_info < (3, 11):  # noqa: UP036 - this file may be run by any python3 on a fresh machine
        print("qaclients needs Python 3.11 or newer", file=sys.stderr)
        return 2
    args = {(): ["-s", "main"], ("ci",): ["-t", "ci"]}.get(tuple(argv), argv)
    env = {**os.environ, "PATH": f"{_tools_python().parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    return subprocess.run(
        [str(_tools_python()), "-m", "nox", "-f", str(ROOT / "noxfile.py"), *args], env=env, check=False
    ).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
