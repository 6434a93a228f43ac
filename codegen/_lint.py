"""Spec lint with Spectral (npm, pinned in ``codegen/spectral/package-lock.json``) and ``ruleset.yaml``.

``python -m codegen lint`` first lints ``spectral/selftest.yaml``, which breaks every rule once, and fails unless
each rule fires: a ruleset that silently stopped checking cannot pass. Then it lints every spec.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Sequence
from pathlib import Path

from codegen._config import CODEGEN_DIR, ROOT

SPECTRAL_DIR = CODEGEN_DIR / "spectral"
SPECTRAL = SPECTRAL_DIR / "node_modules" / ".bin" / "spectral"
RULESET = SPECTRAL_DIR / "ruleset.yaml"
SELFTEST = SPECTRAL_DIR / "selftest.yaml"
RULES = frozenset(
    {
        "operation-operationId",
        "operation-tags",
        "qaclients-operation-summary",
        "qaclients-operation-error-responses",
        "qaclients-no-unused-schema",
        "qaclients-inferred-has-reason",
        "oas3-valid-media-example",
        "oas3-valid-schema-example",
    }
)


def _spectral(*args: str) -> subprocess.CompletedProcess[str]:
    if not SPECTRAL.exists():
        raise SystemExit(f"{SPECTRAL} is missing: run `npm ci --ignore-scripts --prefix {SPECTRAL_DIR}`")
    command = [str(SPECTRAL), "lint", "--ruleset", str(RULESET), "--fail-severity", "error", *args]
    return subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)


def self_test() -> list[str]:
    """The rules that did not fire on the self-test spec (empty when the ruleset works)."""
    done = _spectral("--format", "json", "--quiet", str(SELFTEST))
    fired = {result["code"] for result in json.loads(done.stdout or "[]")}
    return sorted(RULES - fired)


def lint(specs: Sequence[Path]) -> int:
    """Lint ``specs``; prints Spectral's report and returns its exit status (1 on any error)."""
    missing = self_test()
    if missing:
        print(f"spectral self-test: these rules did not fire on {SELFTEST.name}: {', '.join(missing)}")
        return 1
    done = _spectral(*(str(p) for p in specs))
    print(done.stdout.strip() or done.stderr.strip())
    names = ", ".join(p.relative_to(ROOT).as_posix() if p.is_relative_to(ROOT) else str(p) for p in specs)
    print(f"spectral ({len(RULES)} rules, self-test passed): {'ok' if done.returncode == 0 else 'FAILED'}: {names}")
    return done.returncode
