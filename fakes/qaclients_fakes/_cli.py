"""``qaclients-fake``: serve one vendor's fake on a real socket.

    $ qaclients-fake testmo --port 0 --token secret --seed-runs 150
    http://127.0.0.1:40517/api/v1

The first line of stdout is the base URL (flushed at once, so a parent process can read it); uvicorn logs go to
stderr. Stop it with Ctrl-C or SIGTERM.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ._clock import SystemClock
from ._server import base_url, bind, make_server
from ._vendors import VENDORS

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit status."""
    args = _parser().parse_args(argv)
    if (args.certfile is None) != (args.keyfile is None):
        print("qaclients-fake: give both --certfile and --keyfile, or neither", file=sys.stderr)
        return 2
    options = {"token": args.token} if args.token is not None else {}
    # Not strict: a server outlives any one client, so a response that breaks the spec is reported to that client
    # (as a 500 naming the violation) and the server keeps serving.
    fake = VENDORS[args.vendor](clock=SystemClock(), strict=False, **options)
    if args.seed_runs:
        fake.seed(args.seed_runs)
    server = make_server(
        fake, ssl_certfile=args.certfile, ssl_keyfile=args.keyfile, log_level=args.log_level, log_config=True
    )
    sock = bind(args.host, args.port)
    print(base_url(sock, fake, tls=args.certfile is not None), flush=True)
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="qaclients-fake", description="Serve a spec-validating vendor API fake.")
    parser.add_argument("vendor", choices=sorted(VENDORS), help="which vendor's API to fake")
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port; 0 picks a free one (default: 8000)")
    parser.add_argument("--certfile", help="TLS certificate (PEM); serves https with --keyfile")
    parser.add_argument("--keyfile", help="TLS private key (PEM)")
    parser.add_argument("--token", help="API token the fake accepts (default: the vendor fake's own)")
    parser.add_argument("--seed-runs", type=int, default=0, metavar="N", help="start with N deterministic runs")
    parser.add_argument("--log-level", default="warning", choices=["critical", "error", "warning", "info", "debug"])
    return parser


if __name__ == "__main__":
    raise SystemExit(main())
