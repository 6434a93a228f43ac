"""Fault injection: which requests fail (qaclients_fakes/_faults.py) and how each kind looks to an httpx client
in-process (qaclients_fakes/_transport.py). The same faults over a real socket: test_server.py."""

from __future__ import annotations

import email.utils
import json

import httpx
import pytest

from qaclients_fakes import FAULT_KINDS, Faults, ManualClock, TestmoFake

CREATE = "create_automation_run"
RUN = {"name": "Run", "source": "ci"}


def _draws(faults: Faults, count: int, operation_id: str | None = CREATE) -> list[bool]:
    return [faults.draw(operation_id) is not None for _ in range(count)]


class TestSelection:
    def test_nothing_by_default(self) -> None:
        assert _draws(Faults(), 5) == [False] * 5

    def test_first_n(self) -> None:
        faults = Faults(kind="error", first_n=2)
        assert _draws(faults, 5) == [True, True, False, False, False]
        assert (faults.seen, faults.injected) == (5, 2)

    def test_every_nth(self) -> None:
        assert _draws(Faults(kind="error", every_nth=3), 7) == [False, False, True, False, False, True, False]

    def test_every_nth_within_the_first_n(self) -> None:
        assert _draws(Faults(kind="drop", every_nth=2, first_n=4), 8) == [False, True, False, True] + [False] * 4

    def test_a_seeded_rate_repeats_itself(self) -> None:
        first, again = (
            _draws(Faults(kind="error", rate=0.3, seed=7), 200),
            _draws(Faults(kind="error", rate=0.3, seed=7), 200),
        )
        assert first == again
        assert 30 < sum(first) < 90
        assert first != _draws(Faults(kind="error", rate=0.3, seed=8), 200)

    def test_only_the_chosen_operations_match_and_count(self) -> None:
        faults = Faults(kind="error", first_n=1, operations={"get_automation_run"})
        assert _draws(faults, 2) == [False, False]
        assert _draws(faults, 2, "get_automation_run") == [True, False]
        assert faults.seen == 2
        assert not faults.matches(None)
        assert Faults(operations="get_automation_run").operations == frozenset({"get_automation_run"})

    def test_update_changes_settings_and_restarts_counting(self) -> None:
        faults = Faults(kind="error", first_n=1)
        assert _draws(faults, 2) == [True, False]
        faults.update(kind="rate_limit", retry_after=9)
        assert (faults.kind, faults.retry_after, faults.seen) == ("rate_limit", 9, 0)
        assert _draws(faults, 2) == [True, False]

    @pytest.mark.parametrize(
        "settings",
        [{"kind": "explode"}, {"rate": 1.5}, {"latency": -1.0}, {"every_nth": 0}],
    )
    def test_bad_settings_are_refused(self, settings: dict[str, object]) -> None:
        with pytest.raises(ValueError):  # noqa: PT011 (each message names its own setting)
            Faults(**settings)  # type: ignore[arg-type]

    def test_update_refuses_unknown_settings(self) -> None:
        with pytest.raises(TypeError, match="no setting colour"):
            Faults().update(colour="red")

    def test_the_kinds(self) -> None:
        assert FAULT_KINDS == ("error", "rate_limit", "drop", "truncate", "non_json", "truncate_close")


def test_fail_twice_then_succeed(client: httpx.Client, testmo_fake: TestmoFake) -> None:
    testmo_fake.faults = Faults(kind="error", status=503, first_n=2)

    statuses = [client.post("/projects/1/automation/runs", json=RUN).status_code for _ in range(3)]

    assert statuses == [503, 503, 201]
    assert list(testmo_fake.runs) == [1], "the refused requests changed nothing"
    assert [entry.fault for entry in testmo_fake.requests] == ["error", "error", None]


def test_an_error_after_the_work_was_done(client: httpx.Client, testmo_fake: TestmoFake) -> None:
    testmo_fake.faults = Faults(kind="error", status=500, first_n=1, processed=True)
    response = client.post("/projects/1/automation/runs", json=RUN)
    assert response.status_code == 500
    assert response.json() == {"message": "Injected failure 500 (qaclients-fakes)."}
    assert list(testmo_fake.runs) == [1], "the server did the work; the client cannot tell"


def test_rate_limited_with_retry_after(client: httpx.Client, testmo_fake: TestmoFake) -> None:
    testmo_fake.faults = Faults(kind="rate_limit", retry_after=7, every_nth=2)
    first, second = client.get("/projects/1/automation/runs"), client.get("/projects/1/automation/runs")
    assert first.status_code == 200
    assert (second.status_code, second.headers["retry-after"]) == (429, "7")
    assert "message" in second.json()
    testmo_fake.faults.update(retry_after=None)
    client.get("/projects/1/automation/runs")
    assert "retry-after" not in client.get("/projects/1/automation/runs").headers


