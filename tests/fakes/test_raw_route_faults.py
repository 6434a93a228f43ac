"""A raw route (a file behind a signed link) takes faults only when it names itself, by that name."""

from __future__ import annotations

import httpx
import pytest

from qaclients_fakes import FakeTransport, Faults, MablFake, ManualClock
from qaclients_fakes._mabl_reports import DOWNLOAD


def _fake_and_link() -> tuple[MablFake, str]:
    clock = ManualClock()
    fake = MablFake(clock=clock)
    fake.seed(1)
    with httpx.Client(transport=FakeTransport(fake), base_url="https://api.mabl.com", auth=("key", "mabl-key")) as c:
        created = c.post(f"/report/runArtifacts/testRun/{fake.history[0]['test_run_id']}", json={}).json()
        clock.advance(60)  # the export is ready
        return fake, str(c.get(f"/report/runArtifacts/export/{created['id']}").json()["download_url"])


@pytest.mark.parametrize(
    ("faults", "status"),
    [
        (Faults(kind="error", status=503, operations={DOWNLOAD}), 503),
        (Faults(kind="rate_limit", retry_after=2, operations={DOWNLOAD}), 429),
        (Faults(kind="error", status=503, operations={"gettestrunartifactexport"}), 200),  # another name: untouched
    ],
)
def test_a_named_raw_route_takes_its_faults(faults: Faults, status: int) -> None:
    fake, link = _fake_and_link()
    fake.faults = faults
    with httpx.Client(transport=FakeTransport(fake)) as client:
        response = client.get(link)
    assert response.status_code == status
    assert fake.requests[-1].operation_id == DOWNLOAD


def test_a_non_json_fault_swaps_the_file_for_a_page() -> None:
    fake, link = _fake_and_link()
    fake.faults = Faults(kind="non_json", operations={DOWNLOAD})
    with httpx.Client(transport=FakeTransport(fake)) as client:
        response = client.get(link)
    assert response.headers["content-type"] == "text/html" and not response.content.startswith(b"PK")
    assert int(response.headers["content-length"]) == len(response.content)


def test_a_dropped_download_raises_on_the_client() -> None:
    fake, link = _fake_and_link()
    fake.faults = Faults(kind="drop", operations={DOWNLOAD})
    with httpx.Client(transport=FakeTransport(fake)) as client, pytest.raises(httpx.TransportError):
        client.get(link)
    assert fake.requests[-1].status is None
