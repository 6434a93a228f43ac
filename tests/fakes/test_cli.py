"""``qaclients-fake``: a real process that prints its base URL first (qaclients_fakes/_cli.py)."""

from __future__ import annotations

import select
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from qaclients_fakes._cli import main
from tests.fakes._helpers import AUTH

STARTUP_SECONDS = 30


def _command() -> list[str]:
    script = Path(sys.executable).with_name("qaclients-fake")
    return [str(script)] if script.exists() else [sys.executable, "-m", "qaclients_fakes._cli"]


@pytest.fixture
def served(tmp_path: Path) -> Iterator[str]:
    """Start the CLI on a free port with seeded runs; yield the URL it printed; stop it."""
    with (tmp_path / "stderr.log").open("w+") as stderr:
        process = subprocess.Popen(
            [*_command(), "testmo", "--port", "0", "--seed-runs", "30", "--token", "cli-token"],
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        )
        try:
            assert process.stdout is not None
            readable, _, _ = select.select([process.stdout], [], [], STARTUP_SECONDS)
            assert readable, "the CLI printed nothing"
            line = process.stdout.readline()
            stderr.seek(0)
            assert line, f"the CLI exited: {stderr.read()}"
            yield line.strip()
        finally:
            process.terminate()
            process.wait(STARTUP_SECONDS)
            if process.stdout is not None:
                process.stdout.close()


def test_the_cli_prints_its_url_and_serves(served: str) -> None:
    assert served.startswith("http://127.0.0.1:")
    assert served.endswith("/api/v1")
    assert not served.endswith(":0/api/v1"), "the real port, not the requested 0"
    headers = {"Authorization": "Bearer cli-token"}
    body = httpx.get(f"{served}/projects/1/automation/runs", params={"per_page": 25}, headers=headers).json()
    assert (body["total"], body["last_page"], len(body["result"])) == (30, 2, 25)
    assert httpx.get(f"{served}/projects/1/automation/runs", headers=AUTH).status_code == 401


def test_half_a_certificate_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["testmo", "--certfile", "cert.pem"]) == 2
    assert "both --certfile and --keyfile" in capsys.readouterr().err


def test_unknown_vendors_are_refused() -> None:
    with pytest.raises(SystemExit):
        main(["nobody"])
