"""Short secrets: masked wherever they stand as a token of their own (URL query, header, JSON body, traceback), never
inside unrelated words of a log line; long secrets: masked everywhere, even glued to other text."""

from __future__ import annotations

import logging

import httpx
import pytest

from qaclients.core._redact import MIN_EMBEDDED_SECRET, RedactingFilter, Secret, redact_text

HTTPX_LINE = 'HTTP Request: %s %s "%s %d %s"'


def _record(msg: str, *args: object) -> logging.LogRecord:
    return logging.LogRecord("httpx", logging.INFO, __file__, 1, msg, args, None)


@pytest.mark.parametrize("secret", ["a", "e", "P", "T", "1", "ab", "ok", "tt"])
def test_a_short_secret_leaves_unrelated_log_text_alone(secret: str) -> None:
    record = _record(HTTPX_LINE, "GET", httpx.URL("https://api.example.com/v2/apps?page=20"), "HTTP/2", 200, "OK")
    before = record.getMessage()
    assert RedactingFilter([secret]).filter(record)
    assert record.getMessage() == before
    text = "Sending the request to api.example.com (attempt 21 of 40), please wait; settings accepted"
    assert redact_text(text, [secret]) == text


def test_a_short_secret_is_masked_where_it_stands_alone_even_in_prose() -> None:
    # The price of never leaking it: a one-character secret that is also a word of its own is masked there too.
    assert redact_text("HTTP/1.1 200 OK", ["1"]) == "HTTP/***.*** 200 OK"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("GET https://h/runs?api_key=ab&page=2", "GET https://h/runs?api_key=***&page=2"),
        ("GET https://h/runs?page=2&token=ab", "GET https://h/runs?page=2&token=***"),
        ("X-Api-Key: ab", "X-Api-Key: ***"),
        ("Authorization: Bearer ab", "Authorization: Bearer ***"),
        ('{"token": "ab", "name": "about"}', '{"token": "***", "name": "about"}'),
        ('{"token":"ab"}', '{"token":"***"}'),
        ("https://h/keys/ab/rotate", "https://h/keys/***/rotate"),
        ("ab", "***"),
        ("key=ab_x", "key=***_x"),  # an underscore is not a letter or digit: still a boundary
    ],
)
def test_a_short_secret_standing_alone_is_masked(text: str, masked: str) -> None:
    assert redact_text(text, [Secret("ab")]) == masked


def test_a_short_secret_percent_encoded_is_masked() -> None:
    secret = "a/b"
    assert redact_text("GET /x?key=a%2Fb&q=1 and a/b", [secret]) == "GET /x?key=***&q=1 and ***"


def test_a_short_secret_edged_with_punctuation_is_masked_inside_words() -> None:
    # Its edges are not letters or digits, so no run of them can contain it.
    assert redact_text("x=k-1-abc", ["-1-"]) == "x=k***abc"


def test_a_long_secret_is_masked_even_inside_a_longer_word() -> None:
    secret = "Z" * (MIN_EMBEDDED_SECRET - 1) + "9"
    assert len(secret) == MIN_EMBEDDED_SECRET
    assert redact_text(f"prefix{secret}suffix and {secret}", [secret]) == "prefix***suffix and ***"


def test_a_secret_that_contains_a_shorter_one_is_masked_whole() -> None:
    assert redact_text("k=ab12cd34ef and ab", ["ab", "ab12cd34ef"]) == "k=*** and ***"


def test_the_filter_masks_a_short_secret_in_url_header_body_and_traceback() -> None:
    redacting = RedactingFilter(["q1"])
    url = _record(HTTPX_LINE, "GET", httpx.URL("https://api.example.com/v1?apikey=q1&x=quote"), "HTTP/1.1", 200, "OK")
    redacting.filter(url)
    assert url.getMessage() == 'HTTP Request: GET https://api.example.com/v1?apikey=***&x=quote "HTTP/1.1 200 OK"'
    header = _record("send_request_headers.started request=%s", [(b"X-Token", b"q1"), (b"Accept", b"quick")])
    redacting.filter(header)
    assert "q1" not in header.getMessage().replace("quick", "")
    assert "quick" in header.getMessage()
    body = _record("body %s", '{"key": "q1", "q12": 3}')
    redacting.filter(body)
    assert body.getMessage() == 'body {"key": "***", "q12": 3}'
    try:
        raise RuntimeError("refused key q1")
    except RuntimeError as error:
        failed = logging.LogRecord("t", logging.ERROR, __file__, 1, "failed", (), (RuntimeError, error, None))
    redacting.filter(failed)
    assert failed.exc_text is not None and "refused key ***" in failed.exc_text


def test_adding_a_secret_later_takes_effect() -> None:
    redacting = RedactingFilter(["first-secret-value"])
    record = _record("a later-secret-value")
    redacting.filter(record)
    assert record.getMessage() == "a later-secret-value"
    redacting.add(Secret("later-secret-value"))
    record = _record("a later-secret-value and first-secret-value")
    redacting.filter(record)
    assert record.getMessage() == "a *** and ***"


def test_httpx_request_log_with_a_short_secret(caplog: pytest.LogCaptureFixture) -> None:
    redacting = RedactingFilter(["k1"])
    redacting.install("httpx")
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"ok": True}))
    try:
        with caplog.at_level(logging.DEBUG), httpx.Client(transport=transport) as client:
            client.get("https://api.example.com/k12/items", params={"q": "k1", "page": "2", "sort": "k1x"})
    finally:
        logging.getLogger("httpx").removeFilter(redacting)
    (line,) = [record.getMessage() for record in caplog.records if record.name == "httpx"]
    assert line == 'HTTP Request: GET https://api.example.com/k12/items?q=***&page=2&sort=k1x "HTTP/1.1 200 OK"'
