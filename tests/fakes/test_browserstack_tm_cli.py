"""``qaclients-fake browserstack_tm``: a real process serving the BrowserStack Test Management fake."""

from __future__ import annotations

import select
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.fakes.test_cli import STARTUP_SECONDS, _command


@pytest.fixture
def served(tmp_path: Path) -> Iterator[str]:
    """Start the CLI on a free port with 45 seeded runs and ``cli:key`` credentials; yield the URL it printed."""
    with (tmp_path / "stderr.log").open("w+") as stderr:
        command = [*_command(), "browserstack_tm", "--port", "0", "--seed-runs", "45", "--token", "cli:key"]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=stderr, text=True)
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


def test_the_cli_serves_seeded_runs_with_the_given_credentials(served: str) -> None:
    assert served.startswith("http://127.0.0.1:") and served.endswith("/api/v2")
    page = httpx.get(served + "/projects/PR-1/test-runs", params={"include_closed": "true"}, auth=("cli", "key"))
    assert page.status_code == 200
    assert page.json()["info"]["count"] == 45
    assert httpx.get(served + "/projects/PR-1/test-runs", auth=("cli", "wrong")).status_code == 401
