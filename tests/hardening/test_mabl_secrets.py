"""The export's signed link is a credential too (it needs no mabl key): its signature must show nowhere either.

Signatures are only known once the fake signed them, so they cannot sit in ``SECRET_CASES``' static forms; this
runs the same mabl exercises and searches for every signature they met.
"""

from __future__ import annotations

import logging

import pytest

from ._mabl_secrets import MABL_SECRET, SIGNATURES, mabl_async, mabl_loopback, mabl_sync
from .test_secrets import renderings


@pytest.mark.parametrize("exercise", [mabl_sync, mabl_async, mabl_loopback], ids=lambda run: run.__name__)
def test_the_signed_link_signature_never_shows(exercise: object, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "qaclients"):
        caplog.set_level(logging.DEBUG, logger=name)
    SIGNATURES.clear()
    assert callable(exercise)
    things = list(exercise(MABL_SECRET))
    assert SIGNATURES, "no export was completed: the check would prove nothing"
    assert any(isinstance(thing, BaseException) for thing in things)
    for thing in things:
        for text in renderings(thing):
            for signature in SIGNATURES:
                assert signature not in text, f"the link's signature shows in {type(thing).__name__}: {text[:300]}"
    assert caplog.records
    for record in caplog.records:
        rendered = f"{record.getMessage()} {record.__dict__!r}"
        for signature in SIGNATURES:
            assert signature not in rendered, f"the link's signature shows in a log record of {record.name}"
