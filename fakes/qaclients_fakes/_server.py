"""A fake behind a real socket: uvicorn in a background thread (tests, demos) or in the foreground (the CLI).

    with serve_in_thread(TestmoFake(token="t")) as base_url:      # e.g. http://127.0.0.1:54321/api/v1
        httpx.get(f"{base_url}/automation/runs/1", headers={"Authorization": "Bearer t"})

The socket is bound before the server starts, so ``port=0`` yields the real port and the URL is known up front.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Generic, TypeVar

import uvicorn
from uvicorn.config import LOGGING_CONFIG

from ._asgi import FakeASGIApp
from ._fake import Fake

__all__ = ["FakeServer", "bind", "make_server", "serve_in_thread"]

_F = TypeVar("_F", bound=Fake)
_STARTUP_TIMEOUT = 30.0


@dataclass(frozen=True, slots=True)
class FakeServer(Generic[_F]):
    """A running fake: where to reach it and the fake itself (to arrange state and inspect what it received)."""

    base_url: str
    fake: _F


def bind(host: str, port: int) -> socket.socket:
    """A listening TCP socket on ``host:port`` (``port=0``: any free port)."""
    family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    return sock


def base_url(sock: socket.socket, fake: Fake, *, tls: bool) -> str:
    """The base URL of ``fake`` served on ``sock`` (the spec's path prefix included)."""
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"{'https' if tls else 'http'}://{shown}:{port}{fake.base_path}"


def make_server(
    fake: Fake,
    *,
    ssl_certfile: str | None = None,
    ssl_keyfile: str | None = None,
    log_level: str = "warning",
    log_config: bool = False,
) -> _Server:
    """A uvicorn server for ``fake`` (run it with ``.run(sockets=[bind(...)])``).

    ``log_config=False`` leaves logging alone (records propagate to the root logger, where pytest captures them);
    the CLI passes ``True`` for uvicorn's own console logging.
    """
    if (ssl_certfile is None) != (ssl_keyfile is None):
        raise ValueError("give both ssl_certfile and ssl_keyfile, or neither")
    config = uvicorn.Config(
        FakeASGIApp(fake),
        ssl_certfile=ssl_certfile,
        ssl_keyfile=ssl_keyfile,
        log_level=log_level,
        access_log=False,
        lifespan="off",
        loop="asyncio",
        http="h11",
        ws="none",
        log_config=LOGGING_CONFIG if log_config else None,
    )
    return _Server(config)


@contextmanager
def serve_in_thread(
    fake: Fake,
    host: str = "127.0.0.1",
    port: int = 0,
    ssl_certfile: str | None = None,
    ssl_keyfile: str | None = None,
) -> Iterator[str]:
    """Serve ``fake`` from a background thread; yields the base URL and stops the server on exit."""
    server = make_server(fake, ssl_certfile=ssl_certfile, ssl_keyfile=ssl_keyfile)
    sock = bind(host, port)
    thread = threading.Thread(target=server.run_catching, args=(sock,), name=f"qaclients-fake-{fake.vendor}")
    try:
        thread.start()
        if not server.ready.wait(_STARTUP_TIMEOUT) or server.error is not None:
            raise RuntimeError(f"the {fake.vendor} fake server did not start") from server.error
        yield base_url(sock, fake, tls=ssl_certfile is not None)
    finally:
        server.should_exit = True
        if thread.is_alive():
            thread.join(_STARTUP_TIMEOUT)
        sock.close()


class _Server(uvicorn.Server):
    """uvicorn's server, telling another thread when it listens (or why it never will)."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.ready = threading.Event()
        self.error: BaseException | None = None

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        """Start listening, then signal :attr:`ready`."""
        await super().startup(sockets)
        self.ready.set()

    def run_catching(self, sock: socket.socket) -> None:
        """Run until told to exit; a failure to start is kept in :attr:`error`."""
        try:
            self.run(sockets=[sock])
        except BaseException as exc:  # reported to the starting thread
            self.error = exc
        finally:
            self.ready.set()
