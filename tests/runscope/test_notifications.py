"""Webhook notifications end to end: a finished run POSTs to a loopback receiver, which parses it."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from runscope_client.models import RunNotification, RunResult

from qaclients.core import DecodeError
from qaclients.runscope import Runscope, parse_notification
from qaclients_fakes import FakeServer, RunscopeFake
from tests.runscope.conftest import TOKEN, LinkedClock


class Receiver:
    """A loopback HTTP server keeping every POSTed body."""

    def __init__(self) -> None:
        self.bodies: list[bytes] = []
        received = self.bodies

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                received.append(self.rfile.read(int(self.headers["Content-Length"])))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *_: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    hook = Receiver()
    hook.thread.start()
    yield hook
    hook.server.shutdown()
    hook.server.server_close()


def test_a_finished_run_notifies_each_webhook_url_of_its_environment(
    rs: Runscope, fake: RunscopeFake, receiver: Receiver
) -> None:
    test = fake.add_test(fake.default_bucket.key, "Hooked", regions=("us1", "eu1"), webhooks=(receiver.url,))
    result = rs.begin_trigger(rs.test(fake.default_bucket.key, test.id), variables={"sha": "abc"}).result(timeout=60)
    rs.account()  # the fake notices runs that finished on its next request

    assert len(receiver.bodies) == 2 and [d.status for d in fake.deliveries] == [204, 204]
    notes = [parse_notification(body) for body in receiver.bodies]
    assert all(isinstance(note, RunNotification) for note in notes)
    assert {note.test_run_id for note in notes} == {run.test_run_id for run in result.runs}
    assert {note.result for note in notes} == {RunResult.PASS}
    assert {note.variables["sha"] for note in notes if note.variables} == {"abc"}  # type: ignore[index]
    assert notes[0].bucket_key == fake.default_bucket.key and notes[0].team_name == "Personal Team"
    assert notes[0].requests and notes[0].requests[0].response_status_code == 200
    assert fake.deliver_due() == []  # each run notifies once


def test_notifications_over_a_real_socket(
    runscope_fake_server: FakeServer[RunscopeFake], receiver: Receiver, clock: LinkedClock
) -> None:
    fake = runscope_fake_server.fake
    test = fake.add_test(fake.default_bucket.key, "Failing", outcome="fail", webhooks=(receiver.url,))
    with Runscope(runscope_fake_server.base_url, TOKEN, clock=LinkedClock(fake.clock)) as rs:  # type: ignore[arg-type]
        poller = rs.begin_trigger(rs.test(fake.default_bucket.key, test.id))
        poller.wait(timeout=60)
        rs.regions()
    (note,) = [parse_notification(json.loads(body)) for body in receiver.bodies]
    assert note.result == RunResult.FAIL and note.test_name == "Failing"


def test_an_unreachable_webhook_is_recorded_not_raised(rs: Runscope, fake: RunscopeFake) -> None:
    test = fake.add_test(fake.default_bucket.key, "Lost", webhooks=("http://127.0.0.1:9/nowhere",))  # discard port
    rs.begin_trigger(rs.test(fake.default_bucket.key, test.id)).wait(timeout=60)
    rs.account()
    (delivery,) = fake.deliveries
    assert delivery.status is None and delivery.error and delivery.url.endswith("/nowhere")


def test_parse_notification_is_tolerant_but_typed() -> None:
    note = parse_notification(b'{"test_run_id": "r1", "result": "pass", "something_new": {"x": 1}}')
    assert note.result == RunResult.PASS and note.additional_properties == {"something_new": {"x": 1}}
    assert isinstance(parse_notification({}), RunNotification)  # every member is optional
    with pytest.raises(DecodeError):
        parse_notification(b'{"test_run_id": 7}')
    with pytest.raises(DecodeError):
        parse_notification(b"not json")