def test_rate_limited_with_retry_after_as_an_http_date(client: httpx.Client, testmo_fake: TestmoFake) -> None:
    testmo_fake.faults = Faults(kind="rate_limit", retry_after=90, retry_after_date=True)
    response = client.get("/projects/1/automation/runs")
    assert response.status_code == 429
    moment = email.utils.parsedate_to_datetime(response.headers["retry-after"])
    assert response.headers["retry-after"].endswith(" GMT")
    assert (moment - testmo_fake.clock.now()).total_seconds() == pytest.approx(90, abs=1)


@pytest.mark.parametrize("processed", [False, True])
def test_a_dropped_connection(client: httpx.Client, testmo_fake: TestmoFake, processed: bool) -> None:
    testmo_fake.faults = Faults(kind="drop", first_n=1, processed=processed)
    with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
        client.post("/projects/1/automation/runs", json=RUN)
    assert bool(testmo_fake.runs) is processed
    entry = testmo_fake.requests[-1]
    assert (entry.fault, entry.status) == ("drop", 201 if processed else None)
    assert client.post("/projects/1/automation/runs", json=RUN).status_code == 201


def test_a_truncated_body(client: httpx.Client, testmo_fake: TestmoFake) -> None:
    testmo_fake.seed_runs(3)
    testmo_fake.faults = Faults(kind="truncate", operations={"list_automation_runs"})
    with client.stream("GET", "/projects/1/automation/runs") as response:
        assert response.status_code == 200
        declared = int(response.headers["content-length"])
        with pytest.raises(httpx.RemoteProtocolError, match="complete message body"):
            response.read()
    with pytest.raises(httpx.RemoteProtocolError):
        client.get("/projects/1/automation/runs")
    assert declared > 100
    assert client.post("/projects/1/automation/runs", json=RUN).status_code == 201, "other operations are untouched"


def test_truncation_leaves_bodiless_responses_alone(client: httpx.Client, testmo_fake: TestmoFake) -> None:
    assert client.post("/projects/1/automation/runs", json=RUN).status_code == 201
    testmo_fake.faults = Faults(kind="truncate")
    assert client.post("/automation/runs/1/append", json={}).status_code == 204
    assert testmo_fake.requests[-1].fault == "truncate"


def test_a_non_json_body(client: httpx.Client, testmo_fake: TestmoFake) -> None:
    testmo_fake.faults = Faults(kind="non_json", first_n=1)
    response = client.post("/projects/1/automation/runs", json=RUN)
    assert response.status_code == 201
    assert response.headers["content-type"] == "application/json"
    assert int(response.headers["content-length"]) == len(response.content)
    with pytest.raises(json.JSONDecodeError):
        response.json()
    assert list(testmo_fake.runs) == [1]


def test_latency_goes_through_the_clock(client: httpx.Client, testmo_fake: TestmoFake) -> None:
    testmo_fake.faults = Faults(latency=2.5, operations={"get_automation_run"})
    client.get("/projects/1/automation/runs")
    client.get("/automation/runs/1")
    assert isinstance(testmo_fake.clock, ManualClock)
    assert testmo_fake.clock.sleeps == [2.5]


def test_faults_set_at_construction() -> None:
    fake = TestmoFake(faults=Faults(kind="error", status=502), clock=ManualClock())
    status, _, body = fake.handle("GET", "/api/v1/projects/1/automation/runs")
    assert (status, json.loads(body)["message"]) == (502, "Injected failure 502 (qaclients-fakes).")


class TestAsync:
    async def test_drop(self, aclient: httpx.AsyncClient, testmo_fake: TestmoFake) -> None:
        testmo_fake.faults = Faults(kind="drop", first_n=1)
        with pytest.raises(httpx.RemoteProtocolError):
            await aclient.get("/projects/1/automation/runs")
        assert (await aclient.get("/projects/1/automation/runs")).status_code == 200

    async def test_truncate(self, aclient: httpx.AsyncClient, testmo_fake: TestmoFake) -> None:
        testmo_fake.faults = Faults(kind="truncate")
        with pytest.raises(httpx.RemoteProtocolError, match="complete message body"):
            await aclient.get("/projects/1/automation/runs")

    async def test_latency_and_errors(self, aclient: httpx.AsyncClient, testmo_fake: TestmoFake) -> None:
        testmo_fake.faults = Faults(kind="rate_limit", latency=0.5, first_n=1)
        assert (await aclient.get("/projects/1/automation/runs")).status_code == 429
        assert (await aclient.get("/projects/1/automation/runs")).status_code == 200
        assert isinstance(testmo_fake.clock, ManualClock)
        assert testmo_fake.clock.sleeps == [0.5, 0.5]
