"""``Fake.raw_route``: a vendor fake can serve bytes outside its spec (signed download links), bypassing validation."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from qaclients_fakes import FakeTransport, RawResponse, TestmoFake
from tests.fakes._helpers import AUTH, BASE_URL


class _Downloads(TestmoFake):
    def raw_route(self, method: str, path: str, query: Mapping[str, str]) -> RawResponse | None:
        if path == "/files/report.zip":
            if query.get("sig") != "ok":
                return RawResponse(403, b"denied", {"content-type": "text/plain"})
            return RawResponse(200, b"PK\x05\x06" + bytes(18), {"content-type": "application/zip"})
        return None


def test_raw_routes_answer_bytes_and_are_logged_while_spec_routes_still_validate() -> None:
    fake = _Downloads()
    with httpx.Client(transport=FakeTransport(fake), base_url="https://files.example") as client:
        ok = client.get("/files/report.zip", params={"sig": "ok"})
        denied = client.get("/files/report.zip")
        unknown = client.get("/files/other.zip")
    assert (ok.status_code, ok.headers["content-type"], ok.content[:4]) == (200, "application/zip", b"PK\x05\x06")
    assert ok.headers["content-length"] == "22"
    assert (denied.status_code, denied.text) == (403, "denied")
    assert unknown.status_code == 404  # not a raw route, not in the spec
    assert [r.status for r in fake.requests] == [200, 403, 404]
    with httpx.Client(transport=FakeTransport(fake), base_url=BASE_URL, headers=AUTH) as client:
        assert client.get("/automation/runs/999").status_code == 404
    assert fake.violations == []


def test_the_default_fake_has_no_raw_routes() -> None:
    assert TestmoFake().raw_route("GET", "/anything", {}) is None
