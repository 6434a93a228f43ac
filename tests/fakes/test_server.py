"""A fake over a real loopback socket: uvicorn in a thread, https, faults on the wire
(qaclients_fakes/_server.py, _asgi.py)."""

from __future__ import annotations

import ssl

import httpx
import pytest

from qaclients_fakes import FakeServer, Faults, ManualClock, TestmoFake, serve_in_thread
from qaclients_fakes.pytest_plugin import TLSFiles
from tests.fakes._helpers import AUTH


def test_the_server_fixture(testmo_fake_server: FakeServer[TestmoFake]) -> None:
    assert testmo_fake_server.base_url.startswith("http://127.0.0.1:")
    assert testmo_fake_server.base_url.endswith("/api/v1")
    with httpx.Client(base_url=testmo_fake_server.base_url, headers=AUTH) as client:
        created = client.post("/projects/1/automation/runs", json={"name": "wire", "source": "ci"})
        listed = client.get("/projects/1/automation/runs")
    assert created.status_code == 201
    assert [run["name"] for run in listed.json()["result"]] == ["wire"]
    assert testmo_fake_server.fake.runs[1].name == "wire"


def test_a_dropped_connection_on_the_wire(testmo_fake_server: FakeServer[TestmoFake]) -> None:
    testmo_fake_server.fake.faults = Faults(kind="drop", first_n=1)
    with httpx.Client(base_url=testmo_fake_server.base_url, headers=AUTH) as client:
        with pytest.raises(httpx.RemoteProtocolError):
            client.get("/projects/1/automation/runs")
        assert client.get("/projects/1/automation/runs").status_code == 200


def test_a_truncated_body_on_the_wire(testmo_fake_server: FakeServer[TestmoFake]) -> None:
    testmo_fake_server.fake.seed_runs(5)
    testmo_fake_server.fake.faults = Faults(kind="truncate", first_n=1)
    with httpx.Client(base_url=testmo_fake_server.base_url, headers=AUTH) as client:
        with pytest.raises(httpx.RemoteProtocolError, match="complete message body"):
            client.get("/projects/1/automation/runs")
        assert client.get("/projects/1/automation/runs").json()["total"] == 5


async def test_errors_and_latency_on_the_wire(testmo_fake_server: FakeServer[TestmoFake]) -> None:
    fake = testmo_fake_server.fake
    fake.faults = Faults(kind="rate_limit", retry_after=3, latency=4.0, first_n=1)
    async with httpx.AsyncClient(base_url=testmo_fake_server.base_url, headers=AUTH) as client:
        limited = await client.get("/projects/1/automation/runs")
        fine = await client.get("/projects/1/automation/runs")
    assert (limited.status_code, limited.headers["retry-after"], fine.status_code) == (429, "3", 200)
    assert isinstance(fake.clock, ManualClock)
    assert fake.clock.sleeps == [4.0, 4.0], "the server waited on the fake's clock, not for real"


def test_a_spec_violation_reaches_the_client_as_a_500() -> None:
    fake = TestmoFake(clock=ManualClock())
    fake.seed_runs(1)
    fake.runs[1].name = 42  # type: ignore[assignment]  # breaks AutomationRun.name
    with serve_in_thread(fake) as base_url, httpx.Client(base_url=base_url, headers=AUTH) as client:
        response = client.get("/automation/runs/1")
    assert response.status_code == 500
    assert "violates the spec" in response.json()["message"]
    assert "result.name" in str(fake.violations[0])


def test_https_with_a_throwaway_ca(fake_tls: TLSFiles) -> None:
    fake = TestmoFake(clock=ManualClock())
    with serve_in_thread(fake, ssl_certfile=fake_tls.certfile, ssl_keyfile=fake_tls.keyfile) as base_url:
        assert base_url.startswith("https://127.0.0.1:")
        trusted = ssl.create_default_context(cafile=fake_tls.ca_file)
        with httpx.Client(base_url=base_url, headers=AUTH, verify=trusted) as client:
            assert client.get("/projects/1/automation/runs").status_code == 200
        with httpx.Client(base_url=base_url, headers=AUTH) as untrusting, pytest.raises(httpx.ConnectError):
            untrusting.get("/projects/1/automation/runs")


def test_half_a_certificate_is_refused() -> None:
    with pytest.raises(ValueError, match="both"), serve_in_thread(TestmoFake(), ssl_certfile="cert.pem"):
        pass  # pragma: no cover


def test_a_server_that_cannot_start_says_so() -> None:
    with (
        pytest.raises(RuntimeError, match="did not start"),
        serve_in_thread(TestmoFake(), ssl_certfile="/nonexistent/cert.pem", ssl_keyfile="/nonexistent/key.pem"),
    ):
        pass  # pragma: no cover
