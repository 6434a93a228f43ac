"""The public face of qaclients.stackmoxie, pinned; construction, from_env, and no credential in sight."""

from __future__ import annotations

import pytest

import qaclients.stackmoxie
from qaclients.core import FakeClock, QAClientError
from qaclients.stackmoxie import StackMoxie
from qaclients_fakes import FakeTransport, Faults, StackMoxieFake
from qaclients_fakes._stackmoxie import DEFAULT_ORG
from tests.stackmoxie.conftest import TOKEN


def test_stackmoxie_exports() -> None:
    assert sorted(qaclients.stackmoxie.__all__) == sorted(
        [
            "AsyncStackMoxie", "Cog", "Connection", "DashboardSetting", "Folder", "Job", "JobStatus",
            "LinkedScenario", "NotificationGroup", "NotificationGroupWrite", "NotificationSetting", "Notify",
            "Organization", "OrganizationFields", "OrganizationMember", "RegistryEntry", "Role", "Run", "RunFilters",
            "RunLog", "RunOutcome", "Scenario", "ScenarioDefinition", "ScenarioFields", "ScenarioType", "Schedule",
            "Severity", "StackMoxie", "StartError", "Step", "StepResult", "User",
        ]
    )  # fmt: skip
    for name in qaclients.stackmoxie.__all__:
        assert hasattr(qaclients.stackmoxie, name), name


def test_the_repr_shows_the_organization_and_no_token(sm: StackMoxie) -> None:
    assert repr(sm) == f"StackMoxie(org='{DEFAULT_ORG}', base_url='https://app.stackmoxie.com/api')"
    assert TOKEN not in repr(sm) and TOKEN not in repr(sm.config)


def test_from_env_reads_token_org_and_an_optional_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STACKMOXIE_TOKEN", TOKEN)
    monkeypatch.setenv("STACKMOXIE_ORG", DEFAULT_ORG)
    monkeypatch.delenv("STACKMOXIE_BASE_URL", raising=False)
    fake = StackMoxieFake(token=TOKEN)
    with StackMoxie.from_env(transport=FakeTransport(fake)) as sm:
        assert str(sm.org) == DEFAULT_ORG and sm.config.base_url == "https://app.stackmoxie.com/api"
        assert sm.scenarios() == []
    monkeypatch.setenv("STACKMOXIE_BASE_URL", "http://127.0.0.1:9/api")
    with StackMoxie.from_env() as elsewhere:
        assert elsewhere.config.base_url == "http://127.0.0.1:9/api"


def test_construction_needs_a_token_and_a_uuid(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(QAClientError, match="token"):
        StackMoxie(DEFAULT_ORG)
    with pytest.raises(QAClientError, match="UUID"):
        StackMoxie("acme", TOKEN)
    monkeypatch.delenv("STACKMOXIE_ORG", raising=False)
    monkeypatch.setenv("STACKMOXIE_TOKEN", TOKEN)
    with pytest.raises(QAClientError, match="STACKMOXIE_ORG"):
        StackMoxie.from_env()


def test_errors_carry_the_vendors_message_and_no_token(sm: StackMoxie) -> None:
    with pytest.raises(QAClientError) as caught:
        sm.scenario(404)
    assert "Scenario not found." in str(caught.value) and TOKEN not in str(caught.value)


def test_readme_fixture_example(stackmoxie_fake: StackMoxieFake) -> None:
    stackmoxie_fake.seed_runs(30)
    stackmoxie_fake.faults = Faults(kind="rate_limit", retry_after=2, first_n=1)
    clock = FakeClock()
    org, transport = stackmoxie_fake.default_org, FakeTransport(stackmoxie_fake)
    with StackMoxie(org, "stackmoxie-token", transport=transport, clock=clock) as sm:
        scenario = sm.scenarios()[0]  # the 429 is retried after its Retry-After
        assert len(list(sm.runs(scenario.id, outcome=["Passed"]))) == 18
    assert clock.sleeps == [2.0]


def test_sync_and_async_clients_have_the_same_methods_signatures_and_docstrings() -> None:
    import inspect  # noqa: PLC0415

    from qaclients.stackmoxie import AsyncStackMoxie  # noqa: PLC0415

    def public(cls: type) -> dict[str, object]:
        return {name: value for name, value in vars(cls).items() if not name.startswith("_") and callable(value)}

    sync, asynchronous = public(StackMoxie), public(AsyncStackMoxie)
    assert set(sync) - {"close"} == set(asynchronous) - {"aclose"}
    assert len(sync) >= 45
    for name, method in sync.items():
        if name in ("close", "from_env"):
            continue
        twin = asynchronous[name]
        ours, theirs = inspect.signature(method), inspect.signature(twin)  # type: ignore[arg-type]
        assert ours.parameters == theirs.parameters, name
        assert str(ours.return_annotation).removeprefix("Async") == str(theirs.return_annotation).removeprefix("Async")
        assert next(iter(ours.parameters)) == "self", name
        assert method.__doc__ == twin.__doc__ and method.__doc__, name
        assert method.__name__ == twin.__name__ == name  # type: ignore[attr-defined]
