"""Credentials never show: URLs, headers, Secret, log records."""

from __future__ import annotations

import logging
import pickle
import sys

import httpx
import pytest

from qaclients.core._redact import RedactingFilter, Secret, is_secret_name, redact_headers, redact_text, redact_url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://api.example.com/runs?page=2", "https://api.example.com/runs?page=2"),
        ("https://api.example.com/runs?api_key=abc&page=2", "https://api.example.com/runs?api_key=***&page=2"),
        (
            "https://h/x?token=a&access_token=b&apikey=c&key=d",
            "https://h/x?token=***&access_token=***&apikey=***&key=***",
        ),
        (
            "https://h/x?password=p&secret=s&signature=g&auth=z",
            "https://h/x?password=***&secret=***&signature=***&auth=***",
        ),
        (
            "https://h/oauth?client_id=1&client_secret=s&code=c",
            "https://h/oauth?client_id=1&client_secret=***&code=***",
        ),
        ("https://h/x?X-Amz-Signature=abc&flag", "https://h/x?X-Amz-Signature=***&flag"),
        ("https://bob:hunter2@h/x", "https://bob@h/x"),
        ("https://:hunter2@h/x", "https://h/x"),
        ("https://h/cb#access_token=abc&state=1", "https://h/cb#access_token=***&state=1"),
        ("/relative?token=abc", "/relative?token=***"),
    ],
)
def test_redact_url(url: str, expected: str) -> None:
    assert redact_url(url) == expected


def test_redact_url_accepts_httpx_url() -> None:
    assert redact_url(httpx.URL("https://u:p@h/x", params={"token": "t"})) == "https://u@h/x?token=***"


def test_redact_headers() -> None:
    headers = {
        "Authorization": "Bearer abc",
        "Proxy-Authorization": "Basic xyz",
        "Cookie": "s=1",
        "Set-Cookie": "s=2",
        "X-Api-Key": "k",
        "X-Auth-Token": "t",
        "X-Client-Secret": "s",
        "Accept": "application/json",
        "Content-Type": "application/json",
    }
    redacted = redact_headers(headers)
    assert list(redacted) == list(headers)
    assert {name for name, value in redacted.items() if value != "***"} == {"Accept", "Content-Type"}


def test_redact_headers_accepts_httpx_headers_and_pairs() -> None:
    assert redact_headers(httpx.Headers({"Authorization": "x", "Accept": "a"})) == {
        "authorization": "***",
        "accept": "a",
    }
    assert redact_headers([("Cookie", "c")]) == {"Cookie": "***"}


@pytest.mark.parametrize("name", ["token", "API-KEY", "x_api_key", "Authorization", "passwd", "sig", "session_id"])
def test_secret_names(name: str) -> None:
    assert is_secret_name(name)


@pytest.mark.parametrize("name", ["page", "project_id", "status", "signal", "codename"])
def test_harmless_names(name: str) -> None:
    assert not is_secret_name(name)


def test_secret_hides_its_value() -> None:
    secret = Secret("hunter2")
    assert repr(secret) == "Secret('***')"
    assert str(secret) == "***"
    assert f"{secret}" == "***"
    assert "hunter2" not in repr([secret, {"t": secret}])
    assert secret.get_secret_value() == "hunter2"


def test_secret_equality_and_hash() -> None:
    assert Secret("a") == Secret("a")
    assert Secret("a") != Secret("b")
    assert Secret("a") != "a"
    assert len({Secret("a"), Secret("a"), Secret("b")}) == 2
    assert not Secret("")


def test_secret_survives_pickle_and_rejects_non_str() -> None:
    assert pickle.loads(pickle.dumps(Secret("a"))) == Secret("a")
    with pytest.raises(TypeError):
        Secret(b"a")  # type: ignore[arg-type]


def test_redact_text_masks_raw_and_percent_encoded() -> None:
    assert redact_text("a s3cr/t b s3cr%2Ft", [Secret("s3cr/t"), ""]) == "a *** b ***"


def _record(msg: str, *args: object) -> logging.LogRecord:
    return logging.LogRecord("t", logging.INFO, __file__, 1, msg, args, None)


def test_filter_scrubs_message_and_args() -> None:
    redacting = RedactingFilter([Secret("tok123"), "other"])
    record = _record("sending %s with %s", "Bearer tok123", 5)
    assert redacting.filter(record) is True
    assert record.getMessage() == "sending Bearer *** with 5"


def test_filter_leaves_clean_records_alone() -> None:
    record = _record("page %d", 2)
    assert RedactingFilter(["tok123"]).filter(record)
    assert record.args == (2,)


def test_filter_redacts_httpx_urls_as_httpx_logs_them() -> None:
    record = _record(
        'HTTP Request: %s %s "%s %d %s"', "GET", httpx.URL("https://h/x?api_key=k1"), "HTTP/1.1", 200, "OK"
    )
    RedactingFilter().filter(record)
    assert record.getMessage() == 'HTTP Request: GET https://h/x?api_key=*** "HTTP/1.1 200 OK"'


def test_filter_scrubs_tracebacks() -> None:
    try:
        raise RuntimeError("bad token tok123")
    except RuntimeError:
        record = logging.LogRecord("t", logging.ERROR, __file__, 1, "failed", (), sys.exc_info())
    RedactingFilter(["tok123"]).filter(record)
    assert record.exc_text is not None
    assert "tok123" not in record.exc_text
    assert "bad token ***" in record.exc_text


def test_filter_installed_on_a_logger(caplog: pytest.LogCaptureFixture) -> None:
    redacting = RedactingFilter(["tok123"])
    redacting.install("qaclients.test_redact")
    logger = logging.getLogger("qaclients.test_redact")
    try:
        with caplog.at_level(logging.DEBUG, logger="qaclients.test_redact"):
            logger.debug("token is %s", "tok123")
        assert caplog.messages == ["token is ***"]
    finally:
        logger.removeFilter(redacting)
