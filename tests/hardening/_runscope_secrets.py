"""Runscope's credentials for ``test_secrets``: the API access token, the OAuth client secret, and the access token
the OAuth exchange hands out. Each exercise drives the client through success and failure (404, 5xx, a body that is
not JSON, a paging stop, a trigger whose answer is lost, a poll that stops, a refused exchange, 401) and yields every
object a user could print, log or store."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator

from qaclients.core import FakeClock, QAClientError, RetryPolicy
from qaclients.runscope import AsyncRunscope, Runscope
from qaclients_fakes import AsyncFakeTransport, FakeTransport, Faults, RunscopeFake, serve_in_thread

from ._faults import FakeTime

RUNSCOPE_SECRET = "rs-SeCrEt-4be1d07a9c3f2e58"
RUNSCOPE_CLIENT_SECRET = "rs-client-SeCrEt-81f0aa2c"
RUNSCOPE_ACCESS_SECRET = "rs-access-SeCrEt-6d2b9e47"
BASE_URL = "https://secrets.runscope.test"
CLIENT_ID = "app-7"
RETRY = RetryPolicy(max_attempts=2, jitter=False)


def _expect_error(call: Callable[[], object]) -> QAClientError:
    try:
        call()
    except QAClientError as error:
        return error
    raise AssertionError("the call was expected to fail")


class _IssuingFake(RunscopeFake):
    """A fake whose OAuth exchange hands out an access token built around a known secret."""

    def __init__(self, access_secret: str, **options: object) -> None:
        super().__init__(**options)  # type: ignore[arg-type]
        self.access_secret = access_secret

    def new_id(self, kind: str) -> str:
        return self.access_secret if kind == "token" else super().new_id(kind)


def _runscope_sync(secret: str) -> Iterator[object]:
    clock = FakeClock()
    fake = RunscopeFake(token=secret, clock=FakeTime(clock))
    test = fake.add_test(fake.default_bucket.key, "Health", regions=("us1", "eu1"))
    for index in range(12):
        fake.add_test(fake.default_bucket.key, f"T{index}")
    with Runscope(BASE_URL, secret, transport=FakeTransport(fake), clock=clock, retry=RETRY) as rs:
        yield from (rs, rs.config, rs.api, rs.api.get_httpx_client())
        pager = rs.tests(test.bucket_key, page_size=5)
        first = next(iter(pager.pages()))
        yield from (first, first.continuation_token, pager.continuation_token)
        model = rs.test(test.bucket_key, test.id)
        yield model
        yield _expect_error(lambda: rs.test(test.bucket_key, "nope"))  # 404
        fake.faults = Faults(kind="error", status=503)
        yield _expect_error(rs.buckets)  # retried, then ServerError
        fake.faults = Faults(kind="non_json")
        yield _expect_error(rs.buckets)  # DecodeError
        fake.faults = Faults(kind="drop", operations={"list_tests"})
        error = _expect_error(lambda: list(rs.tests(test.bucket_key, page_size=5)))
        yield from (error, error.continuation_token)
        fake.faults = Faults(kind="drop", processed=True, operations={"trigger_test_post"}, first_n=1)
        lost = _expect_error(lambda: rs.begin_trigger(model, bucket_key=test.bucket_key))
        yield from (lost, lost.continuation_token)
        fake.faults = Faults()
        assert lost.continuation_token is not None
        poller = rs.recover_trigger(lost.continuation_token)
        yield from (poller, poller.continuation_token())
        fake.faults = Faults(kind="non_json", operations={"get_test_result"})
        stopped = _expect_error(lambda: poller.result(timeout=60))
        yield from (stopped, stopped.continuation_token)
        fake.faults = Faults()
        yield rs.trigger_poller(poller.continuation_token()).result(timeout=60)
        fake.tokens.clear()  # the token stops working: 401
        yield _expect_error(rs.buckets)


def _runscope_async(secret: str) -> Iterator[object]:
    clock = FakeClock()
    fake = RunscopeFake(token=secret, clock=FakeTime(clock))
    test = fake.add_test(fake.default_bucket.key, "Health")

    async def go() -> list[object]:
        out: list[object] = []
        client = AsyncRunscope(BASE_URL, secret, async_transport=AsyncFakeTransport(fake), clock=clock, retry=RETRY)
        async with client as ars:
            out += [ars, ars.config, ars.api]
            model = await ars.test(test.bucket_key, test.id)
            fake.faults = Faults(kind="error", status=500, processed=True, operations={"trigger_test_post"})
            token = None
            try:
                await ars.begin_trigger(model, bucket_key=test.bucket_key)
            except QAClientError as error:
                out += [error, error.continuation_token]
                token = error.continuation_token
            fake.faults = Faults()
            assert token is not None
            poller = await ars.recover_trigger(token)
            out += [poller, await poller.result(timeout=60)]
            fake.faults = Faults(kind="drop", operations={"list_test_results"})
            try:
                async with ars.results(test.bucket_key, test.id) as pager:
                    out += [run async for run in pager]
            except QAClientError as error:
                out += [error, error.continuation_token]
        return out

    yield from asyncio.run(go())


def _runscope_loopback(secret: str) -> Iterator[object]:
    """Over a real socket, so httpcore logs its connection work at DEBUG too."""
    fake = RunscopeFake(token=secret)
    test = fake.add_test(fake.default_bucket.key, "Health")
    with serve_in_thread(fake) as base_url, Runscope(base_url, secret, retry=RETRY) as rs:
        yield from (rs, rs.buckets(), list(rs.tests(test.bucket_key)))
        yield _expect_error(lambda: rs.test(test.bucket_key, "missing"))


def _runscope_client_secret(secret: str) -> Iterator[object]:
    """The OAuth client secret travels in the exchange's query string (httpx logs that URL at INFO)."""
    fake = RunscopeFake()
    code = fake.issue_code(CLIENT_ID, secret)
    with (
        serve_in_thread(fake) as base_url,
        Runscope(base_url, "unused", oauth_base_url=base_url, retry=RETRY) as rs,
    ):
        token = rs.exchange_code(CLIENT_ID, secret, code, redirect_uri="https://my.app/cb")
        yield from (rs, token, token.token)
        yield _expect_error(lambda: rs.exchange_code(CLIENT_ID, secret, code))  # a used code: 400
        yield _expect_error(lambda: rs.exchange_code(CLIENT_ID, secret + "x", fake.issue_code(CLIENT_ID, secret)))
    with Runscope(BASE_URL, "unused", oauth_base_url=BASE_URL, transport=FakeTransport(fake)) as rs:
        fake.faults = Faults(kind="drop", operations={"exchange_oauth_code"})
        yield _expect_error(lambda: rs.exchange_code(CLIENT_ID, secret, fake.issue_code(CLIENT_ID, secret)))


