"""ClientConfig: validation, from_env, secret-free repr, and the httpx clients it builds."""

from __future__ import annotations

import ssl
from pathlib import Path

import attrs
import certifi
import httpx
import pytest

from qaclients.core._clock import FakeClock
from qaclients.core._config import ClientConfig
from qaclients.core._errors import ConfigError
from qaclients.core._redact import Secret
from qaclients.core._retry import AsyncRetryTransport, RetryPolicy, RetryTransport

TOKEN = "tok-5ecr3t"
ENV = {"TESTMO_BASE_URL": "https://acme.testmo.net", "TESTMO_TOKEN": TOKEN}


class Recorder:
    """A MockTransport handler that answers a script of statuses and records each request."""

    def __init__(self, *statuses: int) -> None:
        self.statuses = list(statuses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(self.statuses.pop(0) if self.statuses else 200)


def test_plain_strings_become_secrets_and_repr_shows_none() -> None:
    config = ClientConfig(
        base_url=f"https://bob:pw@acme.testmo.net/?token={TOKEN}",
        token=TOKEN,
        credentials={"username": "bob", "access_key": TOKEN},
        headers={"Authorization": f"Bearer {TOKEN}", "X-Team": "qa"},
    )
    assert config.token == Secret(TOKEN)
    assert config.credentials["access_key"].get_secret_value() == TOKEN
    assert TOKEN not in repr(config)
    assert "pw" not in repr(config)
    assert "'X-Team': 'qa'" in repr(config)


def test_config_is_frozen_and_defaults() -> None:
    config = ClientConfig(base_url="https://acme.testmo.net")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        config.base_url = "https://other"  # type: ignore[misc]
    assert config.token is None
    assert config.timeout == 30.0
    assert config.retry == RetryPolicy()
    assert config.user_agent.startswith("qaclients")
    assert attrs.evolve(config, timeout=5).timeout == 5


@pytest.mark.parametrize("url", ["", "acme.testmo.net", "/api/v1", "ftp://acme.testmo.net", "https://", "http://[::1"])
def test_base_url_must_be_absolute_http(url: str) -> None:
    with pytest.raises(ValueError, match="base_url"):
        ClientConfig(base_url=url)


def test_base_url_error_hides_credentials() -> None:
    with pytest.raises(ConfigError) as caught:
        ClientConfig(base_url=f"ftp://u:{TOKEN}@h/?api_key={TOKEN}")
    assert TOKEN not in str(caught.value)


def test_from_env_reads_everything() -> None:
    env = {**ENV, "TESTMO_TIMEOUT": "12.5", "TESTMO_MAX_RETRIES": "2"}
    config = ClientConfig.from_env("TESTMO_", env=env)
    assert config.base_url == "https://acme.testmo.net"
    assert config.token == Secret(TOKEN)
    assert config.timeout == 12.5
    assert config.retry == RetryPolicy(max_attempts=3)


def test_from_env_adds_the_missing_underscore_and_reads_os_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in ENV.items():
        monkeypatch.setenv(name, value)
    assert ClientConfig.from_env("TESTMO").token == Secret(TOKEN)


@pytest.mark.parametrize("missing", ["TESTMO_BASE_URL", "TESTMO_TOKEN"])
def test_from_env_names_the_missing_variable(missing: str) -> None:
    env = {name: value for name, value in ENV.items() if name != missing}
    with pytest.raises(ConfigError, match=rf"^environment variable {missing} is not set$"):
        ClientConfig.from_env("TESTMO_", env=env)


def test_from_env_empty_counts_as_missing() -> None:
    with pytest.raises(ConfigError, match="TESTMO_TOKEN"):
        ClientConfig.from_env("TESTMO_", env={**ENV, "TESTMO_TOKEN": "  "})


@pytest.mark.parametrize(
    ("name", "value", "match"),
    [
        ("TESTMO_TIMEOUT", "soon", "TESTMO_TIMEOUT must be a number"),
        ("TESTMO_TIMEOUT", "-1", "TESTMO_TIMEOUT must not be negative"),
        ("TESTMO_MAX_RETRIES", "2.5", "TESTMO_MAX_RETRIES must be a whole number"),
        ("TESTMO_MAX_RETRIES", "-1", "TESTMO_MAX_RETRIES must not be negative"),
    ],
)
def test_from_env_malformed_numbers(name: str, value: str, match: str) -> None:
    with pytest.raises(ConfigError, match=match) as caught:
        ClientConfig.from_env("TESTMO_", env={**ENV, name: value})
    assert TOKEN not in str(caught.value)


def test_from_env_optional_token_and_named_credentials() -> None:
    env = {"BS_BASE_URL": "https://test-management.browserstack.com", "BS_USERNAME": "bob", "BS_ACCESS_KEY": TOKEN}
    config = ClientConfig.from_env("BS_", env=env, require_token=False, credential_names=("USERNAME", "ACCESS_KEY"))
    assert config.token is None
    assert dict(config.credentials) == {"username": Secret("bob"), "access_key": Secret(TOKEN)}
    with pytest.raises(ConfigError, match=r"^environment variable BS_ACCESS_KEY is not set$"):
        ClientConfig.from_env(
            "BS_",
            env={"BS_BASE_URL": "https://h", "BS_USERNAME": "bob"},
            require_token=False,
            credential_names=("USERNAME", "ACCESS_KEY"),
        )


def test_from_env_overrides_win_and_are_not_required() -> None:
    config = ClientConfig.from_env(
        "TESTMO_",
        env={"TESTMO_TIMEOUT": "3", "TESTMO_MAX_RETRIES": "9"},
        base_url="https://h",
        token="t",
        timeout=7.0,
        retry=None,
    )
    assert (config.base_url, config.token, config.timeout, config.retry) == ("https://h", Secret("t"), 7.0, None)


def test_build_client_sets_base_url_timeout_headers_and_retries() -> None:
    recorder = Recorder(503, 200)
    clock = FakeClock()
    config = ClientConfig(
        base_url="https://acme.testmo.net/api/v1",
        timeout=4.0,
        headers={"X-Team": "qa", "Authorization": "overridden"},
        user_agent="ua/1",
        transport=httpx.MockTransport(recorder),
        retry=RetryPolicy(jitter=False),
        clock=clock,
    )
    with config.build_client({"Authorization": f"Bearer {TOKEN}"}) as client:
        assert client.get("/automation/runs").status_code == 200
        assert client.timeout == httpx.Timeout(4.0)
    assert len(recorder.requests) == 2
    assert clock.sleeps == [0.5]
    request = recorder.requests[0]
    assert request.url == "https://acme.testmo.net/api/v1/automation/runs"
    assert request.headers["User-Agent"] == "ua/1"
    assert request.headers["X-Team"] == "qa"
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"


async def test_build_async_client_sets_base_url_timeout_headers_and_retries() -> None:
    recorder = Recorder(503, 200)
    clock = FakeClock()
    config = ClientConfig(
        base_url="https://acme.testmo.net/api/v1",
        timeout=httpx.Timeout(4.0, connect=1.0),
        async_transport=httpx.MockTransport(recorder),
        retry=RetryPolicy(jitter=False),
        clock=clock,
    )
    async with config.build_async_client({"Authorization": f"Bearer {TOKEN}"}) as client:
        assert (await client.get("/automation/runs")).status_code == 200
        assert client.timeout == httpx.Timeout(4.0, connect=1.0)
    assert len(recorder.requests) == 2
    assert clock.sleeps == [0.5]
    assert recorder.requests[1].headers["Authorization"] == f"Bearer {TOKEN}"
    assert recorder.requests[1].headers["User-Agent"].startswith("qaclients")


def test_retry_none_sends_once() -> None:
    recorder = Recorder(503)
    config = ClientConfig(base_url="https://h", retry=None, transport=httpx.MockTransport(recorder))
    with config.build_client() as client:
        assert client.get("/x").status_code == 503
    assert len(recorder.requests) == 1


async def test_given_http_clients_are_used_as_they_are() -> None:
    sync_client, async_client = httpx.Client(), httpx.AsyncClient()
    config = ClientConfig(base_url="https://h", http_client=sync_client, async_http_client=async_client)
    with config.build_client({"Authorization": "x"}) as built:
        assert built is sync_client
        assert "Authorization" not in built.headers
    async with config.build_async_client({"Authorization": "x"}) as abuilt:
        assert abuilt is async_client


@pytest.mark.parametrize("verify", [True, False, certifi.where(), "dir", ssl.create_default_context()])
def test_default_transport_honours_verify(verify: bool | str | ssl.SSLContext, tmp_path: Path) -> None:
    config = ClientConfig(base_url="https://h", verify=str(tmp_path) if verify == "dir" else verify)
    with config.build_client() as client:
        transport = client._transport
        assert isinstance(transport, RetryTransport)
        assert isinstance(transport.transport, httpx.HTTPTransport)


async def test_default_async_transport() -> None:
    async with ClientConfig(base_url="https://h", verify=certifi.where()).build_async_client() as client:
        transport = client._transport
        assert isinstance(transport, AsyncRetryTransport)
        assert isinstance(transport.transport, httpx.AsyncHTTPTransport)
