"""The retry transport, sync and async side by side, against a scripted MockTransport and a FakeClock."""

from __future__ import annotations

import logging
import random
from collections.abc import AsyncIterator, Iterator
from email.utils import formatdate
from typing import Any

import httpx
import pytest

from qaclients.core._clock import FakeClock
from qaclients.core._error_bodies import raise_for_status
from qaclients.core._errors import RateLimitedError
from qaclients.core._retry import AsyncRetryTransport, RetryPolicy, RetryTransport, parse_retry_after

Step = int | tuple[int, dict[str, str]] | type[httpx.TransportError]
NO_JITTER = RetryPolicy(jitter=False, backoff_initial=1.0)


class Harness:
    """Sends one request through a retry transport whose inner transport plays a script of outcomes."""

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.clock = FakeClock()
        self.script: list[Step] = []
        self.bodies: list[bytes] = []
        self.responses: list[httpx.Response] = []

    @property
    def calls(self) -> int:
        return len(self.bodies)

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.bodies.append(request.read())
        step = self.script.pop(0) if self.script else 200
        if isinstance(step, type):
            raise step("scripted failure", request=request)
        status, headers = step if isinstance(step, tuple) else (step, {})
        response = httpx.Response(status, headers=headers, json={"attempt": self.calls})
        self.responses.append(response)
        return response

    @staticmethod
    def _send_sync(transport: RetryTransport, method: str, url: str, **kwargs: Any) -> httpx.Response:
        with httpx.Client(transport=transport) as client:
            return client.request(method, url, **kwargs)

    async def send(
        self,
        method: str,
        *script: Step,
        policy: RetryPolicy | None = NO_JITTER,
        rng: random.Random | None = None,
        **kwargs: Any,
    ) -> httpx.Response:
        self.script = list(script)
        url = "https://api.example.com/runs?api_key=s3cret"
        mock = httpx.MockTransport(self.handler)
        if self.mode == "sync":
            return self._send_sync(RetryTransport(mock, policy, clock=self.clock, rng=rng), method, url, **kwargs)
        async with httpx.AsyncClient(transport=AsyncRetryTransport(mock, policy, clock=self.clock, rng=rng)) as aclient:
            return await aclient.request(method, url, **kwargs)


@pytest.fixture(params=["sync", "async"])
def harness(request: pytest.FixtureRequest) -> Harness:
    return Harness(request.param)


async def test_retries_get_on_503_then_succeeds(harness: Harness) -> None:
    response = await harness.send("GET", 503, 200)
    assert response.status_code == 200
    assert response.json() == {"attempt": 2}
    assert harness.calls == 2
    assert harness.clock.sleeps == [1.0]


@pytest.mark.parametrize("status", [500, 502, 503, 504])
async def test_does_not_retry_post_on_server_errors(harness: Harness, status: int) -> None:
    response = await harness.send("POST", status, 200, json={"name": "run"})
    assert response.status_code == status
    assert harness.calls == 1
    assert harness.clock.sleeps == []


async def test_retries_get_on_500(harness: Harness) -> None:
    assert (await harness.send("GET", 500, 200)).status_code == 200


async def test_retries_post_on_429_and_resends_the_same_bytes(harness: Harness) -> None:
    response = await harness.send("POST", 429, 429, 201, json={"name": "run"})
    assert response.status_code == 201
    assert harness.bodies == [b'{"name":"run"}'] * 3


