"""The public face of qaclients.runscope, pinned; and sync and async as equals (same names, same parameters)."""

from __future__ import annotations

import inspect

import pytest

import qaclients.runscope
from qaclients.runscope import AsyncRunscope, Runscope


def test_runscope_exports() -> None:
    assert sorted(qaclients.runscope.__all__) == sorted(
        [
            "AccessToken", "Assertion", "AsyncRunscope", "AuthWrite", "BasicAuth", "Bucket", "ClientCertificateAuth",
            "ConditionStep", "Environment", "EnvironmentWrite", "FailedAssertion", "GhostInspectorStep", "NoAuth",
            "OAuth1Auth", "OAuth2Auth", "PauseStep", "Person", "RequestStep", "RunNotification", "RunReport",
            "RunResult", "RunState", "Runscope", "Schedule", "ScheduleInterval", "Step", "StepWrite", "SubtestStep",
            "Test", "TestRun", "TriggerResult", "TriggerStatus", "Variable", "assertion", "authorize_url",
            "basic_auth", "client_certificate_auth", "condition_step", "ghost_inspector_step", "oauth1_auth",
            "oauth2_auth", "parse_notification", "pause_step", "request_step", "subtest_step", "variable",
        ]
    )  # fmt: skip
    for name in qaclients.runscope.__all__:
        assert hasattr(qaclients.runscope, name), name


def _public(cls: type) -> dict[str, object]:
    return {name: member for name, member in vars(cls).items() if not name.startswith("_") and callable(member)}


def test_sync_and_async_clients_have_the_same_methods_and_parameters() -> None:
    sync, asynchronous = _public(Runscope), _public(AsyncRunscope)
    assert set(sync) - {"close"} == set(asynchronous) - {"aclose"}
    assert len(sync) > 70
    for name, method in sync.items():
        if name == "close":
            continue
        twin = asynchronous[name]
        assert inspect.signature(method).parameters.keys() == inspect.signature(twin).parameters.keys(), name  # type: ignore[arg-type]
        assert method.__doc__ == twin.__doc__, name  # type: ignore[attr-defined]
        assert method.__name__ == twin.__name__ == name  # type: ignore[attr-defined]


def test_repr_never_shows_the_token() -> None:
    client = Runscope(token="secret-token-value")
    try:
        assert "secret-token-value" not in repr(client) + repr(client.config)
    finally:
        client.close()


def test_from_env_needs_only_the_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RUNSCOPE_TOKEN", "env-token-123")
    monkeypatch.delenv("RUNSCOPE_BASE_URL", raising=False)
    with Runscope.from_env() as rs:
        assert rs.config.base_url == "https://api.runscope.com"
        assert rs.config.token is not None and rs.config.token.get_secret_value() == "env-token-123"
    monkeypatch.setenv("RUNSCOPE_BASE_URL", "http://127.0.0.1:9999")
    with Runscope.from_env() as rs:
        assert rs.config.base_url == "http://127.0.0.1:9999"
