"""The ``truncate_close`` fault: a body without Content-Length that stops half-way, as a close-delimited body ends
when the connection breaks. In-process it reads as complete (all httpx can see); over a socket uvicorn frames it
chunked for HTTP/1.1 clients and close-delimited for HTTP/1.0 ones."""

from __future__ import annotations

import json
import socket
from urllib.parse import urlsplit

import httpx
import pytest

from qaclients_fakes import FakeServer, FakeTransport, Faults, MablFake, ManualClock, TestmoFake
from qaclients_fakes._mabl_reports import DOWNLOAD
from tests.fakes._helpers import AUTH, TOKEN

LIST = "/projects/1/automation/runs"
RUN = {"name": "Run", "source": "ci"}


def _full_body(fake: TestmoFake, client: httpx.Client) -> bytes:
    faults, fake.faults = fake.faults, Faults()
    try:
        return client.get(LIST).content
    finally:
        fake.faults = faults


def test_the_body_stops_half_way_without_any_error(client: httpx.Client, testmo_fake: TestmoFake) -> None:
    testmo_fake.seed_runs(3)
    full = _full_body(testmo_fake, client)
    testmo_fake.faults = Faults(kind="truncate_close", first_n=1, operations={"list_automation_runs"})

    cut = client.get(LIST)  # read whole: nothing tells httpx the body ended early

    assert cut.status_code == 200
    assert "content-length" not in cut.headers and "transfer-encoding" not in cut.headers
    assert cut.headers["content-type"] == "application/json"
    assert len(full) > 100 and cut.content == full[: len(full) // 2]
    with pytest.raises(json.JSONDecodeError):
        cut.json()
    assert client.get(LIST).content == full, "only the first request was eligible"
    assert [entry.fault for entry in testmo_fake.requests[-2:]] == ["truncate_close", None]


async def test_async_the_same(aclient: httpx.AsyncClient, testmo_fake: TestmoFake) -> None:
    testmo_fake.seed_runs(3)
    testmo_fake.faults = Faults(kind="truncate_close", first_n=1)
    cut = await aclient.get(LIST)
    assert "content-length" not in cut.headers
    with pytest.raises(json.JSONDecodeError):
        cut.json()
    assert (await aclient.get(LIST)).json()["total"] == 3


def test_the_server_did_the_work(client: httpx.Client, testmo_fake: TestmoFake) -> None:
    testmo_fake.faults = Faults(kind="truncate_close", first_n=1)
    cut = client.post(LIST, json=RUN)
    assert cut.status_code == 201 and len(cut.content) < 20
    assert list(testmo_fake.runs) == [1], "the run was created although its answer was cut"


def test_bodiless_responses_are_left_alone(client: httpx.Client, testmo_fake: TestmoFake) -> None:
    assert client.post(LIST, json=RUN).status_code == 201
    testmo_fake.faults = Faults(kind="truncate_close")
    assert client.post("/automation/runs/1/append", json={}).status_code == 204
    assert testmo_fake.requests[-1].fault == "truncate_close"


def test_handle_gives_the_cut_body_and_headers() -> None:
    fake = TestmoFake(token=TOKEN, clock=ManualClock())
    fake.seed_runs(2)
    fake.faults = Faults(kind="truncate_close")
    status, headers, body = fake.handle("GET", f"/api/v1{LIST}", headers=AUTH)
    fake.faults = Faults()
    _, full_headers, full = fake.handle("GET", f"/api/v1{LIST}", headers=AUTH)
    assert status == 200 and body == full[: len(full) // 2]
    assert "content-length" not in dict(headers) and dict(full_headers)["content-length"] == str(len(full))


def test_a_raw_route_takes_it_too() -> None:
    clock = ManualClock()
    fake = MablFake(clock=clock)
    fake.seed(1)
    with httpx.Client(transport=FakeTransport(fake), base_url="https://api.mabl.com", auth=("key", "mabl-key")) as c:
        created = c.post(f"/report/runArtifacts/testRun/{fake.history[0]['test_run_id']}", json={}).json()
        clock.advance(60)
        link = str(c.get(f"/report/runArtifacts/export/{created['id']}").json()["download_url"])
    fake.faults = Faults(kind="truncate_close", operations={DOWNLOAD})
    with httpx.Client(transport=FakeTransport(fake)) as client:
        cut = client.get(link)
    assert "content-length" not in cut.headers
    assert cut.content.startswith(b"PK") and len(cut.content) == len(fake.exports[created["id"]].zip_bytes()) // 2


def _http10_get(base_url: str, path: str) -> bytes:
    """One HTTP/1.0 request on a raw socket: everything the server sends until it closes."""
    parts = urlsplit(base_url)
    assert parts.hostname is not None and parts.port is not None
    request = f"GET {parts.path}{path} HTTP/1.0\r\nHost: {parts.netloc}\r\nAuthorization: Bearer {TOKEN}\r\n\r\n"
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        sock.sendall(request.encode("ascii"))
        received = []
        while chunk := sock.recv(65536):
            received.append(chunk)
    return b"".join(received)


def test_on_the_wire(testmo_fake_server: FakeServer[TestmoFake]) -> None:
    fake = testmo_fake_server.fake
    fake.seed_runs(5)
    with httpx.Client(base_url=testmo_fake_server.base_url, headers=AUTH) as client:
        full = client.get(LIST).content
        fake.faults = Faults(kind="truncate_close", first_n=1)
        # HTTP/1.1 (httpx): uvicorn frames a body of unknown length as chunked, so the cut is a broken chunked body.
        with pytest.raises(httpx.RemoteProtocolError):
            client.get(LIST)
    fake.faults = Faults(kind="truncate_close", first_n=1)
    head, _, body = _http10_get(testmo_fake_server.base_url, LIST).partition(b"\r\n\r\n")
    header_lines = head.lower().split(b"\r\n")
    assert header_lines[0].endswith(b" 200 ok")
    assert not [line for line in header_lines if line.startswith((b"content-length:", b"transfer-encoding:"))]
    assert body == full[: len(full) // 2], "HTTP/1.0: a close-delimited body, cut half-way"