class StreamingInner(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Consumes the request stream as a real transport does (MockTransport would buffer it for us)."""

    def __init__(self) -> None:
        self.bodies: list[bytes] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.SyncByteStream)
        self.bodies.append(b"".join(request.stream))
        return httpx.Response(503 if len(self.bodies) == 1 else 200)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.AsyncByteStream)
        self.bodies.append(b"".join([chunk async for chunk in request.stream]))
        return httpx.Response(503 if len(self.bodies) == 1 else 200)


def chunks() -> Iterator[bytes]:
    yield b"a"
    yield b"b"


async def achunks() -> AsyncIterator[bytes]:
    for chunk in chunks():
        yield chunk


def test_streamed_body_is_buffered_for_retries() -> None:
    inner = StreamingInner()
    with httpx.Client(transport=RetryTransport(inner, NO_JITTER, clock=FakeClock())) as client:
        assert client.put("https://h/x", content=chunks()).status_code == 200
    assert inner.bodies == [b"ab", b"ab"]


async def test_streamed_body_is_buffered_for_retries_async() -> None:
    inner = StreamingInner()
    async with httpx.AsyncClient(transport=AsyncRetryTransport(inner, NO_JITTER, clock=FakeClock())) as client:
        assert (await client.put("https://h/x", content=achunks())).status_code == 200
    assert inner.bodies == [b"ab", b"ab"]


@pytest.mark.parametrize("error", [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout])
async def test_retries_post_that_never_reached_the_server(harness: Harness, error: type[httpx.TransportError]) -> None:
    response = await harness.send("POST", error, 201, json={})
    assert response.status_code == 201
    assert harness.calls == 2


@pytest.mark.parametrize(
    "error", [httpx.ReadError, httpx.ReadTimeout, httpx.RemoteProtocolError, httpx.WriteError, httpx.WriteTimeout]
)
async def test_does_not_retry_post_that_may_have_reached_the_server(
    harness: Harness, error: type[httpx.TransportError]
) -> None:
    with pytest.raises(error, match="scripted failure"):
        await harness.send("POST", error, 201, json={})
    assert harness.calls == 1


@pytest.mark.parametrize("error", [httpx.ReadError, httpx.ReadTimeout, httpx.RemoteProtocolError, httpx.ConnectError])
async def test_retries_get_on_transport_errors(harness: Harness, error: type[httpx.TransportError]) -> None:
    assert (await harness.send("GET", error, 200)).status_code == 200


async def test_never_retries_permanent_transport_errors(harness: Harness) -> None:
    with pytest.raises(httpx.UnsupportedProtocol):
        await harness.send("GET", httpx.UnsupportedProtocol, 200)
    assert harness.calls == 1


async def test_gives_up_with_the_last_exception(harness: Harness) -> None:
    with pytest.raises(httpx.ConnectError):
        await harness.send("GET", *[httpx.ConnectError] * 4)
    assert harness.calls == 4


async def test_does_not_retry_client_errors(harness: Harness) -> None:
    assert (await harness.send("GET", 404, 200)).status_code == 404
    assert harness.calls == 1


async def test_retry_after_seconds_replaces_backoff(harness: Harness) -> None:
    await harness.send("GET", (429, {"Retry-After": "7"}), (503, {"Retry-After": "0"}), 200)
    assert harness.clock.sleeps == [7.0, 0.0]


async def test_retry_after_http_date_against_the_clock_wall(harness: Harness) -> None:
    date = formatdate(harness.clock.wall() + 12, usegmt=True)
    await harness.send("POST", (429, {"Retry-After": date}), 201)
    assert harness.clock.sleeps == [12.0]


async def test_retry_after_past_the_cap_returns_the_429_at_once(harness: Harness) -> None:
    response = await harness.send("GET", (429, {"Retry-After": "120"}), 200)
    assert response.status_code == 429
    assert harness.calls == 1
    assert harness.clock.sleeps == []
    with pytest.raises(RateLimitedError) as caught:
        raise_for_status(response)
    assert caught.value.retry_after == 120.0


async def test_retry_after_cap_is_configurable(harness: Harness) -> None:
    policy = RetryPolicy(retry_after_cap=300, jitter=False)
    assert (await harness.send("GET", (503, {"Retry-After": "120"}), 200, policy=policy)).status_code == 200
    assert harness.clock.sleeps == [120.0]


@pytest.mark.parametrize("override", [False, 0])
async def test_per_call_override_disables_retries(harness: Harness, override: object) -> None:
    response = await harness.send("GET", 503, 200, extensions={"qaclients.retry": override})
    assert response.status_code == 503
    assert harness.calls == 1


async def test_per_call_override_extends_the_budget(harness: Harness) -> None:
    policy = RetryPolicy(max_attempts=6, jitter=False)
    response = await harness.send("GET", *[503] * 5, 200, extensions={"qaclients.retry": policy})
    assert response.status_code == 200
    assert harness.calls == 6


async def test_per_call_override_must_be_a_policy(harness: Harness) -> None:
    with pytest.raises(TypeError, match=r"qaclients\.retry"):
        await harness.send("GET", 200, extensions={"qaclients.retry": 3})


async def test_no_policy_means_the_default_policy(harness: Harness) -> None:
    response = await harness.send("GET", *[503] * 4, policy=None, rng=random.Random(1))
    assert response.status_code == 503
    assert harness.calls == RetryPolicy().max_attempts == 4


async def test_attempts_budget_returns_the_last_response(harness: Harness) -> None:
    response = await harness.send("GET", *[503] * 10)
    assert response.status_code == 503
    assert response.json() == {"attempt": 4}
    assert harness.calls == 4
    assert len(harness.clock.sleeps) == 3


async def test_backoff_grows_and_is_bounded(harness: Harness) -> None:
    policy = RetryPolicy(max_attempts=7, backoff_initial=1.0, backoff_max=5.0, jitter=False)
    await harness.send("GET", *[503] * 7, policy=policy)
    assert harness.clock.sleeps == [1.0, 2.0, 4.0, 5.0, 5.0, 5.0]


async def test_total_wait_budget_stops_early(harness: Harness) -> None:
    policy = RetryPolicy(max_attempts=10, backoff_initial=1.0, jitter=False, max_total_wait=4.0)
    response = await harness.send("GET", *[503] * 10, policy=policy)
    assert response.status_code == 503
    assert harness.clock.sleeps == [1.0, 2.0]  # a third wait (4 s) would end at 7 s, past the budget


async def test_jitter_is_full_and_deterministic_with_a_seeded_random(harness: Harness) -> None:
    policy = RetryPolicy(max_attempts=5, backoff_initial=1.0, backoff_max=30.0)
    await harness.send("GET", *[503] * 5, policy=policy, rng=random.Random(42))
    expected = random.Random(42)
    assert harness.clock.sleeps == [expected.uniform(0.0, ceiling) for ceiling in (1.0, 2.0, 4.0, 8.0)]
    assert all(0.0 <= wait <= ceiling for wait, ceiling in zip(harness.clock.sleeps, (1, 2, 4, 8), strict=True))


async def test_responses_are_closed_before_retrying(harness: Harness) -> None:
    await harness.send("GET", 503, 503, 200)
    assert [response.is_closed for response in harness.responses[:2]] == [True, True]


async def test_each_retry_is_logged_with_a_redacted_url(harness: Harness, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="qaclients.retry"):
        await harness.send("GET", 503, httpx.ReadError, 200)
    assert caplog.messages == [
        "retrying GET https://api.example.com/runs?api_key=*** after 503 in 1.00s (attempt 2 of 4)",
        "retrying GET https://api.example.com/runs?api_key=*** after ReadError in 2.00s (attempt 3 of 4)",
    ]
    assert "s3cret" not in caplog.text


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("5", 5.0),
        (" 5 ", 5.0),
        ("1.5", 1.5),
        ("0", 0.0),
        ("-1", None),
        ("nan", None),
        ("soon", None),
        ("", None),
        (None, None),
        ("Tue, 14 Nov 2023 22:14:20 GMT", 60.0),
        ("Tue, 14 Nov 2023 22:14:20 -0000", 60.0),
        ("Tue, 14 Nov 2023 22:00:00 GMT", 0.0),  # in the past: now
    ],
)
def test_parse_retry_after(value: str | None, seconds: float | None) -> None:
    assert parse_retry_after(value, now=1_700_000_000.0) == seconds


def test_policy_validates_and_normalises() -> None:
    with pytest.raises(ValueError, match="max_attempts"):
        RetryPolicy(max_attempts=0)
    with pytest.raises(ValueError, match="backoff_initial"):
        RetryPolicy(backoff_initial=-1)
    policy = RetryPolicy(idempotent_methods=["get", "put"], statuses=[503])
    assert policy.idempotent_methods == frozenset({"GET", "PUT"})
    assert policy.statuses == frozenset({503})
    assert RetryPolicy() == RetryPolicy()
    assert 429 in RetryPolicy().statuses
    assert "POST" not in RetryPolicy().idempotent_methods


def test_backoff_without_rng_stays_within_the_ceiling() -> None:
    assert 0.0 <= RetryPolicy().backoff(3) <= 2.0
    assert RetryPolicy(jitter=False, backoff_max=10).backoff(10_000) == 10.0


def test_transport_closes_its_inner_transport() -> None:
    closed: list[str] = []

    class Inner(httpx.BaseTransport):
        def close(self) -> None:
            closed.append("sync")

    RetryTransport(Inner()).close()
    assert closed == ["sync"]


async def test_async_transport_closes_its_inner_transport() -> None:
    closed: list[str] = []

    class AsyncInner(httpx.AsyncBaseTransport):
        async def aclose(self) -> None:
            closed.append("async")

    await AsyncRetryTransport(AsyncInner()).aclose()
    assert closed == ["async"]
