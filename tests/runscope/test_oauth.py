"""The OAuth web application flow: the authorize URL, and the code exchange on the OAuth host (token kept secret)."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from qaclients.core import BadRequestError, UnauthorizedError
from qaclients.runscope import AsyncRunscope, Runscope, authorize_url
from qaclients_fakes import AsyncFakeTransport, FakeTransport, RunscopeFake


def test_the_authorize_url_carries_the_documented_parameters() -> None:
    url = authorize_url("client-1", "https://app.test/cb", scopes=["api:read", "test:write"], state="xyz")
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "www.runscope.com", "/signin/oauth/authorize")
    assert parse_qs(parts.query) == {
        "client_id": ["client-1"], "redirect_uri": ["https://app.test/cb"], "response_type": ["code"],
        "scope": ["api:read test:write"], "state": ["xyz"],
    }  # fmt: skip
    with pytest.raises(ValueError, match="unknown scope"):
        authorize_url("c", "https://app.test/cb", scopes=["everything"])


def test_a_code_is_exchanged_for_a_secret_token_that_works(fake: RunscopeFake) -> None:
    code = fake.issue_code("client-1", "the-secret")
    with Runscope(transport=FakeTransport(fake)) as anonymous:  # no token needed for the exchange
        token = anonymous.exchange_code("client-1", "the-secret", code)
    value = token.get_secret_value()
    assert value not in repr(token) and value not in str(token)
    with Runscope(token=value, transport=FakeTransport(fake)) as rs:
        assert rs.account().email == "grace@example.com"
    assert next(r for r in fake.requests if r.operation_id == "exchange_oauth_code").json is None  # query only


def test_exchange_failures_never_show_the_secret_or_the_code(fake: RunscopeFake) -> None:
    code = fake.issue_code("client-1", "the-secret")
    with Runscope(transport=FakeTransport(fake)) as rs:
        with pytest.raises(UnauthorizedError) as wrong_secret:
            rs.exchange_code("client-1", "not-the-secret", code)
        fake.clock.advance(61)  # type: ignore[attr-defined]
        with pytest.raises(BadRequestError, match="expired") as expired:
            rs.exchange_code("client-1", "the-secret", code)
    for caught in (wrong_secret, expired):
        text = str(caught.value) + repr(caught.value)
        assert "the-secret" not in text and code not in text


async def test_async_exchange(fake: RunscopeFake) -> None:
    code = fake.issue_code("client-2", "s2")
    async with AsyncRunscope(async_transport=AsyncFakeTransport(fake)) as rs:
        token = await rs.exchange_code("client-2", "s2", code, redirect_uri="https://app.test/cb")
    assert token.get_secret_value() in fake.tokens


def test_the_exchange_works_when_the_api_client_is_your_own(fake: RunscopeFake) -> None:
    code = fake.issue_code("client-3", "s3")
    own = httpx.Client(base_url="https://api.runscope.com", transport=FakeTransport(fake))
    with own, Runscope(token="runscope-token", http_client=own, transport=FakeTransport(fake)) as rs:
        assert rs.exchange_code("client-3", "s3", code).token_type == "bearer"
        with pytest.raises(BadRequestError):  # typed errors on the OAuth host too
            rs.exchange_code("client-3", "s3", code)  # a code is good once