def _runscope_access_token(secret: str) -> Iterator[object]:
    """The access token the exchange hands out, then used as the client's credential."""
    fake = _IssuingFake(secret)
    test = fake.add_test(fake.default_bucket.key, "Health")
    transport = FakeTransport(fake)
    with Runscope(BASE_URL, "unused", oauth_base_url=BASE_URL, transport=transport, retry=RETRY) as oauth:
        token = oauth.exchange_code(CLIENT_ID, "client-secret", fake.issue_code(CLIENT_ID, "client-secret"))
        yield from (token, token.token)
    assert secret in token.get_secret_value()
    with Runscope(BASE_URL, token.get_secret_value(), transport=transport, clock=FakeClock(), retry=RETRY) as rs:
        yield from (rs, rs.config, list(rs.tests(test.bucket_key)))
        yield _expect_error(lambda: rs.test(test.bucket_key, "missing"))
        fake.tokens.clear()
        yield _expect_error(rs.buckets)


RUNSCOPE_SECRETS: tuple[tuple[str, str, Callable[[str], Iterator[object]]], ...] = (
    ("runscope sync", RUNSCOPE_SECRET, _runscope_sync),
    ("runscope async", RUNSCOPE_SECRET, _runscope_async),
    ("runscope loopback", RUNSCOPE_SECRET, _runscope_loopback),
    ("runscope oauth client secret", RUNSCOPE_CLIENT_SECRET, _runscope_client_secret),
    ("runscope oauth access token", RUNSCOPE_ACCESS_SECRET, _runscope_access_token),
)
"""``(name, secret, exercise)`` of each Runscope ``SecretCase`` (registered in ``test_secrets.SECRET_CASES``)."""
