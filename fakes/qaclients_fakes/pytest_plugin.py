"""pytest fixtures for the fakes, registered through the ``pytest11`` entry point of ``qaclients-fakes``.

    def test_submit(testmo_fake):                       # in-process: use FakeTransport(testmo_fake)
        ...

    def test_over_the_wire(testmo_fake_server):         # a real loopback server in a thread
        httpx.get(testmo_fake_server.base_url + "/automation/runs/1", headers=...)

    def test_https(fake_tls):                           # (certfile, keyfile, ca_file) from a throwaway CA
        with serve_in_thread(TestmoFake(), ssl_certfile=fake_tls.certfile, ssl_keyfile=fake_tls.keyfile) as url:
            httpx.get(url + "/automation/runs/1", verify=ssl.create_default_context(cafile=fake_tls.ca_file))

Every fake from these fixtures is fresh per test, strict, and on a :class:`ManualClock` (timestamps start at
2024-01-01T00:00:00Z; injected latency is recorded in ``fake.clock.sleeps``, never waited). A test whose fake sent a
response that breaks the spec fails at teardown, even if the test itself swallowed the error.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple, TypeVar

import pytest

from ._browserstack_tm import BrowserStackTMFake
from ._clock import ManualClock
from ._fake import Fake
from ._mabl import MablFake
from ._runscope import RunscopeFake
from ._server import FakeServer, serve_in_thread
from ._stackmoxie import StackMoxieFake
from ._testmo import TestmoFake

__all__ = [
    "TLSFiles",
    "browserstack_tm_fake",
    "browserstack_tm_fake_server",
    "fake_tls",
    "mabl_fake",
    "mabl_fake_server",
    "runscope_fake",
    "runscope_fake_server",
    "stackmoxie_fake",
    "stackmoxie_fake_server",
    "testmo_fake",
    "testmo_fake_server",
]

_F = TypeVar("_F", bound=Fake)


class TLSFiles(NamedTuple):
    """PEM files for an https fake: the server's certificate chain and key, and the CA a client should trust."""

    certfile: str
    keyfile: str
    ca_file: str


@pytest.fixture
def testmo_fake() -> Iterator[TestmoFake]:
    """A fresh in-process Testmo fake (token ``testmo-token``, project 1)."""
    yield from _in_process(TestmoFake)


@pytest.fixture
def testmo_fake_server() -> Iterator[FakeServer[TestmoFake]]:
    """A Testmo fake served over http on 127.0.0.1 from a background thread: ``.base_url`` and ``.fake``."""
    yield from _served(TestmoFake)


@pytest.fixture
def browserstack_tm_fake() -> Iterator[BrowserStackTMFake]:
    """A fresh in-process BrowserStack Test Management fake (Basic ``browserstack-user:browserstack-access-key``,
    project PR-1 with 60 test cases); background changes wait on its :class:`ManualClock`."""
    yield from _in_process(BrowserStackTMFake)


@pytest.fixture
def browserstack_tm_fake_server() -> Iterator[FakeServer[BrowserStackTMFake]]:
    """A BrowserStack Test Management fake served over http on 127.0.0.1: ``.base_url`` and ``.fake``."""
    yield from _served(BrowserStackTMFake)


@pytest.fixture
def stackmoxie_fake() -> Iterator[StackMoxieFake]:
    """A fresh in-process Stack Moxie fake (token ``stackmoxie-token``, organization ``DEFAULT_ORG``)."""
    yield from _in_process(StackMoxieFake)


@pytest.fixture
def stackmoxie_fake_server() -> Iterator[FakeServer[StackMoxieFake]]:
    """A Stack Moxie fake served over http on 127.0.0.1 from a background thread: ``.base_url`` and ``.fake``."""
    yield from _served(StackMoxieFake)


@pytest.fixture
def mabl_fake() -> Iterator[MablFake]:
    """A fresh in-process mabl fake (Basic ``key:mabl-key``, a Workspace admin key; see ``MablFake``)."""
    yield from _in_process(MablFake)


@pytest.fixture
def mabl_fake_server() -> Iterator[FakeServer[MablFake]]:
    """A mabl fake served over http on 127.0.0.1 from a background thread: ``.base_url`` and ``.fake``."""
    yield from _served(MablFake)


@pytest.fixture
def runscope_fake() -> Iterator[RunscopeFake]:
    """A fresh in-process Runscope fake (token ``runscope-token``, a team and its default bucket)."""
    yield from _in_process(RunscopeFake)


@pytest.fixture
def runscope_fake_server() -> Iterator[FakeServer[RunscopeFake]]:
    """A Runscope fake served over http on 127.0.0.1 from a background thread: ``.base_url`` and ``.fake``."""
    yield from _served(RunscopeFake)


@pytest.fixture(scope="session")
def fake_tls(tmp_path_factory: pytest.TempPathFactory) -> TLSFiles:
    """A certificate for 127.0.0.1, ::1 and localhost, issued by a throwaway CA (needs ``trustme``)."""
    trustme = pytest.importorskip("trustme")
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1", "::1", "localhost")
    folder = tmp_path_factory.mktemp("fake-tls")
    files = TLSFiles(str(folder / "server.pem"), str(folder / "server.key"), str(folder / "ca.pem"))
    for blob in cert.cert_chain_pems:
        blob.write_to_path(files.certfile, append=True)
    cert.private_key_pem.write_to_path(files.keyfile)
    ca.cert_pem.write_to_path(files.ca_file)
    return files


def _in_process(factory: type[_F]) -> Iterator[_F]:
    fake = factory(clock=ManualClock())
    yield fake
    _fail_on_violations(fake)


def _served(factory: type[_F]) -> Iterator[FakeServer[_F]]:
    fake = factory(clock=ManualClock())
    with serve_in_thread(fake) as base_url:
        yield FakeServer(base_url, fake)
    _fail_on_violations(fake)


def _fail_on_violations(fake: Fake) -> None:
    if fake.violations:
        listed = "\n".join(f"  - {violation}" for violation in fake.violations)
        pytest.fail(f"the {fake.vendor} fake sent responses that break its spec:\n{listed}", pytrace=False)
