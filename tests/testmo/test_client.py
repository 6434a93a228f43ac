"""Listing and reading runs through testmo.Testmo / AsyncTestmo against the fake: paging, filters, errors, retries."""

from __future__ import annotations

import datetime
import os
from unittest import mock

import httpx
import pytest
from testmo_client import AuthenticatedClient

from qaclients import testmo
from qaclients.core import (
    BadRequestError,
    DecodeError,
    FakeClock,
    NotFoundError,
    QAClientError,
    RateLimitedError,
    RetryPolicy,
    ServerError,
    TransportError,
    UnauthorizedError,
    ValidationError,
    retry_budget,
)
from qaclients.testmo import AsyncTestmo, RunStatus
from qaclients_fakes import FakeTransport, Faults, TestmoFake, serve_in_thread
from tests.testmo.conftest import BASE_URL, TOKEN


def test_iterates_every_run_across_pages_newest_first(fake: TestmoFake, tm: testmo.Testmo) -> None:
    fake.seed_runs(230)
    runs = list(tm.automation_runs(1))
    assert [run.id for run in runs] == list(range(230, 0, -1))
    pages = [r for r in fake.requests if r.operation_id == "list_automation_runs"]
    assert [r.query["page"] for r in pages] == ["1", "2", "3"]
    assert all(r.query["per_page"] == "100" for r in pages)


async def test_async_iteration_with_prefetch_gives_the_same_runs(fake: TestmoFake, atm: AsyncTestmo) -> None:
    fake.seed_runs(230)
    async with atm.automation_runs(1, per_page=25, prefetch=4) as pager:
        ids = [run.id async for run in pager]
    assert ids == list(range(230, 0, -1))
    assert len([r for r in fake.requests if r.operation_id == "list_automation_runs"]) == 10


def test_pages_and_continuation_token_resume_exactly(fake: TestmoFake, tm: testmo.Testmo) -> None:
    fake.seed_runs(60)
    pager = tm.automation_runs(1, per_page=25)
    first = next(iter(pager.pages()))
    assert [r.id for r in first.items] == list(range(60, 35, -1))
    assert first.raw.total == 60
    rest = list(tm.automation_runs(1, per_page=25, continuation_token=first.continuation_token))
    assert [r.id for r in rest] == list(range(35, 0, -1))


def test_filters_are_sent_as_the_docs_spell_them(fake: TestmoFake, tm: testmo.Testmo) -> None:
    fake.seed_runs(5)
    list(
        tm.automation_runs(
            1,
            status=[RunStatus.FAILURE, 4],
            tags=["a", "b"],
            expands=["users", "configs"],
            created_after=datetime.datetime(2023, 2, 15, tzinfo=datetime.UTC),
            order="asc",
            sort="automation_runs:created_at",
        )
    )
    query = fake.requests[-1].query
    assert query["status"] == "3,4"
    assert query["tags"] == "a,b"
    assert query["expands"] == "users,configs"
    assert query["created_after"].startswith("2023-02-15T00:00:00")
    assert query["order"] == "asc"


def test_get_one_run_with_threads(fake: TestmoFake, tm: testmo.Testmo) -> None:
    fake.seed_runs(3)
    run = tm.automation_run(2)
    assert run.id == 2 and run.project_id == 1
    assert isinstance(run.threads, list)


def test_unknown_run_is_a_typed_not_found_error(tm: testmo.Testmo) -> None:
    with pytest.raises(NotFoundError) as caught:
        tm.automation_run(999)
    error = caught.value
    assert error.status == 404
    assert error.method == "GET" and "/automation/runs/999" in error.url
    assert error.message


def test_bad_token_is_unauthorized_and_never_leaks(fake: TestmoFake) -> None:
    with (
        testmo.Testmo(BASE_URL, "wrong-token-abcdef", transport=FakeTransport(fake)) as tm,
        pytest.raises(UnauthorizedError) as caught,
    ):
        tm.automation_run(1)
    text = str(caught.value) + repr(caught.value) + repr(caught.value.headers)
    assert "wrong-token-abcdef" not in text
    assert "wrong-token-abcdef" not in repr(tm)


def test_unsupported_page_size_is_refused_before_any_request(fake: TestmoFake, tm: testmo.Testmo) -> None:
    with pytest.raises(ValueError, match="per_page must be one of 15, 25, 50, 100"):
        tm.automation_runs(1, per_page=30)
    assert fake.requests == []


def test_server_side_validation_is_a_validation_error_with_the_message(tm: testmo.Testmo) -> None:
    with pytest.raises(ValidationError) as caught:  # the typed error itself, carrying the resume token
        list(tm.automation_runs(1, sort="automation_runs:bogus"))
    error = caught.value
    assert error.status == 422
    assert error.continuation_token is not None
    assert "sort" in str(error)


