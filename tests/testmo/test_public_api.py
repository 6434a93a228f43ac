"""The public face of qaclients.testmo and qaclients.core, pinned; and the README's fixture example, run."""

from __future__ import annotations

import ast
from pathlib import Path

import qaclients.core
import qaclients.testmo
from qaclients.core import FakeClock
from qaclients_fakes import FakeTransport, Faults, TestmoFake


def test_testmo_exports() -> None:
    assert sorted(qaclients.testmo.__all__) == sorted(
        [
            "DEFAULT_STATUS_MAP", "Artifact", "AsyncTestmo", "AutomationRun", "AutomationRunThread", "Field",
            "FieldType", "JUnitError", "Link", "RunFilters", "RunStatus", "SortOrder", "SubmitError", "SubmitProgress",
            "SubmitResult", "Test", "Testmo", "parse_junit", "read_junit", "test_key",
        ]
    )  # fmt: skip
    for name in qaclients.testmo.__all__:
        assert hasattr(qaclients.testmo, name), name


def test_core_exports_are_all_importable() -> None:
    assert len(qaclients.core.__all__) == len(set(qaclients.core.__all__))
    for name in qaclients.core.__all__:
        assert hasattr(qaclients.core, name), name
    assert not [name for name in qaclients.core.__all__ if name.startswith("_")]


def test_core_imports_no_vendor() -> None:
    for module in Path(qaclients.core.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text())):
            if isinstance(node, ast.ImportFrom | ast.Import):
                names = [node.module or ""] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]
                assert not [n for n in names if n.endswith("_client") or n.startswith("qaclients.testmo")], module


def test_readme_fixture_example(testmo_fake: TestmoFake) -> None:
    testmo_fake.seed_runs(30)
    testmo_fake.faults = Faults(kind="rate_limit", retry_after=2, first_n=1)
    clock = FakeClock()
    with qaclients.testmo.Testmo(
        "https://acme.testmo.net/api/v1", "testmo-token", transport=FakeTransport(testmo_fake), clock=clock
    ) as tm:
        assert len(list(tm.automation_runs(1))) == 30
    assert clock.sleeps == [2.0]
