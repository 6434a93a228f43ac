"""The public face of qaclients.mabl, pinned; configuration; checks made before any request; secrets kept hidden."""

from __future__ import annotations

import datetime
import logging

import pytest

import qaclients.mabl
from qaclients.core import QAClientError
from qaclients.mabl import AsyncMabl, Mabl, StoredCredentials, UsageWindowError
from qaclients_fakes import FakeTransport, MablFake
from qaclients_fakes._mabl import DEFAULT_ACCOUNT, DEFAULT_KEY, DEFAULT_WORKSPACE

UTC = datetime.UTC
START = datetime.datetime(2024, 1, 1, tzinfo=UTC)


def test_mabl_exports() -> None:
    assert sorted(qaclients.mabl.__all__) == sorted(
        [
            "Application", "AsyncCompletedExport", "AsyncMabl", "CompletedExport", "DataTable",
            "DeploymentCreateError", "DeploymentEvent", "DeploymentProgress", "DeploymentResult", "DeploymentStatus",
            "Environment", "ExecutionResult", "ExportCreateError", "ExportState", "Issue", "Mabl", "Mailbox",
            "PlanAttempt", "PlanOutcome", "Scenario", "StoredCredentials", "TestOutcome", "UsageWindowError",
        ]
    )  # fmt: skip
    for name in qaclients.mabl.__all__:
        assert hasattr(qaclients.mabl, name), name


def test_sync_and_async_clients_have_the_same_methods() -> None:
    def public(cls: type) -> set[str]:
        return {name for name in dir(cls) if not name.startswith("_")}

    assert public(Mabl) - {"close"} == public(AsyncMabl) - {"aclose"}


def test_from_env(fake: MablFake) -> None:
    env = {"MABL_API_KEY": DEFAULT_KEY, "MABL_WORKSPACE_ID": DEFAULT_WORKSPACE, "MABL_TIMEOUT": "12"}
    with Mabl.from_env(env=env, transport=FakeTransport(fake)) as mabl:
        assert mabl.config.base_url == "https://api.mabl.com" and mabl.config.timeout == 12.0
        assert [app.name for app in mabl.applications.list()] == ["Storefront"]
        assert (
            DEFAULT_KEY not in repr(mabl) and DEFAULT_KEY not in repr(mabl.config) and DEFAULT_KEY not in repr(mabl.api)
        )
    with pytest.raises(QAClientError, match="MABL_API_KEY"):
        Mabl.from_env(env={})


def test_no_workspace_is_a_clear_error(fake: MablFake) -> None:
    with Mabl(DEFAULT_KEY, transport=FakeTransport(fake)) as mabl, pytest.raises(QAClientError, match="workspace_id"):
        mabl.data_tables()


@pytest.mark.parametrize(
    ("granularity", "days", "ok"),
    [("day", 90, True), ("day", 91, False), ("week", 400, True), ("week", 401, False), ("month", 401, False)],
)
def test_usage_windows_are_checked_before_the_call(
    fake: MablFake, reporting: Mabl, granularity: str, days: int, ok: bool
) -> None:
    end = START + datetime.timedelta(days=days)
    if ok:
        assert reporting.test_run_counts(START, end, granularity).buckets
        assert fake.requests
    else:
        with pytest.raises(UsageWindowError, match=f"at most {90 if granularity == 'day' else 400} days"):
            reporting.test_run_counts(START, end, granularity)
        with pytest.raises(UsageWindowError):
            reporting.account_execution_seconds(DEFAULT_ACCOUNT, START, end, granularity)
        assert fake.requests == []  # refused before sending


def test_other_window_errors(fake: MablFake, reporting: Mabl) -> None:
    with pytest.raises(UsageWindowError, match="end after it starts"):
        reporting.execution_seconds(START, START)
    with pytest.raises(UsageWindowError, match="90 days"):
        reporting.max_test_run_concurrency(START, START + datetime.timedelta(days=91))
    with pytest.raises(ValueError, match="timezone-aware"):
        reporting.test_run_counts(datetime.datetime(2024, 1, 1), datetime.datetime(2024, 1, 2))
    with pytest.raises(TypeError, match="unknown filter"):
        reporting.test_run_counts(START, START + datetime.timedelta(days=1), plan="p")
    assert fake.requests == []


def test_credentials_never_show_their_secrets(mabl: Mabl, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    created = mabl.credentials.create(name="shop", properties={"username": "qa", "password": "hunter2-secret"})
    stored = mabl.credentials.get(created.id, with_secrets=True)
    assert isinstance(stored, StoredCredentials)
    assert stored.secrets["password"].get_secret_value() == "hunter2-secret"
    listed = list(mabl.credentials.list(with_secrets=True))
    for shown in (repr(stored), str(stored), repr(listed), caplog.text):
        assert "hunter2-secret" not in shown


def test_a_body_that_breaks_the_spec_is_refused_before_sending(fake: MablFake, mabl: Mabl) -> None:
    with pytest.raises(TypeError, match="name must be a str"):  # the argument check, before the spec's
        mabl.applications.create(name=5)
    with pytest.raises(TypeError, match="CreateApplication: field 'description' must be string"):
        mabl.applications.create(name="n", description=5)
    with pytest.raises(TypeError) as mistyped:
        mabl.credentials.create(name="c", properties={"password": 123456789})
    assert "123456789" not in str(mistyped.value)  # a mistyped secret is not echoed
    assert fake.requests == []
