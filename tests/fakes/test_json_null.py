"""``JSON_NULL``: a handler can answer with the JSON literal ``null``, which ``json=None`` (no body) cannot say."""

from __future__ import annotations

from qaclients_fakes import JSON_NULL, Fake, Response


def test_json_null_is_sent_as_the_literal() -> None:
    status, headers, body = Fake._encode(Response(500, JSON_NULL))
    assert (status, body) == (500, b"null")
    assert ("content-type", "application/json") in headers
    assert ("content-length", "4") in headers


def test_none_still_sends_no_body() -> None:
    _, headers, body = Fake._encode(Response(204))
    assert body == b""
    assert ("content-type", "application/json") not in headers
