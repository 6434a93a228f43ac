"""The pytest plugin and the public face of qaclients_fakes (qaclients_fakes/pytest_plugin.py, __init__.py)."""

from __future__ import annotations

import pytest

import qaclients_fakes
from qaclients_fakes import FakeServer, MablFake, ManualClock, StackMoxieFake, TestmoFake

pytest_plugins = ["pytester"]


def test_the_in_process_fixture_is_fresh_strict_and_on_a_manual_clock(testmo_fake: TestmoFake) -> None:
    assert testmo_fake.strict
    assert isinstance(testmo_fake.clock, ManualClock)
    assert (testmo_fake.runs, testmo_fake.requests, testmo_fake.projects) == ({}, [], {1})


def test_the_server_fixture_carries_its_fake(testmo_fake_server: FakeServer[TestmoFake]) -> None:
    assert testmo_fake_server.fake.strict
    assert testmo_fake_server.base_url.startswith("http://127.0.0.1:")


def test_a_violation_fails_the_test_at_teardown(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\nasyncio_default_fixture_loop_scope = function\nfilterwarnings = error\n")
    pytester.makepyfile(
        """
        def test_swallows_the_violation(testmo_fake):
            testmo_fake.strict = False
            testmo_fake.seed_runs(1)
            testmo_fake.runs[1].name = 42
            status, _, _ = testmo_fake.handle(
                "GET", "/api/v1/automation/runs/1", "", {"Authorization": "Bearer testmo-token"}
            )
            assert status == 200

        def test_clean(testmo_fake):
            assert testmo_fake.handle("GET", "/api/v1/automation/runs/1", "", {})[0] == 401
        """
    )
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, errors=1)
    result.stdout.fnmatch_lines(["*the testmo fake sent responses that break its spec*", "*result.name*"])


def test_the_public_names() -> None:
    assert sorted(qaclients_fakes.__all__) == sorted(
        [
            "FAULT_KINDS",
            "JSON_NULL",
            "VENDORS",
            "ApiKey",
            "AsyncFakeTransport",
            "BrowserStackTMEntry",
            "BrowserStackTMFake",
            "BrowserStackTMRun",
            "Clock",
            "ConnectionDroppedError",
            "Delivery",
            "Fake",
            "FakeASGIApp",
            "FakeHTTPError",
            "FakeServer",
            "FakeTransport",
            "FaultKind",
            "Faults",
            "KeyType",
            "MablFake",
            "ManualClock",
            "PlanScript",
            "RawResponse",
            "RecordedRequest",
            "Reply",
            "Request",
            "Response",
            "RunscopeFake",
            "Spec",
            "SpecViolationError",
            "SystemClock",
            "TestmoFake",
            "TestmoRun",
            "TestmoThread",
            "StackMoxieFake",
            "StackMoxieJob",
            "StackMoxieOrg",
            "StackMoxieRun",
            "Violation",
            "basic_credentials",
            "bearer_token",
            "load_spec",
            "operation",
            "serve_in_thread",
            "spec_path",
        ]
    )
    assert all(hasattr(qaclients_fakes, name) for name in qaclients_fakes.__all__)
    assert {
        "testmo": TestmoFake,
        "browserstack_tm": qaclients_fakes.BrowserStackTMFake,
        "stackmoxie": StackMoxieFake,
        "mabl": MablFake,
        "runscope": qaclients_fakes.RunscopeFake,
    } == qaclients_fakes.VENDORS