def test_get_is_retried_after_503_without_sleeping(fake: TestmoFake, tm: testmo.Testmo, clock: FakeClock) -> None:
    fake.seed_runs(1)
    fake.faults = Faults(kind="error", status=503, first_n=2, operations={"get_automation_run"})
    assert tm.automation_run(1).id == 1
    assert len(clock.sleeps) == 2
    assert clock.sleeps[1] > clock.sleeps[0]


def test_429_retry_after_is_honoured(fake: TestmoFake, tm: testmo.Testmo, clock: FakeClock) -> None:
    fake.seed_runs(1)
    fake.faults = Faults(kind="rate_limit", retry_after=7, first_n=1)
    assert tm.automation_run(1).id == 1
    assert clock.sleeps == [7.0]


def test_429_beyond_the_budget_is_a_rate_limited_error(fake: TestmoFake, tm: testmo.Testmo) -> None:
    fake.seed_runs(1)
    fake.faults = Faults(kind="rate_limit", retry_after=3600)
    with pytest.raises(RateLimitedError) as caught:
        tm.automation_run(1)
    assert caught.value.retry_after == 3600


def test_non_json_body_is_a_decode_error(fake: TestmoFake, tm: testmo.Testmo) -> None:
    fake.seed_runs(1)
    fake.faults = Faults(kind="non_json", operations={"get_automation_run"})
    with pytest.raises(DecodeError):
        tm.automation_run(1)


def test_paging_failure_carries_a_token_that_resumes(fake: TestmoFake, tm: testmo.Testmo) -> None:
    fake.seed_runs(50)
    pager = tm.automation_runs(1, per_page=25)
    seen = []
    fake.faults = Faults(kind="error", status=400, every_nth=2, first_n=2, operations={"list_automation_runs"})
    with pytest.raises(BadRequestError) as caught:
        seen.extend(run.id for run in pager)
    fake.faults = Faults()
    seen.extend(
        run.id for run in tm.automation_runs(1, per_page=25, continuation_token=caught.value.continuation_token)
    )
    assert seen == list(range(50, 0, -1))


def test_dropped_connection_on_get_is_retried(fake: TestmoFake, tm: testmo.Testmo) -> None:
    fake.seed_runs(1)
    fake.faults = Faults(kind="drop", first_n=1)
    assert tm.automation_run(1).id == 1


def test_from_env(fake: TestmoFake) -> None:
    env = {"TESTMO_BASE_URL": BASE_URL, "TESTMO_TOKEN": TOKEN}
    with mock.patch.dict(os.environ, env), testmo.Testmo.from_env(transport=FakeTransport(fake)) as tm:
        fake.seed_runs(1)
        assert tm.automation_run(1).id == 1
        assert TOKEN not in repr(tm) and TOKEN not in repr(tm.config)


def test_missing_env_names_the_variable() -> None:
    with mock.patch.dict(os.environ, {}, clear=True), pytest.raises(QAClientError, match="TESTMO_BASE_URL"):
        testmo.Testmo.from_env()


def test_generated_client_stays_reachable(tm: testmo.Testmo) -> None:
    assert isinstance(tm.api, AuthenticatedClient)


def test_over_a_real_loopback_socket_with_https(fake: TestmoFake, fake_tls) -> None:  # type: ignore[no-untyped-def]
    fake.seed_runs(120)
    with serve_in_thread(fake, ssl_certfile=fake_tls.certfile, ssl_keyfile=fake_tls.keyfile) as url:
        assert url.startswith("https://127.0.0.1:")
        with testmo.Testmo(url, TOKEN, verify=fake_tls.ca_file) as tm:
            assert len(list(tm.automation_runs(1))) == 120


def test_unreachable_server_is_a_transport_error(clock: FakeClock) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with (
        testmo.Testmo(BASE_URL, TOKEN, transport=httpx.MockTransport(refuse), clock=clock) as tm,
        pytest.raises(TransportError),
    ):
        tm.automation_run(1)
    assert len(clock.sleeps) == 3


def test_unknown_filter_is_refused_naming_the_known_ones(tm: testmo.Testmo) -> None:
    with pytest.raises(TypeError, match=r"unknown filter.*state.*Testmo lists take expands"):
        tm.automation_runs(1, state=[3])  # type: ignore[call-arg]


def test_retry_budget_per_call_through_the_wrapper(fake: TestmoFake, tm: testmo.Testmo, clock: FakeClock) -> None:
    fake.seed_runs(1)
    fake.faults = Faults(kind="error", status=503, first_n=1, operations={"get_automation_run"})
    with retry_budget(False), pytest.raises(ServerError):
        tm.automation_run(1)
    assert clock.sleeps == []
    fake.faults = Faults(kind="error", status=503, first_n=6, operations={"get_automation_run"})
    with retry_budget(RetryPolicy(max_attempts=8, jitter=False)):
        assert tm.automation_run(1).id == 1
    assert len(clock.sleeps) == 6
