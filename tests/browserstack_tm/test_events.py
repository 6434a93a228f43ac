"""The completion event of an add/remove parses into its generated model (the spec's ``webhooks`` entry)."""

from __future__ import annotations

import json

import pytest

from qaclients.browserstack_tm import TestManagement, parse_completion_event
from qaclients.core import DecodeError
from qaclients_fakes import BrowserStackTMFake
from tests.browserstack_tm.conftest import PROJECT, SharedClock


def test_the_fakes_events_parse_and_match_the_request(
    tm: TestManagement, fake: BrowserStackTMFake, clock: SharedClock
) -> None:
    delivered: list[bytes] = []
    fake.on_event = lambda name, payload: delivered.append(json.dumps(payload).encode())
    run = tm.create_test_run(PROJECT, test_cases=["TC-1"]).identifier or ""
    result = tm.begin_update_test_cases(PROJECT, run, add=["TC-2", "TC-3"], remove=["TC-1"]).result(timeout=30)

    events = [parse_completion_event(body) for body in delivered]

    assert [(str(e.unique_id), e.operation.value, e.affected_mapping_count) for e in events] == [
        (result.unique_id, "remove", 1),
        (result.unique_id, "add", 2),
    ]
    assert sum(e.affected_mapping_count for e in events) == result.affected_mapping_count


@pytest.mark.parametrize(
    "body",
    [
        b'{"unique_id": "c6d0b247-3f5e-447a-91f8-a8f12848b8b9", "operation": "move", "affected_mapping_count": 1}',
        b'{"unique_id": "c6d0b247-3f5e-447a-91f8-a8f12848b8b9", "operation": "add"}',
        b"not json",
    ],
)
def test_a_body_that_is_not_an_event_is_a_decode_error(body: bytes) -> None:
    with pytest.raises(DecodeError):
        parse_completion_event(body)


def test_an_already_parsed_event_is_accepted() -> None:
    event = parse_completion_event(
        {"unique_id": "c6d0b247-3f5e-447a-91f8-a8f12848b8b9", "operation": "add", "affected_mapping_count": 0}
    )
    assert event.affected_mapping_count == 0
