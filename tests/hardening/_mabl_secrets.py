"""mabl's credential cases for ``test_secrets.py``: the API key (and its Basic ``key:<api key>`` form), a stored
credential's secret value, and the export's signed link, through success and every kind of failure.

Each exercise yields what a user could print, log or store; it also appends every signed link signature it met to
``SIGNATURES`` (they are only known at run time), which ``test_mabl_secrets.py`` searches for as well.
"""

from __future__ import annotations

import asyncio
import base64
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from qaclients.core import FakeClock, QAClientError, RetryPolicy
from qaclients.mabl import AsyncMabl, Mabl
from qaclients_fakes import AsyncFakeTransport, FakeTransport, Faults, MablFake, serve_in_thread
from qaclients_fakes._mabl import DEFAULT_WORKSPACE, ENVIRONMENT
from qaclients_fakes._mabl_reports import DOWNLOAD

from ._faults import FakeTime

__all__ = [
    "MABL_CREDENTIAL_VALUE",
    "MABL_SECRET",
    "SIGNATURES",
    "basic_form",
    "mabl_async",
    "mabl_loopback",
    "mabl_sync",
]

MABL_SECRET = "mabl-SeCrEt-4c2e8a1f9b7d3065"
MABL_CREDENTIAL_VALUE = "cred-PaSsWoRd-5e1d9c7b3a"
RETRY = RetryPolicy(max_attempts=2, jitter=False)
SIGNATURES: list[str] = []


def basic_form(secret: str) -> str:
    """The ``Authorization: Basic`` credential as it travels: ``base64("key:<api key>")``."""
    return base64.b64encode(f"key:{secret}".encode()).decode()


def _expect_error(call: Callable[[], object]) -> QAClientError:
    try:
        call()
    except QAClientError as error:
        return error
    raise AssertionError("the call was expected to fail")


def _link_signature(url: str) -> str:
    return parse_qs(urlsplit(url).query)["signature"][0]


def mabl_sync(secret: str) -> Iterator[object]:
    """Resources, credentials with secrets, deploy-and-wait and exports, each also failing, sync."""
    clock = FakeClock()
    fake = MablFake(api_key=secret, clock=FakeTime(clock))
    fake.seed(5)
    folder = Path(tempfile.mkdtemp(prefix="mabl-secrets-"))
    with Mabl(secret, workspace_id=DEFAULT_WORKSPACE, transport=FakeTransport(fake), clock=clock, retry=RETRY) as m:
        yield from (m, m.config, m.api, m.api.get_httpx_client())
        creds = m.credentials.create(name="shop", properties={"username": "qa", "password": MABL_CREDENTIAL_VALUE})
        yield from (creds, m.credentials.get(creds.id, with_secrets=True), list(m.credentials.list(with_secrets=True)))
        yield _expect_error(lambda: m.applications.get("nope-a"))  # 404
        fake.faults = Faults(kind="error", status=503)
        yield _expect_error(lambda: m.applications.get("nope-a"))  # retried, then ServerError
        fake.faults = Faults(kind="drop", processed=True, operations={"ondeploy"})
        created = _expect_error(lambda: m.begin_deployment(environment_id=ENVIRONMENT))
        yield from (created, created.continuation_token)
        fake.faults = Faults()
        poller = m.resume_deployment(str(created.continuation_token))
        yield from (poller, poller.continuation_token())
        fake.faults = Faults(kind="non_json", operations={"getexecutionresultforevent"})
        read = _expect_error(lambda: poller.result(timeout=600))
        yield from (read, read.continuation_token)
        fake.faults = Faults()
        yield m.resume_deployment(str(read.continuation_token)).result(timeout=3600)
        test_run = str(fake.history[0]["test_run_id"])
        export_poller = m.begin_export_artifacts(test_run, ["screenshots"])
        export = export_poller.result(timeout=600)
        assert export.state.url is not None
        SIGNATURES.append(_link_signature(export.state.url.get_secret_value()))
        yield from (export_poller, export_poller.continuation_token(), export, export.state, export.state.url)
        fake.faults = Faults(kind="truncate", operations={DOWNLOAD})
        broken = _expect_error(lambda: export.download(folder / "a.zip"))
        yield from (broken, broken.continuation_token)
        fake.faults = Faults(kind="error", status=403, operations={DOWNLOAD})
        yield _expect_error(lambda: export.download(folder / "a.zip"))
        fake.faults = Faults()
        yield export.download(folder / "a.zip")
        fake.faults = Faults(kind="error", status=500, operations={"createtestrunartifactexport"})
        lost = _expect_error(lambda: m.begin_export_artifacts(test_run))
        yield from (lost, lost.continuation_token)
        fake.faults = Faults()
        fake.keys.clear()  # the key stops working: 401
        yield _expect_error(lambda: m.applications.get("nope-a"))
    with Mabl(secret, workspace_id=DEFAULT_WORKSPACE, transport=FakeTransport(MablFake(api_key="other"))) as m:
        yield _expect_error(lambda: m.begin_deployment(environment_id=ENVIRONMENT))


def mabl_async(secret: str) -> Iterator[object]:
    """The same trouble through the async client."""
    clock = FakeClock()
    fake = MablFake(api_key=secret, clock=FakeTime(clock))
    fake.seed(3)
    folder = Path(tempfile.mkdtemp(prefix="mabl-secrets-"))

    async def go() -> list[object]:
        out: list[object] = []
        transport = AsyncFakeTransport(fake)
        client = AsyncMabl(secret, workspace_id=DEFAULT_WORKSPACE, async_transport=transport, clock=clock)
        async with client as am:
            out += [am, am.config, am.api]
            creds = await am.credentials.create(name="s", properties={"password": MABL_CREDENTIAL_VALUE})
            out += [creds, await am.credentials.get(creds.id, with_secrets=True)]
            fake.faults = Faults(kind="error", status=502, processed=True, operations={"ondeploy"})
            try:
                await am.begin_deployment(environment_id=ENVIRONMENT)
            except QAClientError as error:
                out += [error, error.continuation_token]
                fake.faults = Faults()
                poller = await am.resume_deployment(str(error.continuation_token))
                out += [poller, await poller.result(timeout=3600)]
            export = await (await am.begin_export_artifacts(str(fake.history[0]["test_run_id"]))).result(timeout=600)
            assert export.state.url is not None
            SIGNATURES.append(_link_signature(export.state.url.get_secret_value()))
            fake.faults = Faults(kind="drop", operations={DOWNLOAD})
            try:
                await export.download(folder / "a.zip")
            except QAClientError as error:
                out += [export, error, error.continuation_token]
        return out

    yield from asyncio.run(go())


def mabl_loopback(secret: str) -> Iterator[object]:
    """Over a real socket, so httpcore logs its connection work (and the download its request line) at DEBUG."""
    clock = FakeClock()
    fake = MablFake(api_key=secret, clock=FakeTime(clock))
    fake.seed(2)
    folder = Path(tempfile.mkdtemp(prefix="mabl-secrets-"))
    with (
        serve_in_thread(fake) as base_url,
        Mabl(secret, workspace_id=DEFAULT_WORKSPACE, base_url=base_url, clock=clock) as m,
    ):
        yield from (m, list(m.applications.list()))
        export = m.begin_export_artifacts(str(fake.history[0]["test_run_id"])).result(timeout=60)
        assert export.state.url is not None
        SIGNATURES.append(_link_signature(export.state.url.get_secret_value()))
        yield export.download(folder / "a.zip")
        yield _expect_error(lambda: m.applications.get("nope-a"))
